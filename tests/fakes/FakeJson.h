#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QStringView>

// Helpers the fakes use to write JSON byte-for-byte like the real servers (compact, fixed key
// order: lines are assembled from templates, never through QJsonDocument).
namespace FakeJson {

enum class Escaping {
    Standard, // RFC 8259 minimal escaping; non-ASCII stays UTF-8 (nlohmann, pydantic, Node)
    Go        // Go encoding/json: additionally <, >, & and U+2028/U+2029 as \uXXXX (Ollama)
};

// `s` as a quoted, escaped JSON string in UTF-8.
QByteArray string(QStringView s, Escaping escaping = Escaping::Standard);
// Shortest round-trip representation, always with a fraction or exponent ("180.0", "35.41").
QByteArray number(double value);
// RFC 3339 UTC timestamp with nanoseconds, trailing zeros trimmed, as Go prints it
// ("2025-07-07T20:22:19.184789Z"). `nsSinceEpoch` e.g. from nowNs().
QByteArray rfc3339Nano(qint64 nsSinceEpoch);
// The same for a time past qint64 nanoseconds: whole seconds, plus nanos (0 to 999,999,999).
QByteArray rfc3339Nano(qint64 secondsSinceEpoch, qint64 nanos);
qint64 nowNs();
// "data: <payload>\n\n"
QByteArray sseData(const QByteArray &payload);
// Random string of `length` characters from `alphabet`.
QByteArray randomId(int length, QByteArrayView alphabet);

// Request body helpers.
QJsonObject parseObject(const QByteArray &body, QString *error = nullptr);
bool wantsStream(const QJsonObject &request, bool defaultValue);
bool includeUsage(const QJsonObject &request); // stream_options.include_usage == true
QString joined(const QStringList &tokens);

// Answer tokens of a fixture stream: message.content of NDJSON lines (field `field` of
// `message`) or non-empty choices[0].delta.content of SSE "data:" events.
QStringList ndjsonMessageTokens(const QByteArray &ndjson, const QString &field);
QStringList sseContentTokens(const QByteArray &sse);

} // namespace FakeJson
