#pragma once

#include "AnswerClock.h"
#include "ChatMessage.h"
#include "net/ApiError.h"

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
    // Appended to an interrupted or stopped answer when it is sent back to the model (the
    // model's language is not the interface's: not translated).
    static constexpr const char *IncompleteAnswerNote =
        "\n\n[This answer was cut off here and is incomplete.]";
    explicit ChatSession(QObject *parent = nullptr);
    ~ChatSession() override;

    const QList<ChatMessage> &messages() const { return m_messages; }
    bool isStreaming() const { return !m_stream.isNull(); }
    void setTimeout(std::chrono::seconds timeout) { m_timeout = timeout; }
    std::chrono::seconds timeout() const { return m_timeout; }

    // Sent first in every request when not empty; kept with the conversation.
    QString systemPrompt() const { return m_systemPrompt; }
    void setSystemPrompt(const QString &prompt);

    // Sends `text` as the next user message; an Invalid error says why it cannot (nothing sent).
    // Unset parameters are left to the server; a timeout in `parameters` replaces timeout().
    ApiError send(const QString &text, Provider *provider, const QString &model,
                  const ChatParameters &parameters = {});
    // Asks again for the last answer (it is replaced), with the given provider and model.
    ApiError regenerate(Provider *provider, const QString &model,
                        const ChatParameters &parameters = {});
    bool canRegenerate() const;
    // Removes the last question and its answer and gives the question back to be edited and
    // sent again. Empty when there is none (or an answer is coming).
    QString takeLastQuestion();
    // Stops the answer in progress; what came so far is kept. Not an error.
    void stop();
    void clear();
    // Puts back a saved conversation (nothing may be streaming).
    void restore(const QList<ChatMessage> &messages, const QString &systemPrompt = {});
    // The request the next message would make (for "Show me the API call"): the conversation
    // so far plus `text` when not empty.
    ChatRequest nextRequest(const QString &text, const QString &model,
                            const ChatParameters &parameters) const;
    // Live generation rate of the answer in progress (0 when none).
    double liveTokensPerSecond() const;

Q_SIGNALS:
    void messageAdded(int index);
    void messageDelta(int index, const QString &content, const QString &thinking);
    void messageFinished(int index);
    void streamingChanged(bool streaming);
    void cleared();
    // A saved conversation was put back (messages() holds all of it).
    void restored();
    // Messages from `count` on were removed (regenerate, edit).
    void truncated(int count);
    void systemPromptChanged(const QString &prompt);

private:
    void onDelta(const QString &content, const QString &thinking);
    void onFinished(const ChatOutcome &outcome);
    QList<ChatTurn> history() const;
    void startAnswer(Provider *provider, const QString &model, const ChatParameters &parameters);
    ApiError refusal(Provider *provider, const QString &model) const;
    void truncate(int count);

    QList<ChatMessage> m_messages;
    QPointer<ChatStream> m_stream;
    int m_answerIndex = -1;
    AnswerClock m_clock;
    QElapsedTimer m_time;
    std::chrono::seconds m_timeout{300};
    QString m_systemPrompt;
};
