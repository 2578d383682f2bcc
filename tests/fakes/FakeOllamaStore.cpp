#include "FakeOllamaServer.h"

#include "FakeJson.h"
#include "FakeOllamaWire.h"
#include "FakeResources.h"

// The installed models of FakeOllamaServer: /api/tags (and /v1/models), /api/show,
// /api/delete.

using namespace Qt::StringLiterals;
using namespace FakeOllamaWire;
using FakeJson::Escaping;
using FakeJson::Node;

bool FakeOllamaServer::knowsModel(const QString &name) const
{
    return !name.isEmpty() &&
           (m_modelNames.contains(name) || m_modelNames.contains(name + u":latest"_s));
}

qsizetype FakeOllamaServer::installedIndex(const QString &model) const
{
    if (model.trimmed().isEmpty())
        return -1;
    const QString canonical = canonicalName(model);
    const Node models = m_tags.value(u"models");
    for (qsizetype i = 0; i < models.size(); ++i) {
        const QString name = entryName(models.at(i));
        if (name == model || name == canonical || canonicalName(name) == canonical)
            return i;
    }
    return -1;
}

QString FakeOllamaServer::installedName(const QString &model) const
{
    const qsizetype index = installedIndex(model);
    return index < 0 ? QString() : entryName(m_tags.value(u"models").at(index));
}

void FakeOllamaServer::tagsChanged()
{
    m_tagsJson = m_tags.toCompact(Escaping::Go);
    m_modelNames.clear();
    const Node models = m_tags.value(u"models");
    for (qsizetype i = 0; i < models.size(); ++i)
        m_modelNames.append(entryName(models.at(i)));
    m_v1ModelsJson = v1ModelsFrom(models);
}

void FakeOllamaServer::handleShow(const RecordedRequest &request, Responder &responder)
{
    const QJsonObject body = FakeJson::parseObject(request.body);
    const QString model = body.value(u"model"_s).toString(body.value(u"name"_s).toString());
    if (!knowsModel(model)) {
        responder.sendJson(404, errorJson(u"model '"_s + model + u"' not found"_s));
        return;
    }
    static const Node show = Node::parse(fixture(u"ollama/show.json"_s));
    Node answer = show;
    const qsizetype index = installedIndex(model);
    if (index >= 0) {
        const Node details = m_tags.value(u"models").at(index).value(u"details");
        if (details.isObject())
            answer.insert(u"details"_s, details);
    }
    responder.sendJson(200, answer.toCompact(Escaping::Go));
}

void FakeOllamaServer::handleDelete(const RecordedRequest &request, Responder &responder)
{
    const std::optional<QJsonObject> parsed = requestBody(request, responder);
    if (!parsed)
        return;
    const QJsonObject &body = *parsed;
    const std::optional<QString> named = namedModel(body, responder);
    if (!named)
        return;
    const QString &model = *named;
    const qsizetype index = installedIndex(model);
    if (index < 0) {
        responder.sendJson(404, errorJson(u"model '"_s + model + u"' not found"_s));
        return;
    }
    const QString name = installedName(model);
    const QList<PullBlob> blobs = planFor(name).blobs;
    m_tags.find(u"models")->removeAt(index);
    tagsChanged();
    for (const PullBlob &blob : blobs) { // layers no other installed model uses go away
        if (installedLayerSize(blob.digest) == 0) {
            m_stored.remove(blob.digest);
            m_blobSizes.remove(blob.digest);
        }
    }
    const QString canonical = canonicalName(name);
    const auto removed =
        m_running.removeIf([&](const Running &r) { return canonicalName(r.name) == canonical; });
    if (removed > 0)
        m_psFixed = false;
    responder.send(200, QByteArray(), QByteArray());
}
