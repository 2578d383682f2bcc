#include "ChatStream.h"

#include <QNetworkReply>

namespace {
// Tolerate a few lines of garbage in a long stream; give up when they keep coming.
constexpr int MaxBadLines = 3;
// A fast server sends one small packet per token. Read at most once per frame: what comes in
// between is gathered by the reply, so thousands of tokens a second cost tens of reads, parser
// runs and deltas, not thousands. The first bytes after a pause are read at once, so the time
// to the first token stays exact.
constexpr int ReadEveryMs = 16;
// Between two reads the reply may hold only a byte: it then leaves what the server sends in
// the socket, and reads it in one go when asked for more, so it too wakes per frame instead of
// per packet (see StreamReply). When it is time to read, the limit is lifted until that batch
// has come.
constexpr qint64 HoldBytes = 1;
constexpr qint64 OpenBytes = 1024 * 1024;
// An error body is read up to this much (its message is near the start); a longer one ends the
// answer there.
constexpr qsizetype MaxErrorBodyBytes = 1024 * 1024;
// Back-pressure: a server that floods cannot queue more than this in memory.
constexpr qint64 ReadAheadBytes = OpenBytes;
} // namespace

ChatStream::ChatStream(QNetworkReply *reply, std::chrono::seconds timeout, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_url(reply->url())
    , m_timeoutSeconds(int(timeout.count()))
{
    m_silence.setSingleShot(true);
    m_silence.setInterval(timeout);
    connect(&m_silence, &QTimer::timeout, this, &ChatStream::onSilence);
    m_readLater.setSingleShot(true);
    m_readLater.setTimerType(Qt::PreciseTimer);
    connect(&m_readLater, &QTimer::timeout, this, &ChatStream::readNow);
    // Back-pressure: a server that floods cannot queue more than this in memory.
    reply->setReadBufferSize(ReadAheadBytes);
    connect(reply, &QNetworkReply::readyRead, this, &ChatStream::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ChatStream::onFinished);
    m_lastBytes.start();
    if (timeout.count() > 0)
        m_silence.start();
}

ChatStream::~ChatStream()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ChatStream::stop()
{
    if (m_finished || !m_reply)
        return;
    m_stopping = true;
    m_reply->abort(); // emits finished synchronously
}

void ChatStream::onReadyRead()
{
    if (m_finished || !m_reply || !m_reply->isOpen())
        return;
    m_lastBytes.start();
    if (m_readLater.isActive())
        return;
    const qint64 since = m_lastRead.isValid() ? m_lastRead.elapsed() : ReadEveryMs;
    if (!m_open && since < ReadEveryMs) {
        m_readLater.start(int(ReadEveryMs - since));
        return;
    }
    readNow();
}

void ChatStream::readNow()
{
    m_readLater.stop();
    if (m_finished || !m_reply || !m_reply->isOpen())
        return;
    // The limit reaches the network thread only once the request runs: set from the first read.
    const bool first = !m_lastRead.isValid();
    m_lastRead.start();
    if (!first && !m_open) {
        // Time to read: lift the limit; the batch waiting in the socket comes as readyRead.
        m_open = true;
        m_reply->setReadBufferSize(OpenBytes);
    } else {
        m_open = false;
        m_reply->setReadBufferSize(HoldBytes);
    }
    if (m_httpStatus == 0)
        m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = m_reply->readAll();
    if (m_httpStatus >= 300) {
        m_errorBody.append(
            bytes.first(std::min(bytes.size(), MaxErrorBodyBytes - m_errorBody.size())));
        if (m_errorBody.size() >= MaxErrorBodyBytes)
            finish(ChatOutcome::Status::Failed,
                   ApiError::fromHttp(m_httpStatus, m_errorBody, m_url,
                                      m_reply->request().hasRawHeader("Authorization")));
        return;
    }
    consume(bytes);
}

void ChatStream::handleChunk(const StreamChunk &chunk)
{
    if (m_finished)
        return;
    if (chunk.error) {
        finish(ChatOutcome::Status::Failed, ApiError::fromServerMessage(*chunk.error));
        return;
    }
    if (!chunk.model.isEmpty())
        m_outcome.reportedModel = chunk.model;
    if (!chunk.finishReason.isEmpty())
        m_outcome.finishReason = chunk.finishReason;
    m_outcome.figures.mergeFrom(chunk.figures);
    if (!chunk.content.isEmpty() || !chunk.thinking.isEmpty()) {
        const InlineThinking::Piece piece = chunk.content.isEmpty()
                                                ? InlineThinking::Piece()
                                                : m_inlineThinking.feed(chunk.content);
        const QString thinking =
            piece.thinking.isEmpty() ? chunk.thinking : chunk.thinking + piece.thinking;
        if (!piece.content.isEmpty() || !thinking.isEmpty())
            Q_EMIT delta(piece.content, thinking);
    }
    if (chunk.done && !m_finished)
        finish(ChatOutcome::Status::Completed);
}

void ChatStream::handleBadData(const QString &detail, bool fatal)
{
    if (m_finished)
        return;
    if (fatal || ++m_badLines > MaxBadLines)
        finish(ChatOutcome::Status::Failed, ApiError::badResponse(m_url, detail));
}

void ChatStream::failTooLong(qint64 limitBytes, bool event)
{
    if (!m_finished)
        finish(ChatOutcome::Status::Failed, ApiError::lineTooLong(m_url, limitBytes, event));
}

void ChatStream::completeNow()
{
    if (!m_finished)
        finish(ChatOutcome::Status::Completed);
}

void ChatStream::onSilence()
{
    if (m_finished || !m_reply)
        return;
    // Bytes came since it was started: wait for the rest of the timeout from the last ones.
    const qint64 left = qint64(m_timeoutSeconds) * 1000 - m_lastBytes.elapsed();
    if (left > 0) {
        m_silence.start(int(left));
        return;
    }
    m_timedOut = true;
    m_reply->abort();
}

void ChatStream::onFinished()
{
    if (m_finished)
        return;
    if (m_stopping) {
        finish(ChatOutcome::Status::Stopped);
        return;
    }
    if (m_timedOut) {
        finish(ChatOutcome::Status::Failed, ApiError::timeout(m_url, m_timeoutSeconds));
        return;
    }
    QNetworkReply *reply = m_reply;
    if (m_httpStatus == 0 && reply)
        m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply && reply->bytesAvailable() > 0)
        readNow();
    if (m_finished)
        return;
    if (m_httpStatus >= 300) {
        finish(ChatOutcome::Status::Failed,
               ApiError::fromHttp(m_httpStatus, m_errorBody, m_url,
                                  reply && reply->request().hasRawHeader("Authorization")));
        return;
    }
    const QNetworkReply::NetworkError error =
        reply ? reply->error() : QNetworkReply::UnknownNetworkError;
    if (error == QNetworkReply::NoError || m_httpStatus > 0) {
        consumeEnd();
        if (m_finished)
            return;
        if (error == QNetworkReply::NoError && endedCleanly()) {
            finish(ChatOutcome::Status::Completed);
            return;
        }
    }
    if (m_httpStatus > 0 || error == QNetworkReply::NoError ||
        error == QNetworkReply::RemoteHostClosedError) {
        finish(ChatOutcome::Status::Failed, ApiError::streamCut(m_url));
        return;
    }
    finish(ChatOutcome::Status::Failed,
           ApiError::fromNetwork(error, reply ? reply->errorString() : QString(), m_url,
                                 m_timeoutSeconds));
}

void ChatStream::finish(ChatOutcome::Status status, const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    // What was held back in case it began a tag is part of the answer all the same.
    const InlineThinking::Piece held = m_inlineThinking.finish();
    m_silence.stop();
    m_readLater.stop();
    m_outcome.status = status;
    m_outcome.error = error;
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (!held.content.isEmpty() || !held.thinking.isEmpty())
        Q_EMIT delta(held.content, held.thinking);
    Q_EMIT finished(m_outcome);
}
