#pragma once

#include "ModelInfo.h"
#include "StreamChunk.h"
#include "net/Result.h"

#include <QJsonObject>

// Pure conversions of OpenAI-compatible JSON (OpenAI, llama-server, vLLM, LM Studio, Ollama's
// /v1) into LocalForge types. See shared/protocol/OPENAI_COMPAT.md.
namespace OpenAiWire {

// One `data:` payload of a chat.completion.chunk stream (or a top-level error object).
StreamChunk parseChunk(const QJsonObject &chunk);
// usage: prompt/completion tokens and cached prompt tokens.
ServerFigures parseUsage(const QJsonObject &usage);
// llama-server `timings`.
ServerFigures parseTimings(const QJsonObject &timings);
// LM Studio `stats` (REST v0 and v1 field names).
ServerFigures parseLmStudioStats(const QJsonObject &stats);
// GET /v1/models from `url`; a BadResponse error (naming `url`) when the shape is not a model
// list.
// llama-server in router mode (started without -m) lists many models, each with its status
// ("unloaded", "loading", "loaded", "sleeping", "downloading"): one still downloading is left
// out (it cannot answer yet), a loaded one is marked so.
Result<ModelList> parseModels(const QJsonObject &list, const QUrl &url = {});
// The list is llama-server's in router mode (its models carry a status object).
bool isRouterList(const QJsonObject &list);

QJsonObject chatRequestBody(const ChatRequest &request, bool stream = true);

} // namespace OpenAiWire
