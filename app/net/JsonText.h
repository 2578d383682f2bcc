#pragma once

#include <QByteArray>
#include <QStringView>

// JSON text written directly, for documents too large to build as a QJsonDocument first.
namespace JsonText {

// Appends `text` escaped for the inside of a JSON string (no quotes), in UTF-8. Quotes,
// backslashes and control characters are escaped; a lone surrogate is written as a \u escape
// so that it reads back as the same code unit. A surrogate pair must not be split between
// two calls.
void appendEscaped(QByteArray &out, QStringView text);

} // namespace JsonText
