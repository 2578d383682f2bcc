#include "ChatStream.h"

#include <QNetworkReply>

namespace {
// Tolerate a few lines of garbage in a long stream; give up when they keep coming.
constexpr int MaxBadLines = 3;
// An error body is read up to this much (its message is near the start); a longer one ends the
// answer there.
constexpr qsizetype MaxErrorBodyBytes = 1024 * 1024;
constexpr qint64 ReadAheadBytes = 1024 * 1024;
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
    // Back-pressure: a server that floods cannot queue more than this in memory.
    reply->setReadBufferSize(ReadAheadBytes);
    connect(reply, &QNetworkReply::readyRead, this, &ChatStream::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ChatStream::onFinished);
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
    if (m_silence.interval() > 0)
        m_silence.start();
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
    if (!chunk.content.isEmpty() || !chunk.thinking.isEmpty())
        Q_EMIT delta(chunk.content, chunk.thinking);
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
        onReadyRead();
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
    m_silence.stop();
    m_outcome.status = status;
    m_outcome.error = error;
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished(m_outcome);
}
