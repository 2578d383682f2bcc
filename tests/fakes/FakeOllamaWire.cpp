#include "FakeOllamaWire.h"

#include "FakeJson.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using FakeJson::Escaping;
using FakeJson::Node;

namespace {

qint64 createdSeconds(const QString &rfc3339)
{
    QDateTime modified = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    if (!modified.isValid()) { // more than millisecond precision: drop the fraction
        static const QRegularExpression fraction(u"\\.\\d+"_s);
        modified = QDateTime::fromString(QString(rfc3339).remove(fraction), Qt::ISODate);
    }
    return modified.isValid() ? modified.toSecsSinceEpoch() : 0;
}

// `object` with the keys of `order` first, in that order, then the others (Qt's order).
Node ordered(const QJsonObject &object, const QStringList &order)
{
    Node node = Node::object();
    for (const QString &key : order) {
        if (object.contains(key))
            node.insert(key, Node::fromQt(object.value(key)));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!order.contains(it.key()))
            node.insert(it.key(), Node::fromQt(it.value()));
    }
    return node;
}

// A model entry in `order`, its "details" in the order of api.ModelDetails.
Node entryNode(const QJsonObject &entry, const QStringList &order)
{
    static const QStringList detailsOrder = {u"parent_model"_s,   u"format"_s,
                                             u"family"_s,         u"families"_s,
                                             u"parameter_size"_s, u"quantization_level"_s};
    Node node = ordered(entry, order);
    const QJsonValue details = entry.value(u"details"_s);
    if (details.isObject())
        node.insert(u"details"_s, ordered(details.toObject(), detailsOrder));
    return node;
}

} // namespace

namespace FakeOllamaWire {

std::optional<QJsonObject> requestBody(const RecordedRequest &request, Responder &responder)
{
    if (request.body.trimmed().isEmpty()) {
        responder.sendJson(400, errorJson(u"missing request body"_s));
        return std::nullopt;
    }
    QString parseError;
    const QJsonObject body = FakeJson::parseObject(request.body, &parseError);
    if (!parseError.isEmpty()) {
        responder.sendJson(400, errorJson(parseError));
        return std::nullopt;
    }
    return body;
}

std::optional<QString> namedModel(const QJsonObject &body, Responder &responder)
{
    const QString model = body.value(u"model"_s).toString(body.value(u"name"_s).toString());
    if (model.trimmed().isEmpty()) {
        responder.sendJson(400, errorJson(u"model is required"_s));
        return std::nullopt;
    }
    return model;
}

QByteArray goString(const QString &s)
{
    return FakeJson::string(s, Escaping::Go);
}

QByteArray errorJson(const QString &message)
{
    return "{\"error\":" + goString(message) + '}';
}

QStringList namesOf(const QByteArray &tagsJson)
{
    QStringList names;
    const QJsonArray models =
        QJsonDocument::fromJson(tagsJson).object().value(u"models"_s).toArray();
    for (const QJsonValue &model : models) {
        const QString name = model.toObject().value(u"name"_s).toString();
        names.append(name.isEmpty() ? model.toObject().value(u"model"_s).toString() : name);
    }
    return names;
}

QString canonicalName(const QString &name)
{
    QString n = name.trimmed();
    const qsizetype slash = n.lastIndexOf(u'/');
    if (!n.mid(slash + 1).contains(u':'))
        n += u":latest"_s;
    return n;
}

QString entryName(const Node &entry)
{
    const Node name = entry.value(u"name");
    return name.isString() ? name.toString() : entry.value(u"model").toString();
}

QByteArray v1ModelsFrom(const Node &models)
{
    QByteArray data;
    for (qsizetype i = 0; i < models.size(); ++i) {
        const Node &model = models.at(i);
        const QString name = entryName(model);
        const qint64 created = createdSeconds(model.value(u"modified_at").toString());
        // owned_by is the name's namespace (model.ParseName): "library" for "llama3.2", "user"
        // for "user/model" and for "hf.co/user/model" (whose first part is the host).
        QString path = name;
        if (const qsizetype colon = path.lastIndexOf(u':'); colon > path.lastIndexOf(u'/'))
            path.truncate(colon); // the tag
        const QStringList parts = path.split(u'/');
        const QString owner = parts.size() >= 2 ? parts.at(parts.size() - 2) : u"library"_s;
        if (!data.isEmpty())
            data += ',';
        data += "{\"id\":" + goString(name) +
                ",\"object\":\"model\",\"created\":" + QByteArray::number(created) +
                ",\"owned_by\":" + goString(owner) + '}';
    }
    return "{\"object\":\"list\",\"data\":[" + data + "]}";
}

// Model "details" in the key order of Ollama's api.ModelDetails.
Node detailsNode(const QJsonObject &details)
{
    static const QStringList order = {u"parent_model"_s,   u"format"_s,
                                      u"family"_s,         u"families"_s,
                                      u"parameter_size"_s, u"quantization_level"_s};
    const QString family = details.value(u"family"_s).toString(u"llama"_s);
    QJsonObject d = details;
    if (!d.contains(u"parent_model"_s))
        d.insert(u"parent_model"_s, QString());
    if (!d.contains(u"format"_s))
        d.insert(u"format"_s, u"gguf"_s);
    if (!d.contains(u"family"_s))
        d.insert(u"family"_s, family);
    if (!d.contains(u"families"_s))
        d.insert(u"families"_s, QJsonArray{family});
    if (!d.contains(u"parameter_size"_s))
        d.insert(u"parameter_size"_s, QString());
    if (!d.contains(u"quantization_level"_s))
        d.insert(u"quantization_level"_s, QString());
    Node node = Node::object();
    for (const QString &key : order)
        node.insert(key, Node::fromQt(d.value(key)));
    for (auto it = d.begin(); it != d.end(); ++it) {
        if (!order.contains(it.key()))
            node.insert(it.key(), Node::fromQt(it.value()));
    }
    return node;
}

Node tagsEntryNode(const QJsonObject &entry)
{
    static const QStringList order = {u"name"_s, u"model"_s,  u"modified_at"_s,
                                      u"size"_s, u"digest"_s, u"details"_s};
    return entryNode(entry, order);
}

Node psEntryNode(const QJsonObject &entry)
{
    static const QStringList order = {u"name"_s,      u"model"_s,         u"size"_s,
                                      u"digest"_s,    u"details"_s,       u"expires_at"_s,
                                      u"size_vram"_s, u"context_length"_s};
    return entryNode(entry, order);
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QList<FakeOllamaServer::PullBlob> syntheticBlobs(const QString &canonical, qint64 total)
{
    const QList<qint64> small = {1402, 1084, 127, 485};
    qint64 smallSum = 0;
    for (qint64 s : small)
        smallSum += s;
    QList<qint64> sizes;
    if (total > smallSum * 2) {
        sizes.append(total - smallSum);
        sizes.append(small);
    } else {
        sizes.append(qMax<qint64>(1, total));
    }
    QList<FakeOllamaServer::PullBlob> blobs;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        blobs.append(
            {u"sha256:"_s + sha256Hex(canonical + u'/' + QString::number(i)), sizes.at(i)});
    }
    return blobs;
}

} // namespace FakeOllamaWire
