#pragma once

#include "AnswerClock.h"
#include "ChatMessage.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class ChatStream;
class Provider;

// A conversation and the answer streaming into it. Messages can go to any provider: switching
// keeps the conversation, and each answer records which provider, server and model wrote it.
class ChatSession final : public QObject
{
    Q_OBJECT

public:
    explicit ChatSession(QObject *parent = nullptr);
    ~ChatSession() override;

    const QList<ChatMessage> &messages() const { return m_messages; }
    bool isStreaming() const { return !m_stream.isNull(); }
    void setTimeout(std::chrono::seconds timeout) { m_timeout = timeout; }
    std::chrono::seconds timeout() const { return m_timeout; }

    // Sends `text` as the next user message. Returns false (and says why) when it cannot.
    bool send(const QString &text, Provider *provider, const QString &model,
              QString *whyNot = nullptr, const QString &keepAlive = {});
    // Stops the answer in progress; what came so far is kept. Not an error.
    void stop();
    void clear();
    // Puts back a saved conversation (nothing may be streaming).
    void restore(const QList<ChatMessage> &messages);
    // Live generation rate of the answer in progress (0 when none).
    double liveTokensPerSecond() const;

Q_SIGNALS:
    void messageAdded(int index);
    void messageDelta(int index, const QString &content, const QString &thinking);
    void messageFinished(int index);
    void streamingChanged(bool streaming);
    void cleared();

private:
    void onDelta(const QString &content, const QString &thinking);
    void onFinished(const ChatOutcome &outcome);
    QList<ChatTurn> history() const;

    QList<ChatMessage> m_messages;
    QPointer<ChatStream> m_stream;
    int m_answerIndex = -1;
    AnswerClock m_clock;
    QElapsedTimer m_time;
    std::chrono::seconds m_timeout{300};
};
