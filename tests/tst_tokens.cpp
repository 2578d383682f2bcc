// API tokens: kept in the real system keychain (a private Secret Service when the test runs
// under tests/checks/with_keyring.sh) and nowhere on disk, sent as "Authorization: Bearer" to
// their server alone, and, when no keychain answers, kept for the run with a clear message.
// LOCALFORGE_EXPECT_KEYCHAIN says which of the two situations this run is in.
#include "Core.h"
#include "FakeLmStudioServer.h"
#include "FakeOllamaServer.h"
#include "KeychainTestUtil.h"
#include "chat/ChatSession.h"
#include "discovery/Discovery.h"
#include "net/AuthorizingNetworkManager.h"
#include "providers/ProviderRegistry.h"
#include "settings/Settings.h"
#include "settings/TokenPolicy.h"
#include "settings/TokenStore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {
bool expectKeychain()
{
    return qEnvironmentVariable("LOCALFORGE_EXPECT_KEYCHAIN") == u"1";
}

} // namespace

class TestTokens : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Core::Options options(const QList<DiscoveryCandidate> &candidates)
    {
        Core::Options o;
        o.discovery.candidates = candidates;
        o.discovery.intervalMs = 0;
        const QString name = QString::fromLatin1(QTest::currentTestFunction());
        o.settingsFile = m_dir.filePath(name + u"/config/settings.ini"_s);
        o.dataFolder = m_dir.filePath(name + u"/data/conversations"_s);
        return o;
    }

private Q_SLOTS:
    void tokensTravelInClearOnlyOverHttpToAnotherHost()
    {
        QVERIFY(tokenTravelsInClear(QUrl(u"http://192.168.1.20:1234"_s)));
        QVERIFY(tokenTravelsInClear(QUrl(u"http://gpu-box:8080"_s)));
        QVERIFY(!tokenTravelsInClear(QUrl(u"https://gpu-box:8080"_s)));
        QVERIFY(!tokenTravelsInClear(QUrl(u"http://127.0.0.1:1234"_s)));
        QVERIFY(!tokenTravelsInClear(QUrl(u"http://127.0.0.2:1234"_s)));
        QVERIFY(!tokenTravelsInClear(QUrl(u"http://[::1]:1234"_s)));
        QVERIFY(!tokenTravelsInClear(QUrl(u"http://localhost:1234"_s)));
    }

    void bearerGoesToItsServerOnly()
    {
        FakeLmStudioServer locked;
        FakeOllamaServer other;
        QVERIFY(locked.listen());
        QVERIFY(other.listen());
        locked.setRequireToken("lm-secret-7");
        Core core(options(
            {{locked.baseUrl(), ServerKind::LmStudio}, {other.baseUrl(), ServerKind::Ollama}}));
        core.start();
        const QString id = locked.baseUrl().toString();
        QTRY_VERIFY_WITH_TIMEOUT(core.discovery()->server(id) &&
                                     core.discovery()->server(id)->status ==
                                         ServerStatus::NeedsToken,
                                 5000);
        // Locked and no token: the message says to add one.
        QVERIFY2(core.discovery()->server(id)->problem.message.contains(u"Add the server's token"),
                 qPrintable(core.discovery()->server(id)->problem.message));
        ServerProfile p;
        p.url = locked.baseUrl();
        p.hasToken = true;
        core.saveProfile(p);
        core.tokens()->save(id, u"wrong"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            core.discovery()->server(id)->problem.message.contains(u"refused the API token"), 5000);
        core.tokens()->save(id, u"lm-secret-7"_s);
        QTRY_VERIFY_WITH_TIMEOUT(core.discovery()->server(id)->status == ServerStatus::Up, 5000);
        QTRY_VERIFY(core.providers()->provider(id));
        core.providers()->setActiveServer(id);
        locked.setAnswer({u"Unlocked."_s});
        QVERIFY(
            !core.chat()
                 ->send(u"Hi"_s, core.providers()->activeProvider(), u"google/gemma-4-26b-a4b"_s)
                 .isError());
        QTRY_VERIFY_WITH_TIMEOUT(!core.chat()->isStreaming(), 5000);
        QCOMPARE(core.chat()->messages().at(1).content, u"Unlocked."_s);
        QCOMPARE(locked.requests().constLast().header("Authorization"), "Bearer lm-secret-7");
        for (const RecordedRequest &r : other.requests())
            QVERIFY2(r.header("Authorization").isEmpty(), r.path.constData());
        QTRY_COMPARE_WITH_TIMEOUT(core.tokens()->pendingJobs(), 0, 10000);
    }

    // Acceptance: a saved token is in the keychain and nowhere under the app's folders.
    void tokenLivesInTheKeychainOnly()
    {
        if (!expectKeychain())
            QSKIP("Runs under tests/checks/with_keyring.sh (a real Secret Service).");
        FakeLmStudioServer locked;
        QVERIFY(locked.listen());
        const QByteArray secret = "tok-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        locked.setRequireToken(secret);
        const Core::Options o = options({{locked.baseUrl(), ServerKind::LmStudio}});
        const QString id = locked.baseUrl().toString();
        {
            Core core(o);
            core.start();
            ServerProfile p;
            p.url = locked.baseUrl();
            p.name = u"Locked LM Studio"_s;
            p.hasToken = true;
            core.saveProfile(p);
            QSignalSpy saved(core.tokens(), &TokenStore::saved);
            core.tokens()->save(id, QString::fromLatin1(secret));
            QVERIFY(saved.wait(10000));
            QCOMPARE(saved.first().at(1).toBool(), true);
            QVERIFY(!core.tokens()->isForThisRunOnly(id));
            QTRY_VERIFY_WITH_TIMEOUT(core.discovery()->server(id)->status == ServerStatus::Up,
                                     5000);
            // Exported settings leave it out too.
            QVERIFY(!QJsonDocument(core.settings().exportJson()).toJson().contains(secret));
            core.settings().sync();
        }
        QCOMPARE(keychainEntry(id), std::optional<QString>(QString::fromLatin1(secret)));
        const QString root = QFileInfo(o.settingsFile).dir().filePath(u".."_s);
        QVERIFY(QFile::exists(o.settingsFile));
        QCOMPARE(filesContaining(root, secret), QStringList());
        // The standard folders too (the test's XDG folders).
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "HOME"}) {
            const QString folder = qEnvironmentVariable(var);
            if (!folder.isEmpty() && folder != u"/" && QFileInfo(folder).isDir() &&
                folder.startsWith(u"/tmp"))
                QCOMPARE(filesContaining(folder, secret), QStringList());
        }
        // A new start reads it back from the keychain and the server opens.
        Core again(o);
        again.start();
        QTRY_VERIFY_WITH_TIMEOUT(again.discovery()->server(id) &&
                                     again.discovery()->server(id)->status == ServerStatus::Up,
                                 10000);
        QCOMPARE(again.tokens()->token(id), QString::fromLatin1(secret));
        // Forgetting it removes it from the keychain.
        again.removeServer(id);
        QTRY_COMPARE_WITH_TIMEOUT(again.tokens()->pendingJobs(), 0, 10000);
        QCOMPARE(keychainEntry(id), std::nullopt);
    }

    void withoutAKeychainTheTokenIsKeptForThisRunOnly()
    {
        if (expectKeychain())
            QSKIP("Runs with no Secret Service (the tst_tokens_no_keychain entry).");
        FakeLmStudioServer locked;
        QVERIFY(locked.listen());
        locked.setRequireToken("run-only-token");
        const Core::Options o = options({{locked.baseUrl(), ServerKind::LmStudio}});
        const QString id = locked.baseUrl().toString();
        Core core(o);
        core.start();
        QSignalSpy saved(core.tokens(), &TokenStore::saved);
        core.tokens()->save(id, u"run-only-token"_s);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().at(1).toBool(), false);
        const QString message = saved.first().at(2).toString();
        QVERIFY2(message.contains(u"kept for this run only") &&
                     message.contains(u"never written to disk"),
                 qPrintable(message));
        QVERIFY(core.tokens()->isForThisRunOnly(id));
        // Still used for this run.
        QTRY_VERIFY_WITH_TIMEOUT(core.discovery()->server(id)->status == ServerStatus::Up, 5000);
        core.settings().sync();
        QCOMPARE(
            filesContaining(QFileInfo(o.settingsFile).dir().filePath(u".."_s), "run-only-token"),
            QStringList());
    }
};

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
