#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// What a server says about one model, as numbers and plain values (formatting is the ui's).
struct ModelInfo
{
    QString id;            // the name to put in requests
    QString displayName;   // a friendlier name when the server has one
    QString family;        // architecture / family
    QString parameterSize; // as the server writes it: "3.2B", "26B-A4B"
    QString quantization;
    QString format; // gguf, mlx, safetensors
    QString type;   // llm, vlm, embedding(s)
    qint64 sizeBytes = -1;
    int contextLength = -1;       // trained / maximum context when known
    int loadedContextLength = -1; // context of the loaded instance when known
    bool loaded = false;
    QDateTime modifiedAt;
    QStringList capabilities;      // completion, tools, vision, thinking, embedding
    QStringList loadedInstanceIds; // LM Studio instance ids

    bool isEmbedding() const
    {
        return type.startsWith(u"embedding") || capabilities.contains(u"embedding");
    }
};

using ModelList = QList<ModelInfo>;
