#pragma once

#include "ModelInfo.h"

#include <QJsonObject>

// Pure conversions of LM Studio's native REST lists (see shared/protocol/LMSTUDIO.md).
namespace LmStudioWire {

// GET /api/v1/models (LM Studio 0.4+); `ok` false when the shape is not that list.
ModelList parseV1Models(const QJsonObject &body, bool *ok = nullptr);
// GET /api/v0/models (LM Studio 0.3.6+); `ok` false when the shape is not that list.
ModelList parseV0Models(const QJsonObject &body, bool *ok = nullptr);
// LM Studio answers HTTP 200 {"error":"Unexpected endpoint or method. (GET /x)"} on paths
// it does not know.
bool isUnexpectedEndpoint(const QJsonObject &body);

} // namespace LmStudioWire
