// Conversations on disk: a round trip, an answer cut by a kill coming back marked as such, and
// an unreadable file set aside while the others load.
#include "Core.h"
#include "FakeOllamaServer.h"
#include "chat/ChatSession.h"
#include "chat/ConversationLibrary.h"
#include "chat/ConversationStore.h"
#include "providers/ProviderRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

class TestConversationStore : public QObject
{
    Q_OBJECT

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
        QString error;
        QVERIFY2(store.save(c, &error), qPrintable(error));
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
        QVERIFY(store.save(good));
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

    void answerCutByAKillComesBackInterrupted()
    {
        QTemporaryDir dir;
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(QStringList(200, QStringLiteral(" word")));
        server.setTokenIntervalMs(20);
        Core::Options options;
        options.discovery.candidates = {{server.baseUrl(), ServerKind::Ollama}};
        options.discovery.intervalMs = 0;
        options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        options.dataFolder = dir.filePath(QStringLiteral("conversations"));
        {
            Core core(options);
            core.start();
            QTRY_VERIFY(core.providers()->activeProvider());
            QVERIFY(core.chat()->send(QStringLiteral("Talk"), core.providers()->activeProvider(),
                                      QStringLiteral("llama3.2")));
            QTest::qWait(1600); // mid-answer; saved at least once since it began
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
        QVERIFY(store.save(c));
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
        QString error;
        const bool saved = store.save(c, &error);
        setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(!saved);
        QVERIFY2(error.contains(u"previous copy is kept"), qPrintable(error));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), original);
        // No half-written temporary file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("keep.json")});
#endif
    }

    void libraryNewOpenRenameDeleteSearch()
    {
        QTemporaryDir dir;
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer({QStringLiteral("Rayleigh scattering.")});
        Core::Options options;
        options.discovery.candidates = {{server.baseUrl(), ServerKind::Ollama}};
        options.discovery.intervalMs = 0;
        options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        options.dataFolder = dir.filePath(QStringLiteral("conversations"));
        Core core(options);
        core.start();
        QTRY_VERIFY(core.providers()->activeProvider());
        ConversationLibrary *library = core.conversations();
        ChatSession *chat = core.chat();
        auto ask = [&](const QString &text) {
            QVERIFY(
                chat->send(text, core.providers()->activeProvider(), QStringLiteral("llama3.2")));
            QTRY_VERIFY(!chat->isStreaming());
        };
        QVERIFY(library->summaries().isEmpty());
        chat->setSystemPrompt(QStringLiteral("Tu es un assistant utile et concis."));
        ask(QStringLiteral("Why is the sky blue?"));
        const QString first = library->currentId();
        QCOMPARE(library->summaries().size(), 1);
        QCOMPARE(library->summaries().first().title, QStringLiteral("Why is the sky blue?"));

        library->newConversation();
        QVERIFY(chat->messages().isEmpty());
        QVERIFY(library->currentId() != first);
        ask(QStringLiteral("Name a prime number"));
        const QString second = library->currentId();
        QCOMPARE(library->summaries().size(), 2);
        QCOMPARE(library->summaries().first().id, second); // the most recent first

        QCOMPARE(library->search(QStringLiteral("rayleigh")).size(), 2); // in the answers
        QCOMPARE(library->search(QStringLiteral("PRIME")), QStringList{second});
        QVERIFY(library->search(QStringLiteral("nothing like this")).isEmpty());

        QVERIFY(library->open(first));
        QCOMPARE(chat->messages().size(), 2);
        QCOMPARE(chat->messages().first().content, QStringLiteral("Why is the sky blue?"));
        QCOMPARE(chat->systemPrompt(), QStringLiteral("Tu es un assistant utile et concis."));

        QVERIFY(library->rename(second, QStringLiteral("Primes")));
        QVERIFY(library->remove(first));
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

    void aFailedSaveIsReported()
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
    }
};

QTEST_GUILESS_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"
