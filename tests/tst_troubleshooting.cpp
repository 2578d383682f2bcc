// Every trouble LocalForge explains, each one produced by a fake server, with the message the
// user sees checked: nothing on the port (how to start the server here, or in Docker), another
// service on it, Ollama on loopback only, Ollama's 403, a missing model (with Pull), LM Studio
// with nothing loaded (with Load), a model that takes longer to load than the timeout, a model
// on the CPU while a GPU is there, out of memory, a missing or refused token; and the
// diagnostics text (without the token).
#include "ChatPage.h"
#include "ChatView.h"
#include "Core.h"
#include "Diagnostics.h"
#include "ElidedLabel.h"
#include "FakeForeignService.h"
#include "FakeLmStudioServer.h"
#include "FakeOllamaServer.h"
#include "MainWindow.h"
#include "ModelsPage.h"
#include "TestData.h"
#include "Translations.h"
#include "chat/ChatSession.h"
#include "discovery/Discovery.h"
#include "metrics/GpuInfo.h"
#include "models/DownloadQueue.h"
#include "models/ModelCatalog.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"
#include "settings/Settings.h"
#include "settings/TokenStore.h"

#include <QApplication>
#include <QComboBox>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// A port on 127.0.0.1 where nothing listens.
quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

QUrl local(quint16 port)
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}
} // namespace

class TestTroubleshooting : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Core::Options options(const QList<DiscoveryCandidate> &candidates)
    {
        Core::Options o;
        o.discovery.candidates = candidates;
        o.discovery.intervalMs = 0;
        o.phoenixUrl = QUrl();
        const QString name = QString::fromLatin1(QTest::currentTestFunction());
        o.settingsFile = m_dir.filePath(name + u".ini"_s);
        return o;
    }

    static QString problemOf(const Core &core, const QUrl &url)
    {
        const auto info = core.discovery()->server(url.toString());
        return info ? info->problem.message : QString();
    }

    // Sends a message through the chat page as the user would.
    static void send(MainWindow &window, const QString &text)
    {
        ChatPage *page = window.chatPage();
        page->setDraft(text);
        page->send();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Tokens saved here must never reach the keychain of the session running the tests.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        installTranslations(*qApp, u"en"_s);
    }

    void nothingAnswersSaysHowToStartTheServer()
    {
        const QUrl url = local(closedPort());
        Core core(options({{url, ServerKind::Ollama}}));
        core.start();
        QTRY_VERIFY_WITH_TIMEOUT(core.discovery()->firstRoundDone(), 5000);
        core.addServer(url);
        QTRY_VERIFY_WITH_TIMEOUT(!problemOf(core, url).isEmpty(), 5000);
        const QString m = problemOf(core, url);
        QVERIFY2(m.startsWith(u"Nothing answers on 127.0.0.1:"), qPrintable(m));
        // Started so that it listens on this address's port, not Ollama's usual 11434.
        QVERIFY2(m.contains(u"`OLLAMA_HOST=127.0.0.1:%1 ollama serve`"_s.arg(url.port())),
                 qPrintable(m));
        QVERIFY2(m.contains(u"docker run -d -p %1:11434"_s.arg(url.port())), qPrintable(m));
        // LM Studio's port gets LM Studio's way.
        const QUrl lm = local(closedPort());
        Core other(options({{lm, ServerKind::LmStudio}}));
        other.start();
        other.addServer(lm);
        QTRY_VERIFY_WITH_TIMEOUT(
            problemOf(other, lm).contains(u"`lms server start --port %1`"_s.arg(lm.port())), 5000);
    }

    void anotherServiceOnThePort()
    {
        FakeForeignService web;
        QVERIFY(web.listen());
        Core core(options({{web.baseUrl(), ServerKind::Ollama}}));
        core.start();
        core.addServer(web.baseUrl());
        QTRY_VERIFY_WITH_TIMEOUT(
            problemOf(core, web.baseUrl()).contains(u"answers, but not as Ollama"), 5000);
        QVERIFY(problemOf(core, web.baseUrl()).contains(u"Another program is using the port"));
    }

    void aForcedKindMakesAnotherServiceUsableAndUnforcingTakesItBack()
    {
        // The workaround for a proxy that does not look like any server: force its kind. It is
        // then listed as that kind and can be chosen; back to "detected", it cannot.
        FakeForeignService web;
        QVERIFY(web.listen());
        Core core(options({}));
        MainWindow window(&core);
        core.start();
        core.addServer(web.baseUrl());
        const QString id = web.baseUrl().toString();
        QTRY_VERIFY_WITH_TIMEOUT(!problemOf(core, web.baseUrl()).isEmpty(), 5000);
        auto *count = window.findChild<QLabel *>(u"serverCount"_s);
        QCOMPARE(count->text(), u"No server running"_s);
        core.providers()->setForcedKind(id, ServerKind::OpenAiCompatible);
        QVERIFY(core.providers()->provider(id));
        QCOMPARE(count->text(), u"1 server running"_s);
        QCOMPARE(core.providers()->activeServerId(), id);
        const ServerInfo shown = core.providers()->effective(*core.discovery()->server(id));
        QCOMPARE(shown.kind, ServerKind::OpenAiCompatible);
        QVERIFY(shown.isUsable());
        core.providers()->setForcedKind(id, ServerKind::Unknown);
        QVERIFY(!core.providers()->provider(id));
        QVERIFY(core.providers()->activeServerId().isEmpty()); // the next server up is picked
        QCOMPARE(count->text(), u"No server running"_s);
    }

    void importedSettingsWithoutAServerForgetItAndItsToken()
    {
        // Settings imported from a file that does not have a server the user added: that
        // server goes as if removed, its forced kind and its token with it (else the token
        // would still be sent, and stay in the keychain with nothing to ever find it).
        FakeLmStudioServer lm;
        QVERIFY(lm.listen());
        Core core(options({}));
        core.start();
        const QString id = core.addServer(lm.baseUrl());
        ServerProfile profile = *core.profile(id);
        profile.kind = ServerKind::OpenAiCompatible;
        core.saveProfile(profile);
        core.tokens()->save(id, u"sk-imported-away"_s);
        QTRY_VERIFY_WITH_TIMEOUT(core.providers()->provider(id), 5000);
        QVERIFY(core.tokens()->hasToken(id));
        core.settings().setValue(SettingKeys::ServerProfiles, u"[]"_s); // as an import writes it
        QVERIFY(core.profiles().isEmpty());
        QVERIFY(!core.discovery()->server(id) || !core.discovery()->server(id)->userAdded);
        QCOMPARE(core.providers()->forcedKind(id), ServerKind::Unknown);
        QVERIFY(!core.tokens()->hasToken(id));
        QTRY_COMPARE_WITH_TIMEOUT(core.tokens()->pendingJobs(), 0, 10000);
    }

    void importedSettingsKeepTheTokenOfAServerTheyKeep()
    {
        // A file from another machine, or from before a token was set, lists the server without
        // "hasToken": its token stays in the keychain, and is still read at the next start.
        FakeLmStudioServer lm;
        QVERIFY(lm.listen());
        const Core::Options opts = options({});
        QString id;
        {
            Core core(opts);
            core.start();
            id = core.addServer(lm.baseUrl());
            core.tokens()->save(id, u"sk-kept"_s);
            ServerProfile profile = *core.profile(id);
            profile.hasToken = true; // as the servers dialog saves it
            core.saveProfile(profile);
            core.settings().setValue(SettingKeys::ServerProfiles,
                                     u"[{\"url\":\"%1\"}]"_s.arg(id)); // as an import writes it
            QVERIFY(core.profile(id));
            QVERIFY(core.profile(id)->hasToken);
            QVERIFY(core.tokens()->hasToken(id));
            core.tokens()->remove(id); // out of the keychain: the mark is what is tested
            QTRY_COMPARE_WITH_TIMEOUT(core.tokens()->pendingJobs(), 0, 10000);
        }
        // The next start reads the token of each server marked as having one.
        Core again(opts);
        QVERIFY(again.profile(id)->hasToken);
    }

    void ollamaOnLoopbackOnlyFromThisMachinesAddress()
    {
        QHostAddress lan;
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol)
                lan = a;
        }
        if (lan.isNull())
            QSKIP("This machine has no network address besides loopback.");
        FakeOllamaServer ollama; // listens on 127.0.0.1 only, like Ollama's default
        QVERIFY(ollama.listen());
        Core core(options({{ollama.baseUrl(), ServerKind::Ollama}}));
        core.start();
        QTRY_VERIFY_WITH_TIMEOUT(core.providers()->provider(ollama.baseUrl().toString()), 5000);
        const QUrl viaLan(u"http://%1:%2"_s.arg(lan.toString()).arg(ollama.port()));
        core.addServer(viaLan);
        QTRY_VERIFY_WITH_TIMEOUT(problemOf(core, viaLan).contains(u"127.0.0.1 only"), 5000);
        QVERIFY(problemOf(core, viaLan).contains(u"OLLAMA_HOST=0.0.0.0"));
        // Both probed at start, in any order: the explanation comes once Ollama is up.
        Core both(options({{viaLan, ServerKind::Ollama}, {ollama.baseUrl(), ServerKind::Ollama}}));
        both.start();
        both.addServer(viaLan);
        QTRY_VERIFY_WITH_TIMEOUT(problemOf(both, viaLan).contains(u"127.0.0.1 only"), 5000);
    }

    void ollamasForbiddenHostHeader()
    {
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        // Ollama answers 403 with no body when the Host header is not one it allows.
        ollama.setHandler([](const RecordedRequest &r, Responder &responder) {
            if (r.path == "/api/chat")
                responder.send(403, "text/plain", QByteArray());
        });
        Core core(options({{ollama.baseUrl(), ServerKind::Ollama}}));
        MainWindow window(&core);
        core.start();
        QTRY_VERIFY_WITH_TIMEOUT(core.providers()->activeProvider(), 5000);
        QTRY_VERIFY(!window.chatPage()->currentModel().isEmpty());
        send(window, u"Hello"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!core.chat()->isStreaming(), 5000);
        const QString error = core.chat()->messages().last().errorText;
        QVERIFY2(error.contains(u"HTTP 403") && error.contains(u"OLLAMA_HOST=0.0.0.0"),
                 qPrintable(error));
        auto *view = window.findChild<ChatView *>(u"chatView"_s);
        QVERIFY(view);
        QVERIFY(view->toPlainText().contains(u"HTTP 403"));
    }

    void missingModelOffersToPullIt()
    {
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        Core core(options({{ollama.baseUrl(), ServerKind::Ollama}}));
        MainWindow window(&core);
        core.start();
        QTRY_VERIFY_WITH_TIMEOUT(core.providers()->activeProvider(), 5000);
        // The model was deleted on the server after the list was read.
        QVERIFY(!core.chat()
                     ->send(u"Hi"_s, core.providers()->activeProvider(), u"phi3:mini"_s)
                     .isError());
        QTRY_VERIFY_WITH_TIMEOUT(!core.chat()->isStreaming(), 5000);
        const ChatMessage &answer = core.chat()->messages().last();
        QCOMPARE(answer.errorKind, ApiError::Kind::ModelMissing);
        QVERIFY2(answer.errorText.contains(u"does not have this model") &&
                     answer.errorText.contains(u"Pull"),
                 qPrintable(answer.errorText));
        ChatPage *page = window.chatPage();
        QCOMPARE(page->notice(), answer.errorText);
        QCOMPARE(page->noticeAction(), u"Pull phi3:mini"_s);
        // The server's model list read again (as discovery does) leaves the fix offered.
        QSignalSpy listed(core.models(), &ModelCatalog::modelsChanged);
        core.models()->refresh(core.providers()->activeServerId());
        QVERIFY(listed.wait(5000));
        QCOMPARE(page->notice(), answer.errorText);
        QCOMPARE(page->noticeAction(), u"Pull phi3:mini"_s);
        auto *button = window.findChild<QPushButton *>(u"noticeAction"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(core.downloads()->items().size(), 1);
        QCOMPARE(core.downloads()->items().first().model, u"phi3:mini"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(ollama.requests().cbegin(), ollama.requests().cend(),
                        [](const RecordedRequest &r) { return r.path == "/api/pull"; }),
            5000);
    }

    void lmStudioWithNothingLoadedOffersToLoad()
    {
        FakeLmStudioServer lm;
        QVERIFY(lm.listen());
        const QByteArray noModel = testData(u"lmstudio/error-no-models-loaded.json"_s);
        lm.setHandler([noModel](const RecordedRequest &r, Responder &responder) {
            if (r.path == "/v1/chat/completions")
                responder.sendJson(400, noModel);
        });
        Core core(options({{lm.baseUrl(), ServerKind::LmStudio}}));
        MainWindow window(&core);
        core.start();
        QTRY_VERIFY_WITH_TIMEOUT(core.providers()->activeProvider(), 5000);
        QTRY_VERIFY(!window.chatPage()->currentModel().isEmpty());
        const QString model = window.chatPage()->currentModel();
        send(window, u"Hello"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!core.chat()->isStreaming(), 5000);
        const ChatMessage &answer = core.chat()->messages().last();
        QCOMPARE(answer.errorKind, ApiError::Kind::NoModelLoaded);
        QVERIFY2(answer.errorText.contains(u"has no model loaded"), qPrintable(answer.errorText));
        QCOMPARE(window.chatPage()->noticeAction(), u"Load %1"_s.arg(model));
        lm.clearRequests();
        QTest::mouseClick(window.findChild<QPushButton *>(u"noticeAction"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(lm.requests().cbegin(), lm.requests().cend(),
                                             [](const RecordedRequest &r) {
                                                 return r.method == "POST" &&
                                                        r.path.contains("load");
                                             }),
                                 5000);
    }

    void theLoadButtonOutlivesItsServer()
    {
        // The answer fails after the user switched to another server, so its "Load" stays
        // offered; then that server is forgotten (removed, or its kind changed). The button
        // must not reach for the provider that went with it.
        FakeLmStudioServer lm;
        QVERIFY(lm.listen());
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        const QByteArray noModel = testData(u"lmstudio/error-no-models-loaded.json"_s);
        lm.setHandler([noModel](const RecordedRequest &r, Responder &responder) {
            if (r.path == "/v1/chat/completions")
                responder.send(400, "application/json", noModel, {}, 600);
        });
        Core core(options(
            {{lm.baseUrl(), ServerKind::LmStudio}, {ollama.baseUrl(), ServerKind::Ollama}}));
        MainWindow window(&core);
        core.start();
        QTRY_VERIFY_WITH_TIMEOUT(core.discovery()->firstRoundDone(), 5000);
        const QString lmId = lm.baseUrl().toString();
        QVERIFY(core.providers()->setActiveServer(lmId));
        QTRY_VERIFY(!window.chatPage()->currentModel().isEmpty());
        const QString model = window.chatPage()->currentModel();
        send(window, u"Hello"_s);
        QVERIFY(core.providers()->setActiveServer(ollama.baseUrl().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!core.chat()->isStreaming(), 5000);
        QTRY_COMPARE(window.chatPage()->noticeAction(), u"Load %1"_s.arg(model));
        core.providers()->serverRemoved(lmId);
        QVERIFY(!core.providers()->provider(lmId));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the old one goes
        lm.clearRequests();
        QTest::mouseClick(window.findChild<QPushButton *>(u"noticeAction"_s), Qt::LeftButton);
        QVERIFY2(window.chatPage()->notice().contains(u"That server is gone"),
                 qPrintable(window.chatPage()->notice()));
        QTest::qWait(100);
        QVERIFY(lm.requests().isEmpty());
    }

    void theServerChosenLastIsChosenAgainWhenItComesUpLate()
    {
        // Chosen last time, but it starts after LocalForge: another server is used meanwhile,
        // and that automatic pick must not take the place of the user's choice.
        FakeLmStudioServer lm;
        QVERIFY(lm.listen());
        const quint16 port = closedPort();
        const QString late = local(port).toString();
        Core::Options o =
            options({{lm.baseUrl(), ServerKind::LmStudio}, {local(port), ServerKind::Ollama}});
        o.discovery.intervalMs = 200;
        Core core(o);
        core.settings().setValue(SettingKeys::ActiveServer, late);
        core.start();
        QTRY_VERIFY_WITH_TIMEOUT(core.discovery()->firstRoundDone(), 5000);
        QTRY_COMPARE(core.providers()->activeServerId(), lm.baseUrl().toString());
        QCOMPARE(core.settings().value(SettingKeys::ActiveServer), late);
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(core.providers()->activeServerId(), late, 5000);
        // A choice the user makes is remembered.
        QVERIFY(core.providers()->setActiveServer(lm.baseUrl().toString()));
        QCOMPARE(core.settings().value(SettingKeys::ActiveServer), lm.baseUrl().toString());
    }

    void aChosenServerOfAForcedKindIsChosenAgainAtStart()
    {
        // A proxy used with a forced kind never counts as "up": the choice comes back all the
        // same, instead of the first server found.
        FakeForeignService proxy;
        QVERIFY(proxy.listen());
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        const QString id = proxy.baseUrl().toString();
        const QString file = m_dir.filePath(u"forced-choice.ini"_s);
        {
            Core::Options o = options({{ollama.baseUrl(), ServerKind::Ollama}});
            o.settingsFile = file;
            Core first(o);
            first.start();
            first.addServer(proxy.baseUrl());
            ServerProfile profile = *first.profile(id);
            profile.kind = ServerKind::OpenAiCompatible;
            first.saveProfile(profile);
            QTRY_VERIFY_WITH_TIMEOUT(first.providers()->provider(id), 5000);
            QVERIFY(first.providers()->setActiveServer(id));
        }
        Core::Options o = options({{ollama.baseUrl(), ServerKind::Ollama}});
        o.settingsFile = file;
        Core again(o);
        again.start();
        QTRY_VERIFY_WITH_TIMEOUT(again.discovery()->firstRoundDone(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(again.providers()->activeServerId(), id, 5000);
    }

    void aForcedKindReplacesTheProviderAndWhatShowsIt()
    {
        FakeLmStudioServer lm;
        QVERIFY(lm.listen());
        Core core(options({{lm.baseUrl(), ServerKind::LmStudio}}));
        MainWindow window(&core);
        core.start();
        QTRY_VERIFY_WITH_TIMEOUT(core.providers()->activeProvider(), 5000);
        auto *label = window.findChild<ElidedLabel *>(u"activeServerLabel"_s);
        QVERIFY(label);
        QVERIFY(label->fullText().contains(u"LM Studio"));
        QSignalSpy active(core.providers(), &ProviderRegistry::activeServerChanged);
        core.providers()->setForcedKind(lm.baseUrl().toString(), ServerKind::OpenAiCompatible);
        QCOMPARE(core.providers()->activeProvider()->kind(), ServerKind::OpenAiCompatible);
        QCOMPARE(active.size(), 1);
        QVERIFY2(!label->fullText().contains(u"LM Studio"), qPrintable(label->fullText()));
    }

    void slowLoadSaysToRaiseTheTimeoutWithItsValue()
    {
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        ollama.setDelayBeforeFirstChunkMs(3000); // a big model loading
        Core core(options({{ollama.baseUrl(), ServerKind::Ollama}}));
        core.start();
        QTRY_VERIFY_WITH_TIMEOUT(core.providers()->activeProvider(), 5000);
        ChatParameters p;
        p.timeoutSeconds = 1;
        QVERIFY(!core.chat()
                     ->send(u"Hi"_s, core.providers()->activeProvider(), u"llama3.2:latest"_s, p)
                     .isError());
        QTRY_VERIFY_WITH_TIMEOUT(!core.chat()->isStreaming(), 5000);
        const QString error = core.chat()->messages().last().errorText;
        QVERIFY2(error.contains(u"sent nothing for 1 s") && error.contains(u"raise the timeout"),
                 qPrintable(error));
    }

    void modelOnTheCpuWhileAGpuIsThere()
    {
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        ollama.setRunningModels(
            QJsonArray{QJsonObject{{u"name"_s, u"llama3.2:latest"_s},
                                   {u"model"_s, u"llama3.2:latest"_s},
                                   {u"size"_s, 3'000'000'000LL},
                                   {u"size_vram"_s, 0},
                                   {u"context_length"_s, 4096},
                                   {u"expires_at"_s, u"2099-01-01T00:00:00Z"_s}}});
        QTemporaryDir dir;
        const QString script = twoGpusNvidiaSmi(dir.path());
        QVERIFY(!script.isEmpty());
        Core core(options({{ollama.baseUrl(), ServerKind::Ollama}}));
        core.gpus()->setNvmlLibrary(QString());
        core.gpus()->setProgram(script);
        MainWindow window(&core);
        window.show();
        core.start();
        QTRY_VERIFY_WITH_TIMEOUT(!core.gpus()->gpus().isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(core.providers()->activeProvider(), 5000);
        window.showPage(MainWindow::Page::Models);
        auto *models = window.findChild<ModelsPage *>();
        QVERIFY(models);
        auto *note = models->findChild<QLabel *>(QStringLiteral("loadedNote"));
        QVERIFY(note);
        QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(u"runs on the CPU only although"), 5000);
        QVERIFY(note->text().contains(u"--gpus=all") || note->text().contains(u"Docker on macOS"));
    }

    void outOfMemoryIsExplained()
    {
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        ollama.setHandler([](const RecordedRequest &r, Responder &responder) {
            if (r.path == "/api/chat")
                responder.sendJson(500, "{\"error\":\"model requires more system memory "
                                        "(12.3 GiB) than is available (7.1 GiB)\"}");
        });
        Core core(options({{ollama.baseUrl(), ServerKind::Ollama}}));
        core.start();
        QTRY_VERIFY_WITH_TIMEOUT(core.providers()->activeProvider(), 5000);
        QVERIFY(!core.chat()
                     ->send(u"Hi"_s, core.providers()->activeProvider(), u"llama3.2:latest"_s)
                     .isError());
        QTRY_VERIFY_WITH_TIMEOUT(!core.chat()->isStreaming(), 5000);
        const ChatMessage &answer = core.chat()->messages().last();
        QCOMPARE(answer.errorKind, ApiError::Kind::OutOfMemory);
        QVERIFY2(answer.errorText.contains(u"ran out of memory") &&
                     answer.errorText.contains(u"12.3 GiB") &&
                     answer.errorText.contains(u"smaller model") &&
                     answer.errorText.contains(u"shorter context"),
                 qPrintable(answer.errorText));
        // The same words inside a stream that began well (llama.cpp, CUDA).
        const ApiError inStream =
            ApiError::fromServerMessage(u"CUDA error: out of memory (cudaMalloc failed)"_s);
        QCOMPARE(inStream.kind, ApiError::Kind::OutOfMemory);
        QVERIFY(!ApiError::isOutOfMemory(u"bloom filter"_s)); // "oom" only as a word
    }

    void missingAndRefusedTokens()
    {
        FakeLmStudioServer lm;
        QVERIFY(lm.listen());
        lm.setRequireToken("sekret-for-diagnostics");
        Core core(options({{lm.baseUrl(), ServerKind::LmStudio}}));
        core.start();
        const QUrl url = lm.baseUrl();
        QTRY_VERIFY_WITH_TIMEOUT(problemOf(core, url).contains(u"asks for an API token"), 5000);
        QVERIFY(problemOf(core, url).contains(u"Servers → Edit"));
        core.tokens()->save(url.toString(), u"not-it"_s);
        QTRY_VERIFY_WITH_TIMEOUT(problemOf(core, url).contains(u"refused the API token"), 5000);
        core.tokens()->save(url.toString(), u"sekret-for-diagnostics"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            core.discovery()->server(url.toString())->status == ServerStatus::Up, 5000);
        // Diagnostics: what is useful, and never the token.
        QTRY_VERIFY(!core.models()->models(url.toString()).isEmpty() ||
                    (core.models()->refresh(url.toString()), false));
        const QString report = Diagnostics::report(core);
        QVERIFY2(report.contains(u"LocalForge ") && report.contains(u"Qt "), qPrintable(report));
        QVERIFY(report.contains(url.toString()));
        QVERIFY(report.contains(u"LM Studio"));
        QVERIFY(report.contains(u"has a token (not shown)"));
        QVERIFY(report.contains(u"RAM:"));
        QVERIFY(!report.contains(u"sekret-for-diagnostics"));
        QVERIFY(!report.contains(u"Bearer"));
        // Nor when a server's words hold it, or a conversation saved by an older version holds
        // an address with a password.
        ChatMessage question;
        question.role = ChatTurn::Role::User;
        question.content = u"Hi"_s;
        ChatMessage failed;
        failed.role = ChatTurn::Role::Assistant;
        failed.state = ChatMessage::State::Failed;
        failed.model = u"m"_s;
        failed.serverId = u"http://dave:pw-five@gpu.lan:1234"_s;
        failed.errorText = u"The server said: “invalid key sekret-for-diagnostics”"_s;
        core.chat()->restore({question, failed});
        const QString withErrors = Diagnostics::report(core);
        QVERIFY2(withErrors.contains(u"invalid key •••"), qPrintable(withErrors));
        QVERIFY(withErrors.contains(u"http://gpu.lan:1234"));
        QVERIFY(!withErrors.contains(u"sekret-for-diagnostics"));
        QVERIFY(!withErrors.contains(u"pw-five"));
        QTRY_COMPARE_WITH_TIMEOUT(core.tokens()->pendingJobs(), 0, 10000);
    }
};

QTEST_MAIN(TestTroubleshooting)
#include "tst_troubleshooting.moc"
