#include "ChatSession.h"

#include "providers/ChatStream.h"
#include "providers/Provider.h"

ChatSession::ChatSession(QObject *parent)
    : QObject(parent)
{
    m_time.start();
}

ChatSession::~ChatSession()
{
    if (m_stream)
        m_stream->disconnect(this);
}

bool ChatSession::send(const QString &text, Provider *provider, const QString &model,
                       QString *whyNot, const QString &keepAlive)
{
    auto refuse = [whyNot](const QString &why) {
        if (whyNot)
            *whyNot = why;
        return false;
    };
    if (isStreaming())
        return refuse(tr("An answer is still coming. Stop it first (Esc)."));
    if (text.trimmed().isEmpty())
        return refuse(tr("Write a message first."));
    if (!provider || !provider->chat())
        return refuse(tr("No server is selected. Pick one in the list on the left."));
    if (model.isEmpty())
        return refuse(
            tr("No model is selected. Choose one in the model list; if the list is empty, "
               "pull or download a model on the server first."));

    ChatMessage user;
    user.role = ChatTurn::Role::User;
    user.content = text;
    user.createdAt = QDateTime::currentDateTime();
    m_messages.append(user);
    Q_EMIT messageAdded(int(m_messages.size()) - 1);

    ChatRequest request;
    request.model = model;
    request.messages = history();
    request.timeout = m_timeout;
    request.keepAlive = keepAlive;

    ChatMessage answer;
    answer.role = ChatTurn::Role::Assistant;
    answer.state = ChatMessage::State::Streaming;
    answer.providerKind = provider->kind();
    answer.serverId = provider->baseUrl().toString(QUrl::StripTrailingSlash);
    answer.model = model;
    answer.createdAt = QDateTime::currentDateTime();
    m_messages.append(answer);
    m_answerIndex = int(m_messages.size()) - 1;
    Q_EMIT messageAdded(m_answerIndex);

    m_clock.requestSent(m_time.nsecsElapsed());
    m_stream = provider->chat()->startChat(request, this);
    connect(m_stream, &ChatStream::delta, this, &ChatSession::onDelta);
    connect(m_stream, &ChatStream::finished, this, &ChatSession::onFinished);
    Q_EMIT streamingChanged(true);
    return true;
}

QList<ChatTurn> ChatSession::history() const
{
    // Roles must alternate for strict chat templates: a question whose answer failed with no
    // text is left out together with that answer. The last message is the one being sent.
    QList<ChatTurn> turns;
    for (int i = 0; i < m_messages.size(); ++i) {
        const ChatMessage &m = m_messages[i];
        if (m.content.isEmpty())
            continue;
        if (m.role == ChatTurn::Role::User && i + 1 < m_messages.size() &&
            m_messages[i + 1].content.isEmpty())
            continue;
        turns.append({m.role, m.content});
    }
    return turns;
}

void ChatSession::stop()
{
    if (m_stream)
        m_stream->stop();
}

void ChatSession::clear()
{
    stop();
    m_messages.clear();
    Q_EMIT cleared();
}

void ChatSession::restore(const QList<ChatMessage> &messages)
{
    if (isStreaming())
        return;
    m_messages.clear();
    Q_EMIT cleared();
    for (const ChatMessage &m : messages) {
        m_messages.append(m);
        Q_EMIT messageAdded(int(m_messages.size()) - 1);
    }
}

double ChatSession::liveTokensPerSecond() const
{
    return isStreaming() ? m_clock.liveTokensPerSecond(m_time.nsecsElapsed()) : 0.0;
}

void ChatSession::onDelta(const QString &content, const QString &thinking)
{
    if (m_answerIndex < 0 || m_answerIndex >= m_messages.size())
        return;
    m_clock.chunk(m_time.nsecsElapsed());
    ChatMessage &m = m_messages[m_answerIndex];
    m.content += content;
    m.thinking += thinking;
    Q_EMIT messageDelta(m_answerIndex, content, thinking);
}

void ChatSession::onFinished(const ChatOutcome &outcome)
{
    ChatStream *stream = m_stream;
    m_stream = nullptr;
    if (stream)
        stream->deleteLater();
    if (m_answerIndex < 0 || m_answerIndex >= m_messages.size())
        return;
    ChatMessage &m = m_messages[m_answerIndex];
    m.stats.timeToFirstTokenSeconds = m_clock.timeToFirstTokenSeconds();
    m.stats.clientTokensPerSecond = m_clock.tokensPerSecond();
    m.stats.chunks = m_clock.chunks();
    m.stats.totalSeconds = m_clock.elapsedSeconds(m_time.nsecsElapsed());
    m.stats.server = outcome.figures;
    if (!outcome.reportedModel.isEmpty() && outcome.reportedModel != m.model)
        m.reportedModel = outcome.reportedModel;
    switch (outcome.status) {
    case ChatOutcome::Status::Completed:
        m.state = ChatMessage::State::Complete;
        break;
    case ChatOutcome::Status::Stopped:
        m.state = ChatMessage::State::Stopped;
        break;
    case ChatOutcome::Status::Failed:
        m.state = m.content.isEmpty() && m.thinking.isEmpty() ? ChatMessage::State::Failed
                                                              : ChatMessage::State::Interrupted;
        m.errorText = outcome.error.message;
        break;
    }
    const int index = m_answerIndex;
    m_answerIndex = -1;
    Q_EMIT messageFinished(index);
    Q_EMIT streamingChanged(false);
}
