// The real widgets, offscreen, against fake servers: click a server, chat, switch, stop, break.
#include "AddServerDialog.h"
#include "AfterFirstFrame.h"
#include "BenchmarkPage.h"
#include "ChatPage.h"
#include "ChatView.h"
#include "Core.h"
#include "ElidingComboBox.h"
#include "ElidingStatusBar.h"
#include "FakeLmStudioServer.h"
#include "FakeOllamaServer.h"
#include "FakePhoenixGateway.h"
#include "Format.h"
#include "MainWindow.h"
#include "ProblemsIndicator.h"
#include "ServerListModel.h"
#include "Translations.h"
#include "chat/ChatSession.h"
#include "providers/ProviderRegistry.h"
#include "settings/PhoenixGateway.h"
#include "settings/ServerProfile.h"
#include "settings/Settings.h"
#include "settings/TokenStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeOllamaServer> m_ollama;
    std::unique_ptr<FakeLmStudioServer> m_lmstudio;
    std::unique_ptr<Core> m_core;
    std::unique_ptr<MainWindow> m_window;

    // The window's parts by object name, checked once in init().
    QListView *list() const
    {
        return m_window->findChild<QListView *>(QStringLiteral("serverList"));
    }
    QComboBox *switcher() const
    {
        return m_window->findChild<QComboBox *>(QStringLiteral("providerSwitcher"));
    }
    ChatView *view() const { return m_window->findChild<ChatView *>(QStringLiteral("chatView")); }
    QPlainTextEdit *input() const
    {
        return m_window->findChild<QPlainTextEdit *>(QStringLiteral("messageInput"));
    }
    QComboBox *models() const
    {
        return m_window->findChild<QComboBox *>(QStringLiteral("modelPicker"));
    }
    QString transcript() const { return view()->toPlainText(); }

    void clickServer(int row)
    {
        const QModelIndex index = list()->model()->index(row, 0);
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {},
                          list()->visualRect(index).center());
    }

    void typeAndSend(const QString &text)
    {
        input()->setFocus();
        QTest::keyClicks(input(), text);
        QTest::keyClick(input(), Qt::Key_Return, Qt::ControlModifier);
    }

    // A window on its own core that looks only at `candidates` (what the test set up before
    // is dropped first).
    void startWithOnly(const QList<DiscoveryCandidate> &candidates)
    {
        cleanup();
        Core::Options options;
        options.discovery.candidates = candidates;
        options.discovery.intervalMs = 0;
        options.settingsFile = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                              QStringLiteral(".ini"));
        m_core = std::make_unique<Core>(options);
        m_window = std::make_unique<MainWindow>(m_core.get());
        m_window->show();
        m_core->start();
    }

    // Adds a server through the menu's dialog, typing `address` into it.
    void addThroughTheDialog(const QString &address)
    {
        bool typed = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<AddServerDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QLineEdit *>(u"serverAddress"_s)->setText(address);
            typed = true;
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        m_window->findChild<QAction *>(u"addServerAction"_s)->trigger();
        QVERIFY(typed);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Tokens saved here must never reach the keychain of the session running the tests.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        installTranslations(*qApp, QStringLiteral("en"));
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_ollama = std::make_unique<FakeOllamaServer>();
        m_lmstudio = std::make_unique<FakeLmStudioServer>();
        QVERIFY(m_ollama->listen());
        QVERIFY(m_lmstudio->listen());
        m_ollama->setAnswer({QStringLiteral("Rayleigh"), QStringLiteral(" scattering.")});
        m_lmstudio->setAnswer(
            {QStringLiteral("Hello"), QStringLiteral(" from"), QStringLiteral(" LM Studio.")});
        m_lmstudio->setTokenIntervalMs(30); // paced, for LocalForge's own rate
        Core::Options options;
        options.discovery.candidates = {{m_ollama->baseUrl(), ServerKind::Ollama},
                                        {m_lmstudio->baseUrl(), ServerKind::LmStudio}};
        options.discovery.intervalMs = 500;
        // One file per test and data row: a row starts from what the test set up, not from what
        // the row before it saved.
        options.settingsFile =
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-' +
                           QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') +
                           QStringLiteral(".ini"));
        m_core = std::make_unique<Core>(options);
        m_window = std::make_unique<MainWindow>(m_core.get());
        QVERIFY(list());
        QVERIFY(switcher());
        // Until a server answers the first-start page shows, and the chat is not built yet.
        QVERIFY(!view());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_core->start();
        QTRY_COMPARE_WITH_TIMEOUT(list()->model()->rowCount(), 2, 5000);
        QTRY_VERIFY(view());
        QVERIFY(input());
        QVERIFY(models());
    }

    void cleanup()
    {
        m_window.reset();
        m_core.reset();
        m_ollama.reset();
        m_lmstudio.reset();
    }

    void firstGeometryFitsTheScreen_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::newRow("a desktop") << QRect(0, 0, 1920, 1050);
        QTest::newRow("a projector") << QRect(0, 0, 1280, 720);
        QTest::newRow("a projector under a top panel") << QRect(0, 27, 1280, 693);
        QTest::newRow("a second screen to the right") << QRect(1920, 0, 2560, 1400);
        QTest::newRow("a laptop") << QRect(0, 0, 1366, 728);
        QTest::newRow("a small one") << QRect(0, 0, 1024, 600);
    }
    void firstGeometryFitsTheScreen()
    {
        QFETCH(QRect, available);
        const QRect g = MainWindow::firstGeometry(available);
        // Inside the free area with room for the title bar, and never bigger than 1280×800.
        QVERIFY2(g.top() >= available.top() + 30 && g.bottom() <= available.bottom() &&
                     g.left() >= available.left() && g.right() <= available.right(),
                 qPrintable(u"%1,%2 %3×%4"_s.arg(g.x()).arg(g.y()).arg(g.width()).arg(g.height())));
        QVERIFY(g.width() <= 1280 && g.height() <= 800);
        // As big as fits, up to 1280×800, and centred across.
        QVERIFY(g.width() >= std::min(1280, available.width() - 20));
        QVERIFY(g.height() >= std::min(800, available.height() - 60));
        QVERIFY(std::abs((g.left() - available.left()) - (available.right() - g.right())) <= 1);
    }

    void aFirstStartOpensInsideTheScreen()
    {
        // No saved place: the window opens at a size its screen holds. Run on a projector's
        // 1280×720 screen by tst_mainwindow_projector; Qt's offscreen screen (800×800) is
        // narrower than the window can be.
        const QRect available = m_window->screen()->availableGeometry();
        // Its least width once the pages built at start are laid out (a layout request still
        // pending would give a smaller one, on a busy machine).
        QTest::qWait(50);
        if (available.width() < m_window->minimumSizeHint().width())
            QSKIP("The screen is narrower than the window can be: see tst_mainwindow_projector.");
        QVERIFY(available.width() < 1280 || available.height() < 800);
        QVERIFY2(available.contains(m_window->geometry()),
                 qPrintable(u"%1,%2 %3×%4 in %5×%6"_s.arg(m_window->x())
                                .arg(m_window->y())
                                .arg(m_window->width())
                                .arg(m_window->height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    void everyPageFitsASmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("French") << u"fr"_s;
    }

    void everyPageFitsASmallScreen()
    {
        // A 1920×1080 laptop at 200 % is 960×540: every page, in every language, lets the
        // window be that small (taskbar and title bar left out of the height).
        QFETCH(QString, language);
        cleanup();
        QTranslator translation;
        if (language != u"en") {
            QVERIFY(translation.load(u":/i18n/localforge_%1.qm"_s.arg(language)));
            QCoreApplication::installTranslator(&translation);
        }
        const auto back = qScopeGuard([&] { QCoreApplication::removeTranslator(&translation); });
        init();
        QStringList tooBig;
        for (int page = 0; page < m_window->tabs()->count(); ++page) {
            m_window->tabs()->setCurrentIndex(page);
            QCoreApplication::processEvents();
            const QSize min = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
            if (min.width() > 960 || min.height() > 480)
                tooBig << u"%1: %2×%3"_s.arg(m_window->tabs()->tabText(page).remove(u'&'))
                              .arg(min.width())
                              .arg(min.height());
        }
        QVERIFY2(tooBig.isEmpty(), qPrintable(tooBig.join(u", ")));
    }

    void aNarrowSidebarDoesNotScrollSideways()
    {
        // The window at its least width: the server rows elide inside the list, which never
        // grows a horizontal scroll bar that hides the last row.
        // Its least width read again until the layout has settled: a layout request still
        // pending gives another one, on a busy machine.
        const auto narrowest = [this] {
            m_window->resize(m_window->minimumSizeHint().width(), 600);
            QCoreApplication::processEvents();
            return list()->viewport()->width();
        };
        QTRY_VERIFY2(narrowest() < 200, qPrintable(QString::number(list()->viewport()->width())));
        QVERIFY(!list()->horizontalScrollBar()->isVisible());
        QCOMPARE(list()->horizontalScrollBar()->maximum(), 0);
    }

    void theServerInUseIsSaidToAScreenReader()
    {
        const QString active = m_core->providers()->activeServerId();
        int inUse = 0;
        for (int row = 0; row < list()->model()->rowCount(); ++row) {
            const QModelIndex index = list()->model()->index(row, 0);
            const bool said = index.data(Qt::AccessibleTextRole).toString().contains(u"in use");
            QCOMPARE(said, index.data(ServerListModel::IdRole).toString() == active);
            inUse += said;
        }
        QCOMPARE(inUse, 1);
    }

    void aServerUnderAnotherNameIsShownNotAddedTwice()
    {
        // Listed as 127.0.0.1: "localhost" with its port is that server.
        const int rows = list()->model()->rowCount();
        addThroughTheDialog(u"localhost:%1"_s.arg(m_lmstudio->baseUrl().port()));
        QCOMPARE(list()->model()->rowCount(), rows);
        QCOMPARE(list()->currentIndex().data(ServerListModel::IdRole).toString(),
                 m_lmstudio->baseUrl().toString());
        // Shown as a click on it would: in use.
        QCOMPARE(m_core->providers()->activeServerId(), m_lmstudio->baseUrl().toString());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"already in the list"),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void aTokenKeptForThisRunOnlyIsSaid()
    {
        // No keychain answers here: the password kept as the token lasts this run only, which
        // the user must know, as the Servers dialog says it too.
#ifndef Q_OS_LINUX
        QSKIP("Only a Linux session is kept out of the system keychain here.");
#endif
        FakeOllamaServer other;
        QVERIFY(other.listen());
        addThroughTheDialog(u"http://alice:secret@127.0.0.1:%1"_s.arg(other.baseUrl().port()));
        const QString id = other.baseUrl().toString();
        // What the window shows once it heard (later messages may replace it after).
        QString shown;
        connect(m_core->tokens(), &TokenStore::saved, this,
                [&] { shown = m_window->statusBar()->currentMessage(); });
        QTRY_VERIFY(!shown.isEmpty());
        QVERIFY2(shown.contains(u"for this run only"), qPrintable(shown));
        QVERIFY(m_core->tokens()->isForThisRunOnly(id));
    }

    void aTokenTheKeychainCannotGiveIsSaid_data()
    {
        QTest::addColumn<bool>("removeServer");
        QTest::newRow("then entered") << false;
        QTest::newRow("then its server removed") << true;
    }
    void aTokenTheKeychainCannotGiveIsSaid()
    {
        QFETCH(bool, removeServer);
        // None answers here: a server saved with a token then goes without it, which the
        // window says, not only the Servers dialog.
        ServerProfile p;
        p.url = m_ollama->baseUrl();
        p.hasToken = true;
        m_core->saveProfile(p);
        m_core->settings().sync();
        const QString settingsFile = m_core->settings().fileName();
        cleanup();
        Core::Options options;
        options.discovery.candidates = {};
        options.discovery.intervalMs = 0;
        options.settingsFile = settingsFile;
        m_core = std::make_unique<Core>(options); // asks the keychain for the token
        m_window = std::make_unique<MainWindow>(m_core.get());
        m_window->show();
        QSignalSpy failed(m_core->tokens(), &TokenStore::loadFailed);
        if (!failed.wait(10000))
            QSKIP("A system keychain answered; this runs without one.");
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"could not be read"),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // It stays in the status bar after routine messages, until a token is entered or the
        // server is gone.
        auto *problems = m_window->findChild<ProblemsIndicator *>();
        QVERIFY(problems);
        m_window->statusBar()->showMessage(u"Found Ollama at 127.0.0.1:11434"_s, 5000);
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->toolTip().contains(u"could not be read"),
                 qPrintable(problems->toolTip()));
        if (removeServer)
            m_core->removeServer(p.id());
        else
            m_core->tokens()->save(p.id(), u"s3cret"_s);
        QTRY_VERIFY(!problems->isVisible());
    }

    void settingsThatCannotBeSavedAreSaid()
    {
        cleanup();
        QFile notAFolder(m_dir.filePath(u"not-a-folder"_s));
        QVERIFY(notAFolder.open(QIODevice::WriteOnly));
        notAFolder.close();
        Core::Options options;
        options.discovery.candidates = {};
        options.discovery.intervalMs = 0;
        options.settingsFile = m_dir.filePath(u"not-a-folder/LocalForge.conf"_s);
        m_core = std::make_unique<Core>(options);
        // Found at start, before the window listens (a migration writes then): said all the
        // same when the window comes.
        m_core->settings().setValue(SettingKeys::RequestTimeoutSeconds, 90);
        m_core->settings().sync();
        m_window = std::make_unique<MainWindow>(m_core.get());
        m_window->show();
        m_core->start();
        // Kept in the status bar for the run, whatever routine messages come and go.
        auto *problems = m_window->findChild<ProblemsIndicator *>();
        QVERIFY(problems);
        m_window->statusBar()->showMessage(u"Found Ollama at 127.0.0.1:11434"_s, 5000);
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(u"cannot be saved"), qPrintable(problems->text()));
        QVERIFY(problems->toolTip().contains(u"cannot be saved"));
        QCOMPARE(problems->problems().size(), 1);
        // A second one: both are kept, counted.
        m_window->setProblem(u"conversations"_s, u"2 saved conversations could not be read."_s);
        QVERIFY2(problems->text().startsWith(u"2 problem"), qPrintable(problems->text()));
        QVERIFY(problems->toolTip().contains(u"conversations could not be read"));
        m_window->setProblem(u"conversations"_s, QString());
        QCOMPARE(problems->problems().size(), 1);
    }

    void aBenchmarkToCompareWithThatCannotBeReadIsSaid()
    {
        // --compare, also from a later launch: a file that cannot be read is said where a user
        // who opened it from a file manager sees it, not only on a terminal.
        m_window->compareWith(m_dir.filePath(u"no-such-benchmark.json"_s));
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::Page::Benchmark));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Could not read"),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(m_window->benchmarkPage()->notice().contains(u"no-such-benchmark.json"));
    }

    void clickChatSwitchChat()
    {
        clickServer(0);
        QTRY_COMPARE(m_core->providers()->activeServerId(), m_ollama->baseUrl().toString());
        QTRY_VERIFY(models()->count() == 2);
        QCOMPARE(models()->currentData().toString(), QStringLiteral("deepseek-r1:latest"));
        models()->setCurrentIndex(models()->findData(QStringLiteral("llama3.2:latest")));
        typeAndSend(QStringLiteral("Why is the sky blue?"));
        QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(u"Rayleigh scattering."), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(u"tok/s (server)"), 5000);
        QVERIFY(transcript().contains(u"TTFT"));
        QVERIFY(transcript().contains(u"2 tokens"));
        QVERIFY(transcript().contains(
            QStringLiteral("llama3.2:latest  Ollama · 127.0.0.1:%1").arg(m_ollama->port())));
        // The answer loaded the model: Ollama's list does not say so, what it holds does.
        QTRY_VERIFY_WITH_TIMEOUT(models()->currentText().contains(u"(loaded)"), 5000);
        QVERIFY(models()->findData(u"deepseek-r1:latest"_s) >= 0);
        QVERIFY(
            !models()->itemText(models()->findData(u"deepseek-r1:latest"_s)).contains(u"(loaded)"));
        QVERIFY(input()->toPlainText().isEmpty());

        // One click on the other server: the next message goes there, the first answer stays.
        clickServer(1);
        QTRY_COMPARE(m_core->providers()->activeServerId(), m_lmstudio->baseUrl().toString());
        QCOMPARE(switcher()->currentText(), list()->model()->index(1, 0).data().toString());
        QTRY_VERIFY(models()->count() == 2); // the embedding model is not offered for chat
        QCOMPARE(models()->currentData().toString(), QStringLiteral("google/gemma-4-26b-a4b"));
        QVERIFY(models()->currentText().contains(u"(loaded)"));
        // The picker grows to show the mark: a whole name, not "google/gemma-4-26b-a4b  (lo".
        m_window->resize(1280, 800); // room in the header for the name and its mark
        const auto room = [this] {
            QStyleOptionComboBox option;
            option.initFrom(models());
            option.editable = false;
            return models()
                ->style()
                ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField,
                                 models())
                .width();
        };
        const int text = models()->fontMetrics().horizontalAdvance(models()->currentText());
        QTRY_VERIFY2(room() >= text, qPrintable(u"%1 px for %2"_s.arg(room()).arg(text)));
        // Narrower than its text (a small window, French), it shortens the name in the middle
        // and keeps the mark: never "deepseek-r1:latest  (char".
        auto *picker = qobject_cast<ElidingComboBox *>(models());
        QVERIFY(picker);
        QCOMPARE(picker->shownText(), picker->currentText());
        ElidingComboBox narrow;
        narrow.addItem(picker->currentText());
        narrow.setFixedWidth(140);
        narrow.show();
        QVERIFY2(narrow.shownText().contains(u'…') && narrow.shownText().endsWith(u"(loaded)") &&
                     narrow.shownText().startsWith(u"Ge"),
                 qPrintable(narrow.shownText()));
        QVERIFY(narrow.fontMetrics().horizontalAdvance(narrow.shownText()) <= 140);
        typeAndSend(QStringLiteral("And you?"));
        QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(u"Hello from LM Studio."), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(transcript().count(u"TTFT") == 2, 5000);
        QVERIFY(
            transcript().contains(QStringLiteral("google/gemma-4-26b-a4b  LM Studio · 127.0.0.1:%1")
                                      .arg(m_lmstudio->port())));
        QVERIFY(transcript().contains(u"Rayleigh scattering."));
        QVERIFY(transcript().contains(u"tok/s (measured)")); // LM Studio streams no rate of its own
        QCOMPARE(m_core->chat()->messages().size(), 4);
    }

    void aServerThatCannotBeUsedDoesNotStayChosen()
    {
        // A click on a server that stopped: why is said, and the list shows again the server
        // the next message goes to, not the one clicked.
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        startWithOnly({{ollama.baseUrl(), ServerKind::Ollama}});
        m_core->addServer(QUrl(QStringLiteral("http://127.0.0.1:1"))); // nothing listens there
        QTRY_COMPARE_WITH_TIMEOUT(list()->model()->rowCount(), 2, 5000);
        // The server where nothing answers is the row that says so.
        const auto says = [this](int row) {
            return list()
                ->model()
                ->index(row, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"Nothing answers");
        };
        QTRY_VERIFY_WITH_TIMEOUT(says(0) != says(1), 5000);
        const int down = says(0) ? 0 : 1;
        const int up = 1 - down;
        clickServer(up);
        QTRY_COMPARE(m_core->providers()->activeServerId(), ollama.baseUrl().toString());
        clickServer(down);
        QCOMPARE(m_core->providers()->activeServerId(), ollama.baseUrl().toString());
        QCOMPARE(list()->currentIndex().row(), up);
        QCOMPARE(switcher()->currentText(), list()->model()->index(up, 0).data().toString());
    }

    void aLongMessageStopsBeforeTheServerCount()
    {
        // Cut with "…" where the count begins, not under it; whole in the tooltip.
        auto *bar = qobject_cast<ElidingStatusBar *>(m_window->statusBar());
        QVERIFY(bar);
        auto *count = m_window->findChild<QLabel *>(u"serverCount"_s);
        QVERIFY(count);
        QTRY_VERIFY(count->isVisible());
        const QString longMessage =
            u"Nothing answers on 127.0.0.1:32999. Start the server (for Ollama: ollama serve; "
            "for LM Studio: Developer, Start server), or check the address and port. "_s.repeated(
                3);
        bar->showMessage(longMessage, 10000);
        QCOMPARE(bar->currentMessage(), longMessage);
        const QString shown = bar->shownMessage();
        QVERIFY2(shown.endsWith(u"…"), qPrintable(shown));
        // Left of every widget kept on the right (the problems, the count).
        int kept = bar->width();
        for (QWidget *w : bar->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (w->isVisible())
                kept = std::min(kept, w->geometry().left());
        }
        QVERIFY(kept <= count->geometry().left());
        QVERIFY2(15 + bar->fontMetrics().horizontalAdvance(shown) <= kept,
                 qPrintable(u"%1 px of text, the first kept widget at %2"_s
                                .arg(bar->fontMetrics().horizontalAdvance(shown))
                                .arg(kept)));
        QCOMPARE(bar->toolTip(), longMessage);
        bar->showMessage(u"Found Ollama"_s, 10000);
        QCOMPARE(bar->shownMessage(), u"Found Ollama"_s);
        QVERIFY(bar->toolTip().isEmpty());
        bar->clearMessage();
    }

    void switcherAndShortcut()
    {
        QComboBox *switcher = this->switcher();
        QTRY_COMPARE(switcher->count(), 2);
        QCOMPARE(switcher->accessibleName(), QStringLiteral("Active server"));
        // The first server found became active by itself.
        QCOMPARE(m_core->providers()->activeServerId(), m_ollama->baseUrl().toString());
        QCOMPARE(switcher->currentIndex(), 0);
        // Choosing in the switcher is the same one action.
        switcher->activated(1);
        QCOMPARE(m_core->providers()->activeServerId(), m_lmstudio->baseUrl().toString());
        QTRY_COMPARE(list()->currentIndex().row(), 1);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        // Ctrl+K opens the switcher's list, ready for the arrow keys.
        QTRY_VERIFY(switcher->view()->isVisible());
        switcher->hidePopup();
    }

    void menusHoldWhatADesktopAppHas()
    {
        QMenuBar *bar = m_window->menuBar();
        QStringList titles;
        for (QAction *a : bar->actions())
            titles << a->text();
        QCOMPARE(titles, (QStringList{u"&File"_s, u"&View"_s, u"&Workshop"_s, u"&Help"_s}));
        // The roles put these where macOS users look for them, in the application menu.
        auto *prefs = m_window->findChild<QAction *>(u"preferencesAction"_s);
        auto *quit = m_window->findChild<QAction *>(u"quitAction"_s);
        auto *about = m_window->findChild<QAction *>(u"aboutAction"_s);
        auto *aboutQt = m_window->findChild<QAction *>(u"aboutQtAction"_s);
        QVERIFY(prefs && quit && about && aboutQt);
        QCOMPARE(prefs->menuRole(), QAction::PreferencesRole);
        QCOMPARE(quit->menuRole(), QAction::QuitRole);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        QCOMPARE(about->menuRole(), QAction::AboutRole);
        QCOMPARE(aboutQt->menuRole(), QAction::AboutQtRole);
        QMenu *file = bar->actions().constFirst()->menu();
        QVERIFY(file->actions().contains(prefs));
        QVERIFY(file->actions().contains(m_window->findChild<QAction *>(u"addServerAction"_s)));

        // About: the version and the Qt it runs on, without blocking the window.
        about->trigger();
        auto *box = m_window->findChild<QMessageBox *>(u"aboutBox"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(u"9.8.7"), qPrintable(box->text()));
        QVERIFY(box->informativeText().contains(QString::fromLatin1(qVersion())));
        box->close();

        // Quit closes the window (the application ends with its last window).
        quit->trigger();
        QTRY_VERIFY(!m_window->isVisible());
    }

    void stopMidStreamKeepsPartialText()
    {
        m_ollama->setAnswer(QStringList(60, QStringLiteral(" word")));
        m_ollama->setTokenIntervalMs(25);
        QTRY_VERIFY(models()->count() == 2);
        typeAndSend(QStringLiteral("Talk"));
        auto *stop = m_window->findChild<QPushButton *>(QStringLiteral("stopButton"));
        QTRY_VERIFY(stop->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(u" word word word"), 5000);
        QTest::keyClick(input(), Qt::Key_Escape);
        QTRY_VERIFY(!m_core->chat()->isStreaming());
        QVERIFY(!stop->isEnabled());
        const ChatMessage answer = m_core->chat()->messages().last();
        QCOMPARE(answer.state, ChatMessage::State::Stopped);
        QVERIFY(answer.content.size() < 60 * 5);
        QTRY_VERIFY(transcript().contains(u"Stopped"));
        QVERIFY(transcript().contains(answer.content.trimmed()));
    }

    void serverDiesMidStream()
    {
        m_ollama->setAnswer(QStringList(60, QStringLiteral(" word")));
        m_ollama->setTokenIntervalMs(25);
        QTRY_VERIFY(models()->count() == 2);
        typeAndSend(QStringLiteral("Talk"));
        QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(u" word word"), 5000);
        m_ollama.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!m_core->chat()->isStreaming(), 5000);
        const ChatMessage answer = m_core->chat()->messages().last();
        QCOMPARE(answer.state, ChatMessage::State::Interrupted);
        QTRY_VERIFY(transcript().contains(u"Interrupted: The connection to 127.0.0.1"));
        QVERIFY(transcript().contains(u"What was written so far is kept"));
        QVERIFY(transcript().contains(answer.content.trimmed()));
        // Discovery notices the server is gone.
        QTRY_VERIFY_WITH_TIMEOUT(list()
                                     ->model()
                                     ->index(0, 0)
                                     .data(Qt::ToolTipRole)
                                     .toString()
                                     .contains(u"Nothing answers"),
                                 5000);
    }

    void hiddenTabsAreBuiltWhenTheKeyboardOpensThem()
    {
        QTRY_VERIFY(m_window->tabs()->isVisible());
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("modelsPage")));
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("monitorPage")));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::AltModifier); // Mo&nitor
        QTRY_COMPARE(m_window->tabs()->currentIndex(), 2);
        auto *monitor = m_window->findChild<QWidget *>(QStringLiteral("monitorPage"));
        QVERIFY(monitor);
        QVERIFY(monitor->isVisible());
        QCOMPARE(m_window->tabs()->tabText(1), QStringLiteral("&Models"));
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("modelsPage")));
    }

    void discoveryWaitsForTheFirstFrame()
    {
        // As main() does: the window shows, then discovery starts once it is painted.
        m_window.reset();
        m_core.reset();
        Core::Options options;
        options.discovery.candidates = {{m_ollama->baseUrl(), ServerKind::Ollama}};
        options.discovery.intervalMs = 0;
        options.settingsFile = m_dir.filePath(QStringLiteral("first-frame.ini"));
        m_core = std::make_unique<Core>(options);
        m_window = std::make_unique<MainWindow>(m_core.get());
        bool started = false;
        afterFirstFrame(m_window.get(), [this, &started] {
            started = true;
            m_core->start();
        });
        QTest::qWait(100);
        QVERIFY(!started); // not shown, not painted
        m_window->show();
        QTRY_VERIFY(started);
        QTRY_COMPARE_WITH_TIMEOUT(list()->model()->rowCount(), 1, 5000);

        // A window that is never painted gets its work done all the same, a second later.
        QWidget hidden;
        bool ran = false;
        QElapsedTimer clock;
        clock.start();
        afterFirstFrame(&hidden, [&ran] { ran = true; });
        QTRY_VERIFY_WITH_TIMEOUT(ran, 3000);
        QVERIFY(clock.elapsed() >= 900);
    }

    void emptyStateWhenNothingRuns()
    {
        startWithOnly({{QUrl(QStringLiteral("http://127.0.0.1:1")), ServerKind::Ollama}});
        auto *pages = m_window->findChild<QStackedWidget *>();
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyStatePage"));
        auto *help = m_window->findChild<QLabel *>(QStringLiteral("emptyStateHelp"));
        QVERIFY(help->text().contains(u"ollama serve"));
        QVERIFY(help->text().contains(u"docker run"));
        QVERIFY(help->text().contains(u"lms server start"));
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("scanStatus"));
        QTRY_COMPARE(status->text(),
                     QStringLiteral("Nothing answered. Start a server, or add one by address."));
        auto *title = m_window->findChild<QLabel *>(QStringLiteral("emptyStateTitle"));
        QCOMPARE(title->text(), u"No LLM server found"_s);
        QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("emptyAddServerButton")));
        QVERIFY(
            m_window->findChild<QPushButton *>(QStringLiteral("emptyServersButton"))->isHidden());
        // Scan again says it is looking until the round ends.
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("emptyRescanButton")),
                          Qt::LeftButton);
        QCOMPARE(status->text(), QStringLiteral("Looking for servers…"));
        // While it looks, the title does not say that nothing was found.
        QCOMPARE(title->text(), u"Looking for LLM servers…"_s);
        QTRY_COMPARE(status->text(),
                     QStringLiteral("Nothing answered. Start a server, or add one by address."));
    }

    void emptyStateNamesTheServersTheUserAddedAndOpensTheMonitor()
    {
        // Nothing runs, and a server the user added does not answer: the page says so by its
        // address, "Servers…" opens on it, and the Monitor can be opened meanwhile.
        startWithOnly({{QUrl(QStringLiteral("http://127.0.0.1:1")), ServerKind::Ollama}});
        const QString added = m_core->addServer(QUrl(QStringLiteral("http://127.0.0.1:2")));
        auto *pages = m_window->findChild<QStackedWidget *>();
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyStatePage"));
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("scanStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Servers you added:"), 5000);
        QVERIFY2(status->text().contains(u"\n• ") && status->text().contains(u"127.0.0.1:2"),
                 qPrintable(status->text()));
        QVERIFY(status->text().startsWith(u"Nothing answered."));
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("emptyStateTitle"))->text(),
                 u"No LLM server found"_s);
        auto *servers = m_window->findChild<QPushButton *>(QStringLiteral("emptyServersButton"));
        QVERIFY(!servers->isHidden());

        auto *monitor = m_window->findChild<QPushButton *>(QStringLiteral("emptyMonitorButton"));
        QVERIFY(monitor);
        QTest::mouseClick(monitor, Qt::LeftButton);
        QCOMPARE(pages->currentWidget(), m_window->tabs());
        QCOMPARE(m_window->tabs()->currentIndex(), 2);
        QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("monitorPage")));
        QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("monitorPage"))->isVisible());
        // The next round, with still nothing running, does not take the pages away.
        QSignalSpy rounds(m_core->discovery(), &Discovery::roundFinished);
        m_core->discovery()->rescan();
        QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty(), 5000);
        QCOMPARE(pages->currentWidget(), m_window->tabs());
        QVERIFY(!added.isEmpty());
    }

    void emptyStateSaysWhyAServerThatAnsweredCannotBeUsed()
    {
        // Only an LM Studio that wants a token: it answered, so "nothing answered" would be
        // wrong; the page says what it needs and offers the Servers dialog to set it.
        FakeLmStudioServer locked;
        locked.setRequireToken("sk-lm-secret");
        QVERIFY(locked.listen());
        startWithOnly({{locked.baseUrl(), ServerKind::LmStudio}});
        auto *pages = m_window->findChild<QStackedWidget *>();
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyStatePage"));
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("scanStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"token"), 5000);
        QVERIFY2(status->text().contains(Format::hostPort(locked.baseUrl())),
                 qPrintable(status->text()));
        QVERIFY(!status->text().contains(u"Nothing answered"));
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("emptyStateTitle"))->text(),
                 u"A server answered but cannot be used yet"_s);
        QVERIFY(
            !m_window->findChild<QPushButton *>(QStringLiteral("emptyServersButton"))->isHidden());
    }

    void phoenixGatewayShowsItsProvidersAndSwitchesInOneClick()
    {
        FakePhoenixGateway gateway;
        QVERIFY(gateway.listen());
        gateway.setProviderHealth(QStringLiteral("lmstudio"), false,
                                  QStringLiteral("connect ECONNREFUSED"));
        Core::Options options;
        options.discovery.candidates = {};
        options.discovery.intervalMs = 300;
        options.phoenixUrl = gateway.baseUrl();
        options.settingsFile = m_dir.filePath(QStringLiteral("gateway.ini"));
        Core core(options);
        MainWindow window(&core);
        window.show();
        core.start();
        auto *panel = window.findChild<QWidget *>(QStringLiteral("gatewayPanel"));
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 5000);
        auto *list = window.findChild<QListWidget *>(QStringLiteral("gatewayProviders"));
        QTRY_COMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(u"ollama"));
        QVERIFY(list->item(0)->text().contains(u"✓")); // the active one
        QVERIFY(list->item(1)->toolTip().contains(u"ECONNREFUSED"));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(1)).center());
        QTRY_COMPARE_WITH_TIMEOUT(gateway.activeProvider(), QStringLiteral("lmstudio"), 5000);
        bool sawSwitch = false;
        for (const RecordedRequest &r : gateway.requests()) {
            if (r.path == "/api/provider/switch") {
                sawSwitch = true;
                QCOMPARE(r.method, QByteArray("POST"));
                QCOMPARE(r.body, QByteArray(R"({"provider":"lmstudio"})"));
            }
        }
        QVERIFY(sawSwitch);
        QTRY_VERIFY_WITH_TIMEOUT(list->item(1)->text().contains(u"✓"), 5000);
        // The gateway stops: the panel goes away.
        gateway.close();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isVisible(), 5000);
    }

    // Keyboard users can switch too (Enter on the current provider), and the refresh every few
    // seconds leaves the current provider where it is.
    void phoenixGatewaySwitchesFromTheKeyboard()
    {
        FakePhoenixGateway gateway;
        QVERIFY(gateway.listen());
        Core::Options options;
        options.discovery.candidates = {};
        options.discovery.intervalMs = 300;
        options.phoenixUrl = gateway.baseUrl();
        options.settingsFile = m_dir.filePath(QStringLiteral("gateway-keyboard.ini"));
        Core core(options);
        MainWindow window(&core);
        window.show();
        core.start();
        auto *list = window.findChild<QListWidget *>(QStringLiteral("gatewayProviders"));
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 2, 5000);
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(gateway.activeProvider(), QStringLiteral("lmstudio"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(list->item(1)->text().contains(u"✓"), 5000);
        QCOMPARE(list->item(1)->data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("lmstudio, healthy, in use"));

        // Two more refreshes rebuild the list; the current provider stays current.
        QSignalSpy refreshed(core.gateway(), &PhoenixGateway::healthChanged);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 2, 5000);
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("lmstudio"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
