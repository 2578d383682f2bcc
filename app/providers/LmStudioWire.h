#pragma once

#include "ModelInfo.h"
#include "net/Result.h"

#include <QJsonObject>

// Pure conversions of LM Studio's native REST lists (see shared/protocol/LMSTUDIO.md).
namespace LmStudioWire {

// GET /api/v1/models (LM Studio 0.4+) from `url`; a BadResponse error (naming `url`) when the
// shape is not that list (the value then holds the entries that could be read).
Result<ModelList> parseV1Models(const QJsonObject &body, const QUrl &url = {});
// GET /api/v0/models (LM Studio 0.3.6+); the same.
Result<ModelList> parseV0Models(const QJsonObject &body, const QUrl &url = {});
// LM Studio answers HTTP 200 {"error":"Unexpected endpoint or method. (GET /x)"} on paths
// it does not know.
bool isUnexpectedEndpoint(const QJsonObject &body);

} // namespace LmStudioWire
