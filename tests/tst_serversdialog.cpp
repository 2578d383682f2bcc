// The servers dialog as a user drives it, against fake servers: a token typed there ends up in
// the system keychain and nowhere on disk, plain http to another host is warned about, a
// profile's name, forced kind, default model and defaults are kept and used, and settings
// export without tokens. Runs under tests/checks/with_keyring.sh (a real Secret Service).
#include "Core.h"
#include "Diagnostics.h"
#include "FakeLmStudioServer.h"
#include "FakeOllamaServer.h"
#include "KeychainTestUtil.h"
#include "MainWindow.h"
#include "ServersDialog.h"
#include "Translations.h"
#include "chat/ApiSnippets.h"
#include "chat/ChatSession.h"
#include "chat/ConversationLibrary.h"
#include "discovery/Discovery.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"
#include "settings/ParameterStore.h"
#include "settings/PhoenixConfig.h"
#include "settings/Settings.h"
#include "settings/TokenStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

// Answers the next message box with `button` and remembers its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(50, [button, text] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                *text = box->text();
                box->button(button)->click();
                return;
            }
        }
        answerNextMessageBox(button, text); // not shown yet
    });
}
} // namespace

class TestServersDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeLmStudioServer> m_lmstudio;
    std::unique_ptr<FakeOllamaServer> m_ollama;
    std::unique_ptr<Core> m_core;
    Core::Options m_options;

    template<typename T>
    static T *find(QWidget *in, const char *name)
    {
        return in->findChild<T *>(QLatin1String(name));
    }

    // LM Studio's profile with a token in the keychain, then a new Core still reading it.
    void restartWithSavedToken(const QString &token)
    {
        const QString id = m_lmstudio->baseUrl().toString();
        ServerProfile p;
        p.url = m_lmstudio->baseUrl();
        p.hasToken = true;
        m_core->saveProfile(p);
        QSignalSpy saved(m_core->tokens(), &TokenStore::saved);
        m_core->tokens()->save(id, token);
        QVERIFY(saved.wait(10000));
        QCOMPARE(keychainEntry(id), std::optional<QString>(token));
        m_core->settings().sync();
        m_core.reset();
        m_core = std::make_unique<Core>(m_options);
        QVERIFY(m_core->tokens()->pendingJobs() > 0);
    }

private Q_SLOTS:
    void initTestCase() { installTranslations(*qApp, u"en"_s); }

    void init()
    {
        m_lmstudio = std::make_unique<FakeLmStudioServer>();
        m_ollama = std::make_unique<FakeOllamaServer>();
        QVERIFY(m_lmstudio->listen());
        QVERIFY(m_ollama->listen());
        m_options = {};
        m_options.discovery.candidates = {{m_lmstudio->baseUrl(), ServerKind::LmStudio},
                                          {m_ollama->baseUrl(), ServerKind::Ollama}};
        m_options.discovery.intervalMs = 0;
        const QString name = QString::fromLatin1(QTest::currentTestFunction());
        m_options.settingsFile = m_dir.filePath(name + u"/config/settings.ini"_s);
        m_options.dataFolder = m_dir.filePath(name + u"/data/conversations"_s);
        m_core = std::make_unique<Core>(m_options);
        m_core->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_core->discovery()->firstRoundDone(), 5000);
    }

    void cleanup()
    {
        if (m_core)
            QTRY_COMPARE_WITH_TIMEOUT(m_core->tokens()->pendingJobs(), 0, 10000);
        m_core.reset();
        m_lmstudio.reset();
        m_ollama.reset();
    }

    // Acceptance: a token saved in the settings dialog is in the keychain, not on disk.
    void tokenSavedInTheDialogIsInTheKeychainOnly()
    {
        if (qEnvironmentVariable("LOCALFORGE_EXPECT_KEYCHAIN") != u"1")
            QSKIP("Runs under tests/checks/with_keyring.sh (a real Secret Service).");
        const QByteArray secret = "dialog-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        m_lmstudio->setRequireToken(secret);
        const QString id = m_lmstudio->baseUrl().toString();
        m_core->discovery()->reprobe(id);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_core->discovery()->server(id)->status == ServerStatus::NeedsToken, 5000);
        ServersDialog dialog(m_core.get());
        dialog.show();
        dialog.select(id);
        QCOMPARE(find<QLineEdit>(&dialog, "profileAddress")->text(), id);
        QLineEdit *token = find<QLineEdit>(&dialog, "profileToken");
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QTest::keyClicks(token, QString::fromLatin1(secret));
        QSignalSpy saved(m_core->tokens(), &TokenStore::saved);
        QTest::mouseClick(find<QPushButton>(&dialog, "saveProfile"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().at(1).toBool(), true);
        QVERIFY(token->text().isEmpty()); // not left in the form
        QTRY_VERIFY(dialog.status().contains(u"system keychain"));
        QTRY_VERIFY_WITH_TIMEOUT(m_core->discovery()->server(id)->status == ServerStatus::Up, 5000);
        QCOMPARE(keychainEntry(id), std::optional<QString>(QString::fromLatin1(secret)));
        m_core->settings().sync();
        QVERIFY(m_core->profile(id)->hasToken);
        const QString root = QFileInfo(m_options.settingsFile).dir().filePath(u".."_s);
        QVERIFY(!filesContaining(root, "hasToken").isEmpty()); // the profile was written
        QCOMPARE(filesContaining(root, secret), QStringList());
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "HOME"}) {
            const QString folder = qEnvironmentVariable(var);
            if (folder.startsWith(u"/tmp"))
                QCOMPARE(filesContaining(folder, secret), QStringList());
        }
    }

    // The token's state follows the keychain's answer when the dialog opens before it.
    void theTokenStateFollowsAKeychainAnsweringLate()
    {
        if (qEnvironmentVariable("LOCALFORGE_EXPECT_KEYCHAIN") != u"1")
            QSKIP("Runs under tests/checks/with_keyring.sh (a real Secret Service).");
        const QString id = m_lmstudio->baseUrl().toString();
        restartWithSavedToken(u"read-late"_s);
        if (QTest::currentTestFailed())
            return;
        ServersDialog dialog(m_core.get());
        dialog.select(id);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(&dialog, "profileTokenState")->text(),
                                  u"Kept in the system keychain."_s, 10000);
        QVERIFY(find<QPushButton>(&dialog, "forgetToken")->isEnabled());
    }

    // A token not read yet when its server's address changes is not left in the keychain.
    void aTokenNotReadYetGoesWithItsOldAddress()
    {
        if (qEnvironmentVariable("LOCALFORGE_EXPECT_KEYCHAIN") != u"1")
            QSKIP("Runs under tests/checks/with_keyring.sh (a real Secret Service).");
        const QString id = m_lmstudio->baseUrl().toString();
        restartWithSavedToken(u"old-address"_s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!m_core->tokens()->hasToken(id));
        ServerProfile moved = *m_core->profile(id);
        moved.url = QUrl(u"https://127.0.0.1:%1"_s.arg(m_lmstudio->port()));
        moved.hasToken = false;
        m_core->saveProfile(moved, id);
        QTRY_COMPARE_WITH_TIMEOUT(m_core->tokens()->pendingJobs(), 0, 10000);
        QVERIFY(!m_core->tokens()->hasToken(id));
        QCOMPARE(keychainEntry(id), std::nullopt);
    }

    void plainHttpToAnotherHostIsWarnedAbout()
    {
        ServersDialog dialog(m_core.get());
        dialog.show();
        QTest::mouseClick(find<QPushButton>(&dialog, "addProfile"), Qt::LeftButton);
        find<QLineEdit>(&dialog, "profileAddress")->setText(u"192.168.1.20:1234"_s);
        find<QLineEdit>(&dialog, "profileToken")->setText(u"over-http"_s);
        QString shown;
        answerNextMessageBox(QMessageBox::Cancel, &shown);
        QVERIFY(!dialog.saveCurrent());
        QVERIFY2(shown.contains(u"plain http") && shown.contains(u"192.168.1.20:1234"),
                 qPrintable(shown));
        QVERIFY(dialog.status().contains(u"Not saved"));
        QVERIFY(!m_core->profile(u"http://192.168.1.20:1234"_s));
        QVERIFY(!m_core->tokens()->hasToken(u"http://192.168.1.20:1234"_s));
        // Loopback needs no warning (an address not listed yet).
        find<QLineEdit>(&dialog, "profileAddress")->setText(u"http://localhost:9"_s);
        find<QLineEdit>(&dialog, "profileToken")->setText(u"local"_s);
        QVERIFY(dialog.saveCurrent());
    }

    // Importing phoenix.json over a server already set up updates what the file has and keeps
    // the rest: the user's name and the defaults the file has no field for (or leaves out).
    void reimportingPhoenixKeepsTheServersNameAndDefaults()
    {
        const QString id = m_ollama->baseUrl().toString();
        ServerProfile mine;
        mine.url = m_ollama->baseUrl();
        mine.name = u"My Ollama"_s;
        mine.defaultModel = u"qwen3:8b"_s;
        mine.defaults.temperature = 0.3;
        mine.defaults.topP = 0.9;
        mine.defaults.seed = 7;
        mine.defaults.numCtx = 16384;
        mine.defaults.keepAlive = u"30m"_s;
        m_core->saveProfile(mine);

        const QString path = m_dir.filePath(u"reimport-phoenix.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument::fromVariant(
                QVariantMap{{u"providers"_s,
                             QVariantMap{{u"ollama"_s, QVariantMap{{u"baseUrl"_s, id},
                                                                   {u"apiType"_s, u"ollama"_s},
                                                                   {u"temperature"_s, 0.7},
                                                                   {u"maxTokens"_s, 4096},
                                                                   {u"timeout"_s, 120000}}},
                                         {u"gpu-box"_s,
                                          QVariantMap{{u"baseUrl"_s, u"http://10.9.9.9:8000"_s},
                                                      {u"apiType"_s, u"vllm"_s}}}}}})
                .toJson());
        file.close();

        ServersDialog dialog(m_core.get());
        dialog.importPhoenixFile(path);
        const std::optional<ServerProfile> p = m_core->profile(id);
        QVERIFY(p);
        QCOMPARE(p->name, u"My Ollama"_s);
        QCOMPARE(p->gatewayName, u"ollama"_s);
        QCOMPARE(p->defaultModel, u"qwen3:8b"_s);                      // the file has none
        QCOMPARE(p->defaults.temperature, std::optional<double>(0.7)); // the file's
        QCOMPARE(p->defaults.maxTokens, std::optional<int>(4096));
        QCOMPARE(p->defaults.timeoutSeconds, std::optional<int>(120));
        QCOMPARE(p->defaults.topP, std::optional<double>(0.9)); // kept
        QCOMPARE(p->defaults.seed, std::optional<int>(7));
        QCOMPARE(p->defaults.numCtx, std::optional<int>(16384));
        QCOMPARE(p->defaults.keepAlive, u"30m"_s);
        QCOMPARE(ParameterStore::serverDefaults(m_core->settings(), id), p->defaults);

        const std::optional<ServerProfile> added = m_core->profile(u"http://10.9.9.9:8000"_s);
        QVERIFY(added);
        QCOMPARE(added->name, u"gpu-box"_s);
        QVERIFY2(dialog.status().contains(u"Imported 2 providers") &&
                     dialog.status().contains(u"their names and other defaults were kept: My "
                                              "Ollama."),
                 qPrintable(dialog.status()));
    }

    void aTokenFollowsANewAddressOnlyWhenConfirmed()
    {
        const QString oldId = m_lmstudio->baseUrl().toString();
        ServerProfile p;
        p.url = m_lmstudio->baseUrl();
        p.hasToken = true;
        m_core->saveProfile(p);
        m_core->tokens()->save(oldId, u"token-for-the-box"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_core->tokens()->pendingJobs(), 0, 10000);
        ServersDialog dialog(m_core.get());
        dialog.show();
        dialog.select(oldId);
        QLineEdit *address = find<QLineEdit>(&dialog, "profileAddress");
        QCOMPARE(address->text(), oldId);
        // A typo sends the address to another host, over plain http.
        const QString typo = u"http://192.168.1.21:%1"_s.arg(m_lmstudio->port());
        address->setText(typo);
        QString shown;
        answerNextMessageBox(QMessageBox::Cancel, &shown);
        QVERIFY(!dialog.saveCurrent());
        QVERIFY2(shown.contains(u"192.168.1.21") && shown.contains(u"plain http"),
                 qPrintable(shown));
        QVERIFY(dialog.status().contains(u"Not saved"));
        QCOMPARE(m_core->tokens()->token(oldId), u"token-for-the-box"_s);
        QVERIFY(!m_core->tokens()->hasToken(typo));
        QVERIFY(!m_core->profile(typo));
        // "Forget the token": saved at the new address, without it.
        shown.clear();
        answerNextMessageBox(QMessageBox::No, &shown);
        QVERIFY(dialog.saveCurrent());
        QVERIFY(!shown.isEmpty());
        QVERIFY(m_core->profile(typo));
        QVERIFY(!m_core->profile(typo)->hasToken);
        QVERIFY(!m_core->tokens()->hasToken(typo));
        QVERIFY(!m_core->tokens()->hasToken(oldId));

        // Confirmed: it goes along (here to https on the same machine, where it is safe).
        const QString id = m_ollama->baseUrl().toString();
        p.url = m_ollama->baseUrl();
        m_core->saveProfile(p);
        m_core->tokens()->save(id, u"second-token"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_core->tokens()->pendingJobs(), 0, 10000);
        dialog.select(id);
        QCOMPARE(address->text(), id);
        const QString moved = u"https://127.0.0.1:%1"_s.arg(m_ollama->port());
        address->setText(moved);
        shown.clear();
        answerNextMessageBox(QMessageBox::Yes, &shown);
        QVERIFY(dialog.saveCurrent());
        QVERIFY2(shown.contains(u"would now be sent to") && !shown.contains(u"plain http"),
                 qPrintable(shown));
        QCOMPARE(m_core->tokens()->token(moved), u"second-token"_s);
        QVERIFY(m_core->profile(moved)->hasToken);
        QVERIFY(!m_core->tokens()->hasToken(id));
    }

    void credentialsInAnAddressAreNeverWritten()
    {
        const QByteArray secret = "pw-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        // Not listed yet: a second fake Ollama, written as localhost.
        FakeOllamaServer other;
        QVERIFY(other.listen());
        const QString id = u"http://localhost:%1"_s.arg(other.port());
        ServersDialog dialog(m_core.get());
        dialog.show();
        QTest::mouseClick(find<QPushButton>(&dialog, "addProfile"), Qt::LeftButton);
        find<QLineEdit>(&dialog, "profileAddress")
            ->setText(u"http://alice:%1@localhost:%2/"_s.arg(QString::fromLatin1(secret))
                          .arg(other.port()));
        find<QLineEdit>(&dialog, "profileName")->setText(u"Credentials box"_s);
        QString shown;
        answerNextMessageBox(QMessageBox::Yes, &shown); // keep the password as the token
        QVERIFY(dialog.saveCurrent());
        QVERIFY2(shown.contains(u"password"), qPrintable(shown));
        QCOMPARE(find<QLineEdit>(&dialog, "profileAddress")->text(), id);
        std::optional<ServerProfile> saved;
        for (const ServerProfile &p : m_core->profiles())
            if (p.name == u"Credentials box")
                saved = p;
        QVERIFY(saved);
        QCOMPARE(saved->id(), id);
        QVERIFY(saved->hasToken);
        QCOMPARE(m_core->tokens()->token(id), QString::fromLatin1(secret)); // kept as the token
        QTRY_COMPARE_WITH_TIMEOUT(m_core->tokens()->pendingJobs(), 0, 10000);

        auto clean = [&secret](const QByteArray &text) {
            return !text.contains(secret) && !text.contains("alice");
        };
        // The keychain entry's name.
        for (const QString &server : m_core->tokens()->serverIds())
            QVERIFY2(clean(server.toUtf8()), qPrintable(server));
        // Settings, exported settings, phoenix.json.
        m_core->settings().sync();
        const QString root = QFileInfo(m_options.settingsFile).dir().filePath(u".."_s);
        QCOMPARE(filesContaining(root, "alice"), QStringList());
        QVERIFY(clean(QJsonDocument(m_core->settings().exportJson()).toJson()));
        QVERIFY(clean(PhoenixConfig::toJson(m_core->profiles(), {})));
        // A conversation with that server, its diagnostics and its snippets.
        QTRY_VERIFY_WITH_TIMEOUT(m_core->providers()->provider(saved->id()), 5000);
        Provider *provider = m_core->providers()->provider(saved->id());
        QVERIFY(!m_core->chat()->send(u"Hi"_s, provider, u"llama3.2"_s).isError());
        QTRY_VERIFY_WITH_TIMEOUT(!m_core->chat()->isStreaming(), 10000);
        m_core->conversations()->saveNow();
        QVERIFY(!filesContaining(m_options.dataFolder, "llama3.2").isEmpty()); // it was written
        QCOMPARE(filesContaining(m_options.dataFolder, "alice"), QStringList());
        QVERIFY(clean(Diagnostics::report(*m_core).toUtf8()));
        const ApiCallTarget target{ServerKind::Ollama, provider->baseUrl(), {}};
        ChatRequest request;
        request.model = u"llama3.2"_s;
        request.messages = {{ChatTurn::Role::User, u"Hi"_s}};
        QVERIFY(clean(ApiSnippets::curl(target, request).toUtf8()));
        QVERIFY(clean(ApiSnippets::python(target, request).toUtf8()));
        QVERIFY(clean(ApiSnippets::n8nWorkflow(target, request, false).toUtf8()));
    }

    void credentialsComingFromFilesAreLeftOut()
    {
        // An exported settings file from elsewhere.
        const QJsonObject imported{
            {u"localforgeSettings"_s, 1},
            {u"values"_s,
             QJsonObject{
                 {u"servers/profiles"_s, u"[{\"url\":\"http://bob:pw-two@10.0.0.9:11434\"}]"_s},
                 {u"chat/lastModel/http://bob:pw-two@10.0.0.9:11434"_s, u"llama3.2"_s}}}};
        QVERIFY(!m_core->settings().importJson(imported).isError());
        QVERIFY(m_core->profile(u"http://10.0.0.9:11434"_s));
        m_core->settings().sync();
        const QString root = QFileInfo(m_options.settingsFile).dir().filePath(u".."_s);
        QCOMPARE(filesContaining(root, "pw-two"), QStringList());
        QCOMPARE(m_core->settings().value(SettingKeys::LastModelPrefix, u"http://10.0.0.9:11434"_s),
                 u"llama3.2"_s);
        // A phoenix.json with credentials in a baseUrl.
        const PhoenixImport phoenix = PhoenixConfig::fromJson(
            R"({"providers":{"box":{"baseUrl":"http://carol:pw-three@10.0.0.10:1234","apiType":"openai"}}})",
            true);
        QCOMPARE(phoenix.profiles.size(), 1);
        QCOMPARE(phoenix.profiles.first().id(), u"http://10.0.0.10:1234"_s);
        QVERIFY(phoenix.warnings.join(u' ').contains(u"password"));
        // Settings written by a version that kept them: cleaned when LocalForge starts.
        m_core.reset();
        {
            QSettings raw(m_options.settingsFile, QSettings::IniFormat);
            raw.setValue(u"servers/profiles"_s,
                         u"[{\"url\":\"https://dave:pw-four@gpu.example:8443\"}]"_s);
            raw.setValue(u"servers/active"_s, u"https://dave:pw-four@gpu.example:8443"_s);
            // Its parameters, under the address percent-encoded as such versions wrote it.
            raw.setValue(u"chat/parameters/https%3A%2F%2Fdave%3Apw-four%40gpu.example%3A8443/*"_s,
                         u"{\"temperature\":0.4}"_s);
            raw.setValue(
                u"chat/parameters/https%3A%2F%2Fdave%3Apw-four%40gpu.example%3A8443/llama3.2"_s,
                u"{\"seed\":7}"_s);
        }
        QVERIFY(!filesContaining(root, "pw-four").isEmpty());
        m_core = std::make_unique<Core>(m_options);
        m_core->settings().sync();
        QCOMPARE(filesContaining(root, "pw-four"), QStringList());
        QVERIFY(m_core->profile(u"https://gpu.example:8443"_s));
        // The parameters stay, now under the address without credentials.
        QCOMPARE(ParameterStore::serverDefaults(m_core->settings(), u"https://gpu.example:8443"_s)
                     .temperature,
                 std::optional<double>(0.4));
        QCOMPARE(ParameterStore::modelParameters(m_core->settings(), u"https://gpu.example:8443"_s,
                                                 u"llama3.2"_s)
                     .seed,
                 std::optional<int>(7));
        QVERIFY(!QJsonDocument(m_core->settings().exportJson()).toJson().contains("pw-four"));
    }

    void badAddressIsExplained()
    {
        ServersDialog dialog(m_core.get());
        QTest::mouseClick(find<QPushButton>(&dialog, "addProfile"), Qt::LeftButton);
        find<QLineEdit>(&dialog, "profileAddress")->setText(u"not a host:port"_s);
        QVERIFY(!dialog.saveCurrent());
        QVERIFY(dialog.status().contains(u"is not a server address"));
    }

    void aProblemShownGivesWayWhenTheServerIsFound()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(port));
        const QString id = m_core->addServer(url);
        QVERIFY(!id.isEmpty());
        ServersDialog dialog(m_core.get());
        dialog.select(id);
        m_core->discovery()->reprobe(id);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.status().contains(u"Nothing answers"), 5000);
        FakeOllamaServer late;
        QVERIFY(late.listen(port));
        m_core->discovery()->reprobe(id);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.status().startsWith(u"Found Ollama"), 5000);
        QVERIFY2(dialog.status().contains(u"127.0.0.1:%1"_s.arg(port)),
                 qPrintable(dialog.status()));
        // A warning about what the user typed is not the server's: it stays when it answers.
        find<QLineEdit>(&dialog, "profileAddress")->setText(u"not a host:port"_s);
        QVERIFY(!dialog.saveCurrent());
        const QString warning = dialog.status();
        QVERIFY(warning.contains(u"is not a server address"));
        QSignalSpy updated(m_core->discovery(), &Discovery::serverUpdated);
        late.setModels({}); // a change the server reports, still up
        m_core->discovery()->reprobe(id);
        QVERIFY(updated.wait(5000));
        QCOMPARE(dialog.status(), warning);
    }

    void profileNameKindModelAndDefaultsAreKeptAndUsed()
    {
        const QString id = m_ollama->baseUrl().toString();
        MainWindow window(m_core.get());
        window.show();
        ServersDialog dialog(m_core.get());
        dialog.select(id);
        find<QLineEdit>(&dialog, "profileName")->setText(u"Workshop box"_s);
        QComboBox *kind = find<QComboBox>(&dialog, "profileKind");
        kind->setCurrentIndex(kind->findText(u"Ollama"_s));
        find<QComboBox>(&dialog, "profileDefaultModel")->setCurrentText(u"llama3.2:latest"_s);
        find<QDoubleSpinBox>(&dialog, "profileTemperature")->setValue(0.2);
        QVERIFY(dialog.saveCurrent());
        const auto p = m_core->profile(id);
        QVERIFY(p);
        QCOMPARE(p->name, u"Workshop box"_s);
        QCOMPARE(p->kind, ServerKind::Ollama);
        QCOMPARE(p->defaultModel, u"llama3.2:latest"_s);
        QCOMPARE(p->defaults.temperature, std::optional<double>(0.2));
        // The chat's requests start from these defaults.
        QCOMPARE(
            ParameterStore::effective(m_core->settings(), id, u"llama3.2:latest"_s).temperature,
            std::optional<double>(0.2));
        // The sidebar shows the name.
        auto *list = window.findChild<QListView *>(QStringLiteral("serverList"));
        QVERIFY(list);
        QTRY_VERIFY([&] {
            for (int r = 0; r < list->model()->rowCount(); ++r) {
                if (list->model()->index(r, 0).data().toString().startsWith(u"Workshop box"))
                    return true;
            }
            return false;
        }());
        // A new Core reads it all back.
        m_core->settings().sync();
        Core again(m_options);
        QCOMPARE(again.profile(id)->name, u"Workshop box"_s);
        QCOMPARE(again.profile(id)->defaults.temperature, std::optional<double>(0.2));
    }

    void settingsExportAndImportWithoutTokens()
    {
        ServerProfile p;
        p.url = QUrl(u"http://10.0.0.7:11434"_s);
        p.name = u"GPU box"_s;
        p.hasToken = true;
        m_core->saveProfile(p);
        m_core->tokens()->save(p.id(), u"never-exported"_s);
        const QJsonObject exported = m_core->settings().exportJson();
        const QByteArray text = QJsonDocument(exported).toJson();
        QVERIFY(text.contains("GPU box"));
        QVERIFY(!text.contains("never-exported"));
        QVERIFY(!text.contains("windowGeometry"));
        m_core->removeServer(p.id());
        QVERIFY(!m_core->profile(p.id()));
        const ApiError error = m_core->settings().importJson(QJsonObject{{u"other"_s, 1}});
        QCOMPARE(error.kind, ApiError::Kind::Invalid);
        QVERIFY(error.message.contains(u"not a LocalForge settings file"));
        QVERIFY(!m_core->settings().importJson(exported).isError());
        QCOMPARE(m_core->profile(p.id())->name, u"GPU box"_s);
    }

    void importingSettingsFromTheDialogSaysWhatHappened()
    {
        // The dialog's own words stay after the list is reloaded (they were written over).
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.json"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(m_core->settings().exportJson()).toJson());
        }
        ServersDialog dialog(m_core.get());
        dialog.importSettingsFile(file);
        QVERIFY2(dialog.status().contains(u"Settings imported"), qPrintable(dialog.status()));
        // A file far bigger than settings is not read whole.
        const QString big = dir.filePath(u"big.json"_s);
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(8LL * 1024 * 1024));
        }
        dialog.importSettingsFile(big);
        QVERIFY2(dialog.status().contains(u"too large"), qPrintable(dialog.status()));
    }
};

QTEST_MAIN(TestServersDialog)
#include "tst_serversdialog.moc"
