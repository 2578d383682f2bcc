#pragma once

#include "ChatTypes.h"

#include <QString>

#include <optional>

// One decoded piece of a chat stream, whatever the wire format was.
struct StreamChunk
{
    QString content;
    QString thinking;
    QString model;
    QString finishReason;
    bool done = false;            // the protocol says the answer is complete
    ServerFigures figures;        // figures this chunk carried (often none)
    std::optional<QString> error; // the server reported a failure inside the stream
};
