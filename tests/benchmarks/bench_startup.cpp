// Prints how long the first window takes from process start, and the memory it holds then,
// for LocalForge and for a bare Qt Widgets + Charts window built here, side by side in one run
// and the ratio of the two. Each window is a fresh child process of this same executable (the
// same libraries to load), started in turn so that a busy moment of the machine hits both. The
// LocalForge child starts as the application does: settings and conversations (in a temporary
// home), translations, the main window shown and the conversations read, then the core started
// once the window is painted; the first frame is the first paint of the window. Run it on an X
// display (xvfb-run) or on the offscreen platform.
//
//   bench_startup [--runs N]
#include "AfterFirstFrame.h"
#include "Core.h"
#include "MainWindow.h"
#include "Translations.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QMainWindow>
#include <QProcess>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

constexpr double TimeGoal = 1.15;           // × the bare window's time
constexpr double MemoryGoalBytes = 8 << 20; // over the bare window's RSS

// Started first thing in main(): the children's own part of the time, libraries loaded.
QElapsedTimer &sinceMain()
{
    static QElapsedTimer clock;
    return clock;
}

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

// Prints the resident memory once `window` has painted its first frame, then quits.
class FirstFrame final : public QObject
{
public:
    explicit FirstFrame(QWidget *window)
        : m_window(window)
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched == m_window) {
            m_seen = true;
            // After this paint is flushed to the screen.
            QTimer::singleShot(0, qApp, [] {
                std::printf("frame %lld %.1f\n", residentBytes(),
                            double(sinceMain().nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_seen = false;
};

int runBare(QApplication &app)
{
    // What any Qt Widgets + Charts application shows first: a window with tabs, a status bar
    // and a chart.
    QMainWindow window;
    auto *tabs = new QTabWidget;
    auto *series = new QLineSeries;
    for (int i = 0; i < 60; ++i)
        series->append(i, (i * 37) % 11);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    tabs->addTab(new QChartView(chart), QStringLiteral("Chart"));
    tabs->addTab(new QLabel(QStringLiteral("Bare Qt window")), QStringLiteral("Text"));
    window.setCentralWidget(tabs);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1100, 720);
    FirstFrame frame(&window);
    window.show();
    return app.exec();
}

int runLocalForge(QApplication &app)
{
    QTemporaryDir home; // a first start: no settings, no conversations
    Core::Options options;
    options.settingsFile = home.filePath(QStringLiteral("settings.ini"));
    options.dataFolder = home.filePath(QStringLiteral("conversations"));
    options.phoenixUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing there
    Core core(options);
    installTranslations(app, core.settings().value(SettingKeys::Language));
    MainWindow window(&core);
    FirstFrame frame(&window);
    window.show();
    core.loadConversations();
    afterFirstFrame(&window, [&core] { core.start(); });
    return app.exec();
}

struct Figures
{
    QList<double> ms;
    QList<double> inProcessMs; // from main() to the frame
    QList<qint64> rss;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

bool runChild(const QString &kind, Figures &into)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), kind});
    if (!child.waitForStarted(10000))
        return false;
    while (!child.canReadLine() && child.waitForReadyRead(30000)) {
    }
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    const QByteArray line = child.readLine().trimmed();
    child.waitForFinished(10000);
    if (!line.startsWith("frame ")) {
        std::fprintf(stderr, "%s child printed no frame\n", qPrintable(kind));
        return false;
    }
    const QList<QByteArray> fields = line.split(' ');
    into.ms.append(ms);
    into.rss.append(fields.value(1).toLongLong());
    into.inProcessMs.append(fields.value(2).toDouble());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    sinceMain().start();
    // The parent only starts children and waits on their output: it needs no display.
    bool child = false;
    for (int i = 1; i < argc; ++i)
        child = child || QByteArray(argv[i]) == "--child";
    if (child) {
        QApplication app(argc, argv);
        const QString kind = QCoreApplication::arguments().value(2);
        return kind == u"bare" ? runBare(app) : runLocalForge(app);
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Windows of each kind (default 9)."),
                      QStringLiteral("N"), QStringLiteral("9")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    Figures bare, localforge;
    // One of each first to warm the disk cache, not counted.
    Figures warmup;
    if (!runChild(QStringLiteral("bare"), warmup) ||
        !runChild(QStringLiteral("localforge"), warmup))
        return 1;
    for (int i = 0; i < runs; ++i) {
        if (!runChild(QStringLiteral("bare"), bare) ||
            !runChild(QStringLiteral("localforge"), localforge))
            return 1;
    }
    QList<double> bareRss, ownRss;
    for (qint64 b : std::as_const(bare.rss))
        bareRss.append(double(b));
    for (qint64 b : std::as_const(localforge.rss))
        ownRss.append(double(b));
    const double bareMs = median(bare.ms), ownMs = median(localforge.ms);
    const double bareMb = median(bareRss) / 1048576.0, ownMb = median(ownRss) / 1048576.0;
    const double ratio = ownMs / bareMs;
    std::printf("first window from process start, median of %d on %s:\n", runs,
                qEnvironmentVariableIsSet("DISPLAY") &&
                        qEnvironmentVariable("QT_QPA_PLATFORM").isEmpty()
                    ? "an X display"
                    : "the offscreen platform");
    std::printf(
        "  bare Qt Widgets + Charts window: %7.1f ms (%5.1f ms of it from main()), %6.1f MB "
        "resident\n",
        bareMs, median(bare.inProcessMs), bareMb);
    std::printf(
        "  LocalForge:                      %7.1f ms (%5.1f ms of it from main()), %6.1f MB "
        "resident\n",
        ownMs, median(localforge.inProcessMs), ownMb);
    std::printf("  ratio %.2fx (goal <= %.2fx: %s); memory +%.1f MB (goal <= +%.0f MB: %s)\n",
                ratio, TimeGoal, ratio <= TimeGoal ? "met" : "NOT met", ownMb - bareMb,
                MemoryGoalBytes / 1048576.0,
                (ownMb - bareMb) * 1048576.0 <= MemoryGoalBytes ? "met" : "NOT met");
    return 0;
}
