#pragma once

#include <QMainWindow>

class BenchmarkPage;
class ChatPage;
class Core;
class EmptyStatePage;
class LazyPage;
class PresenterView;
class QAction;
class QSystemTrayIcon;
class QTimer;
class QTabWidget;
class QComboBox;
class QLabel;
class QListView;
class QSortFilterProxyModel;
class QStackedWidget;
class ServerListModel;

// The shell: servers on the left, the active page in the middle, the provider switcher in the
// toolbar. It only shows what the core holds and forwards what the user does.
class ProblemsIndicator;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Core *core, QWidget *parent = nullptr);

    // The tabs, in their order.
    enum class Page { Chat, Models, Monitor, Benchmark };

    // The pages and their tabs are built the first time they are needed: while no server has
    // been found and no conversation is saved, the window shows the first-start page, and
    // start-up builds only that. The Models, Monitor and Benchmark pages wait for their tab.
    ChatPage *chatPage();
    BenchmarkPage *benchmarkPage();
    QTabWidget *tabs();
    // Brings a tab to the front, its page built.
    void showPage(Page page);
    void addServer();
    // The servers dialog, on one server when `id` is not empty.
    void editServer(const QString &id);
    void showDiagnostics();
    // The presenter view (View → Presenter, F11): the chat page moves there while it shows.
    void setPresenting(bool on);
    bool isPresenting() const;
    // The workshop checklist dialog.
    void showWorkshop();
    // The Benchmark tab, comparing with a benchmark file (--compare, also from a later
    // launch); a file that cannot be read is said in the status bar and on the page.
    void compareWith(const QString &file);
    // Problems that last until solved, kept in the status bar: `key` names one, an empty
    // message says it is solved (also for start-up's: conversations that could not be read).
    void setProblem(const QString &key, const QString &message);
    // Help → About LocalForge: version and the Qt it was built with and runs on.
    void showAbout();
    // Where the window opens when no saved place can be used: 1280×800, or what the screen's
    // free area holds with room for the title bar (a projector's 1280×720), centred on it.
    static QRect firstGeometry(const QRect &available);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildToolbar();
    QWidget *buildSidebar();
    void onServerClicked(const QModelIndex &index);
    void updatePage();
    // Scan again, as the user asked: the first-start page says so until the round ends.
    void rescanNow();
    void syncSwitcher();
    void onActiveServerChanged();
    void openSwitcher();
    void onDownloadFinished(int id);
    void buildMenus();
    void buildWorkshopActions();
    void buildTabs();

    Core *m_core;
    ServerListModel *m_servers;
    QSortFilterProxyModel *m_usable;
    QListView *m_serverList = nullptr;
    QComboBox *m_switcher = nullptr;
    QLabel *m_serverCount = nullptr;
    ProblemsIndicator *m_problems = nullptr;
    QStackedWidget *m_pages;
    EmptyStatePage *m_emptyPage;
    ChatPage *m_chatPage = nullptr;
    LazyPage *m_modelsPage = nullptr;
    LazyPage *m_monitorPage = nullptr;
    LazyPage *m_benchmarkPage = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTimer *m_trayTimer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    PresenterView *m_presenter = nullptr;
    QAction *m_presentAction = nullptr;
    int m_chatTabIndex = 0;
    bool m_rescanning = false;
    bool m_pagesAsked = false; // the tabs were asked for while no server runs
    // The first server that answered but cannot be used, else the first the user added that
    // does not answer: what "Servers…" opens on.
    QString m_answeredId;
};
