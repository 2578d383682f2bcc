#include "WholeFile.h"

#include <QSaveFile>

#include <algorithm>

namespace WholeFile {

bool save(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    // Unbuffered: a short write shows in what write() returns. Buffered, QSaveFile loses it
    // in the flush and puts the cut file in place of the old one.
    bool whole = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    qint64 written = 0;
    while (whole && written < bytes.size()) {
        // A short write is followed by one that fails, and says why (no space left...).
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        whole = n > 0;
        written += std::max<qint64>(n, 0);
    }
    if (whole && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false; // not committed: the file written beside the old one is removed
}

} // namespace WholeFile
