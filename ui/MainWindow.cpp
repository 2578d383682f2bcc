#include "MainWindow.h"

#include "AddServerDialog.h"
#include "BenchmarkPage.h"
#include "ChatPage.h"
#include "Core.h"
#include "Diagnostics.h"
#include "ElidingStatusBar.h"
#include "EmptyStatePage.h"
#include "Format.h"
#include "GatewayPanel.h"
#include "LazyPage.h"
#include "ModelsPage.h"
#include "MonitorPage.h"
#include "PreferencesDialog.h"
#include "PresenterView.h"
#include "ProblemsIndicator.h"
#include "ServerDelegate.h"
#include "ServerListModel.h"
#include "ServersDialog.h"
#include "WorkshopDialog.h"
#include "chat/ChatSession.h"
#include "chat/ConversationLibrary.h"
#include "models/DownloadQueue.h"
#include "providers/ProviderRegistry.h"
#include "settings/Settings.h"
#include "settings/TokenStore.h"

#include <algorithm>
#include <memory>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Core *core, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_servers(new ServerListModel(core->discovery(), core->providers(), this))
    , m_usable(new QSortFilterProxyModel(this))
{
    setWindowTitle(QStringLiteral("LocalForge"));
    setObjectName(QStringLiteral("mainWindow"));
    m_usable->setSourceModel(m_servers);
    m_usable->setFilterRole(ServerListModel::UsableRole);
    m_usable->setFilterFixedString(QStringLiteral("true"));
    m_usable->setDynamicSortFilter(true);

    buildToolbar();
    m_serverCount = new QLabel;
    m_serverCount->setObjectName(QStringLiteral("serverCount"));
    m_problems = new ProblemsIndicator;
    setStatusBar(new ElidingStatusBar); // long messages stop before the count, cut with "…"
    statusBar()->addPermanentWidget(m_problems);
    statusBar()->addPermanentWidget(m_serverCount);
    m_pages = new QStackedWidget;
    m_emptyPage = new EmptyStatePage;
    m_pages->addWidget(m_emptyPage);

    auto *splitter = new QSplitter;
    QWidget *sidebar = buildSidebar();
    sidebar->setMinimumWidth(200); // server names and addresses stay readable
    splitter->addWidget(sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({260, 1000});
    setCentralWidget(splitter);

    connect(m_emptyPage, &EmptyStatePage::addServerRequested, this, &MainWindow::addServer);
    // A scan the user asks for says so until it ends (background rounds do not).
    connect(m_emptyPage, &EmptyStatePage::rescanRequested, this, &MainWindow::rescanNow);
    connect(m_emptyPage, &EmptyStatePage::serversRequested, this,
            [this] { editServer(m_answeredId); });
    // The pages stay once asked for: the Monitor and past benchmarks need no server.
    connect(m_emptyPage, &EmptyStatePage::monitorRequested, this, [this] {
        m_pagesAsked = true;
        showPage(Page::Monitor);
        updatePage();
    });
    connect(core->discovery(), &Discovery::roundFinished, this, [this] {
        m_rescanning = false;
        updatePage();
    });
    connect(core->discovery(), &Discovery::serverWentUp, this, [this](const ServerInfo &info) {
        statusBar()->showMessage(
            tr("Found %1 at %2").arg(Format::serverTitle(info), Format::hostPort(info.url)), 5000);
    });
    connect(core->discovery(), &Discovery::serverWentDown, this, [this](const ServerInfo &info) {
        statusBar()->showMessage(
            info.status == ServerStatus::Down
                ? tr("%1 at %2 stopped answering")
                      .arg(serverKindName(info.kind), Format::hostPort(info.url))
                : Format::statusSentence(info),
            8000);
    });
    // A token the keychain cannot give: requests to that server go without it until it is
    // entered again, which the user is told until then.
    connect(core->tokens(), &TokenStore::loadFailed, this,
            [this](const QString &id, const QString &message) {
                statusBar()->showMessage(message, 30000);
                setProblem(QStringLiteral("token:") + id, message);
            });
    connect(core->tokens(), &TokenStore::tokenChanged, this,
            [this](const QString &id) { setProblem(QStringLiteral("token:") + id, QString()); });
    // Settings that cannot be saved stay so for the run.
    connect(&core->settings(), &Settings::writeFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 60000);
        setProblem(QStringLiteral("settings"), message);
    });
    if (const QString why = core->settings().writeError(); !why.isEmpty())
        setProblem(QStringLiteral("settings"), why); // a write at start, before this window

    connect(m_servers, &QAbstractItemModel::dataChanged, this, &MainWindow::updatePage);
    connect(m_servers, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePage);
    connect(m_servers, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePage);
    connect(core->providers(), &ProviderRegistry::activeServerChanged, this,
            &MainWindow::onActiveServerChanged);
    connect(core->chat(), &ChatSession::messageAdded, this, &MainWindow::updatePage);
    connect(core->chat(), &ChatSession::restored, this, &MainWindow::updatePage);
    auto showNames = [this] {
        QHash<QString, QString> names;
        for (const ServerProfile &p : m_core->profiles()) {
            if (!p.name.isEmpty())
                names.insert(p.id(), p.name);
        }
        m_servers->setNames(names);
    };
    connect(core, &Core::profilesChanged, this, showNames);
    showNames();

    connect(core->downloads(), &DownloadQueue::itemFinished, this, &MainWindow::onDownloadFinished);

    const QByteArray geometry = core->settings().value(SettingKeys::WindowGeometry);
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        if (const QScreen *screen = this->screen()) // the primary one until it is shown
            setGeometry(firstGeometry(screen->availableGeometry()));
        else
            resize(1280, 800);
    }
    buildMenus();
    updatePage();
}

void MainWindow::setProblem(const QString &key, const QString &message)
{
    m_problems->setProblem(key, message);
}

void MainWindow::compareWith(const QString &file)
{
    m_pagesAsked = true; // benchmarks saved before are compared with no server running
    showPage(Page::Benchmark);
    updatePage();
    if (const ApiError error = benchmarkPage()->importFrom(file); error.isError()) {
        benchmarkPage()->setNotice(error.message);
        statusBar()->showMessage(error.message, 20000);
    }
}

QRect MainWindow::firstGeometry(const QRect &available)
{
    // Room for a title bar above and a frame around, which the window system adds.
    constexpr int TitleBar = 40;
    constexpr int Frame = 8;
    const QSize size(std::clamp(available.width() - 2 * Frame, 640, 1280),
                     std::clamp(available.height() - TitleBar - Frame, 480, 800));
    const int x = available.x() + std::max(Frame, (available.width() - size.width()) / 2);
    const int y =
        available.y() + std::max(TitleBar, (available.height() - size.height() + TitleBar) / 2);
    return QRect(QPoint(x, y), size);
}

void MainWindow::buildTabs()
{
    if (m_tabs)
        return;
    m_chatPage = new ChatPage(m_core);
    // The other pages read what the core keeps (models, downloads, every sample since start),
    // so building them when their tab first shows loses nothing.
    Core *core = m_core;
    m_modelsPage = new LazyPage([core] { return new ModelsPage(core); });
    m_monitorPage = new LazyPage([core] { return new MonitorPage(core); });
    m_benchmarkPage = new LazyPage([core] { return new BenchmarkPage(core); });
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("pageTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_chatPage, tr("&Chat"));
    m_tabs->addTab(m_modelsPage, tr("&Models"));
    m_tabs->addTab(m_monitorPage, tr("Mo&nitor"));
    m_tabs->addTab(m_benchmarkPage, tr("&Benchmark"));
    m_pages->addWidget(m_tabs);
}

ChatPage *MainWindow::chatPage()
{
    buildTabs();
    return m_chatPage;
}

QTabWidget *MainWindow::tabs()
{
    buildTabs();
    return m_tabs;
}

BenchmarkPage *MainWindow::benchmarkPage()
{
    buildTabs();
    return static_cast<BenchmarkPage *>(m_benchmarkPage->page());
}

void MainWindow::showPage(Page page)
{
    buildTabs();
    if (page == Page::Chat) {
        m_tabs->setCurrentWidget(m_chatPage);
        return;
    }
    LazyPage *lazy = page == Page::Models    ? m_modelsPage
                     : page == Page::Monitor ? m_monitorPage
                                             : m_benchmarkPage;
    lazy->page(); // built even while the tabs wait behind the first-start page
    m_tabs->setCurrentWidget(lazy);
}

void MainWindow::buildToolbar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setMovable(false);
    auto *label = new QLabel(tr("Server:") + u' ');
    m_switcher = new QComboBox;
    m_switcher->setObjectName(QStringLiteral("providerSwitcher"));
    m_switcher->setAccessibleName(tr("Active server"));
    m_switcher->setToolTip(tr("Switch the server that answers (Ctrl+K)"));
    m_switcher->setModel(m_usable);
    m_switcher->setMinimumContentsLength(28);
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_switcher->setPlaceholderText(tr("No server running"));
    label->setBuddy(m_switcher);
    bar->addWidget(label);
    bar->addWidget(m_switcher);
    connect(m_switcher, &QComboBox::activated, this, [this](int row) {
        m_core->providers()->setActiveServer(
            m_usable->index(row, 0).data(ServerListModel::IdRole).toString());
        chatPage()->focusInput();
    });
    connect(m_usable, &QAbstractItemModel::rowsInserted, this, &MainWindow::syncSwitcher);
    connect(m_usable, &QAbstractItemModel::rowsRemoved, this, &MainWindow::syncSwitcher);
    connect(m_usable, &QAbstractItemModel::modelReset, this, &MainWindow::syncSwitcher);

    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(shortcut, &QShortcut::activated, this, &MainWindow::openSwitcher);

    bar->addSeparator();
    QAction *add = bar->addAction(tr("Add server…"), this, &MainWindow::addServer);
    add->setObjectName(QStringLiteral("addServerAction"));
    add->setToolTip(tr("Add a server by address: a GPU box, a Docker host, another port"));
    QAction *servers = bar->addAction(tr("Servers…"), this, [this] { editServer({}); });
    servers->setObjectName(QStringLiteral("serversAction"));
    servers->setToolTip(tr("Every server's address, name, kind, defaults and API token; import "
                           "and export settings or a Phoenix gateway's phoenix.json"));
    QAction *rescan = bar->addAction(tr("Scan again"), this, &MainWindow::rescanNow);
    rescan->setObjectName(QStringLiteral("rescanAction"));
    rescan->setShortcut(QKeySequence::Refresh);
    rescan->setToolTip(tr("Look for servers again now (F5)"));
    QAction *diagnostics = bar->addAction(tr("Diagnostics…"), this, &MainWindow::showDiagnostics);
    diagnostics->setObjectName(QStringLiteral("diagnosticsAction"));
    diagnostics->setToolTip(tr("Versions, servers, models, memory and the last errors, as text "
                               "to copy (tokens are left out)"));
    QAction *prefs = bar->addAction(tr("Preferences…"), this, [this] {
        PreferencesDialog dialog(m_core, this);
        dialog.exec();
    });
    prefs->setObjectName(QStringLiteral("preferencesAction"));
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setToolTip(tr("Request timeout and language"));
}

QWidget *MainWindow::buildSidebar()
{
    auto *panel = new QWidget;
    panel->setObjectName(QStringLiteral("sidebar"));
    auto *title = new QLabel(tr("Servers"));
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    m_serverList = new QListView;
    m_serverList->setObjectName(QStringLiteral("serverList"));
    m_serverList->setAccessibleName(tr("Servers"));
    m_serverList->setModel(m_servers);
    m_serverList->setItemDelegate(new ServerDelegate(m_serverList));
    m_serverList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_serverList->setUniformItemSizes(true);
    m_serverList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows elide
    connect(m_serverList, &QListView::clicked, this, &MainWindow::onServerClicked);
    m_serverList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_serverList, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_serverList->indexAt(pos);
        if (!index.isValid())
            return;
        const QString id = m_servers->serverAt(index.row()).id();
        QMenu menu(this);
        menu.addAction(tr("Edit…"), this, [this, id] { editServer(id); });
        menu.exec(m_serverList->viewport()->mapToGlobal(pos));
    });
    connect(m_serverList, &QListView::activated, this, &MainWindow::onServerClicked);
    auto *add = new QPushButton(tr("Add server…"));
    add->setObjectName(QStringLiteral("sidebarAddServerButton"));
    add->setToolTip(tr("Add a server by address: a GPU box, a Docker host, another port"));
    connect(add, &QPushButton::clicked, this, &MainWindow::addServer);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(title);
    layout->addWidget(m_serverList, 1);
    if (m_core->gateway())
        layout->addWidget(new GatewayPanel(m_core->gateway()));
    layout->addWidget(add);
    return panel;
}

void MainWindow::onServerClicked(const QModelIndex &index)
{
    const ServerInfo info = m_servers->serverAt(index.row());
    if (m_core->providers()->setActiveServer(info.id())) {
        chatPage()->focusInput();
        return;
    }
    // Not usable: say why, where the user looks.
    const QString why = Format::statusSentence(info);
    chatPage()->showNotice(why);
    statusBar()->showMessage(why, 10000);
    // The list shows again the server the next message goes to, not the one clicked.
    onActiveServerChanged();
    if (m_servers->rowOf(m_core->providers()->activeServerId()) < 0)
        m_serverList->clearSelection();
}

void MainWindow::syncSwitcher()
{
    const QString active = m_core->providers()->activeServerId();
    const int sourceRow = m_servers->rowOf(active);
    const QModelIndex proxy = m_usable->mapFromSource(m_servers->index(sourceRow, 0));
    QSignalBlocker block(m_switcher);
    m_switcher->setCurrentIndex(proxy.isValid() ? proxy.row() : -1);
}

void MainWindow::onActiveServerChanged()
{
    syncSwitcher();
    // The list follows the active server only when it changes, so keyboard users keep their
    // place while rows update.
    const int row = m_servers->rowOf(m_core->providers()->activeServerId());
    if (row >= 0)
        m_serverList->setCurrentIndex(m_servers->index(row, 0));
}

void MainWindow::openSwitcher()
{
    m_switcher->setFocus(Qt::ShortcutFocusReason);
    m_switcher->showPopup();
}

void MainWindow::updatePage()
{
    const bool haveServer = m_servers->usableCount() > 0;
    const bool haveChat =
        !m_core->chat()->messages().isEmpty() || !m_core->conversations()->summaries().isEmpty();
    // Servers that answered but cannot be used say why, instead of "nothing answered".
    // So do the servers the user named that do not answer.
    QStringList answered;
    QStringList added;
    m_answeredId.clear();
    QString firstAdded;
    for (int row = 0; row < m_servers->rowCount(); ++row) {
        const ServerInfo shown = m_servers->serverAt(row); // as the registry uses it
        if (shown.status == ServerStatus::Down && (shown.userAdded || shown.fromEnvironment)) {
            added.append(Format::statusSentence(shown));
            if (firstAdded.isEmpty())
                firstAdded = shown.id();
        }
        if (shown.status != ServerStatus::NeedsToken && shown.status != ServerStatus::Foreign)
            continue;
        answered.append(Format::statusSentence(shown));
        if (m_answeredId.isEmpty())
            m_answeredId = shown.id();
    }
    if (m_answeredId.isEmpty())
        m_answeredId = firstAdded; // "Servers…" opens on it: its address or kind may be wrong
    m_emptyPage->setScanning(!m_core->discovery()->firstRoundDone() || m_rescanning, answered,
                             added);
    m_pages->setCurrentWidget(
        haveServer || haveChat || m_pagesAsked ? static_cast<QWidget *>(tabs()) : m_emptyPage);
    const int count = m_servers->usableCount();
    m_serverCount->setText(count == 0 ? tr("No server running")
                                      : tr("%n server(s) running", nullptr, count));
    syncSwitcher();
}

void MainWindow::showDiagnostics()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("diagnosticsDialog"));
    dialog.setWindowTitle(tr("Diagnostics"));
    auto *text = new QPlainTextEdit(Diagnostics::report(*m_core));
    text->setObjectName(QStringLiteral("diagnosticsText"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, &dialog, [text, copy] {
        QGuiApplication::clipboard()->setText(text->toPlainText());
        copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(760, 520);
    dialog.exec();
}

void MainWindow::rescanNow()
{
    m_rescanning = true;
    updatePage();
    m_core->discovery()->rescan();
}

void MainWindow::editServer(const QString &id)
{
    ServersDialog dialog(m_core, this);
    if (!id.isEmpty())
        dialog.select(id);
    dialog.exec();
}

void MainWindow::addServer()
{
    QStringList known;
    for (const ServerInfo &s : m_core->discovery()->servers())
        known.append(s.id());
    AddServerDialog dialog(known, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString existing = dialog.existing();
    if (const int row = m_servers->rowOf(existing); !existing.isEmpty() && row >= 0) {
        // The same server under another name ("localhost" for "127.0.0.1"): shown, and used
        // as a click on it would, not added. (Gone from the list meanwhile: added again.)
        const QModelIndex index = m_servers->index(row, 0);
        m_serverList->setCurrentIndex(index);
        onServerClicked(index);
        statusBar()->showMessage(
            tr("%1 is already in the list.").arg(Format::hostPort(QUrl(existing))), 5000);
        return;
    }
    const QString id = m_core->addServer(dialog.url());
    if (const QString token = dialog.token(); !token.isEmpty()) { // the address's password
        if (auto p = m_core->profile(id)) {
            p->hasToken = true;
            m_core->saveProfile(*p);
        }
        // No keychain answering: the token lasts this run only, which the user is told.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(
            m_core->tokens(), &TokenStore::saved, this,
            [this, id, once](const QString &saved, bool inKeychain, const QString &message) {
                if (saved != id)
                    return;
                disconnect(*once);
                if (!inKeychain)
                    statusBar()->showMessage(message, 15000);
            });
        m_core->tokens()->save(id, token);
    }
    statusBar()->showMessage(tr("Checking %1…").arg(Format::hostPort(dialog.url())), 5000);
    const int row = m_servers->rowOf(id);
    if (row >= 0)
        m_serverList->setCurrentIndex(m_servers->index(row, 0));
}

void MainWindow::onDownloadFinished(int id)
{
    const DownloadItem *item = m_core->downloads()->item(id);
    if (!item)
        return;
    QString text;
    // With more than one server, which one has it (the one in use may be another).
    const bool nameServer = m_core->providers()->serverIds().size() > 1 ||
                            item->serverId != m_core->providers()->activeServerId();
    if (item->state == DownloadItem::State::Done && nameServer)
        text = tr("%1 is downloaded and ready on %2.")
                   .arg(item->model, Format::hostPort(QUrl(item->serverId)));
    else if (item->state == DownloadItem::State::Done)
        text = tr("%1 is downloaded and ready.").arg(item->model);
    else if (item->state == DownloadItem::State::Failed)
        text = tr("Downloading %1 failed: %2").arg(item->model, item->error.message);
    else if (item->state == DownloadItem::State::Stalled)
        text = tr("Downloading %1 stopped: no progress for a while. Retry it from the Models tab.")
                   .arg(item->model);
    else
        return; // cancelled: the user did it
    statusBar()->showMessage(text, 10000);
    if (isActiveWindow())
        return;
    // Finished while the user looks elsewhere: tell them.
    QApplication::alert(this);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(QStringLiteral("LocalForge"));
            // The icon is there for the message: a click on either brings the window up, and
            // the icon goes with the message (or after a while, where messages stay unseen).
            auto bringUp = [this] {
                m_tray->hide();
                showNormal();
                raise();
                activateWindow();
            };
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, bringUp);
            connect(m_tray, &QSystemTrayIcon::activated, this, bringUp);
            m_trayTimer = new QTimer(this);
            m_trayTimer->setSingleShot(true);
            m_trayTimer->setInterval(std::chrono::minutes(1));
            connect(m_trayTimer, &QTimer::timeout, m_tray, &QSystemTrayIcon::hide);
        }
        m_tray->show();
        m_tray->showMessage(QStringLiteral("LocalForge"), text);
        m_trayTimer->start();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_core->settings().setValue(SettingKeys::WindowGeometry, saveGeometry());
    QMainWindow::closeEvent(event);
}

// File, then View and Workshop, then Help. On macOS the menu roles move Preferences, Quit and
// About into the application menu, where Mac users look for them.
void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto toolbarAction = [this](const QString &name) { return findChild<QAction *>(name); };
    for (const QString &name : {QStringLiteral("addServerAction"), QStringLiteral("serversAction"),
                                QStringLiteral("rescanAction")}) {
        if (QAction *a = toolbarAction(name))
            file->addAction(a);
    }
    file->addSeparator();
    if (QAction *prefs = toolbarAction(QStringLiteral("preferencesAction"))) {
        prefs->setMenuRole(QAction::PreferencesRole);
        file->addAction(prefs);
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    buildWorkshopActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    if (QAction *diagnostics = toolbarAction(QStringLiteral("diagnosticsAction")))
        help->addAction(diagnostics);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About LocalForge"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About LocalForge"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::PlainText);
    box->setText(tr("LocalForge %1").arg(QCoreApplication::applicationVersion()));
    box->setInformativeText(
        tr("A control panel for the LLM servers on this machine and on the machines you name: "
           "Ollama, LM Studio and OpenAI-compatible engines.\n\nBuilt with Qt %1, running on "
           "Qt %2.")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void MainWindow::buildWorkshopActions()
{
    m_presentAction = new QAction(tr("&Presenter"), this);
    m_presentAction->setObjectName(QStringLiteral("presenterAction"));
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentAction->setToolTip(tr("Full screen for a projector: large text, the chat and the "
                                   "live charts side by side (F11; Esc leaves)"));
    connect(m_presentAction, &QAction::triggered, this, &MainWindow::setPresenting);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_presentAction);
    if (auto *bar = findChild<QToolBar *>(QStringLiteral("mainToolbar")))
        bar->addAction(m_presentAction);

    QMenu *workshop = menuBar()->addMenu(tr("&Workshop"));
    QAction *check =
        workshop->addAction(tr("Workshop &checklist…"), this, &MainWindow::showWorkshop);
    check->setObjectName(QStringLiteral("workshopAction"));
    check->setToolTip(tr("Checks servers, models, memory, a shared server and n8n before a "
                         "hands-on session"));
    QAction *kit = workshop->addAction(tr("&Export workshop kit…"), this,
                                       [this] { WorkshopDialog::exportKitFor(m_core, this); });
    kit->setObjectName(QStringLiteral("exportKitAction"));
    kit->setToolTip(tr("Writes docker-compose.yml, pull-models.sh, the n8n workflow, a Python "
                       "client and a French LISEZMOI.md for participants"));
}

bool MainWindow::isPresenting() const
{
    return m_presenter && m_presenter->isPresenting();
}

void MainWindow::setPresenting(bool on)
{
    if (on != isPresenting()) {
        if (on) {
            if (!m_presenter) { // built the first time it is needed: start-up stays light
                m_presenter = new PresenterView(m_core, this);
                connect(m_presenter, &PresenterView::leaveRequested, this,
                        [this] { setPresenting(false); });
            }
            buildTabs();
            m_chatTabIndex = std::max(0, m_tabs->indexOf(m_chatPage));
            m_tabs->removeTab(m_tabs->indexOf(m_chatPage));
            m_presenter->present(m_chatPage);
        } else if (m_presenter->takeBack()) {
            m_tabs->insertTab(m_chatTabIndex, m_chatPage, tr("&Chat"));
            m_tabs->setCurrentWidget(m_chatPage);
            activateWindow();
            m_chatPage->focusInput();
        }
    }
    m_presentAction->setChecked(isPresenting());
}

void MainWindow::showWorkshop()
{
    WorkshopDialog dialog(m_core, this);
    dialog.exec();
}
