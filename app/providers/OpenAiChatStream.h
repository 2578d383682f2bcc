#pragma once

#include "ChatStream.h"
#include "net/SseParser.h"

// An OpenAI-compatible /v1/chat/completions SSE stream (llama-server, vLLM, LM Studio, ...).
// Tolerates servers that send no role chunk, put usage on the finish chunk, send a separate
// usage chunk, or close the connection right after the finish reason without [DONE].
class OpenAiChatStream final : public ChatStream
{
    Q_OBJECT

public:
    OpenAiChatStream(QNetworkReply *reply, std::chrono::seconds timeout, QObject *parent);

protected:
    void consume(QByteArrayView bytes) override;
    void consumeEnd() override;
    bool endedCleanly() const override { return sawFinishReason(); }

private:
    void handle(std::vector<SseEvent> events);

    SseParser m_parser;
    QByteArray m_head; // the first bytes, kept until an event arrives (for non-SSE answers)
    bool m_sawEvent = false;
};
