#pragma once

#include "ChatStream.h"
#include "net/NdjsonParser.h"

// Ollama's /api/chat NDJSON stream.
class OllamaChatStream final : public ChatStream
{
    Q_OBJECT

public:
    OllamaChatStream(QNetworkReply *reply, std::chrono::seconds timeout, QObject *parent);

protected:
    void consume(QByteArrayView bytes) override;
    void consumeEnd() override;

private:
    void handle(std::vector<NdjsonItem> items);

    NdjsonParser m_parser;
};
