#include "ConversationStore.h"

#include "net/JsonFields.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
constexpr int FormatVersion = 1;

QString stateId(ChatMessage::State s)
{
    switch (s) {
    case ChatMessage::State::Complete:
        return QStringLiteral("complete");
    case ChatMessage::State::Streaming:
        return QStringLiteral("streaming");
    case ChatMessage::State::Stopped:
        return QStringLiteral("stopped");
    case ChatMessage::State::Interrupted:
        return QStringLiteral("interrupted");
    case ChatMessage::State::Failed:
        break;
    }
    return QStringLiteral("failed");
}

ChatMessage::State stateFromId(const QString &id)
{
    for (auto s :
         {ChatMessage::State::Complete, ChatMessage::State::Streaming, ChatMessage::State::Stopped,
          ChatMessage::State::Interrupted, ChatMessage::State::Failed}) {
        if (stateId(s) == id)
            return s;
    }
    return ChatMessage::State::Complete;
}

} // namespace

ConversationStore::ConversationStore(const QString &folder)
    : m_folder(folder)
{}

QJsonObject ConversationStore::messageToJson(const ChatMessage &m)
{
    QJsonObject o{{QStringLiteral("role"), chatRoleId(m.role)},
                  {QStringLiteral("content"), m.content},
                  {QStringLiteral("state"), stateId(m.state)},
                  {QStringLiteral("createdAt"), m.createdAt.toString(Qt::ISODateWithMs)}};
    if (!m.thinking.isEmpty())
        o.insert(QStringLiteral("thinking"), m.thinking);
    if (m.role == ChatTurn::Role::Assistant) {
        o.insert(QStringLiteral("provider"), serverKindId(m.providerKind));
        o.insert(QStringLiteral("server"), m.serverId);
        o.insert(QStringLiteral("model"), m.model);
        if (!m.reportedModel.isEmpty())
            o.insert(QStringLiteral("reportedModel"), m.reportedModel);
        if (!m.errorText.isEmpty())
            o.insert(QStringLiteral("error"), m.errorText);
        QJsonObject stats;
        JsonFields::put(stats, QStringLiteral("ttft"), m.stats.timeToFirstTokenSeconds);
        JsonFields::put(stats, QStringLiteral("clientTokensPerSecond"),
                        m.stats.clientTokensPerSecond);
        JsonFields::put(stats, QStringLiteral("totalSeconds"), m.stats.totalSeconds);
        stats.insert(QStringLiteral("chunks"), m.stats.chunks);
        const ServerFigures &f = m.stats.server;
        JsonFields::put(stats, QStringLiteral("promptTokens"), f.promptTokens);
        JsonFields::put(stats, QStringLiteral("completionTokens"), f.completionTokens);
        JsonFields::put(stats, QStringLiteral("cachedPromptTokens"), f.cachedPromptTokens);
        JsonFields::put(stats, QStringLiteral("promptSeconds"), f.promptSeconds);
        JsonFields::put(stats, QStringLiteral("evalSeconds"), f.evalSeconds);
        JsonFields::put(stats, QStringLiteral("loadSeconds"), f.loadSeconds);
        JsonFields::put(stats, QStringLiteral("serverTotalSeconds"), f.totalSeconds);
        JsonFields::put(stats, QStringLiteral("tokensPerSecond"), f.tokensPerSecond);
        JsonFields::put(stats, QStringLiteral("promptTokensPerSecond"), f.promptTokensPerSecond);
        JsonFields::put(stats, QStringLiteral("serverTtft"), f.timeToFirstTokenSeconds);
        o.insert(QStringLiteral("stats"), stats);
    }
    return o;
}

ChatMessage ConversationStore::messageFromJson(const QJsonObject &o)
{
    ChatMessage m;
    const QString role = o.value(u"role").toString();
    m.role = role == u"assistant" ? ChatTurn::Role::Assistant
             : role == u"system"  ? ChatTurn::Role::System
                                  : ChatTurn::Role::User;
    m.content = o.value(u"content").toString();
    m.thinking = o.value(u"thinking").toString();
    m.state = stateFromId(o.value(u"state").toString());
    m.createdAt = QDateTime::fromString(o.value(u"createdAt").toString(), Qt::ISODateWithMs);
    m.providerKind = serverKindFromId(o.value(u"provider").toString());
    m.serverId = o.value(u"server").toString();
    m.model = o.value(u"model").toString();
    m.reportedModel = o.value(u"reportedModel").toString();
    m.errorText = o.value(u"error").toString();
    const QJsonObject s = o.value(u"stats").toObject();
    m.stats.timeToFirstTokenSeconds = JsonFields::number(s, u"ttft");
    m.stats.clientTokensPerSecond = JsonFields::number(s, u"clientTokensPerSecond");
    m.stats.totalSeconds = JsonFields::number(s, u"totalSeconds");
    m.stats.chunks = s.value(u"chunks").toInt();
    ServerFigures &f = m.stats.server;
    f.promptTokens = JsonFields::integer(s, u"promptTokens");
    f.completionTokens = JsonFields::integer(s, u"completionTokens");
    f.cachedPromptTokens = JsonFields::integer(s, u"cachedPromptTokens");
    f.promptSeconds = JsonFields::number(s, u"promptSeconds");
    f.evalSeconds = JsonFields::number(s, u"evalSeconds");
    f.loadSeconds = JsonFields::number(s, u"loadSeconds");
    f.totalSeconds = JsonFields::number(s, u"serverTotalSeconds");
    f.tokensPerSecond = JsonFields::number(s, u"tokensPerSecond");
    f.promptTokensPerSecond = JsonFields::number(s, u"promptTokensPerSecond");
    f.timeToFirstTokenSeconds = JsonFields::number(s, u"serverTtft");
    if (m.state == ChatMessage::State::Streaming) {
        // The program ended while this answer streamed: what came is kept, marked as cut.
        m.state = ChatMessage::State::Interrupted;
        if (m.errorText.isEmpty())
            m.errorText = tr("LocalForge closed while this answer was coming; what had arrived "
                             "is kept.");
    }
    return m;
}

QJsonObject ConversationStore::toJson(const Conversation &c)
{
    QJsonArray messages;
    for (const ChatMessage &m : c.messages)
        messages.append(messageToJson(m));
    QJsonObject o{{QStringLiteral("format"), FormatVersion},
                  {QStringLiteral("title"), c.title},
                  {QStringLiteral("messages"), messages}};
    if (!c.systemPrompt.isEmpty())
        o.insert(QStringLiteral("systemPrompt"), c.systemPrompt);
    if (c.updatedAt.isValid())
        o.insert(QStringLiteral("updatedAt"), c.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

std::optional<ConversationStore::Conversation> ConversationStore::fromJson(const QJsonObject &json)
{
    if (json.value(u"format").toInt() != FormatVersion || !json.value(u"messages").isArray())
        return std::nullopt;
    Conversation c;
    c.title = json.value(u"title").toString();
    c.systemPrompt = json.value(u"systemPrompt").toString();
    c.updatedAt = QDateTime::fromString(json.value(u"updatedAt").toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : json.value(u"messages").toArray())
        c.messages.append(messageFromJson(v.toObject()));
    return c;
}

bool ConversationStore::save(const Conversation &conversation, QString *error,
                             qint64 *written) const
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = tr("Could not create the folder %1.").arg(m_folder);
        return false;
    }
    QSaveFile file(QDir(m_folder).filePath(conversation.id + QStringLiteral(".json")));
    const QByteArray data = QJsonDocument(toJson(conversation)).toJson(QJsonDocument::Indented);
    // A short write (a full disk) is a failure too: the previous file must stay.
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        file.cancelWriting();
        if (error)
            *error = tr("Could not save the conversation to %1: %2. The previous copy is kept.")
                         .arg(file.fileName(), file.errorString());
        return false;
    }
    if (written)
        *written = data.size();
    return true;
}

QList<ConversationStore::Conversation> ConversationStore::loadAll(QStringList *problems) const
{
    QList<Conversation> out;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time)) {
        QFile f(dir.filePath(name));
        std::optional<Conversation> c;
        if (f.open(QIODevice::ReadOnly))
            c = fromJson(QJsonDocument::fromJson(f.readAll()).object());
        f.close();
        if (!c) {
            // Set aside, never overwritten: the user may want it back.
            const QString aside = dir.filePath(name + QStringLiteral(".unreadable"));
            QFile::remove(aside);
            QFile::rename(dir.filePath(name), aside);
            if (problems)
                problems->append(tr("%1 could not be read and was moved to %2.").arg(name, aside));
            continue;
        }
        c->id = name.chopped(5);
        if (!c->updatedAt.isValid())
            c->updatedAt = QFileInfo(dir.filePath(name)).lastModified();
        out.append(*c);
    }
    std::stable_sort(out.begin(), out.end(), [](const Conversation &a, const Conversation &b) {
        return a.updatedAt > b.updatedAt;
    });
    return out;
}

bool ConversationStore::remove(const QString &id, QString *error) const
{
    QFile file(QDir(m_folder).filePath(id + QStringLiteral(".json")));
    if (!file.exists() || file.remove())
        return true;
    if (error)
        *error = tr("Could not delete %1: %2.").arg(file.fileName(), file.errorString());
    return false;
}

QString ConversationStore::Conversation::displayTitle() const
{
    if (!title.trimmed().isEmpty())
        return title.trimmed();
    for (const ChatMessage &m : messages) {
        if (m.role != ChatTurn::Role::User)
            continue;
        QString first = m.content.trimmed().section(u'\n', 0, 0).simplified();
        if (first.size() > 60)
            first = first.left(59) + QChar(0x2026);
        if (!first.isEmpty())
            return first;
    }
    return tr("New conversation");
}
