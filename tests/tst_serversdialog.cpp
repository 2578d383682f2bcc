// The servers dialog as a user drives it, against fake servers: a token typed there ends up in
// the system keychain and nowhere on disk, plain http to another host is warned about, a
// profile's name, forced kind, default model and defaults are kept and used, and settings
// export without tokens. Runs under tests/checks/with_keyring.sh (a real Secret Service).
#include "Core.h"
#include "FakeLmStudioServer.h"
#include "FakeOllamaServer.h"
#include "KeychainTestUtil.h"
#include "MainWindow.h"
#include "ServersDialog.h"
#include "Translations.h"
#include "settings/ParameterStore.h"
#include "discovery/Discovery.h"
#include "providers/ProviderRegistry.h"
#include "settings/Settings.h"
#include "settings/TokenStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
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
        // Loopback needs no warning.
        find<QLineEdit>(&dialog, "profileAddress")->setText(m_lmstudio->baseUrl().toString());
        find<QLineEdit>(&dialog, "profileToken")->setText(u"local"_s);
        QVERIFY(dialog.saveCurrent());
    }

    void badAddressIsExplained()
    {
        ServersDialog dialog(m_core.get());
        QTest::mouseClick(find<QPushButton>(&dialog, "addProfile"), Qt::LeftButton);
        find<QLineEdit>(&dialog, "profileAddress")->setText(u"not a host:port"_s);
        QVERIFY(!dialog.saveCurrent());
        QVERIFY(dialog.status().contains(u"is not a server address"));
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
        QListView *list = window.serverList();
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
        QString error;
        QVERIFY(!m_core->settings().importJson(QJsonObject{{u"other"_s, 1}}, &error));
        QVERIFY(error.contains(u"not a LocalForge settings file"));
        QVERIFY(m_core->settings().importJson(exported, &error));
        QCOMPARE(m_core->profile(p.id())->name, u"GPU box"_s);
    }
};

QTEST_MAIN(TestServersDialog)
#include "tst_serversdialog.moc"
