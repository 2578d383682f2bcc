#include "ConversationLibrary.h"

#include "ChatSession.h"
#include "FileCommitter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

ConversationLibrary::ConversationLibrary(const QString &folder, ChatSession *chat, QObject *parent)
    : QObject(parent)
    , m_store(folder)
    , m_chat(chat)
    , m_currentId(newId())
    , m_saveTimer(new QTimer(this))
    , m_committer(new FileCommitter(this))
    , m_searchPool(new QThreadPool(this))
{
    m_searchPool->setMaxThreadCount(1); // one search at a time; a newer one drops the older
    // A save the disk could not finish: reported like one that could not be written.
    connect(m_committer, &FileCommitter::failed, this,
            [this](const QString &target, const QString &cause) {
                // Its messages stay in the list (keepUntilSaved): they are in no file, and are
                // saved again with the next save, or at the latest when LocalForge quits.
                m_keptUntilSaved.remove(idOf(target));
                m_unsaved.insert(idOf(target));
                reportSave(ConversationStore::saveError(target, cause));
            });
    connect(m_committer, &FileCommitter::committed, this, [this](const QString &target) {
        reportSave({});
        // On disk: a conversation left before its last save was in place keeps its header only.
        const QString id = idOf(target);
        const int i = indexOf(id);
        m_unsaved.remove(id);
        if (m_keptUntilSaved.remove(id) && i >= 0 && id != m_currentId)
            m_saved[i].keepHeaderOnly();
    });
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1000);
    connect(m_saveTimer, &QTimer::timeout, this, &ConversationLibrary::saveNow);
    // What changes the conversation: saved at once, or soon. Opening one changes nothing.
    auto changedNow = [this] {
        if (!m_restoring) {
            m_changed = true;
            saveNow();
        }
    };
    auto changedSoon = [this] {
        if (!m_restoring) {
            m_changed = true;
            scheduleSave();
        }
    };
    connect(m_chat, &ChatSession::messageAdded, this, changedNow);
    connect(m_chat, &ChatSession::messageFinished, this, changedNow);
    connect(m_chat, &ChatSession::truncated, this, changedNow);
    connect(m_chat, &ChatSession::restored, this, [this] { m_changed = !m_restoring; });
    connect(m_chat, &ChatSession::systemPromptChanged, this, changedSoon);
    connect(m_chat, &ChatSession::messageDelta, this, changedSoon);
    connect(m_chat, &ChatSession::cleared, this, [this] {
        if (m_restoring)
            return;
        m_currentId = newId();
        m_currentTitle.clear();
        Q_EMIT currentChanged(m_currentId);
        Q_EMIT listChanged();
    });
}

ConversationLibrary::~ConversationLibrary()
{
    // A search still reading stops, and answers no one.
    ++*m_searchGeneration;
    m_searchPool->clear();
    m_searchPool->waitForDone();
    flush();
    m_committer->waitForDone(); // the last save is in place before quitting
}

void ConversationLibrary::waitForSaved() const
{
    m_committer->waitForDone();
}

QString ConversationLibrary::idOf(const QString &file)
{
    return QFileInfo(file).fileName().chopped(int(qstrlen(".json")));
}

void ConversationLibrary::waitForSaved(const QString &id) const
{
    if (m_committer->isPending(m_store.fileOf(id)))
        m_committer->waitForDone();
}

void ConversationLibrary::keepUntilSaved()
{
    // The session is about to let go of the current conversation: until the disk has its last
    // save, the list keeps its messages, so a save that fails then loses nothing.
    const int i = indexOf(m_currentId);
    if (i < 0 || m_saved[i].messagesLoaded || !m_committer->isPending(m_store.fileOf(m_currentId)))
        return;
    m_saved[i].messages = m_chat->messages();
    m_saved[i].messagesLoaded = true;
    m_keptUntilSaved.insert(m_currentId);
}

void ConversationLibrary::reportSave(const ApiError &error)
{
    // Reported once per kind of failure, not for every token.
    if (error.isError() && error.message != m_lastError)
        Q_EMIT saveFailed(error.message);
    m_lastError = error.message;
}

void ConversationLibrary::flush()
{
    if (m_saveTimer->isActive() || m_unsaved.contains(m_currentId))
        saveNow();
    if (m_store.isReadOnly())
        return;
    // Conversations left after a save that failed: their messages stayed in the list.
    const QSet<QString> unsaved = m_unsaved;
    for (const QString &id : unsaved) {
        const int i = indexOf(id);
        if (id != m_currentId && i >= 0 && m_saved[i].messagesLoaded)
            write(m_saved[i]);
    }
}

QString ConversationLibrary::folder() const
{
    return m_store.folder();
}

int ConversationLibrary::streamingSaveIntervalMs() const
{
    constexpr qint64 BytesPerSecond = 1024 * 1024;
    constexpr qint64 LongestMs = 30'000;
    return int(std::clamp<qint64>(m_lastSavedBytes * 1000 / BytesPerSecond, 1000, LongestMs));
}

void ConversationLibrary::scheduleSave()
{
    if (!m_saveTimer->isActive())
        m_saveTimer->start(streamingSaveIntervalMs());
}

int ConversationLibrary::indexOf(const QString &id) const
{
    for (int i = 0; i < m_saved.size(); ++i) {
        if (m_saved[i].id == id)
            return i;
    }
    return -1;
}

ConversationStore::Conversation ConversationLibrary::current() const
{
    ConversationStore::Conversation c;
    c.id = m_currentId;
    c.title = m_currentTitle;
    c.systemPrompt = m_chat->systemPrompt();
    c.messages = m_chat->messages();
    c.updatedAt = QDateTime::currentDateTimeUtc();
    return c;
}

void ConversationLibrary::load()
{
    m_loadProblems.clear();
    // Headers only: a conversation's messages are read when it is opened (or searched).
    waitForSaved();
    m_store.removeLeftovers(); // saves a crash or a kill cut before they were in place
    m_saved = m_store.loadHeaders(&m_loadProblems);
    // The last conversation comes back as it was (an answer cut by a crash, marked so).
    if (!m_saved.isEmpty() && !m_chat->isStreaming())
        open(m_saved.constFirst().id);
    Q_EMIT listChanged();
}

void ConversationLibrary::saveNow()
{
    m_saveTimer->stop();
    // Nothing new since it was opened or saved: written again, it would be dated now and move
    // to the top of the list (a failed save is made again).
    if (!m_chat || m_restoring || m_chat->messages().isEmpty() ||
        (!m_changed && !m_unsaved.contains(m_currentId)))
        return;
    ConversationStore::Conversation c = current();
    const int had = indexOf(c.id);
    const bool isNew = had < 0;
    // The list shows it under its first question until it is named: an edited first question
    // renames it there.
    const QString shown = isNew ? QString() : m_saved[had].displayTitle();
    // Saved: the list keeps the header only, as for the others. A copy of the messages would
    // also make the next streamed piece copy the whole answer (shared, then changed). Not
    // saved: the messages stay in the list, as they are in no file.
    m_changed = false;
    if (write(c))
        c.keepHeaderOnly();
    const int i = indexOf(c.id);
    if (i >= 0)
        m_saved[i] = c;
    else
        m_saved.prepend(c);
    if (isNew || c.displayTitle() != shown)
        Q_EMIT listChanged();
}

bool ConversationLibrary::write(const ConversationStore::Conversation &c)
{
    // Written here (into the system's cache, quick); put in place once the disk has it, on
    // the committer's thread: waiting for a busy disk would freeze the window.
    const Result<ConversationStore::Written> written = m_store.write(c);
    if (!written.ok()) {
        m_unsaved.insert(c.id);
        reportSave(written.error);
        return false;
    }
    m_committer->commit(written.value.file, written.value.target);
    m_lastSavedBytes = written.value.bytes;
    return true;
}

QList<ConversationLibrary::Summary> ConversationLibrary::summaries() const
{
    QList<Summary> out;
    const ConversationStore::Conversation live = current();
    for (const ConversationStore::Conversation &c : m_saved) {
        if (c.id == m_currentId) {
            out.append({c.id, live.displayTitle(), c.updatedAt, int(live.messages.size())});
            continue;
        }
        out.append({c.id, c.displayTitle(), c.updatedAt,
                    c.messagesLoaded ? int(c.messages.size()) : c.headerMessageCount});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Summary &a, const Summary &b) { return a.updatedAt > b.updatedAt; });
    return out;
}

namespace {
bool contains(const ConversationStore::Conversation &c, const QString &needle)
{
    if (c.displayTitle().contains(needle, Qt::CaseInsensitive))
        return true;
    return std::any_of(c.messages.cbegin(), c.messages.cend(), [&needle](const ChatMessage &m) {
        return m.content.contains(needle, Qt::CaseInsensitive);
    });
}
} // namespace

QStringList ConversationLibrary::search(const QString &text) const
{
    const QString needle = text.trimmed();
    QStringList ids;
    for (const Summary &s : summaries()) {
        if (needle.isEmpty()) {
            ids.append(s.id);
            continue;
        }
        if (const auto c = conversation(s.id); c && contains(*c, needle))
            ids.append(s.id);
    }
    return ids;
}

void ConversationLibrary::searchInBackground(const QString &text, QObject *context,
                                             std::function<void(const QStringList &)> done)
{
    const int generation = ++*m_searchGeneration;
    const QString needle = text.trimmed();
    // What is in memory is searched here (the current conversation may not be saved yet); the
    // rest is read from the files on the search thread, in the list's order.
    struct Entry
    {
        QString id;
        std::optional<bool> found; // unset: to read
    };
    QList<Entry> entries;
    for (const Summary &s : summaries()) {
        Entry e{s.id, needle.isEmpty() ? std::optional<bool>(true) : std::nullopt};
        if (!e.found) {
            const int i = indexOf(s.id);
            if (s.id == m_currentId)
                e.found = contains(current(), needle);
            else if (i >= 0 && m_saved[i].messagesLoaded)
                e.found = contains(m_saved[i], needle);
            else if (i >= 0 && m_saved[i].displayTitle().contains(needle, Qt::CaseInsensitive))
                e.found = true;
        }
        entries.append(e);
    }
    auto answer = [context = QPointer<QObject>(context), generation, latest = m_searchGeneration,
                   done](const QStringList &ids) {
        if (done && context && generation == latest->load())
            done(ids);
    };
    // Read only: a damaged file is left where it is, for opening it to say so.
    ConversationStore store = m_store;
    store.setReadOnly(true);
    auto search = [this, store, entries, needle, generation, latest = m_searchGeneration, answer] {
        QStringList ids;
        for (const Entry &e : entries) {
            if (generation != latest->load())
                return; // a newer search is on its way
            bool found = e.found.value_or(false);
            if (!e.found) {
                const Result<ConversationStore::Conversation> c = store.load(e.id);
                found = c.ok() && contains(c.value, needle);
            }
            if (found)
                ids.append(e.id);
        }
        // Back on this object's thread; the pool (and so this task) ends before the object.
        QMetaObject::invokeMethod(
            this, [answer, ids] { answer(ids); }, Qt::QueuedConnection);
    };
    // With nothing to read (no search text, or every one in memory), no thread is needed.
    if (std::all_of(entries.cbegin(), entries.cend(),
                    [](const Entry &e) { return e.found.has_value(); }))
        search();
    else
        m_searchPool->start(search);
}

std::optional<ConversationStore::Conversation>
ConversationLibrary::conversation(const QString &id) const
{
    if (id == m_currentId)
        return current();
    const int i = indexOf(id);
    if (i < 0 || ensureLoaded(i).isError())
        return std::nullopt;
    return m_saved[i];
}

ApiError ConversationLibrary::ensureLoaded(int i) const
{
    ConversationStore::Conversation &c = m_saved[i];
    if (c.messagesLoaded)
        return {};
    waitForSaved(c.id); // the file as last saved, not the one before
    Result<ConversationStore::Conversation> full = m_store.load(c.id);
    if (!full.ok()) {
        if (!m_loadProblems.contains(full.error.message))
            m_loadProblems.append(full.error.message);
        return full.error;
    }
    c = full.value;
    return {};
}

void ConversationLibrary::newConversation()
{
    if (m_chat->isStreaming())
        m_chat->stop();
    saveNow();
    keepUntilSaved();
    m_chat->clear(); // a new id, through cleared()
    // The system prompt written for a new conversation left for another one comes back.
    if (!m_unsentPrompt.isEmpty())
        m_chat->setSystemPrompt(std::exchange(m_unsentPrompt, {}));
}

bool ConversationLibrary::open(const QString &id)
{
    if (m_chat->isStreaming())
        return false;
    const int i = indexOf(id);
    if (i < 0)
        return false;
    if (id == m_currentId && !m_chat->messages().isEmpty())
        return true;
    if (const ApiError problem = ensureLoaded(i); problem.isError()) {
        // Set aside or gone: no longer listed.
        if (!QFile::exists(m_store.fileOf(id))) {
            m_saved.removeAt(i);
            Q_EMIT listChanged();
        }
        Q_EMIT openFailed(problem.message);
        return false;
    }
    saveNow();
    keepUntilSaved();
    // A conversation without messages is not saved: a system prompt written for it would be
    // lost with it. It is held for the next new conversation, as the typed draft is kept.
    if (m_chat->messages().isEmpty() && !m_chat->systemPrompt().isEmpty())
        m_unsentPrompt = m_chat->systemPrompt();
    const ConversationStore::Conversation c = m_saved[indexOf(id)];
    m_restoring = true;
    m_chat->restore(c.messages, c.systemPrompt);
    m_restoring = false;
    m_currentId = id;
    m_currentTitle = c.title;
    Q_EMIT currentChanged(id);
    Q_EMIT listChanged();
    return true;
}

ApiError ConversationLibrary::rename(const QString &id, const QString &title)
{
    const int i = indexOf(id);
    if (id != m_currentId) {
        if (i < 0)
            return ApiError::invalid(tr("This conversation is no longer in the list (it was "
                                        "deleted). Choose another one."));
        if (const ApiError problem = ensureLoaded(i); problem.isError())
            return problem;
    }
    ConversationStore::Conversation c = id == m_currentId ? current() : m_saved[i];
    c.title = title.trimmed();
    if (id == m_currentId && m_chat->messages().isEmpty()) {
        m_currentTitle = c.title; // saved with its first message
        Q_EMIT listChanged();
        return {};
    }
    // Asked for by the user, who is told if it fails: saved here, after any save on its way.
    waitForSaved(id);
    if (const ApiError error = m_store.save(c).error; error.isError())
        return error;
    if (id == m_currentId)
        m_currentTitle = c.title;
    if (i >= 0) {
        m_saved[i].title = c.title;
        // Saved already, the open conversation is listed by its header: renamed there too.
        if (!m_saved[i].messagesLoaded)
            m_saved[i].headerTitle = c.displayTitle();
    }
    Q_EMIT listChanged();
    return {};
}

ApiError ConversationLibrary::remove(const QString &id)
{
    if (id == m_currentId && m_chat->isStreaming())
        m_chat->stop();
    waitForSaved(id); // a save still on its way would bring the file back
    if (const ApiError error = m_store.remove(id); error.isError())
        return error;
    const int i = indexOf(id);
    if (i >= 0)
        m_saved.removeAt(i);
    if (id == m_currentId) {
        m_restoring = true; // nothing to save: it was just deleted
        m_chat->clear();
        m_restoring = false;
        m_currentId = newId();
        m_currentTitle.clear();
        Q_EMIT currentChanged(m_currentId);
    }
    Q_EMIT listChanged();
    return {};
}
