#include "LmStudioWire.h"

#include <QJsonArray>

#include <algorithm>

namespace LmStudioWire {

Result<ModelList> parseV1Models(const QJsonObject &body, const QUrl &url)
{
    ModelList list;
    const QJsonValue models = body.value(u"models");
    bool shapeOk = models.isArray();
    for (const QJsonValue &v : models.toArray()) {
        const QJsonObject m = v.toObject();
        if (!m.contains(u"key") || !m.contains(u"loaded_instances")) {
            shapeOk = false;
            continue;
        }
        ModelInfo info;
        info.id = m.value(u"key").toString();
        info.displayName = m.value(u"display_name").toString(info.id);
        info.type = m.value(u"type").toString();
        info.family = m.value(u"architecture").toString();
        info.parameterSize = m.value(u"params_string").toString();
        info.quantization = m.value(u"quantization").toObject().value(u"name").toString();
        info.format = m.value(u"format").toString();
        info.sizeBytes = m.value(u"size_bytes").toInteger(-1);
        info.contextLength = m.value(u"max_context_length").toInt(-1);
        for (const QJsonValue &inst : m.value(u"loaded_instances").toArray()) {
            const QJsonObject o = inst.toObject();
            info.loadedInstanceIds.append(o.value(u"id").toString());
            if (info.loadedContextLength < 0)
                info.loadedContextLength =
                    o.value(u"config").toObject().value(u"context_length").toInt(-1);
        }
        info.loaded = !info.loadedInstanceIds.isEmpty();
        const QJsonObject caps = m.value(u"capabilities").toObject();
        if (caps.value(u"vision").toBool())
            info.capabilities.append(QStringLiteral("vision"));
        if (caps.value(u"trained_for_tool_use").toBool())
            info.capabilities.append(QStringLiteral("tools"));
        if (caps.contains(u"reasoning"))
            info.capabilities.append(QStringLiteral("thinking"));
        if (info.type == u"embedding")
            info.capabilities.append(QStringLiteral("embedding"));
        list.append(info);
    }
    if (!shapeOk)
        return {.value = list,
                .error = ApiError::badResponse(url, QStringLiteral("/api/v1/models"))};
    return {.value = list, .error = {}};
}

Result<ModelList> parseV0Models(const QJsonObject &body, const QUrl &url)
{
    ModelList list;
    const QJsonValue data = body.value(u"data");
    bool shapeOk = data.isArray();
    for (const QJsonValue &v : data.toArray()) {
        const QJsonObject m = v.toObject();
        if (!m.contains(u"state")) {
            shapeOk = false;
            continue;
        }
        ModelInfo info;
        info.id = m.value(u"id").toString();
        info.displayName = info.id;
        info.type = m.value(u"type").toString();
        info.family = m.value(u"arch").toString();
        info.quantization = m.value(u"quantization").toString();
        info.format = m.value(u"compatibility_type").toString();
        info.contextLength = m.value(u"max_context_length").toInt(-1);
        info.loaded = m.value(u"state").toString() == u"loaded";
        info.loadedContextLength = m.value(u"loaded_context_length").toInt(-1);
        for (const QJsonValue &cap : m.value(u"capabilities").toArray())
            info.capabilities.append(cap.toString() == u"tool_use" ? QStringLiteral("tools")
                                                                   : cap.toString());
        if (info.type.startsWith(u"embedding"))
            info.capabilities.append(QStringLiteral("embedding"));
        // A model listed twice (it happens while one loads): one row, loaded if either is.
        const auto same = std::find_if(list.begin(), list.end(),
                                       [&info](const ModelInfo &m) { return m.id == info.id; });
        if (same == list.end()) {
            list.append(info);
        } else if (info.loaded && !same->loaded) {
            same->loaded = true;
            same->loadedContextLength = info.loadedContextLength;
        }
    }
    if (!shapeOk)
        return {.value = list,
                .error = ApiError::badResponse(url, QStringLiteral("/api/v0/models"))};
    return {.value = list, .error = {}};
}

bool isUnexpectedEndpoint(const QJsonObject &body)
{
    const QJsonValue error = body.value(u"error");
    return error.isString() && error.toString().startsWith(u"Unexpected endpoint");
}

} // namespace LmStudioWire
