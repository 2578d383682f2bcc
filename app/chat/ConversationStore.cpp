#include "ConversationStore.h"

#include "ConversationWriter.h"
#include "FileCommitter.h"
#include "net/JsonFields.h"
#include "net/WholeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTemporaryFile>

#include <algorithm>

namespace {
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
    // Any message that was read with an error (a cut one) keeps it.
    if (!m.errorText.isEmpty())
        o.insert(QStringLiteral("error"), m.errorText);
    if (m.role == ChatTurn::Role::Assistant) {
        o.insert(QStringLiteral("provider"), serverKindId(m.providerKind));
        o.insert(QStringLiteral("server"), m.serverId);
        o.insert(QStringLiteral("model"), m.model);
        if (!m.reportedModel.isEmpty())
            o.insert(QStringLiteral("reportedModel"), m.reportedModel);
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

Result<ConversationStore::Written> ConversationStore::write(const Conversation &conversation) const
{
    if (m_readOnly)
        return {.error = ApiError::file(tr("Not saved: this LocalForge only reads conversations "
                                           "(another one is running and keeps them)."))};
    if (!QDir().mkpath(m_folder))
        return {.error = ApiError::file(tr("Could not create the folder %1.").arg(m_folder))};
    const QString target = fileOf(conversation.id);
    // Beside the file it replaces (a rename does not cross file systems), under a name of its
    // own, readable by this user only.
    QTemporaryFile file(target + QStringLiteral(".XXXXXX"));
    file.setAutoRemove(false);
    // Written a piece at a time (a long answer is not copied whole again). A short write (a
    // full disk) is a failure too: the previous file must stay. The writer writes again until
    // the system says why it cannot (a short write alone gives no cause), and the file is
    // flushed before it is closed, which would lose that cause.
    ConversationWriter writer(&file);
    const bool opened = file.open();
    if (!opened || !writer.write(conversation) || !file.flush()) {
        QString cause = file.errorString();
        if (cause.isEmpty() || file.error() == QFileDevice::NoError)
            cause = tr("the data could not all be written");
        if (opened)
            file.remove();
        return {.error = saveError(target, cause)};
    }
    file.close();
    return {.value = {file.fileName(), target, writer.bytesWritten()}, .error = {}};
}

Result<qint64> ConversationStore::save(const Conversation &conversation) const
{
    const Result<Written> written = write(conversation);
    if (!written.ok())
        return {.error = written.error};
    if (const QString cause = FileCommitter::commitNow(written.value.file, written.value.target,
                                                       &FileCommitter::syncToDisk);
        !cause.isEmpty())
        return {.error = saveError(written.value.target, cause)};
    return {.value = written.value.bytes, .error = {}};
}

ApiError ConversationStore::saveError(const QString &path, const QString &cause)
{
    return ApiError::file(
        tr("Could not save the conversation to %1: %2. The previous copy is kept.")
            .arg(path, cause));
}

ConversationStore::ReadResult ConversationStore::readFile(const QString &path)
{
    ReadResult r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.status = ReadStatus::CannotOpen;
        r.reason = f.errorString();
        return r;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (f.error() != QFileDevice::NoError) { // read, not parsed: it may be fine on disk
        r.status = ReadStatus::CannotOpen;
        r.reason = f.errorString();
        return r;
    }
    const QJsonValue format = doc.object().value(u"format");
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !format.isDouble()) {
        r.status = ReadStatus::Corrupt;
        return r;
    }
    if (format.toInt() > FormatVersion) {
        r.status = ReadStatus::Newer;
        return r;
    }
    r.conversation = fromJson(doc.object());
    if (!r.conversation)
        r.status = ReadStatus::Corrupt;
    return r;
}

QString ConversationStore::problemWith(const QString &name, const ReadResult &result) const
{
    switch (result.status) {
    case ReadStatus::Ok:
        break;
    case ReadStatus::CannotOpen:
        return tr("%1 could not be opened (%2). It is left as it is; check that you can read it.")
            .arg(name, result.reason);
    case ReadStatus::Newer:
        return tr("%1 was written by a newer LocalForge and is left as it is. Update LocalForge to "
                  "open it.")
            .arg(name);
    case ReadStatus::Corrupt: {
        if (m_readOnly)
            return tr("%1 could not be read: it is damaged.").arg(name);
        // Set aside under a name of its own: an earlier copy set aside is never replaced.
        const QDir dir(m_folder);
        for (int n = 1; n < 1000; ++n) {
            const QString aside =
                dir.filePath(n == 1 ? name + QStringLiteral(".unreadable")
                                    : QStringLiteral("%1.%2.unreadable").arg(name).arg(n));
            if (QFile::exists(aside))
                continue;
            if (QFile::rename(dir.filePath(name), aside))
                return tr("%1 could not be read and was moved to %2.").arg(name, aside);
            break;
        }
        return tr("%1 could not be read, and could not be moved aside either.").arg(name);
    }
    }
    return {};
}

QList<ConversationStore::Conversation> ConversationStore::loadAll(QStringList *problems) const
{
    QList<Conversation> out;
    const QDir dir(m_folder);
    const QFileInfoList files = dir.entryInfoList(
        {QStringLiteral("*.json")}, QDir::Files | QDir::Dirs | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : files) {
        const ReadResult r = readFile(info.filePath());
        if (r.status != ReadStatus::Ok) {
            const QString problem = problemWith(info.fileName(), r);
            if (problems)
                problems->append(problem);
            continue;
        }
        Conversation c = *r.conversation;
        c.id = info.fileName().chopped(5);
        if (!c.updatedAt.isValid())
            c.updatedAt = info.lastModified();
        out.append(c);
    }
    std::stable_sort(out.begin(), out.end(), [](const Conversation &a, const Conversation &b) {
        return a.updatedAt > b.updatedAt;
    });
    return out;
}

QList<ConversationStore::Conversation> ConversationStore::loadHeaders(QStringList *problems) const
{
    QList<Conversation> out;
    const QDir dir(m_folder);
    QJsonObject index;
    {
        QFile f(dir.filePath(indexFileName()));
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            if (o.value(u"format").toInt() == FormatVersion)
                index = o.value(u"files").toObject();
        }
    }
    QJsonObject updated;
    bool changed = false;
    const QFileInfoList files = dir.entryInfoList(
        {QStringLiteral("*.json")}, QDir::Files | QDir::Dirs | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : files) {
        const QString name = info.fileName();
        const qint64 modified = info.lastModified().toMSecsSinceEpoch();
        const QJsonObject known = index.value(name).toObject();
        Conversation c;
        c.id = name.chopped(5);
        c.messagesLoaded = false;
        if (!known.isEmpty() && known.value(u"size").toInteger(-1) == info.size() &&
            known.value(u"modified").toInteger(-1) == modified) {
            c.title = known.value(u"title").toString();
            c.headerTitle = known.value(u"displayTitle").toString();
            c.headerMessageCount = known.value(u"messages").toInt();
            c.updatedAt =
                QDateTime::fromString(known.value(u"updatedAt").toString(), Qt::ISODateWithMs);
            updated.insert(name, known);
            out.append(c);
            continue;
        }
        // New or changed since it was indexed: parsed once, its header kept.
        changed = true;
        const ReadResult r = readFile(info.filePath());
        if (r.status != ReadStatus::Ok) {
            const QString problem = problemWith(name, r);
            if (problems)
                problems->append(problem);
            continue;
        }
        const Conversation &full = *r.conversation;
        c.title = full.title;
        c.headerTitle = full.displayTitle();
        c.headerMessageCount = int(full.messages.size());
        c.updatedAt = full.updatedAt.isValid() ? full.updatedAt : info.lastModified();
        updated.insert(name, QJsonObject{{QStringLiteral("size"), info.size()},
                                         {QStringLiteral("modified"), modified},
                                         {QStringLiteral("title"), c.title},
                                         {QStringLiteral("displayTitle"), c.headerTitle},
                                         {QStringLiteral("messages"), c.headerMessageCount},
                                         {QStringLiteral("updatedAt"),
                                          c.updatedAt.toUTC().toString(Qt::ISODateWithMs)}});
        out.append(c);
    }
    if (updated.size() != index.size())
        changed = true; // files deleted or set aside since
    if (changed && !m_readOnly && !out.isEmpty()) {
        // Only a cache: when it cannot be written, the next start parses the files again.
        WholeFile::save(dir.filePath(indexFileName()),
                        QJsonDocument(QJsonObject{{QStringLiteral("format"), FormatVersion},
                                                  {QStringLiteral("files"), updated}})
                            .toJson(QJsonDocument::Compact));
    }
    std::stable_sort(out.begin(), out.end(), [](const Conversation &a, const Conversation &b) {
        return a.updatedAt > b.updatedAt;
    });
    return out;
}

Result<ConversationStore::Conversation> ConversationStore::load(const QString &id) const
{
    const QString name = id + QStringLiteral(".json");
    const QString path = QDir(m_folder).filePath(name);
    const ReadResult r = readFile(path);
    if (r.status != ReadStatus::Ok)
        return {.error = ApiError::file(problemWith(name, r))};
    Conversation c = *r.conversation;
    c.id = id;
    if (!c.updatedAt.isValid())
        c.updatedAt = QFileInfo(path).lastModified();
    return {.value = c, .error = {}};
}

ApiError ConversationStore::remove(const QString &id) const
{
    if (m_readOnly)
        return ApiError::file(tr("Not deleted: this LocalForge only reads conversations (another "
                                 "one is running and keeps them)."));
    QFile file(fileOf(id));
    if (!file.exists() || file.remove())
        return {};
    return ApiError::file(tr("Could not delete %1: %2.").arg(file.fileName(), file.errorString()));
}

int ConversationStore::removeLeftovers() const
{
    if (m_readOnly)
        return 0;
    // write()'s files: "<id>.json." and six characters.
    QDir dir(m_folder);
    int removed = 0;
    for (const QString &name :
         dir.entryList({QStringLiteral("*.json.??????")}, QDir::Files | QDir::Hidden)) {
        if (dir.remove(name))
            ++removed;
    }
    return removed;
}

QString ConversationStore::fileOf(const QString &id) const
{
    return QDir(m_folder).filePath(id + QStringLiteral(".json"));
}

void ConversationStore::Conversation::keepHeaderOnly()
{
    headerTitle = displayTitle();
    headerMessageCount = int(messages.size());
    messages.clear();
    messagesLoaded = false;
}

QString ConversationStore::Conversation::displayTitle() const
{
    if (!messagesLoaded)
        return headerTitle;
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
