// The workshop checklist against the fake servers: servers that answer or not, models present
// or missing (and pulled from the checklist), a model too big for the machine, a model that
// fails to answer, Ollama reachable from other machines or on loopback only, n8n up or down;
// the report as text, in English and in French; and the dialog's lines, colours and Pull.
#include "Core.h"
#include "FakeOllamaServer.h"
#include "Translations.h"
#include "WorkshopDialog.h"
#include "discovery/Discovery.h"
#include "providers/ProviderRegistry.h"
#include "workshop/WorkshopChecklist.h"

#include <QApplication>
#include <QClipboard>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
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

QHostAddress lanAddress()
{
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLinkLocal())
            return a;
    }
    return {};
}

// Plenty of memory: every model fits.
FitAdvice::Host bigMachine()
{
    FitAdvice::Host host;
    host.freeRamBytes = 64LL * 1000 * 1000 * 1000;
    return host;
}

// An n8n that answers its health page.
class FakeN8n
{
public:
    FakeN8n()
    {
        m_server.setHandler([](const RecordedRequest &r, Responder &responder) {
            if (r.path == "/healthz")
                responder.send(200, "application/json", R"({"status":"ok"})");
        });
    }
    FakeHttpServer m_server;
};
} // namespace

class TestWorkshop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Core::Options options(const QList<DiscoveryCandidate> &candidates = {})
    {
        Core::Options o;
        o.discovery.candidates = candidates;
        o.discovery.intervalMs = 0;
        o.phoenixUrl = QUrl();
        o.settingsFile =
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_s);
        o.dataFolder = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        return o;
    }

    static const WorkshopLine *line(const WorkshopChecklist &c, WorkshopLine::Kind kind,
                                    const QString &subject = {})
    {
        for (const WorkshopLine &l : c.lines()) {
            if (l.kind == kind && (subject.isEmpty() || l.subject == subject))
                return &l;
        }
        return nullptr;
    }

    static bool run(WorkshopChecklist &c)
    {
        QSignalSpy done(&c, &WorkshopChecklist::finished);
        c.checkAll();
        return done.count() > 0 || done.wait(30000);
    }

    // The checklist run on a big machine against `server` for `model`: its "loads and answers"
    // line (none when the run did not finish).
    std::optional<WorkshopLine> answersFrom(const QUrl &server, const QString &model)
    {
        Core core(options());
        WorkshopChecklist c(core.workshopServices());
        c.setHostOverride(bigMachine());
        WorkshopPlan plan;
        plan.servers = {server};
        plan.models = {model};
        c.setPlan(plan);
        if (!run(c))
            return std::nullopt;
        const WorkshopLine *answers = line(c, WorkshopLine::Kind::ModelAnswers);
        return answers ? std::optional<WorkshopLine>(*answers) : std::nullopt;
    }
private Q_SLOTS:
    void initTestCase() { installTranslations(*qApp, u"en"_s); }

    void everyLineAgainstTheFakes()
    {
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        FakeN8n n8n;
        QVERIFY(n8n.m_server.listen());
        const QUrl down = local(closedPort());
        Core core(options());
        WorkshopChecklist c(core.workshopServices());
        c.setHostOverride(bigMachine());
        WorkshopPlan plan;
        plan.servers = {ollama.baseUrl(), down};
        plan.models = {u"llama3.2"_s, u"mistral"_s};
        plan.n8nUrl = n8n.m_server.baseUrl();
        c.setPlan(plan);
        QVERIFY(run(c));
        QCOMPARE(c.lines().size(), 2 + 2 * 3 + 1);

        const WorkshopLine *up = line(c, WorkshopLine::Kind::Server, ollama.baseUrl().toString());
        QVERIFY(up);
        QCOMPARE(up->state, WorkshopLine::State::Passed);
        QVERIFY2(up->detail.contains(u"Ollama 0.12.6"), qPrintable(up->detail));
        const WorkshopLine *off = line(c, WorkshopLine::Kind::Server, down.toString());
        QCOMPARE(off->state, WorkshopLine::State::Failed);
        QVERIFY2(off->fix.contains(u"Nothing answers"), qPrintable(off->fix));

        // llama3.2 is llama3.2:latest on Ollama: there, fits, answers.
        QCOMPARE(line(c, WorkshopLine::Kind::ModelPresent, u"llama3.2"_s)->state,
                 WorkshopLine::State::Passed);
        QCOMPARE(line(c, WorkshopLine::Kind::ModelFits, u"llama3.2"_s)->state,
                 WorkshopLine::State::Passed);
        const WorkshopLine *answers = line(c, WorkshopLine::Kind::ModelAnswers, u"llama3.2"_s);
        QCOMPARE(answers->state, WorkshopLine::State::Passed);
        QVERIFY2(answers->detail.startsWith(u"Answered"), qPrintable(answers->detail));
        // It really asked the model, with a short, deterministic request.
        bool asked = false;
        for (const RecordedRequest &r : ollama.requests()) {
            if (r.path == "/api/chat" && r.body.contains("\"llama3.2\"") &&
                r.body.contains("\"temperature\":0"))
                asked = true;
        }
        QVERIFY(asked);

        // mistral is missing: red, with Pull and the command, and nothing more asked of it.
        const WorkshopLine *missing = line(c, WorkshopLine::Kind::ModelPresent, u"mistral"_s);
        QCOMPARE(missing->state, WorkshopLine::State::Failed);
        QVERIFY(missing->canPull);
        QVERIFY2(missing->fix.contains(u"ollama pull mistral"), qPrintable(missing->fix));
        QCOMPARE(line(c, WorkshopLine::Kind::ModelAnswers, u"mistral"_s)->state,
                 WorkshopLine::State::Skipped);

        QCOMPARE(line(c, WorkshopLine::Kind::N8n)->state, WorkshopLine::State::Passed);
        QCOMPARE(c.failedCount(), 2);

        const QString report = c.report();
        QVERIFY2(report.contains(u"2 failed"), qPrintable(report));
        QVERIFY(report.contains(u"[OK]   llama3.2 loads and answers a one-line prompt"));
        QVERIFY(report.contains(u"[FAIL] mistral is on the server"));
        QVERIFY(report.contains(u"Fix: Pull it now"));

        // A line without Pull pulls nothing, and says so.
        const Result<int> none = c.pull(int(c.lines().size()));
        QCOMPARE(none.error.kind, ApiError::Kind::Invalid);
        QCOMPARE(none.error.message, u"There is nothing to pull on this line."_s);
        QCOMPARE(none.value, -1);
    }

    void aModelTooBigForThisMachine()
    {
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        Core core(options());
        WorkshopChecklist c(core.workshopServices());
        FitAdvice::Host small;
        small.freeRamBytes = 1000LL * 1000 * 1000; // 1 GB free; deepseek-r1 weighs 4.7 GB
        c.setHostOverride(small);
        WorkshopPlan plan;
        plan.servers = {ollama.baseUrl()};
        plan.models = {u"deepseek-r1"_s};
        c.setPlan(plan);
        QVERIFY(run(c));
        const WorkshopLine *fits = line(c, WorkshopLine::Kind::ModelFits);
        QCOMPARE(fits->state, WorkshopLine::State::Failed);
        QVERIFY2(fits->fix.contains(u"smaller variant"), qPrintable(fits->fix));
        // The same model on a big machine fits.
        c.setHostOverride(bigMachine());
        QVERIFY(run(c));
        QCOMPARE(line(c, WorkshopLine::Kind::ModelFits)->state, WorkshopLine::State::Passed);
    }

    void aModelThatFailsToAnswer()
    {
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        ollama.setFault(FakeHttpServer::Fault::Http500);
        const std::optional<WorkshopLine> answers = answersFrom(ollama.baseUrl(), u"llama3.2"_s);
        QVERIFY(answers);
        QCOMPARE(answers->state, WorkshopLine::State::Failed);
        QVERIFY(!answers->fix.isEmpty());
    }

    // A reasoning model thinks by default (Ollama >= 0.12.4) and spends the check's 16 tokens
    // on it: it is loaded and generating, so it answers, and the line shows what it thought.
    void aModelThatOnlyThinksWithinTheLimitAnswers()
    {
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        ollama.setThinksByDefault({u"deepseek-r1"_s});
        ollama.setHonoursNumPredict(true);
        QStringList thinking{u"Okay"_s, u","_s, u" the"_s, u" user"_s, u" asks"_s};
        for (int i = 0; i < 20; ++i)
            thinking.append(u" hmm"_s);
        ollama.setThinking(thinking);
        const std::optional<WorkshopLine> answers = answersFrom(ollama.baseUrl(), u"deepseek-r1"_s);
        QVERIFY(answers);
        QCOMPARE(answers->state, WorkshopLine::State::Passed);
        QVERIFY2(answers->detail.startsWith(u"Loaded and thinking after"),
                 qPrintable(answers->detail));
        QVERIFY2(answers->detail.contains(u"“Okay, the user asks hmm"),
                 qPrintable(answers->detail));
        // The fake really answered with thinking only, cut at the check's limit.
        bool askedWithoutThink = false;
        for (const RecordedRequest &r : ollama.requests()) {
            if (r.path == "/api/chat" && r.body.contains("\"num_predict\":16"))
                askedWithoutThink = !r.body.contains("\"think\"");
        }
        QVERIFY(askedWithoutThink);
    }

    // An answer without content and without thinking is still no answer.
    void anEmptyAnswerFails()
    {
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        ollama.setThinksByDefault({u"deepseek-r1"_s});
        ollama.setThinking({});
        ollama.setAnswer({});
        const std::optional<WorkshopLine> answers = answersFrom(ollama.baseUrl(), u"deepseek-r1"_s);
        QVERIFY(answers);
        QCOMPARE(answers->state, WorkshopLine::State::Failed);
        QCOMPARE(answers->fix, u"The answer was empty."_s);
    }

    void serverDownSkipsItsModels()
    {
        Core core(options());
        WorkshopChecklist c(core.workshopServices());
        WorkshopPlan plan;
        plan.servers = {local(closedPort())};
        plan.models = {u"phi3"_s};
        plan.sharedServer = true;
        plan.n8nUrl = local(closedPort());
        c.setPlan(plan);
        QVERIFY(run(c));
        QCOMPARE(line(c, WorkshopLine::Kind::Server)->state, WorkshopLine::State::Failed);
        QCOMPARE(line(c, WorkshopLine::Kind::ModelPresent)->state, WorkshopLine::State::Skipped);
        QCOMPARE(line(c, WorkshopLine::Kind::SharedServer)->state, WorkshopLine::State::Skipped);
        const WorkshopLine *n8n = line(c, WorkshopLine::Kind::N8n);
        QCOMPARE(n8n->state, WorkshopLine::State::Failed);
        QVERIFY2(n8n->fix.contains(u"docker compose up -d n8n"), qPrintable(n8n->fix));
    }

    void sharedServerOnLoopbackOnly()
    {
        const QHostAddress lan = lanAddress();
        if (lan.isNull())
            QSKIP("This machine has no network address besides loopback.");
        FakeOllamaServer ollama; // 127.0.0.1 only, like Ollama's default
        QVERIFY(ollama.listen());
        Core core(options());
        WorkshopChecklist c(core.workshopServices());
        WorkshopPlan plan;
        plan.servers = {ollama.baseUrl()};
        plan.sharedServer = true;
        c.setPlan(plan);
        QVERIFY(run(c));
        const WorkshopLine *shared = line(c, WorkshopLine::Kind::SharedServer);
        QCOMPARE(shared->state, WorkshopLine::State::Failed);
        QVERIFY2(shared->detail.contains(u"loopback only"), qPrintable(shared->detail));
        // The troubleshooting's own explanation and fix.
        QVERIFY2(shared->fix.contains(u"127.0.0.1 only"), qPrintable(shared->fix));
        QVERIFY2(shared->fix.contains(u"OLLAMA_HOST=0.0.0.0"), qPrintable(shared->fix));
    }

    void sharedServerReachableFromTheNetwork()
    {
        const QHostAddress lan = lanAddress();
        if (lan.isNull())
            QSKIP("This machine has no network address besides loopback.");
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen(QHostAddress::Any, 0)); // like OLLAMA_HOST=0.0.0.0
        Core core(options());
        WorkshopChecklist c(core.workshopServices());
        WorkshopPlan plan;
        plan.servers = {ollama.baseUrl()};
        plan.sharedServer = true;
        c.setPlan(plan);
        QVERIFY(run(c));
        const WorkshopLine *shared = line(c, WorkshopLine::Kind::SharedServer);
        QCOMPARE(shared->state, WorkshopLine::State::Passed);
        QVERIFY2(shared->detail.contains(lan.toString() + u':' + QString::number(ollama.port())),
                 qPrintable(shared->detail));
        // It was asked at this machine's network address, as a participant would.
        bool viaLan = false;
        for (const RecordedRequest &r : ollama.requests())
            viaLan = viaLan || r.header("host").startsWith(lan.toString().toUtf8());
        QVERIFY(viaLan);
    }

    void dialogPullsAMissingModelAndChecksAgain()
    {
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        ollama.setTokenIntervalMs(5);
        Core core(options({{ollama.baseUrl(), ServerKind::Ollama}}));
        core.start();
        QTRY_VERIFY_WITH_TIMEOUT(core.providers()->provider(ollama.baseUrl().toString()), 10000);
        WorkshopDialog dialog(&core);
        auto *checklist = dialog.findChild<WorkshopChecklist *>(u"workshopChecklist"_s);
        QVERIFY(checklist);
        auto *servers = dialog.findChild<QLineEdit *>(u"workshopServers"_s);
        QVERIFY(servers);
        auto *models = dialog.findChild<QLineEdit *>(u"workshopModels"_s);
        QVERIFY(models);
        auto *n8n = dialog.findChild<QLineEdit *>(u"workshopN8n"_s);
        QVERIFY(n8n);
        auto *lines = dialog.findChild<QTreeWidget *>(u"workshopLines"_s);
        QVERIFY(lines);
        checklist->setHostOverride(bigMachine());
        servers->setText(ollama.baseUrl().toString());
        models->setText(u"llama3.2, phi3"_s);
        n8n->clear();
        dialog.show();
        QPushButton *checkAll = dialog.findChild<QPushButton *>(u"checkAllButton"_s);
        QVERIFY(checkAll);
        QVERIFY(!checkAll->accessibleName().isEmpty());
        // Before the first check: what to do, not an empty list with nothing under it.
        QCOMPARE(lines->topLevelItemCount(), 0);
        QVERIFY2(dialog.status().contains(u"Check all"), qPrintable(dialog.status()));
        QTest::mouseClick(checkAll, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!checklist->isRunning() && lines->topLevelItemCount() == 7, 30000);
        // The plan is kept for next time.
        QCOMPARE(WorkshopPlan::load(core.settings()).models,
                 QStringList({u"llama3.2"_s, u"phi3"_s}));
        // Green and red marks; the red line says the fix in place.
        QTreeWidgetItem *phi3 = nullptr;
        for (int i = 0; i < lines->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = lines->topLevelItem(i);
            if (item->text(1).simplified().startsWith(u"phi3 is on the server"))
                phi3 = item;
            if (item->text(1).simplified().startsWith(u"llama3.2 is on the server"))
                QCOMPARE(item->foreground(0).color(), QColor(0x1a, 0x7f, 0x37));
        }
        QVERIFY(phi3);
        QCOMPARE(phi3->foreground(0).color(), QColor(0xcf, 0x22, 0x2e));
        QVERIFY(phi3->text(2).simplified().contains(u"ollama pull phi3"));
        auto *pull = qobject_cast<QPushButton *>(lines->itemWidget(phi3, 3));
        QVERIFY(pull);
        QCOMPARE(pull->accessibleName(), u"Pull phi3"_s);
        QTest::mouseClick(pull, Qt::LeftButton);
        // The download ends, the checklist runs again by itself, and phi3 is there now.
        QTRY_VERIFY_WITH_TIMEOUT(ollama.modelNames().contains(u"phi3:latest"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !checklist->isRunning() &&
                line(*checklist, WorkshopLine::Kind::ModelPresent, u"phi3"_s)->state ==
                    WorkshopLine::State::Passed,
            30000);
        QCOMPARE(checklist->failedCount(), 0);
        QVERIFY2(dialog.status().startsWith(u"Ready"), qPrintable(dialog.status()));

        // Copy as text.
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"copyReportButton"_s), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(u"[OK]   phi3 is on the server"), qPrintable(copied));
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if ((qobject_cast<QPushButton *>(w) || qobject_cast<QLineEdit *>(w)) && w->isVisible())
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }

    void aPullThatFailsGivesTheLineBackWithItsButton()
    {
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        ollama.setPullableModels({u"llama3.2"_s}); // phi3 is not in its library
        Core core(options({{ollama.baseUrl(), ServerKind::Ollama}}));
        core.start();
        QTRY_VERIFY_WITH_TIMEOUT(core.providers()->provider(ollama.baseUrl().toString()), 10000);
        WorkshopDialog dialog(&core);
        auto *checklist = dialog.findChild<WorkshopChecklist *>(u"workshopChecklist"_s);
        QVERIFY(checklist);
        checklist->setHostOverride(bigMachine());
        dialog.findChild<QLineEdit *>(u"workshopServers"_s)->setText(ollama.baseUrl().toString());
        dialog.findChild<QLineEdit *>(u"workshopModels"_s)->setText(u"phi3"_s);
        dialog.findChild<QLineEdit *>(u"workshopN8n"_s)->clear();
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"checkAllButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!checklist->isRunning(), 30000);
        auto phi3 = [&] { return line(*checklist, WorkshopLine::Kind::ModelPresent, u"phi3"_s); };
        QVERIFY(phi3() && phi3()->canPull);
        const int index = int(phi3() - checklist->lines().constData());
        QVERIFY(checklist->pull(index).ok());
        QCOMPARE(phi3()->state, WorkshopLine::State::Running);
        // Ollama refuses it: the line says so and offers Pull again, instead of "Checking".
        QTRY_VERIFY_WITH_TIMEOUT(phi3()->state == WorkshopLine::State::Failed, 30000);
        QVERIFY2(phi3()->detail.contains(u"Pulling phi3 failed"), qPrintable(phi3()->detail));
        QVERIFY(phi3()->canPull);
        QVERIFY(!phi3()->fix.isEmpty());
    }

    void reportInFrench()
    {
        installTranslations(*qApp, u"fr"_s);
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        Core core(options());
        WorkshopChecklist c(core.workshopServices());
        c.setHostOverride(bigMachine());
        WorkshopPlan plan;
        plan.servers = {ollama.baseUrl()};
        plan.models = {u"mistral"_s};
        c.setPlan(plan);
        const bool ok = run(c);
        const QString report = c.report();
        installTranslations(*qApp, u"en"_s);
        QVERIFY(ok);
        QVERIFY2(report.contains(u"Vérification de l'atelier"), qPrintable(report));
        QVERIFY2(report.contains(u"mistral n'est pas sur le serveur"), qPrintable(report));
        QVERIFY2(report.contains(u"ollama pull mistral"), qPrintable(report));
        QVERIFY(!report.contains(u"is not on the server"));
    }
};

QTEST_MAIN(TestWorkshop)
#include "tst_workshop.moc"
