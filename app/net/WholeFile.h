#pragma once

#include <QByteArray>
#include <QString>

namespace WholeFile {
// Puts `bytes` in place of the file at `path` whole, or not at all: written beside it, then
// renamed over it. False, with `error` saying why, when it could not be written whole (a full
// disk): the old file is then as it was.
bool save(const QString &path, const QByteArray &bytes, QString *error = nullptr);
} // namespace WholeFile
