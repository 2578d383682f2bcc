#include "OpenAiChatStream.h"

#include "OpenAiWire.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {
// A body that is not an event stream is kept (up to this much) to make sense of it at the end.
constexpr qsizetype MaxHead = 4 * 1024 * 1024;
} // namespace

OpenAiChatStream::OpenAiChatStream(QNetworkReply *reply, std::chrono::seconds timeout,
                                   QObject *parent)
    : ChatStream(reply, timeout, parent)
{}

void OpenAiChatStream::consume(QByteArrayView bytes)
{
    if (!m_sawEvent && m_head.size() < MaxHead)
        m_head.append(bytes.first(std::min(bytes.size(), MaxHead - m_head.size())));
    handle(m_parser.feed(bytes));
    if (m_parser.overflowed())
        failTooLong(SseParser::MaxEventBytes, !m_parser.overflowedOnLine());
}

void OpenAiChatStream::consumeEnd()
{
    handle(m_parser.finish());
    // Keep-alive comments came (llama-server's pings while it reads the prompt), so this was an
    // event stream: cut before its first event, not something else.
    if (m_sawEvent || isFinished() || m_parser.commentCount() > 0)
        return;
    // Not an event stream at all: a JSON body (an error some servers send with 200, or a
    // non-streamed answer), or something else entirely.
    const QJsonDocument doc = QJsonDocument::fromJson(m_head);
    if (doc.isObject()) {
        const StreamChunk chunk = OpenAiWire::parseChunk(doc.object());
        if (chunk.error || !chunk.content.isEmpty()) {
            handleChunk(chunk);
            completeNow();
            return;
        }
    }
    if (!m_head.trimmed().isEmpty())
        handleBadData(tr("the answer is not an event stream"), true);
}

void OpenAiChatStream::handle(std::vector<SseEvent> events)
{
    for (const SseEvent &event : events) {
        if (isFinished())
            return;
        m_sawEvent = true;
        m_head.clear();
        if (!event.errorField.isEmpty()) {
            // Older llama-server: `error: {...}` then `data: [DONE]`.
            const QJsonObject error = QJsonDocument::fromJson(event.errorField).object();
            StreamChunk chunk;
            chunk.error =
                error.isEmpty()
                    ? QString::fromUtf8(event.errorField)
                    : OpenAiWire::parseChunk(QJsonObject{{QStringLiteral("error"), error}})
                          .error.value_or(QString());
            handleChunk(chunk);
            return;
        }
        if (event.isDone()) {
            completeNow();
            return;
        }
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(event.data, &error);
        if (!doc.isObject()) {
            handleBadData(tr("an event that is not JSON: %1").arg(error.errorString()));
            continue;
        }
        handleChunk(OpenAiWire::parseChunk(doc.object()));
    }
}
