#include "OllamaChatStream.h"

#include "OllamaWire.h"

OllamaChatStream::OllamaChatStream(QNetworkReply *reply, std::chrono::seconds timeout,
                                   QObject *parent)
    : ChatStream(reply, timeout, parent)
{}

void OllamaChatStream::consume(QByteArrayView bytes)
{
    handle(m_parser.feed(bytes));
    if (m_parser.overflowed())
        failTooLong(LineSplitter::MaxLineBytes);
}

void OllamaChatStream::consumeEnd()
{
    handle(m_parser.finish());
}

void OllamaChatStream::handle(std::vector<NdjsonItem> items)
{
    for (const NdjsonItem &item : items) {
        if (isFinished())
            return;
        if (!item.valid) {
            handleBadData(tr("a line that is not JSON: %1").arg(item.parseError));
            continue;
        }
        handleChunk(OllamaWire::parseChatLine(item.object));
    }
}
