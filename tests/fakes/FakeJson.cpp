#include "FakeJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRandomGenerator>

#include <chrono>
#include <cmath>

using namespace Qt::StringLiterals;

namespace FakeJson {

QByteArray string(QStringView s, Escaping escaping)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (const QChar ch : s) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'"':
            out += u"\\\"";
            break;
        case u'\\':
            out += u"\\\\";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        case u'\b':
            out += u"\\b";
            break;
        case u'\f':
            out += u"\\f";
            break;
        default: {
            const bool goEscaped =
                escaping == Escaping::Go &&
                (c == u'<' || c == u'>' || c == u'&' || c == 0x2028 || c == 0x2029);
            if (c < 0x20 || goEscaped)
                out += u"\\u" + QString::number(c, 16).rightJustified(4, u'0');
            else
                out += ch;
        }
        }
    }
    out += u'"';
    return out.toUtf8();
}

QByteArray number(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    if (!text.contains('.') && !text.contains('e'))
        text += ".0";
    return text;
}

QByteArray rfc3339Nano(qint64 nsSinceEpoch)
{
    return rfc3339Nano(nsSinceEpoch / 1'000'000'000, nsSinceEpoch % 1'000'000'000);
}

QByteArray rfc3339Nano(qint64 seconds, qint64 nanos)
{
    QByteArray text = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)
                          .toString(u"yyyy-MM-dd'T'HH:mm:ss"_s)
                          .toLatin1();
    if (nanos > 0) {
        QByteArray fraction = QByteArray::number(nanos).rightJustified(9, '0');
        while (fraction.endsWith('0'))
            fraction.chop(1);
        text += '.' + fraction;
    }
    return text + 'Z';
}

qint64 nowNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

QByteArray sseData(const QByteArray &payload)
{
    return "data: " + payload + "\n\n";
}

QByteArray randomId(int length, QByteArrayView alphabet)
{
    QByteArray id(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        id[i] = alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return id;
}

QJsonObject parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return {};
    }
    if (!doc.isObject()) {
        if (error)
            *error = u"request body is not a JSON object"_s;
        return {};
    }
    if (error)
        error->clear();
    return doc.object();
}

bool wantsStream(const QJsonObject &request, bool defaultValue)
{
    const QJsonValue stream = request.value(u"stream"_s);
    return stream.isBool() ? stream.toBool() : defaultValue;
}

bool includeUsage(const QJsonObject &request)
{
    return request.value(u"stream_options"_s).toObject().value(u"include_usage"_s).toBool();
}

QString joined(const QStringList &tokens)
{
    return tokens.join(QString());
}

QStringList ndjsonMessageTokens(const QByteArray &ndjson, const QString &field)
{
    QStringList tokens;
    const QList<QByteArray> lines = ndjson.split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.isEmpty() || object.value(u"done"_s).toBool())
            continue;
        const QString token = object.value(u"message"_s).toObject().value(field).toString();
        if (!token.isEmpty())
            tokens.append(token);
    }
    return tokens;
}

QStringList sseContentTokens(const QByteArray &sse)
{
    QStringList tokens;
    const QList<QByteArray> lines = sse.split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("data:"))
            continue;
        const QByteArray payload = line.mid(5).trimmed();
        if (payload == "[DONE]")
            continue;
        const QJsonArray choices =
            QJsonDocument::fromJson(payload).object().value(u"choices"_s).toArray();
        if (choices.isEmpty())
            continue;
        const QJsonValue content =
            choices.first().toObject().value(u"delta"_s).toObject().value(u"content"_s);
        if (content.isString() && !content.toString().isEmpty())
            tokens.append(content.toString());
    }
    return tokens;
}

} // namespace FakeJson
