// Editing servers in the Servers dialog, against fake servers and without a system keychain:
// nothing the user set up or typed is lost (another server's settings, unsaved edits, a
// password in an address), and the form says what it knows of a token.
#include "Core.h"
#include "FakeLmStudioServer.h"
#include "FakeOllamaServer.h"
#include "ServersDialog.h"
#include "Translations.h"
#include "discovery/Discovery.h"
#include "models/ModelCatalog.h"
#include "settings/Settings.h"
#include "settings/TokenStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestServerEdits : public QObject
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

    // Which test runs: a box answerer left from a test that failed early stops at the next.
    static inline int s_test = 0;

    // Answers the message boxes shown next, one button each, and keeps their texts; gives up
    // after five seconds, or when its test is over.
    static void answerMessageBoxes(QList<QMessageBox::StandardButton> buttons, QStringList *texts,
                                   int test = s_test, int triesLeft = 250)
    {
        QTimer::singleShot(20, qApp, [buttons, texts, test, triesLeft]() mutable {
            if (test != s_test || triesLeft <= 0)
                return;
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible() && !buttons.isEmpty()) {
                    texts->append(box->text());
                    box->button(buttons.takeFirst())->click();
                    break;
                }
            }
            if (!buttons.isEmpty())
                answerMessageBoxes(buttons, texts, test, triesLeft - 1);
        });
    }

    std::optional<ServerProfile> onlyProfile(const QString &id) const
    {
        std::optional<ServerProfile> found;
        for (const ServerProfile &p : m_core->profiles()) {
            if (p.id() != id)
                continue;
            if (found)
                return std::nullopt; // two of them
            found = p;
        }
        return found;
    }

    void startCore()
    {
        m_core = std::make_unique<Core>(m_options);
        m_core->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_core->discovery()->firstRoundDone(), 5000);
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
        m_options.phoenixUrl = {};
        const QString name = QString::fromLatin1(QTest::currentTestFunction());
        m_options.settingsFile = m_dir.filePath(name + u"/config/settings.ini"_s);
        m_options.dataFolder = m_dir.filePath(name + u"/data/conversations"_s);
        startCore();
    }

    void cleanup()
    {
        ++s_test;
        if (m_core)
            QTRY_COMPARE_WITH_TIMEOUT(m_core->tokens()->pendingJobs(), 0, 10000);
        m_core.reset();
        m_lmstudio.reset();
        m_ollama.reset();
    }

    // A new server typed with the address of one already set up does not replace its settings.
    void anAddressAlreadyListedKeepsItsSettings()
    {
        const QString id = m_ollama->baseUrl().toString();
        ServerProfile box;
        box.url = m_ollama->baseUrl();
        box.name = u"Box"_s;
        box.defaults.temperature = 0.3;
        m_core->saveProfile(box);
        ServersDialog dialog(m_core.get());
        dialog.show();
        QTest::mouseClick(find<QPushButton>(&dialog, "addProfile"), Qt::LeftButton);
        find<QLineEdit>(&dialog, "profileAddress")->setText(id);
        find<QLineEdit>(&dialog, "profileName")->setText(u"Typed"_s);
        QVERIFY(!dialog.saveCurrent());
        QVERIFY2(dialog.status().contains(u"already in the list, as “Box”"),
                 qPrintable(dialog.status()));
        QCOMPARE(m_core->profiles().size(), 1);
        QCOMPARE(m_core->profile(id)->name, u"Box"_s);
        QCOMPARE(m_core->profile(id)->defaults.temperature, std::optional<double>(0.3));
        QCOMPARE(find<QLineEdit>(&dialog, "profileName")->text(), u"Typed"_s); // still there
        // Under another name for this machine, it is the same server.
        find<QLineEdit>(&dialog, "profileAddress")
            ->setText(u"http://localhost:%1"_s.arg(m_ollama->baseUrl().port()));
        QVERIFY(!dialog.saveCurrent());
        QVERIFY2(dialog.status().contains(u"already in the list, as “Box”"),
                 qPrintable(dialog.status()));
        QCOMPARE(m_core->profiles().size(), 1);
        // Core refuses it too, whoever asks.
        ServerProfile alias;
        alias.url = QUrl(u"http://localhost:%1"_s.arg(m_ollama->baseUrl().port()));
        QVERIFY(!m_core->saveProfile(alias));
        QCOMPARE(m_core->profiles().size(), 1);
    }

    // Nor does a server's address changed into another's, one with a profile or one found on
    // its own.
    void anAddressChangedIntoAnothersKeepsItsSettings()
    {
        const QString id = m_ollama->baseUrl().toString();
        const QString other = m_lmstudio->baseUrl().toString();
        ServerProfile box;
        box.url = m_ollama->baseUrl();
        box.name = u"Box"_s;
        m_core->saveProfile(box);
        {
            ServersDialog dialog(m_core.get());
            dialog.select(other);
            find<QLineEdit>(&dialog, "profileAddress")->setText(id);
            QVERIFY(!dialog.saveCurrent());
            QCOMPARE(m_core->profiles().size(), 1);
            QVERIFY(onlyProfile(id));
            QCOMPARE(onlyProfile(id)->name, u"Box"_s);
            QVERIFY(!m_core->profile(other));
        }
        ServersDialog dialog(m_core.get());
        dialog.select(id);
        find<QLineEdit>(&dialog, "profileAddress")->setText(other);
        QVERIFY(!dialog.saveCurrent());
        QVERIFY2(dialog.status().contains(u"already in the list"), qPrintable(dialog.status()));
        QVERIFY(onlyProfile(id));
        QCOMPARE(onlyProfile(id)->name, u"Box"_s);
        QVERIFY(!m_core->profile(other));
    }

    // A password in a new server's address is still there when a question is answered Cancel:
    // a second Save asks again instead of saving the server without it.
    void aPasswordInTheAddressStaysUntilSaved()
    {
        const QString typed = u"http://alice:pw@192.168.1.20:11434"_s;
        ServersDialog dialog(m_core.get());
        dialog.show();
        QTest::mouseClick(find<QPushButton>(&dialog, "addProfile"), Qt::LeftButton);
        QLineEdit *address = find<QLineEdit>(&dialog, "profileAddress");
        address->setText(typed);
        QStringList shown;
        // Keep the password as the token, then do not send it over plain http.
        answerMessageBoxes({QMessageBox::Yes, QMessageBox::Cancel}, &shown);
        QVERIFY(!dialog.saveCurrent());
        QCOMPARE(shown.size(), 2);
        QVERIFY2(shown.at(1).contains(u"plain http"), qPrintable(shown.at(1)));
        QVERIFY2(dialog.status().contains(u"Not saved"), qPrintable(dialog.status()));
        QCOMPARE(address->text(), typed);
        QVERIFY(!m_core->profile(u"http://192.168.1.20:11434"_s));
    }

    // After Add, a click on the server shown before shows it again.
    void aClickAfterAddShowsTheServerAgain()
    {
        const QString id = m_ollama->baseUrl().toString();
        ServersDialog dialog(m_core.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.select(id);
        QLineEdit *address = find<QLineEdit>(&dialog, "profileAddress");
        QCOMPARE(address->text(), id);
        QTest::mouseClick(find<QPushButton>(&dialog, "addProfile"), Qt::LeftButton);
        QCOMPARE(address->text(), QString());
        auto *list = find<QListWidget>(&dialog, "serverProfiles");
        const QList<QListWidgetItem *> items = list->findItems(u"*"_s, Qt::MatchWildcard);
        const auto item = std::find_if(items.cbegin(), items.cend(), [&id](auto *i) {
            return i->data(Qt::UserRole).toString() == id;
        });
        QVERIFY(item != items.cend());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(*item).center());
        QCOMPARE(address->text(), id);
        QCOMPARE(list->currentItem(), *item);
    }

    // Changes not saved are asked about before another server, Add, an import, Close or Esc
    // would drop them.
    void changesNotSavedAreAskedAbout()
    {
        const QString ollama = m_ollama->baseUrl().toString();
        const QString lmstudio = m_lmstudio->baseUrl().toString();
        const QString settingsFile = m_dir.filePath(u"changes-settings.json"_s);
        QFile file(settingsFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(m_core->settings().exportJson()).toJson());
        file.close();
        ServersDialog dialog(m_core.get());
        dialog.show();
        dialog.select(ollama);
        QLineEdit *address = find<QLineEdit>(&dialog, "profileAddress");
        QLineEdit *name = find<QLineEdit>(&dialog, "profileName");
        auto *list = find<QListWidget>(&dialog, "serverProfiles");
        name->setText(u"Edited"_s);
        QStringList shown;
        answerMessageBoxes({QMessageBox::Cancel}, &shown);
        dialog.select(lmstudio);
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY2(shown.at(0).contains(u"not saved"), qPrintable(shown.at(0)));
        QCOMPARE(name->text(), u"Edited"_s);
        QCOMPARE(address->text(), ollama);
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), ollama);

        answerMessageBoxes({QMessageBox::Cancel}, &shown);
        QTest::mouseClick(find<QPushButton>(&dialog, "addProfile"), Qt::LeftButton);
        QCOMPARE(shown.size(), 2);
        answerMessageBoxes({QMessageBox::Cancel}, &shown);
        dialog.importSettingsFile(settingsFile);
        QCOMPARE(shown.size(), 3);
        answerMessageBoxes({QMessageBox::Cancel}, &shown);
        dialog.reject();
        QCOMPARE(shown.size(), 4);
        answerMessageBoxes({QMessageBox::Cancel}, &shown);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(shown.size(), 5);
        QVERIFY(dialog.isVisible());
        QCOMPARE(name->text(), u"Edited"_s);
        QCOMPARE(address->text(), ollama);

        // Save: saved, then the server chosen is shown.
        answerMessageBoxes({QMessageBox::Save}, &shown);
        dialog.select(lmstudio);
        QTRY_COMPARE(address->text(), lmstudio);
        QCOMPARE(shown.size(), 6);
        QCOMPARE(m_core->profile(ollama)->name, u"Edited"_s);
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), lmstudio);
        // Discard: dropped, and the dialog closes.
        name->setText(u"Dropped"_s);
        answerMessageBoxes({QMessageBox::Discard}, &shown);
        dialog.reject();
        QCOMPARE(shown.size(), 7);
        QVERIFY(!dialog.isVisible());
        QVERIFY(!m_core->profile(lmstudio));
    }

    // A token the keychain cannot give (none answers here) is said so, even when the dialog
    // opens before the keychain answers, and it can be forgotten.
    void aTokenTheKeychainCannotGiveIsSaidSo()
    {
        const QString id = m_ollama->baseUrl().toString();
        ServerProfile p;
        p.url = m_ollama->baseUrl();
        p.hasToken = true;
        m_core->saveProfile(p);
        m_core->settings().sync();
        m_core.reset();
        m_core = std::make_unique<Core>(m_options); // asks the keychain for the token
        QSignalSpy failed(m_core->tokens(), &TokenStore::loadFailed);
        ServersDialog dialog(m_core.get());
        dialog.select(id);
        auto *state = find<QLabel>(&dialog, "profileTokenState");
        if (failed.isEmpty() && !failed.wait(10000))
            QSKIP("A system keychain answered; this runs without one.");
        QVERIFY2(state->text().contains(u"could not give it") &&
                     state->text().contains(u"type the token again"),
                 qPrintable(state->text()));
        // Moving the address now would drop the token unasked: the address waits.
        const QString elsewhere = u"http://127.0.0.1:9"_s;
        find<QLineEdit>(&dialog, "profileAddress")->setText(elsewhere);
        QVERIFY(!dialog.saveCurrent());
        const QString said = find<QLabel>(&dialog, "serversStatus")->text();
        QVERIFY2(said.contains(u"could not be read") && said.contains(u"type the token again"),
                 qPrintable(said));
        QVERIFY(m_core->profile(id) && m_core->profile(id)->hasToken);
        QVERIFY(!m_core->profile(elsewhere));
        find<QLineEdit>(&dialog, "profileAddress")->setText(id);
        auto *forget = find<QPushButton>(&dialog, "forgetToken");
        QVERIFY(forget->isEnabled());
        QTest::mouseClick(forget, Qt::LeftButton);
        QVERIFY(!m_core->profile(id)->hasToken);
        QVERIFY2(state->text().startsWith(u"No token"), qPrintable(state->text()));
    }

    void everyMnemonicIsUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("fr") << u"fr"_s;
    }

    // Alt and a letter reaches one field or button of the dialog, in each language.
    void everyMnemonicIsUnique()
    {
        QFETCH(QString, language);
        QTranslator ours;
        QTranslator qt;
        if (language != u"en") {
            QVERIFY(ours.load(u":/i18n/localforge_%1.qm"_s.arg(language)));
            QCoreApplication::installTranslator(&ours);
            if (qt.load(QLocale(language), u"qtbase"_s, u"_"_s,
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qt);
        } // the translators leave the application when they go
        ServersDialog dialog(m_core.get());
        QStringList texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->buddy())
                texts.append(label->text());
        }
        for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
            texts.append(button->text());
        QStringList letters;
        for (const QString &text : std::as_const(texts)) {
            const qsizetype at = QString(text).replace(u"&&"_s, u"__"_s).indexOf(u'&');
            if (at >= 0 && at + 1 < text.size())
                letters.append(text.at(at + 1).toLower());
        }
        QVERIFY2(letters.size() >= 11, qPrintable(texts.join(u" | ")));
        QVERIFY2(QSet<QString>(letters.cbegin(), letters.cend()).size() == letters.size(),
                 qPrintable(texts.join(u" | ")));
    }

    // The list follows servers found and gone while the dialog is open, and the default
    // model's choices follow the server's models; the form being edited stays as it is.
    void theListFollowsWhatIsFound()
    {
        const QString ollama = m_ollama->baseUrl().toString();
        ServersDialog dialog(m_core.get());
        dialog.show();
        dialog.select(ollama);
        QLineEdit *name = find<QLineEdit>(&dialog, "profileName");
        name->setText(u"Typed"_s);
        auto *list = find<QListWidget>(&dialog, "serverProfiles");
        auto titleOf = [list](const QString &id) {
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->data(Qt::UserRole).toString() == id)
                    return list->item(i)->text();
            }
            return QString();
        };
        const int listed = list->count();
        FakeOllamaServer late;
        late.setVersion(u"0.13.1"_s);
        QVERIFY(late.listen());
        const QString id = m_core->discovery()->addUserUrl(late.baseUrl());
        QTRY_COMPARE(list->count(), listed + 1);
        QTRY_VERIFY2(titleOf(id).startsWith(u"Ollama 0.13.1\n"), qPrintable(titleOf(id)));
        m_core->discovery()->removeUserUrl(id);
        QTRY_COMPARE(list->count(), listed);

        auto *models = find<QComboBox>(&dialog, "profileDefaultModel");
        QCOMPARE(models->findText(u"fresh-model:1b"_s), -1);
        m_ollama->setModels(QJsonArray{QJsonObject{{u"name"_s, u"fresh-model:1b"_s},
                                                   {u"model"_s, u"fresh-model:1b"_s},
                                                   {u"size"_s, qint64(1'000'000'000)}}});
        m_core->models()->refresh(ollama);
        QTRY_VERIFY(models->findText(u"fresh-model:1b"_s) >= 0);
        QCOMPARE(name->text(), u"Typed"_s);
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), ollama);
    }

    // Core never ends up with two profiles for one address, whoever asks.
    void twoProfilesNeverShareAnAddress()
    {
        ServerProfile a;
        a.url = m_lmstudio->baseUrl();
        a.name = u"A"_s;
        ServerProfile b;
        b.url = m_ollama->baseUrl();
        b.name = u"B"_s;
        b.defaults.numCtx = 8192;
        m_core->saveProfile(a);
        m_core->saveProfile(b);
        ServerProfile moved = a;
        moved.url = b.url;
        m_core->saveProfile(moved, a.id());
        QCOMPARE(m_core->profiles().size(), 2);
        const std::optional<ServerProfile> kept = onlyProfile(b.id());
        QVERIFY(kept);
        QCOMPARE(kept->name, u"B"_s);
        QCOMPARE(kept->defaults.numCtx, std::optional<int>(8192));
        QVERIFY(onlyProfile(a.id()));
        QCOMPARE(onlyProfile(a.id())->name, u"A"_s);
    }
};

QTEST_MAIN(TestServerEdits)
#include "tst_serveredits.moc"
