#pragma once

#include "ChatTypes.h"
#include "ModelInfo.h"
#include "net/ApiError.h"

#include <functional>

class ChatStream;
class QObject;

// Small capability interfaces: a provider implements the ones its server really has, and the
// ui asks for a capability before offering an action.

class ChatCapability
{
public:
    virtual ~ChatCapability() = default;
    // Starts a streaming answer; the stream is parented to `parent`.
    virtual ChatStream *startChat(const ChatRequest &request, QObject *parent) = 0;
};

struct ModelListResult
{
    ModelList models;
    ApiError error;
};

class ModelListCapability
{
public:
    virtual ~ModelListCapability() = default;
    // Calls `done` once, on `context`'s thread, unless `context` is destroyed first.
    virtual void listModels(QObject *context,
                            std::function<void(const ModelListResult &)> done) = 0;
};
