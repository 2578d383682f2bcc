#pragma once

#include "ChatTypes.h"
#include "InlineThinking.h"
#include "StreamChunk.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

// One streaming answer. Bytes from readyRead go to the wire format's pure parser; decoded
// pieces come out as delta(); exactly one finished() ends it, whatever happens (completed,
// stopped by the user, or failed). Stop is not an error.
class ChatStream : public QObject
{
    Q_OBJECT

public:
    ~ChatStream() override;

    void stop();
    bool isFinished() const { return m_finished; }
    QUrl url() const { return m_url; }

Q_SIGNALS:
    void delta(const QString &content, const QString &thinking);
    void finished(const ChatOutcome &outcome);

protected:
    ChatStream(QNetworkReply *reply, std::chrono::seconds timeout, QObject *parent);

    // Feed bytes of a 2xx body to the parser; call handleChunk for each decoded piece.
    virtual void consume(QByteArrayView bytes) = 0;
    // The body ended: flush the parser.
    virtual void consumeEnd() = 0;
    // Whether an answer that ended without the protocol's end marker is still whole
    // (an OpenAI stream that sent its finish_reason, say).
    virtual bool endedCleanly() const { return false; }

    void handleChunk(const StreamChunk &chunk);
    // A line or event that is not the protocol; `fatal` gives up at once.
    void handleBadData(const QString &detail, bool fatal = false);
    void completeNow();
    // The parser met a line (or an event) longer than it may buffer: stop with that error;
    // what was written so far is kept.
    void failTooLong(qint64 limitBytes, bool event = false);
    bool sawFinishReason() const { return !m_outcome.finishReason.isEmpty(); }

private:
    void onReadyRead();
    void readNow();
    void onFinished();
    void onSilence();
    void finish(ChatOutcome::Status status, const ApiError &error = {});

    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    QTimer m_silence;
    QElapsedTimer
        m_lastBytes;    // since bytes last came (the silence timer is not restarted per read)
    QTimer m_readLater; // the next read, at most one per frame
    QElapsedTimer m_lastRead;
    bool m_open = false; // the read limit is lifted for the batch that is due
    int m_timeoutSeconds = 0;
    int m_httpStatus = 0;
    QByteArray m_errorBody;
    ChatOutcome m_outcome;
    InlineThinking m_inlineThinking; // <think>…</think> written in the answer moves to thinking
    int m_badLines = 0;
    bool m_stopping = false;
    bool m_timedOut = false;
    bool m_finished = false;
};
