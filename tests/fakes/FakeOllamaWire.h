#pragma once

#include "FakeOllamaServer.h"
#include "JsonTree.h"
#include "RecordedRequest.h"
#include "Responder.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the parts of FakeOllamaServer (FakeOllama*.cpp) share: JSON written the way Ollama's Go
// server writes it, and model names.
namespace FakeOllamaWire {

// `s` as a JSON string with Go's escaping.
QByteArray goString(const QString &s);
// {"error":"<message>"}
QByteArray errorJson(const QString &message);
// The JSON object a POST carries; without one, Ollama's 400 answer is sent ("missing request
// body", or the parse error) and nothing is returned.
std::optional<QJsonObject> requestBody(const RecordedRequest &request, Responder &responder);
// The model a pull or a delete names ("model", else the older "name"); without one, Ollama's
// 400 "model is required" is sent and nothing is returned.
std::optional<QString> namedModel(const QJsonObject &body, Responder &responder);
// "name" (else "model") of every entry of a /api/tags answer.
QStringList namesOf(const QByteArray &tagsJson);
// "llama3.2" -> "llama3.2:latest"; a tag after the last '/' is kept.
QString canonicalName(const QString &name);
// "name" of a /api/tags or /api/ps entry, else its "model".
QString entryName(const FakeJson::Node &entry);
// /v1/models from the "models" of /api/tags (Ollama's openai.ToListCompletion).
QByteArray v1ModelsFrom(const FakeJson::Node &models);
// Model "details" in the key order of Ollama's api.ModelDetails, missing fields filled in.
FakeJson::Node detailsNode(const QJsonObject &details);
// A /api/tags (api.ListModelResponse) or /api/ps (api.ProcessModelResponse) entry with its
// keys, and those of its "details", in Ollama's order, unknown keys last; nothing is added.
FakeJson::Node tagsEntryNode(const QJsonObject &entry);
FakeJson::Node psEntryNode(const QJsonObject &entry);
QString sha256Hex(const QString &text);
// Manifest layers of a model without a configured plan: weights, template, license, params,
// config (the last four with typical sizes), digests derived from the name.
QList<FakeOllamaServer::PullBlob> syntheticBlobs(const QString &canonical, qint64 total);

} // namespace FakeOllamaWire
