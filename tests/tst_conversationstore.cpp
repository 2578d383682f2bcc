// Conversations on disk: a round trip, an answer cut by a kill coming back marked as such, and
// an unreadable file set aside while the others load.
#include "Core.h"
#include "FakeOllamaServer.h"
#include "chat/ChatSession.h"
#include "chat/ConversationLibrary.h"
#include "chat/ConversationStore.h"
#include "chat/FileCommitter.h"
#include "providers/ProviderRegistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <thread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ConversationStore::Conversation conversation(const QString &id, const QString &question,
                                             int messages = 2)
{
    ConversationStore::Conversation c;
    c.id = id;
    for (int i = 0; i < messages; ++i) {
        ChatMessage m;
        m.role = i % 2 ? ChatTurn::Role::Assistant : ChatTurn::Role::User;
        m.content = i == 0 ? question : QStringLiteral("Answer %1").arg(i);
        c.messages.append(m);
    }
    return c;
}
// A disk the test answers for: each wait for it holds until released, and fails with `error`
// while `fail` is set.
struct HeldDisk
{
    QSemaphore done;    // a release per wait the disk may finish
    QSemaphore started; // a release per wait that started
    std::atomic<bool> fail = false;
    int error = EIO;

    void install(FileCommitter *committer)
    {
        committer->setSync([this](int) {
            started.release();
            done.acquire();
            if (fail)
                errno = error;
            return !fail;
        });
    }
    // Whatever a test left held, so that nothing waits for it for ever.
    void letGo()
    {
        fail = false;
        done.release(1000);
    }
};
} // namespace

class TestConversationStore : public QObject
{
    Q_OBJECT

    // A core that keeps its settings and conversations in `dir` and finds only `server`.
    // Sends `text` to the server in use and waits for the whole answer.
    static void ask(Core &core, const QString &text)
    {
        QVERIFY(!core.chat()
                     ->send(text, core.providers()->activeProvider(), QStringLiteral("llama3.2"))
                     .isError());
        QTRY_VERIFY(!core.chat()->isStreaming());
    }

    static Core::Options withOllama(const QTemporaryDir &dir, const FakeOllamaServer &server)
    {
        Core::Options options;
        options.discovery.candidates = {{server.baseUrl(), ServerKind::Ollama}};
        options.discovery.intervalMs = 0;
        options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        options.dataFolder = dir.filePath(QStringLiteral("conversations"));
        return options;
    }

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        ConversationStore store(dir.path());
        ConversationStore::Conversation c;
        c.id = QStringLiteral("c1");
        c.title = QStringLiteral("Sky");
        ChatMessage user;
        user.content = QStringLiteral("Why is the sky blue? “é” 🌍");
        user.createdAt = QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC);
        ChatMessage answer;
        answer.role = ChatTurn::Role::Assistant;
        answer.content = QStringLiteral("Rayleigh scattering.");
        answer.thinking = QStringLiteral("Let me think.");
        answer.providerKind = ServerKind::Ollama;
        answer.serverId = QStringLiteral("http://127.0.0.1:11434");
        answer.model = QStringLiteral("llama3.2");
        answer.stats.timeToFirstTokenSeconds = 0.42;
        answer.stats.chunks = 12;
        answer.stats.server.tokensPerSecond = 62.5;
        answer.stats.server.completionTokens = 12;
        c.messages = {user, answer};
        const Result<qint64> saved = store.save(c);
        QVERIFY2(saved.ok(), qPrintable(saved.error.message));
        QCOMPARE(saved.value, QFileInfo(dir.filePath(QStringLiteral("c1.json"))).size());
        const auto loaded = store.loadAll();
        QCOMPARE(loaded.size(), 1);
        const auto &back = loaded.first();
        QCOMPARE(back.id, QStringLiteral("c1"));
        QCOMPARE(back.title, QStringLiteral("Sky"));
        QCOMPARE(back.messages.size(), 2);
        QCOMPARE(back.messages[0].content, user.content);
        QCOMPARE(back.messages[0].createdAt, user.createdAt);
        QCOMPARE(back.messages[1].role, ChatTurn::Role::Assistant);
        QCOMPARE(back.messages[1].thinking, answer.thinking);
        QCOMPARE(back.messages[1].providerKind, ServerKind::Ollama);
        QCOMPARE(back.messages[1].serverId, answer.serverId);
        QCOMPARE(*back.messages[1].stats.timeToFirstTokenSeconds, 0.42);
        QCOMPARE(*back.messages[1].stats.server.tokensPerSecond, 62.5);
        QCOMPARE(*back.messages[1].stats.server.completionTokens, 12);
        QCOMPARE(back.messages[1].stats.chunks, 12);
        QVERIFY(!back.messages[1].stats.server.loadSeconds);
    }

    void unreadableFileIsSetAside()
    {
        QTemporaryDir dir;
        ConversationStore store(dir.path());
        ConversationStore::Conversation good;
        good.id = QStringLiteral("good");
        ChatMessage m;
        m.content = QStringLiteral("hi");
        good.messages = {m};
        QVERIFY(store.save(good).ok());
        QFile bad(QDir(dir.path()).filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\":1,\"messages\":[{\"role\":\"user\",\"cont"); // cut short
        bad.close();
        QStringList problems;
        const auto loaded = store.loadAll(&problems);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().id, QStringLiteral("good"));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(u"bad.json"));
        // Not overwritten, not deleted: moved aside with its bytes.
        QVERIFY(!QFile::exists(bad.fileName()));
        QFile aside(bad.fileName() + QStringLiteral(".unreadable"));
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QVERIFY(aside.readAll().endsWith("\"cont"));
    }

    void anEarlierUnreadableCopyIsNeverReplaced()
    {
        QTemporaryDir dir;
        ConversationStore store(dir.path());
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        writeFile(bad + QStringLiteral(".unreadable"), "first damaged copy");
        writeFile(bad, "{\"format\":1,\"messages\":[{"); // damaged again
        QStringList problems;
        QVERIFY(store.loadAll(&problems).isEmpty());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(readFile(bad + QStringLiteral(".unreadable")), QByteArray("first damaged copy"));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("bad.json.2.unreadable"))),
                 QByteArray("{\"format\":1,\"messages\":[{"));
        QVERIFY2(problems.first().contains(u"bad.json.2.unreadable"), qPrintable(problems.first()));
        QVERIFY(!QFile::exists(bad));
    }

    void aNewerFormatStaysInPlaceAndIsReported()
    {
        QTemporaryDir dir;
        ConversationStore store(dir.path());
        QVERIFY(store.save(conversation(QStringLiteral("today"), QStringLiteral("Hi"))).ok());
        const QString newer = dir.filePath(QStringLiteral("future.json"));
        const QByteArray bytes = "{\"format\":2,\"title\":\"From tomorrow\",\"turns\":[]}";
        writeFile(newer, bytes);
        for (bool headersOnly : {false, true}) {
            QStringList problems;
            const auto loaded =
                headersOnly ? store.loadHeaders(&problems) : store.loadAll(&problems);
            QCOMPARE(loaded.size(), 1);
            QCOMPARE(loaded.first().id, QStringLiteral("today"));
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().contains(u"future.json") &&
                         problems.first().contains(u"newer LocalForge"),
                     qPrintable(problems.first()));
            QCOMPARE(readFile(newer), bytes); // left as it is, where it is
            QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.unreadable")}).isEmpty());
        }
    }

    // A search reads files on its own thread and changes none: one damaged since start stays
    // where it is, for opening it to say what happened.
    void aSearchLeavesADamagedFileInPlace()
    {
        QTemporaryDir dir;
        {
            ConversationStore store(dir.path());
            QVERIFY(store.save(conversation(QStringLiteral("a"), QStringLiteral("Blue sky"))).ok());
            QVERIFY(store.save(conversation(QStringLiteral("b"), QStringLiteral("Red sky"))).ok());
        }
        ChatSession chat;
        ConversationLibrary library(dir.path(), &chat);
        library.load(); // the newest opened, the other known by its header
        const QString other =
            library.currentId() == u"a" ? QStringLiteral("b") : QStringLiteral("a");
        const QString damaged = dir.filePath(other + QStringLiteral(".json"));
        writeFile(damaged, "{\"format\":1,\"messages\":[{\"role\"");
        std::optional<QStringList> found;
        library.searchInBackground(QStringLiteral("answer"), this, // in the messages only
                                   [&found](const QStringList &ids) { found = ids; });
        QTRY_VERIFY(found.has_value());
        QCOMPARE(found->size(), 1); // the open one; the damaged one does not match
        QVERIFY(QFileInfo::exists(damaged));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.unreadable")}).isEmpty());
    }

    void aFileThatCannotBeOpenedStaysInPlace()
    {
        QTemporaryDir dir;
        ConversationStore store(dir.path());
        QVERIFY(store.save(conversation(QStringLiteral("fine"), QStringLiteral("Hi"))).ok());
        // Even root cannot open a folder as a file: a folder stands where a file is expected.
        const QString blocked = dir.filePath(QStringLiteral("blocked.json"));
        QVERIFY(QDir().mkpath(blocked));
        QStringList problems;
        QCOMPARE(store.loadHeaders(&problems).size(), 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"blocked.json") &&
                     problems.first().contains(u"could not be opened"),
                 qPrintable(problems.first()));
        QVERIFY(QFileInfo(blocked).isDir());
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.unreadable")}).isEmpty());
#ifdef Q_OS_UNIX
        // A file without read permission, where permissions apply (not for root).
        if (::geteuid() != 0) {
            const QString locked = dir.filePath(QStringLiteral("locked.json"));
            QVERIFY(
                store.save(conversation(QStringLiteral("locked"), QStringLiteral("Secret"))).ok());
            QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
            problems.clear();
            QCOMPARE(store.loadAll(&problems).size(), 1);
            QCOMPARE(problems.size(), 2);
            QVERIFY(problems.join(u' ').contains(u"locked.json could not be opened"));
            QVERIFY(QFile::exists(locked));
            QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
#endif
    }

    void startReadsHeadersOnlyAndMessagesWhenOpened()
    {
        QTemporaryDir dir;
        ConversationStore store(dir.path());
        for (int i = 0; i < 3; ++i) {
            auto c = conversation(QStringLiteral("c%1").arg(i),
                                  QStringLiteral("Question %1").arg(i), 2 + 2 * i);
            c.updatedAt = QDateTime(QDate(2026, 11, 1 + i), QTime(8, 0), Qt::UTC);
            QVERIFY(store.save(c).ok());
        }
        {
            ChatSession chat;
            ConversationLibrary library(dir.path(), &chat);
            library.load();
            QVERIFY(library.loadProblems().isEmpty());
            QCOMPARE(library.currentId(), QStringLiteral("c2")); // the newest comes back
            const auto list = library.summaries();
            QCOMPARE(list.size(), 3);
            QCOMPARE(list.at(2).title, QStringLiteral("Question 0"));
            QCOMPARE(list.at(1).messageCount, 4);
        }
        QVERIFY(QFile::exists(dir.filePath(ConversationStore::indexFileName())));
        // c1 is changed on disk, keeping its size and time: the index still vouches for its
        // header, so start does not parse it (a parsed damaged file would be reported).
        const QString c1 = dir.filePath(QStringLiteral("c1.json"));
        const QDateTime modified = QFileInfo(c1).lastModified();
        const qint64 size = QFileInfo(c1).size();
        writeFile(c1, QByteArray(size, ' '));
        {
            QFile f(c1);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(modified, QFileDevice::FileModificationTime));
        }
        ChatSession chat;
        ConversationLibrary library(dir.path(), &chat);
        QSignalSpy openFailed(&library, &ConversationLibrary::openFailed);
        library.load();
        QVERIFY2(library.loadProblems().isEmpty(), qPrintable(library.loadProblems().join(u' ')));
        QCOMPARE(library.summaries().size(), 3);
        QCOMPARE(library.summaries().at(1).title, QStringLiteral("Question 1"));
        // Messages are read when a conversation opens: c0's as they are on disk now.
        auto changed = conversation(QStringLiteral("c0"), QStringLiteral("Rewritten"), 6);
        changed.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(store.save(changed).ok());
        QVERIFY(library.open(QStringLiteral("c0")));
        QCOMPARE(chat.messages().size(), 6);
        QCOMPARE(chat.messages().first().content, QStringLiteral("Rewritten"));
        // The damaged one fails when opened, says so, and the current conversation stays.
        QVERIFY(!library.open(QStringLiteral("c1")));
        QCOMPARE(openFailed.count(), 1);
        QVERIFY(openFailed.first().first().toString().contains(u"c1.json"));
        QCOMPARE(library.currentId(), QStringLiteral("c0"));
    }

    void aReadOnlyLibraryNeverWrites()
    {
        QTemporaryDir dir;
        ConversationStore store(dir.path());
        QVERIFY(store.save(conversation(QStringLiteral("kept"), QStringLiteral("Hi"))).ok());
        writeFile(dir.filePath(QStringLiteral("bad.json")), "{\"format\":1,");
        const QStringList before = QDir(dir.path()).entryList(QDir::Files);
        const QByteArray kept = readFile(dir.filePath(QStringLiteral("kept.json")));
        ChatSession chat;
        ConversationLibrary library(dir.path(), &chat);
        library.setReadOnly(true);
        QSignalSpy failed(&library, &ConversationLibrary::saveFailed);
        library.load();
        QCOMPARE(library.currentId(), QStringLiteral("kept"));
        QCOMPARE(library.loadProblems().size(), 1); // reported, not moved
        chat.setSystemPrompt(QStringLiteral("changed"));
        library.saveNow();
        const ApiError notRemoved = library.remove(QStringLiteral("kept"));
        QCOMPARE(notRemoved.kind, ApiError::Kind::File);
        QVERIFY2(notRemoved.message.startsWith(u"Not deleted: this LocalForge only reads"),
                 qPrintable(notRemoved.message));
        const ApiError notRenamed = library.rename(QStringLiteral("kept"), QStringLiteral("New"));
        QCOMPARE(notRenamed.kind, ApiError::Kind::File);
        QVERIFY2(notRenamed.message.startsWith(u"Not saved: this LocalForge only reads"),
                 qPrintable(notRenamed.message));
        QCOMPARE(library.rename(QStringLiteral("gone"), QStringLiteral("New")).kind,
                 ApiError::Kind::Invalid);
        library.flush();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"only reads"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("kept.json"))), kept);
    }

    void openingAConversationLeavesItsFileAndPlaceAlone()
    {
        // Opening one sets its system prompt: that is no change to save. Saved, it would be
        // dated now and jump to the top, and a read-only instance would say it cannot save.
        QTemporaryDir dir;
        ConversationStore store(dir.path());
        auto older = conversation(QStringLiteral("older"), QStringLiteral("Old"));
        older.systemPrompt = QStringLiteral("Answer in French.");
        older.updatedAt = QDateTime(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC);
        auto newer = conversation(QStringLiteral("newer"), QStringLiteral("New"));
        newer.systemPrompt = QStringLiteral("Be brief.");
        newer.updatedAt = QDateTime(QDate(2021, 1, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(store.save(older).ok());
        QVERIFY(store.save(newer).ok());
        const QByteArray olderBytes = readFile(dir.filePath(QStringLiteral("older.json")));
        const QByteArray newerBytes = readFile(dir.filePath(QStringLiteral("newer.json")));
        for (const bool readOnly : {false, true}) {
            ChatSession chat;
            ConversationLibrary library(dir.path(), &chat);
            library.setReadOnly(readOnly);
            QSignalSpy failed(&library, &ConversationLibrary::saveFailed);
            library.load(); // opens the newest
            QCOMPARE(chat.systemPrompt(), QStringLiteral("Be brief."));
            QVERIFY(library.open(QStringLiteral("older")));
            QCOMPARE(chat.systemPrompt(), QStringLiteral("Answer in French."));
            QTest::qWait(1500); // past the save timer
            library.flush();
            library.waitForSaved();
            QCOMPARE(failed.count(), 0);
            QCOMPARE(readFile(dir.filePath(QStringLiteral("older.json"))), olderBytes);
            QCOMPARE(readFile(dir.filePath(QStringLiteral("newer.json"))), newerBytes);
            QCOMPARE(library.summaries().first().id, QStringLiteral("newer"));
        }
    }

    void aSaveThatFailedIsMadeAgainAtTheLatestOnQuit()
    {
        // The disk is full when an answer is saved, then the user frees space and quits: the
        // conversation is on disk, the current one and one left since.
        HeldDisk disk;
        disk.fail = true;
        disk.error = ENOSPC;
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("conversations"));
        const auto letGo = qScopeGuard([&] { disk.letGo(); });
        QString left;
        QString current;
        {
            ChatSession chat;
            ConversationLibrary library(folder, &chat);
            disk.install(library.findChild<FileCommitter *>());
            QSignalSpy failed(&library, &ConversationLibrary::saveFailed);
            ChatMessage m;
            m.content = QStringLiteral("Left behind");
            chat.restore({m});
            left = library.currentId();
            library.saveNow();
            disk.done.release();
            library.waitForSaved();
            QTRY_COMPARE(failed.count(), 1);
            library.newConversation(); // saved again, fails again, and left
            disk.done.release();
            library.waitForSaved();
            m.content = QStringLiteral("Still open");
            chat.restore({m});
            current = library.currentId();
            library.saveNow();
            disk.done.release();
            library.waitForSaved();
            QTest::qWait(100); // the failure is told from the disk's thread
            QVERIFY(!QFile::exists(QDir(folder).filePath(current + QStringLiteral(".json"))));
            QVERIFY(!QFile::exists(QDir(folder).filePath(left + QStringLiteral(".json"))));
            disk.fail = false;
            disk.done.release(10);
        } // quits
        ConversationStore store(folder);
        const auto leftBack = store.load(left);
        QVERIFY2(leftBack.ok(), qPrintable(leftBack.error.message));
        QCOMPARE(leftBack.value.messages.first().content, QStringLiteral("Left behind"));
        const auto currentBack = store.load(current);
        QVERIFY2(currentBack.ok(), qPrintable(currentBack.error.message));
        QCOMPARE(currentBack.value.messages.first().content, QStringLiteral("Still open"));
    }

    void answerCutByAKillComesBackInterrupted()
    {
        QTemporaryDir dir;
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(QStringList(200, QStringLiteral(" word")));
        server.setTokenIntervalMs(20);
        const Core::Options options = withOllama(dir, server);
        {
            Core core(options);
            core.start();
            QTRY_VERIFY(core.providers()->activeProvider());
            QVERIFY(!core.chat()
                         ->send(QStringLiteral("Talk"), core.providers()->activeProvider(),
                                QStringLiteral("llama3.2"))
                         .isError());
            QTest::qWait(1600); // mid-answer; saved at least once since it began
            core.conversations()->waitForSaved();
            // What is on disk now is what a kill would leave.
            const QStringList files =
                QDir(options.dataFolder).entryList({QStringLiteral("*.json")});
            QCOMPARE(files.size(), 1);
            QFile f(QDir(options.dataFolder).filePath(files.first()));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonArray messages =
                QJsonDocument::fromJson(f.readAll()).object().value(u"messages").toArray();
            QCOMPARE(messages.size(), 2);
            QCOMPARE(messages[1].toObject().value(u"state").toString(),
                     QStringLiteral("streaming"));
            QVERIFY(messages[1].toObject().value(u"content").toString().startsWith(u" word word"));
            core.chat()->disconnect(core.conversations()); // the kill: nothing more is written
        }
        Core again(options);
        again.start();
        QCOMPARE(again.chat()->messages().size(), 2);
        const ChatMessage cut = again.chat()->messages().last();
        QCOMPARE(cut.state, ChatMessage::State::Interrupted);
        QVERIFY(cut.content.startsWith(u" word word"));
        QVERIFY(cut.errorText.contains(u"closed while this answer was coming"));
        QCOMPARE(again.chat()->messages().first().content, QStringLiteral("Talk"));
    }
    void failedWriteKeepsThePreviousFile()
    {
#ifndef Q_OS_UNIX
        QSKIP("The write failure is provoked with a file size limit (POSIX).");
#else
        QTemporaryDir dir;
        ConversationStore store(dir.path());
        ConversationStore::Conversation c;
        c.id = QStringLiteral("keep");
        ChatMessage m;
        m.content = QStringLiteral("short");
        c.messages = {m};
        QVERIFY(store.save(c).ok());
        const QString path = dir.filePath(QStringLiteral("keep.json"));
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray original = before.readAll();
        before.close();
        // Writes past 4 KiB now fail (even for root), like a full disk.
        c.messages.first().content = QString(20000, u'x');
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit small = old;
        small.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const ApiError failed = store.save(c).error;
        setrlimit(RLIMIT_FSIZE, &old);
        QCOMPARE(failed.kind, ApiError::Kind::File);
        const QString error = failed.message;
        QVERIFY2(error.contains(u"previous copy is kept"), qPrintable(error));
        // The real cause, not what cancelling the write says.
        QVERIFY2(error.contains(QString::fromLocal8Bit(std::strerror(EFBIG))), qPrintable(error));
        QVERIFY2(!error.contains(u"canceled"), qPrintable(error));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), original);
        // No half-written temporary file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("keep.json")});
#endif
    }

    // The conversations list reads titles from what was saved: renaming the open conversation,
    // then leaving it, and editing its only question, each show in the list.
    void theListFollowsARenameAndAnEditedFirstQuestion()
    {
        QTemporaryDir dir;
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer({QStringLiteral("Rayleigh scattering.")});
        Core core(withOllama(dir, server));
        core.start();
        QTRY_VERIFY(core.providers()->activeProvider());
        ConversationLibrary *library = core.conversations();
        ChatSession *chat = core.chat();
        auto titleOf = [library](const QString &id) {
            for (const ConversationLibrary::Summary &s : library->summaries()) {
                if (s.id == id)
                    return s.title;
            }
            return QString();
        };
        ask(core, QStringLiteral("Why is the sky blue?"));
        const QString sky = library->currentId();
        QVERIFY(!library->rename(sky, QStringLiteral("Sky")).isError());
        library->newConversation();
        QCOMPARE(titleOf(sky), QStringLiteral("Sky"));

        ask(core, QStringLiteral("Why is grass green?"));
        const QString grass = library->currentId();
        QCOMPARE(titleOf(grass), QStringLiteral("Why is grass green?"));
        QSignalSpy listed(library, &ConversationLibrary::listChanged);
        QCOMPARE(chat->takeLastQuestion(), QStringLiteral("Why is grass green?"));
        ask(core, QStringLiteral("Why is chlorophyll green?"));
        QVERIFY(listed.count() > 0); // the list is told, and reads the new title
        library->newConversation();
        QCOMPARE(titleOf(grass), QStringLiteral("Why is chlorophyll green?"));
    }

    void libraryNewOpenRenameDeleteSearch()
    {
        QTemporaryDir dir;
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer({QStringLiteral("Rayleigh scattering.")});
        const Core::Options options = withOllama(dir, server);
        Core core(options);
        core.start();
        QTRY_VERIFY(core.providers()->activeProvider());
        ConversationLibrary *library = core.conversations();
        ChatSession *chat = core.chat();
        QVERIFY(library->summaries().isEmpty());
        chat->setSystemPrompt(QStringLiteral("Tu es un assistant utile et concis."));
        ask(core, QStringLiteral("Why is the sky blue?"));
        const QString first = library->currentId();
        QCOMPARE(library->summaries().size(), 1);
        QCOMPARE(library->summaries().first().title, QStringLiteral("Why is the sky blue?"));

        library->newConversation();
        QVERIFY(chat->messages().isEmpty());
        QVERIFY(library->currentId() != first);
        ask(core, QStringLiteral("Name a prime number"));
        const QString second = library->currentId();
        QCOMPARE(library->summaries().size(), 2);
        QCOMPARE(library->summaries().first().id, second); // the most recent first

        // In the background, as the conversations list searches: the same answers, and of
        // searches made one after the other, only the last one's.
        auto inBackground = [&](const QStringList &texts) -> QList<QPair<QString, QStringList>> {
            QList<QPair<QString, QStringList>> answers;
            for (const QString &text : texts)
                library->searchInBackground(text, this, [&answers, text](const QStringList &ids) {
                    answers.append({text, ids});
                });
            (void)QTest::qWaitFor([&answers] { return !answers.isEmpty(); }, 5000);
            QTest::qWait(50); // an answer to an earlier search would come now
            return answers;
        };
        library->newConversation(); // both searched in their files, not in memory
        const auto one = inBackground({QStringLiteral("rayleigh")});
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().second.size(), 2);
        const auto last =
            inBackground({QStringLiteral("rayleigh"), QStringLiteral("nothing like this"),
                          QStringLiteral("PRIME")});
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().first, QStringLiteral("PRIME"));
        QCOMPARE(last.first().second, QStringList{second});

        QCOMPARE(library->search(QStringLiteral("rayleigh")).size(), 2); // in the answers
        QCOMPARE(library->search(QStringLiteral("PRIME")), QStringList{second});
        QVERIFY(library->search(QStringLiteral("nothing like this")).isEmpty());

        QVERIFY(library->open(first));
        QCOMPARE(chat->messages().size(), 2);
        QCOMPARE(chat->messages().first().content, QStringLiteral("Why is the sky blue?"));
        QCOMPARE(chat->systemPrompt(), QStringLiteral("Tu es un assistant utile et concis."));

        QVERIFY(!library->rename(second, QStringLiteral("Primes")).isError());
        QVERIFY(!library->remove(first).isError());
        QCOMPARE(QDir(options.dataFolder).entryList({QStringLiteral("*.json")}).size(), 1);
        QVERIFY(chat->messages().isEmpty()); // the open one was deleted: a new one starts

        // All of it holds after a restart.
        Core again(options);
        again.start();
        QCOMPARE(again.conversations()->summaries().size(), 1);
        QCOMPARE(again.conversations()->summaries().first().title, QStringLiteral("Primes"));
        QCOMPARE(again.chat()->messages().size(), 2);
        QCOMPARE(again.chat()->messages().at(1).content, QStringLiteral("Rayleigh scattering."));
        // A new conversation starts with the system prompt in use.
        QCOMPARE(again.chat()->systemPrompt(),
                 QStringLiteral("Tu es un assistant utile et concis."));
    }

    void aPromptWrittenForANewConversationIsNotLostByLookingElsewhere()
    {
        // A conversation without messages is not saved: the system prompt written for it, left
        // to look at another conversation, comes back with the next new one.
        QTemporaryDir dir;
        FakeOllamaServer server;
        QVERIFY(server.listen());
        const Core::Options options = withOllama(dir, server);
        Core core(options);
        core.start();
        QTRY_VERIFY(core.providers()->activeProvider());
        ConversationLibrary *library = core.conversations();
        ChatSession *chat = core.chat();
        QVERIFY(!chat->send(QStringLiteral("Hello"), core.providers()->activeProvider(),
                            QStringLiteral("llama3.2"))
                     .isError());
        QTRY_VERIFY(!chat->isStreaming());
        const QString earlier = library->currentId();
        library->newConversation();
        const QString prompt = QStringLiteral("You review C++ code.\nBe terse.");
        chat->setSystemPrompt(prompt);
        QVERIFY(library->open(earlier));
        QCOMPARE(chat->systemPrompt(), QString()); // that conversation's own
        library->newConversation();
        QCOMPARE(chat->systemPrompt(), prompt);
        QVERIFY(chat->messages().isEmpty());
    }

    // The window writes a save and goes on: waiting until the disk has it (which a busy drive
    // can make long) and putting it in place happen on the committer's thread, in order.
    void savingDoesNotWaitForTheDisk()
    {
        // Declared before the library, so they outlive its wait for the committer; whatever
        // fails below, the disk is let go of before the library waits for it.
        HeldDisk disk;
        std::thread later;
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("conversations"));
        ChatSession chat;
        ConversationLibrary library(folder, &chat);
        const auto letGo = qScopeGuard([&] {
            disk.letGo();
            if (later.joinable())
                later.join();
        });
        auto *committer = library.findChild<FileCommitter *>();
        QVERIFY(committer);
        disk.install(committer);
        QSignalSpy failed(&library, &ConversationLibrary::saveFailed);
        ChatMessage m;
        m.content = QStringLiteral("Hello");
        chat.restore({m});
        // Each change of the system prompt is a new version of the same conversation.
        auto say = [&chat](const QString &text) { chat.setSystemPrompt(text); };
        auto onDisk = [&]() -> QString {
            return QJsonDocument::fromJson(readFile(QDir(folder).filePath(library.currentId() +
                                                                          QStringLiteral(".json"))))
                .object()
                .value(u"systemPrompt")
                .toString();
        };

        // Saves while the disk holds the first: each returns at once; of those queued behind
        // it, only the last waits for the disk, and it is what stays.
        say(QStringLiteral("first"));
        library.saveNow();
        QVERIFY(disk.started.tryAcquire(1, 5000)); // the committer is waiting for the disk...
        QVERIFY(onDisk().isEmpty());               // ...and the window went on
        say(QStringLiteral("second"));
        library.saveNow();
        say(QStringLiteral("third"));
        library.saveNow();
        disk.done.release(2);
        library.waitForSaved();
        QCOMPARE(onDisk(), QStringLiteral("third"));
        QCOMPARE(disk.started.available(), 1); // "second" never waited for the disk
        disk.started.acquire();
        QCOMPARE(QDir(folder).entryList(QDir::Files),
                 QStringList{library.currentId() + QStringLiteral(".json")});

        // The disk fails: said once, the file as it was, nothing left beside it.
        disk.fail = true;
        say(QStringLiteral("fourth"));
        library.saveNow();
        QVERIFY(disk.started.tryAcquire(1, 5000));
        disk.done.release();
        library.waitForSaved();
        QTRY_COMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(qt_error_string(EIO)) &&
                     message.contains(u"The previous copy is kept"),
                 qPrintable(message));
        QCOMPARE(onDisk(), QStringLiteral("third"));
        QCOMPARE(QDir(folder).entryList(QDir::Files),
                 QStringList{library.currentId() + QStringLiteral(".json")});

        // Deleting waits for a save on its way, which would otherwise bring the file back.
        disk.fail = false;
        say(QStringLiteral("fifth"));
        library.saveNow();
        QVERIFY(disk.started.tryAcquire(1, 5000));
        later = std::thread([&disk] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            disk.done.release();
        });
        const QString id = library.currentId();
        QVERIFY(!library.remove(id).isError());
        library.waitForSaved();
        QVERIFY(!QFile::exists(QDir(folder).filePath(id + QStringLiteral(".json"))));
    }

    // A conversation left (a new one, another opened) while its last save still waits for the
    // disk keeps its messages in memory until the save is in place; when the save fails, they
    // are still there to open and save again.
    void aConversationLeftBeforeItsSaveFailsKeepsItsMessages()
    {
        HeldDisk disk;
        disk.fail = true;
        disk.error = ENOSPC;
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("conversations"));
        ChatSession chat;
        ConversationLibrary library(folder, &chat);
        const auto letGo = qScopeGuard([&] { disk.letGo(); });
        auto *committer = library.findChild<FileCommitter *>();
        QVERIFY(committer);
        disk.install(committer);
        QSignalSpy failed(&library, &ConversationLibrary::saveFailed);
        ChatMessage m;
        m.content = QStringLiteral("Keep me");
        chat.restore({m});
        const QString first = library.currentId();
        library.newConversation(); // saved, and left while the disk has not answered
        disk.done.release();
        library.waitForSaved();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!QFile::exists(QDir(folder).filePath(first + QStringLiteral(".json"))));
        QVERIFY(library.open(first));
        QCOMPARE(chat.messages().size(), 1);
        QCOMPARE(chat.messages().first().content, QStringLiteral("Keep me"));

        // The disk is back: once the save is in place, the list keeps the header only, and
        // the conversation reads back from its file.
        disk.fail = false;
        library.newConversation();
        disk.done.release();
        library.waitForSaved();
        QTRY_VERIFY(QFile::exists(QDir(folder).filePath(first + QStringLiteral(".json"))));
        const auto back = library.conversation(first);
        QVERIFY(back);
        QCOMPARE(back->messages.size(), 1);
        QCOMPARE(back->messages.first().content, QStringLiteral("Keep me"));
    }

    // A save cut short by a crash leaves its file beside the conversations: the next start
    // deletes it, and nothing else.
    void leftoversOfACutSaveAreDeletedAtStart()
    {
        QTemporaryDir dir;
        ConversationStore store(dir.path());
        QVERIFY(store.save(conversation(QStringLiteral("kept"), QStringLiteral("Hi"))).ok());
        writeFile(dir.filePath(QStringLiteral("kept.json.Ab12Cd")), "{\"format\":1,");
        writeFile(dir.filePath(QStringLiteral("notes.txt")), "mine");
        ChatSession chat;
        ConversationLibrary library(dir.path(), &chat);
        library.load();
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("kept.json*")}, QDir::Files),
                 QStringList{QStringLiteral("kept.json")});
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("notes.txt"))));
        QCOMPARE(library.currentId(), QStringLiteral("kept"));
    }

    void aCommitThatCannotFinishKeepsTheTarget()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("kept.json"));
        writeFile(target, "old");
        // Nothing was written: the cause is said, the target is untouched.
        const QString cause = FileCommitter::commitNow(dir.filePath(QStringLiteral("missing")),
                                                       target, &FileCommitter::syncToDisk);
        QCOMPARE(cause, qt_error_string(ENOENT));
        QCOMPARE(readFile(target), QByteArray("old"));
        // Written, then the disk fails: the written file goes, the target stays.
        const QString written = dir.filePath(QStringLiteral("kept.json.tmp"));
        writeFile(written, "new");
        const QString failed = FileCommitter::commitNow(written, target, [](int) {
            errno = EIO;
            return false;
        });
        QCOMPARE(failed, qt_error_string(EIO));
        QVERIFY(!QFile::exists(written));
        QCOMPARE(readFile(target), QByteArray("old"));
        // And when all goes well, it is in place.
        writeFile(written, "new");
        QVERIFY(FileCommitter::commitNow(written, target, &FileCommitter::syncToDisk).isEmpty());
        QCOMPARE(readFile(target), QByteArray("new"));
        QVERIFY(!QFile::exists(written));
    }

    void aLargeConversationIsRewrittenLessOften()
    {
        // A runaway answer is not serialised whole every second: the wait between two saves
        // while it streams grows with the size of the file (about a megabyte a second).
        QTemporaryDir dir;
        ChatSession chat;
        ConversationLibrary library(dir.filePath(QStringLiteral("conversations")), &chat);
        ChatMessage m;
        m.content = QStringLiteral("Hello");
        chat.restore({m});
        library.saveNow();
        QCOMPARE(library.streamingSaveIntervalMs(), 1000);
        m.content = QString(6 * 1024 * 1024, u'x');
        chat.restore({m});
        library.saveNow();
        QVERIFY2(library.streamingSaveIntervalMs() >= 6000,
                 qPrintable(QString::number(library.streamingSaveIntervalMs())));
    }

    void aSavedConversationIsNotKeptTwice()
    {
        // Once written, the list keeps the header only: the session's messages are shared with
        // nothing, so the next streamed piece does not copy the whole answer.
        QTemporaryDir dir;
        ChatSession chat;
        ConversationLibrary library(dir.filePath(QStringLiteral("conversations")), &chat);
        ChatMessage m;
        m.content = QString(100000, u'x');
        chat.restore({m, m});
        library.saveNow();
        QVERIFY(chat.messages().isDetached());
        QCOMPARE(library.summaries().size(), 1);
        QCOMPARE(library.summaries().first().messageCount, 2);
        // Left and opened again, it is read back from its file whole.
        const QString id = library.currentId();
        library.newConversation();
        QVERIFY(chat.messages().isEmpty());
        QCOMPARE(library.summaries().first().messageCount, 2);
        QVERIFY(library.open(id));
        QCOMPARE(chat.messages().size(), 2);
        QCOMPARE(chat.messages().last().content, m.content);
    }

    void aFailedSaveIsReportedAndKeptInMemory()
    {
        QTemporaryDir dir;
        // The folder cannot be created: a file is where it should be.
        const QString blocked = dir.filePath(QStringLiteral("blocked"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        ChatSession chat;
        ConversationLibrary library(blocked + QStringLiteral("/conversations"), &chat);
        QSignalSpy failed(&library, &ConversationLibrary::saveFailed);
        chat.restore({});
        ChatMessage m;
        m.content = QStringLiteral("Hello");
        chat.restore({m}); // nothing written for a restore
        QCOMPARE(failed.count(), 0);
        chat.setSystemPrompt(QStringLiteral("x"));
        library.saveNow();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"Could not"));
        library.saveNow(); // the same failure is said once
        QCOMPARE(failed.count(), 1);
        // In no file, yet not lost: it opens again from memory.
        const QString id = library.currentId();
        library.newConversation();
        QVERIFY(chat.messages().isEmpty());
        QVERIFY(library.open(id));
        QCOMPARE(chat.messages().size(), 1);
        QCOMPARE(chat.messages().first().content, QStringLiteral("Hello"));
    }
};

QTEST_GUILESS_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"
