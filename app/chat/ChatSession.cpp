#include "ChatSession.h"

#include "providers/ChatStream.h"
#include "providers/Provider.h"
#include "providers/ServerKind.h"

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

ApiError ChatSession::refusal(Provider *provider, const QString &model) const
{
    if (isStreaming())
        return ApiError::invalid(tr("An answer is still coming. Stop it first (Esc)."));
    if (!provider || !provider->chat())
        return ApiError::invalid(tr("No server is selected. Pick one in the list on the left."));
    if (model.isEmpty())
        return ApiError::invalid(
            tr("No model is selected. Choose one in the model list; if the list is empty, "
               "pull or download a model on the server first."));
    return {};
}

void ChatSession::setSystemPrompt(const QString &prompt)
{
    if (prompt == m_systemPrompt)
        return;
    m_systemPrompt = prompt;
    Q_EMIT systemPromptChanged(prompt);
}

ApiError ChatSession::send(const QString &text, Provider *provider, const QString &model,
                           const ChatParameters &parameters)
{
    if (const ApiError why = refusal(provider, model); why.isError())
        return why;
    if (text.trimmed().isEmpty())
        return ApiError::invalid(tr("Write a message first."));
    ChatMessage user;
    user.role = ChatTurn::Role::User;
    user.content = text;
    user.createdAt = QDateTime::currentDateTime();
    m_messages.append(user);
    Q_EMIT messageAdded(int(m_messages.size()) - 1);
    startAnswer(provider, model, parameters);
    return {};
}

bool ChatSession::canRegenerate() const
{
    return !isStreaming() && m_messages.size() >= 2 &&
           m_messages.constLast().role == ChatTurn::Role::Assistant &&
           m_messages[m_messages.size() - 2].role == ChatTurn::Role::User;
}

ApiError ChatSession::regenerate(Provider *provider, const QString &model,
                                 const ChatParameters &parameters)
{
    if (const ApiError why = refusal(provider, model); why.isError())
        return why;
    if (!canRegenerate())
        return ApiError::invalid(tr("There is no answer to regenerate yet."));
    truncate(int(m_messages.size()) - 1);
    startAnswer(provider, model, parameters);
    return {};
}

QString ChatSession::takeLastQuestion()
{
    if (isStreaming())
        return {};
    for (int i = int(m_messages.size()) - 1; i >= 0; --i) {
        if (m_messages[i].role != ChatTurn::Role::User)
            continue;
        const QString text = m_messages[i].content;
        truncate(i);
        return text;
    }
    return {};
}

void ChatSession::truncate(int count)
{
    if (count >= m_messages.size())
        return;
    m_messages.resize(count);
    Q_EMIT truncated(count);
}

void ChatSession::startAnswer(Provider *provider, const QString &model,
                              const ChatParameters &parameters)
{
    const ChatRequest request = nextRequest({}, model, parameters);

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
}

ChatRequest ChatSession::nextRequest(const QString &text, const QString &model,
                                     const ChatParameters &parameters) const
{
    ChatRequest request;
    request.model = model;
    request.parameters = parameters;
    request.timeout = parameters.timeoutSeconds
                          ? std::chrono::seconds(std::max(1, *parameters.timeoutSeconds))
                          : m_timeout;
    request.messages = history();
    if (!text.trimmed().isEmpty())
        request.messages.append({ChatTurn::Role::User, text});
    return request;
}

QList<ChatTurn> ChatSession::history() const
{
    // Roles must alternate for strict chat templates: a question whose answer failed with no
    // text is left out together with that answer. The last message is the one being sent.
    QList<ChatTurn> turns;
    if (!m_systemPrompt.trimmed().isEmpty())
        turns.append({ChatTurn::Role::System, m_systemPrompt});
    for (int i = 0; i < m_messages.size(); ++i) {
        const ChatMessage &m = m_messages[i];
        if (m.content.isEmpty())
            continue;
        if (m.role == ChatTurn::Role::User && i + 1 < m_messages.size() &&
            m_messages[i + 1].content.isEmpty())
            continue;
        // An answer cut short (a broken connection, a stop) is not passed off as complete: the
        // model reads that it ended there.
        if (m.role == ChatTurn::Role::Assistant &&
            (m.state == ChatMessage::State::Interrupted || m.state == ChatMessage::State::Stopped))
            turns.append({m.role, m.content + QLatin1String(IncompleteAnswerNote)});
        else
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

void ChatSession::restore(const QList<ChatMessage> &messages, const QString &systemPrompt)
{
    if (isStreaming())
        return;
    m_messages.clear();
    Q_EMIT cleared();
    setSystemPrompt(systemPrompt);
    m_messages = messages;
    Q_EMIT restored();
}

double ChatSession::liveTokensPerSecond() const
{
    return isStreaming() ? m_clock.liveTokensPerSecond(m_time.nsecsElapsed()) : 0.0;
}

namespace {
// A streamed text starts with room for tens of thousands of characters, reserved, not touched:
// it then grows in place (see Allocator.h) instead of through a dozen copies of itself, each
// left behind in the heap.
constexpr qsizetype StreamedReserve = 64 * 1024;

void appendStreamed(QString &text, const QString &piece)
{
    if (piece.isEmpty())
        return;
    if (text.capacity() < StreamedReserve)
        text.reserve(StreamedReserve);
    text += piece;
}
} // namespace

void ChatSession::onDelta(const QString &content, const QString &thinking)
{
    if (m_answerIndex < 0 || m_answerIndex >= m_messages.size())
        return;
    m_clock.chunk(m_time.nsecsElapsed());
    ChatMessage &m = m_messages[m_answerIndex];
    appendStreamed(m.content, content);
    appendStreamed(m.thinking, thinking);
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
    // What was reserved and not used goes back.
    m.content.squeeze();
    m.thinking.squeeze();
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
        m.errorKind = outcome.error.kind;
        // Nothing listens there: how to start this kind of server, on this port.
        if (outcome.error.kind == ApiError::Kind::Refused && m.providerKind != ServerKind::Unknown)
            m.errorText =
                ApiError::notRunning(QUrl(m.serverId), serverKindName(m.providerKind)).message;
        break;
    }
    const int index = m_answerIndex;
    m_answerIndex = -1;
    Q_EMIT messageFinished(index);
    Q_EMIT streamingChanged(false);
}
