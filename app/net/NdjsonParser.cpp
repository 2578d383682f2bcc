#include "NdjsonParser.h"

#include <QJsonDocument>
#include <QJsonParseError>

std::vector<NdjsonItem> NdjsonParser::feed(QByteArrayView bytes)
{
    std::vector<NdjsonItem> out;
    m_lines.feed(bytes, [&out](QByteArrayView line) { parseLine(line, out); });
    return out;
}

std::vector<NdjsonItem> NdjsonParser::finish()
{
    std::vector<NdjsonItem> out;
    m_lines.finish([&out](QByteArrayView line) { parseLine(line, out); });
    return out;
}

void NdjsonParser::parseLine(QByteArrayView line, std::vector<NdjsonItem> &out)
{
    if (line.trimmed().isEmpty())
        return;
    NdjsonItem item;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        item.object = doc.object();
        item.valid = true;
    } else {
        item.raw = line.toByteArray();
        item.parseError = error.error == QJsonParseError::NoError
                              ? QStringLiteral("not a JSON object")
                              : error.errorString();
    }
    out.push_back(std::move(item));
}
