#pragma once

#include "Capabilities.h"
#include "ModelInfo.h"
#include "StreamChunk.h"

#include <QJsonObject>

// Pure conversions of Ollama's JSON (docs: shared/protocol/OLLAMA.md) into LocalForge types.
namespace OllamaWire {

// A line of /api/chat or /api/generate, streamed or not.
StreamChunk parseChatLine(const QJsonObject &line);
// Metrics of a done:true line: durations in ns become seconds, eval rate is derived.
ServerFigures parseMetrics(const QJsonObject &line);
// GET /api/tags
ModelList parseTags(const QJsonObject &tags);
// GET /api/version; empty when the shape is not Ollama's.
QString parseVersion(const QJsonObject &version);
// The body of GET /
bool isRootBanner(const QByteArray &body);

// GET /api/ps
QList<LoadedModel> parsePs(const QJsonObject &ps);

// keep_alive as Ollama wants it: a number of seconds or a duration string.
QJsonValue keepAliveValue(const QString &keepAlive);

QJsonObject chatRequestBody(const ChatRequest &request, bool stream = true);

} // namespace OllamaWire
