#include "AfterFirstFrame.h"
#include "Allocator.h"
#include "BenchCommand.h"
#include "BenchmarkPage.h"
#include "ChatPage.h"
#include "Core.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "Translations.h"
#include "Version.h"
#include "bench/BenchPrompts.h"
#include "chat/ChatSession.h"
#include "discovery/ScanReport.h"
#include "models/ModelCatalog.h"
#include "providers/ProviderRegistry.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <optional>

namespace {

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A control panel for local LLM servers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("scan"),
                      QCoreApplication::translate("main", "Find servers, print them and exit.")});
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("main", "With --scan or --bench: print JSON.")});
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate("main", "Show the window, wait for discovery, "
                                                          "save a PNG of it and exit."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("send"),
                      QCoreApplication::translate("main", "With --screenshot: send this message "
                                                          "and wait for the answer first."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("page"),
                      QCoreApplication::translate(
                          "main", "Open on this page: chat, models, monitor or benchmark."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("bench"),
                      QCoreApplication::translate(
                          "main", "Benchmark the models named as MODEL[@SERVER_URL] arguments, "
                                  "print the results and exit.")});
    parser.addOption({QStringLiteral("runs"),
                      QCoreApplication::translate("main", "With --bench: runs per prompt (3)."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("max-tokens"),
         QCoreApplication::translate("main", "With --bench: tokens per answer at most (256)."),
         QStringLiteral("n"), QStringLiteral("256")});
    parser.addOption(
        {QStringLiteral("cold"),
         QCoreApplication::translate("main", "With --bench: unload each model before each run.")});
    parser.addOption({QStringLiteral("prompt"),
                      QCoreApplication::translate(
                          "main", "With --bench: the prompt (default: the short question)."),
                      QStringLiteral("text")});
    parser.addOption(
        {QStringLiteral("csv"), QCoreApplication::translate("main", "With --bench: print CSV.")});
    parser.addPositionalArgument(
        QStringLiteral("models"),
        QCoreApplication::translate("main", "With --bench: MODEL[@SERVER_URL] ..."));
    parser.addOption({QStringLiteral("compare"),
                      QCoreApplication::translate(
                          "main", "Open the Benchmark tab beside another machine's exported JSON."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "Language of the interface (en, fr)."),
                      QStringLiteral("code")});
}

bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag :
             {"--scan", "--bench", "--version", "-v", "--help", "-h", "--help-all"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LocalForge"));
    QCoreApplication::setApplicationName(QStringLiteral("LocalForge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOCALFORGE_VERSION));
}

// --page's names.
std::optional<MainWindow::Page> pageNamed(const QString &name)
{
    if (name == u"chat")
        return MainWindow::Page::Chat;
    if (name == u"models")
        return MainWindow::Page::Models;
    if (name == u"monitor")
        return MainWindow::Page::Monitor;
    if (name == u"benchmark")
        return MainWindow::Page::Benchmark;
    return std::nullopt;
}

// --bench: the same runner as the Benchmark tab; results on stdout, progress on stderr.
int runBench(QCoreApplication &app, const QCommandLineParser &parser, Core &core)
{
    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    };
    BenchPlan plan;
    bool ok = false;
    plan.runs = parser.value(QStringLiteral("runs")).toInt(&ok);
    if (!ok || plan.runs < 1)
        return fail(
            QCoreApplication::translate("main", "--runs wants a whole number of 1 or more."));
    plan.maxTokens = parser.value(QStringLiteral("max-tokens")).toInt(&ok);
    if (!ok || plan.maxTokens < 1)
        return fail(
            QCoreApplication::translate("main", "--max-tokens wants a whole number of 1 or more."));
    plan.mode =
        parser.isSet(QStringLiteral("cold")) ? BenchPlan::Mode::Cold : BenchPlan::Mode::Warm;
    plan.timeoutSeconds = core.settings().value(SettingKeys::RequestTimeoutSeconds);
    if (parser.isSet(QStringLiteral("prompt"))) {
        plan.prompts.append(BenchPrompts::custom(parser.value(QStringLiteral("prompt")), {}));
    } else {
        plan.prompts.append(BenchPrompts::builtIn().constFirst());
    }
    BenchCommand command(&core);
    if (const ApiError error = command.prepare(parser.positionalArguments()); error.isError())
        return fail(error.message);
    command.setPlan(plan);
    command.setOutput(parser.isSet(QStringLiteral("json"))  ? BenchCommand::Output::Json
                      : parser.isSet(QStringLiteral("csv")) ? BenchCommand::Output::Csv
                                                            : BenchCommand::Output::Table);
    QObject::connect(&command, &BenchCommand::finished, &app, [&app](int code) { app.exit(code); });
    command.start();
    core.start();
    return app.exec();
}

// The language chosen in Preferences, as the window uses it, unless --lang says another.
QString chosenLanguage(const QCommandLineParser &parser)
{
    const QString language = parser.value(QStringLiteral("lang"));
    return language.isEmpty() ? Settings().value(SettingKeys::Language) : language;
}

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    describe(parser);
    parser.process(app); // handles --help and --version
    installTranslations(app, chosenLanguage(parser));

    Core::Options options;
    options.discovery.intervalMs = 0;
    options.conversationsReadOnly = true; // runs beside a LocalForge window
    Core core(options);
    if (parser.isSet(QStringLiteral("bench")))
        return runBench(app, parser, core);
    const bool json = parser.isSet(QStringLiteral("json"));
    QObject::connect(core.discovery(), &Discovery::roundFinished, &app, [&] {
        const QList<ServerInfo> servers = core.discovery()->servers();
        QTextStream out(stdout);
        if (json)
            out << ScanReport::json(servers).toJson(QJsonDocument::Indented);
        else
            out << ScanReport::text(servers);
        out.flush();
        app.exit(ScanReport::foundAny(servers) ? 0 : 1);
    });
    core.start();
    return app.exec();
}

// --screenshot: waits for discovery and the model list (and an answer with --send), then
// writes the window to a PNG.
void scheduleScreenshot(QApplication &app, Core &core, MainWindow &window, const QString &file,
                        const QString &message)
{
    auto shoot = [&app, &window, file] {
        QTimer::singleShot(400, &app, [&app, &window, file] {
            const bool ok = window.grab().save(file);
            if (!ok)
                std::fprintf(
                    stderr, "%s\n",
                    qPrintable(
                        QCoreApplication::translate("main", "Could not write %1.").arg(file)));
            app.exit(ok ? 0 : 1);
        });
    };
    auto ready = [&core] {
        const QString id = core.providers()->activeServerId();
        return core.discovery()->firstRoundDone() &&
               (id.isEmpty() || !core.models()->isLoading(id));
    };
    auto *poll = new QTimer(&app);
    poll->setInterval(100);
    QObject::connect(poll, &QTimer::timeout, &app,
                     [poll, ready, shoot, message, &core, &window, &app]() {
                         if (!ready())
                             return;
                         poll->stop();
                         if (message.isEmpty() || !core.providers()->activeProvider()) {
                             shoot();
                             return;
                         }
                         QObject::connect(core.chat(), &ChatSession::streamingChanged, &app,
                                          [shoot](bool streaming) {
                                              if (!streaming)
                                                  shoot();
                                          });
                         // As the user would: through the input, with the parameters set.
                         window.chatPage()->setDraft(message);
                         window.chatPage()->send();
                         if (!core.chat()->isStreaming()) {
                             std::fprintf(stderr, "%s\n", qPrintable(window.chatPage()->notice()));
                             shoot();
                         }
                     });
    poll->start();
    QTimer::singleShot(60000, &app, [&app] { app.exit(2); });
}

} // namespace

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

int main(int argc, char **argv)
{
    tuneAllocator();
    if (wantsHeadless(argc, argv))
        return runHeadless(argc, argv);

    QApplication app(argc, argv);
    initResources();
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("app.localforge.LocalForge"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/localforge.svg")));
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    // The language first, so that what a later launch prints is in it too (the settings are
    // only read here).
    installTranslations(app, chosenLanguage(parser));

    // One LocalForge per user: a later launch shows the running one and ends. A screenshot run
    // goes beside it, reading conversations but never writing them.
    const bool besideAnother = parser.isSet(QStringLiteral("screenshot"));
    SingleInstance instance;
    QString noLock;
    if (!besideAnother && !instance.claim(&noLock) && noLock.isEmpty()) {
        bool first = false; // the running one ended meanwhile: this one goes on
        QObject::connect(
            &instance, &SingleInstance::forwarded, &app, [&app](bool ok, const QString &message) {
                if (!ok) {
                    std::fprintf(stderr, "%s\n", qPrintable(message));
                    // Launched from a desktop, nobody reads a terminal.
                    QMessageBox::warning(nullptr, QStringLiteral("LocalForge"), message);
                }
                app.exit(ok ? 0 : 1);
            });
        QObject::connect(&instance, &SingleInstance::claimedMeanwhile, &app, [&app, &first] {
            first = true;
            app.exit(0);
        });
        // A file named relative to where this launch was made: the running one is elsewhere.
        QStringList arguments = QCoreApplication::arguments();
        if (parser.isSet(QStringLiteral("compare")))
            arguments << QStringLiteral("--compare")
                      << QFileInfo(parser.value(QStringLiteral("compare"))).absoluteFilePath();
        instance.forward(arguments);
        const int code = app.exec();
        if (!first)
            return code;
    } else if (!noLock.isEmpty()) {
        // Whether another LocalForge runs cannot be known: better to start than not at all.
        std::fprintf(stderr, "%s\n",
                     qPrintable(noLock + u' ' +
                                QCoreApplication::translate(
                                    "main", "LocalForge starts without checking for another "
                                            "one: close any other LocalForge window, as two would "
                                            "save the same conversations.")));
    }
    Core::Options options;
    options.conversationsReadOnly = besideAnother;
    Core core(options);
    MainWindow window(&core);
    if (const std::optional<MainWindow::Page> page =
            pageNamed(parser.value(QStringLiteral("page")));
        page && *page != MainWindow::Page::Chat)
        window.showPage(*page);
    if (parser.isSet(QStringLiteral("compare")))
        window.compareWith(parser.value(QStringLiteral("compare")));
    window.show();
    QObject::connect(
        &instance, &SingleInstance::activated, &window, [&window](const QStringList &arguments) {
            QCommandLineParser later;
            describe(later);
            later.parse(arguments);
            if (const std::optional<MainWindow::Page> page =
                    pageNamed(later.value(QStringLiteral("page"))))
                window.showPage(*page);
            if (later.isSet(QStringLiteral("compare")))
                window.compareWith(later.value(QStringLiteral("compare")));
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.show();
            window.raise();
            window.activateWindow();
        });
    core.loadConversations();           // the first frame shows the last conversation
    if (!core.loadProblems().isEmpty()) // saved conversations that could not be read
        window.setProblem(QStringLiteral("conversations"), core.loadProblems().join(u' '));
    // Discovery and the samplers start once the window is on screen: their answers come later
    // anyway, and the first frame comes sooner without them.
    afterFirstFrame(&window, [&core] { core.start(); });
    if (parser.isSet(QStringLiteral("screenshot")))
        scheduleScreenshot(app, core, window, parser.value(QStringLiteral("screenshot")),
                           parser.value(QStringLiteral("send")));
    return app.exec();
}
