// The benchmark against the fake servers: measured rates follow the configured ones, both the
// server's and LocalForge's figures are kept, cold runs unload first, a failing model does not
// stop the others, Stop keeps what finished, and the exports read back into the same table.
#include "BenchCommand.h"
#include "Core.h"
#include "FakeLlamaServer.h"
#include "FakeLmStudioServer.h"
#include "FakeOllamaServer.h"
#include "FileSizeLimit.h"
#include "bench/BenchExport.h"
#include "bench/BenchPrompts.h"
#include "bench/BenchRunner.h"
#include "bench/BenchStore.h"
#include "bench/BenchSummary.h"
#include "metrics/MetricsHub.h"
#include "providers/LmStudioProvider.h"
#include "providers/OllamaProvider.h"
#include "providers/OpenAiProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList tokens(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(i == 0 ? u"Word"_s : u" word"_s);
    return out;
}

// The chat requests a fake received that asked for an answer (not a load or an unload).
QList<QJsonObject> answerRequests(const FakeHttpServer &server, const QByteArray &path)
{
    QList<QJsonObject> out;
    for (const RecordedRequest &r : server.requests()) {
        if (r.path != path)
            continue;
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (!body.value(u"messages").toArray().isEmpty())
            out.append(body);
    }
    return out;
}

BenchPlan planFor(const QList<BenchTarget> &targets, int runs, BenchPlan::Mode mode)
{
    BenchPlan plan;
    plan.targets = targets;
    plan.prompts = {BenchPrompts::builtIn().constFirst()};
    plan.runs = runs;
    plan.mode = mode;
    plan.timeoutSeconds = 30;
    return plan;
}

} // namespace

class TestBench : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    static bool run(BenchRunner &runner, const BenchPlan &plan)
    {
        QSignalSpy finished(&runner, &BenchRunner::finished);
        if (const ApiError why = runner.start(plan); why.isError()) {
            qWarning() << why.message;
            return false;
        }
        return finished.wait(90000) || finished.count() == 1;
    }

    static double median(const BenchResult &r, int target, BenchSummary::Figure f)
    {
        for (const BenchSummary::Row &row : BenchSummary::rows(r)) {
            if (row.target == r.plan.targets[target])
                return row.stat(f).median.value_or(-1);
        }
        return -1;
    }

private Q_SLOTS:
    void measuredRatesFollowTheServersInOrderAndRatio()
    {
        FakeOllamaServer slow, fast;
        QVERIFY(slow.listen());
        QVERIFY(fast.listen());
        // Slow enough that a busy machine's timer latency stays small against the interval.
        slow.setAnswer(tokens(8));
        fast.setAnswer(tokens(8));
        slow.setTokenIntervalMs(200); // 5 tok/s
        fast.setTokenIntervalMs(100); // 10 tok/s
        OllamaProvider a(slow.baseUrl(), &m_nam), b(fast.baseUrl(), &m_nam);
        BenchRunner runner([&](const QString &id) -> Provider * {
            return id == a.baseUrl().toString() ? &a : id == b.baseUrl().toString() ? &b : nullptr;
        });
        const BenchPlan plan =
            planFor({{a.baseUrl().toString(), ServerKind::Ollama, u"llama3.2"_s},
                     {b.baseUrl().toString(), ServerKind::Ollama, u"llama3.2"_s}},
                    2, BenchPlan::Mode::Warm);
        QSignalSpy recorded(&runner, &BenchRunner::runRecorded);
        QSignalSpy progress(&runner, &BenchRunner::progress);
        QVERIFY(run(runner, plan));
        const BenchResult &r = runner.result();
        QCOMPARE(r.runs.size(), 4);
        QCOMPARE(recorded.count(), 4);
        QCOMPARE(progress.last().at(0).toInt(), 6); // 2 warm-ups + 4 runs
        QCOMPARE(progress.last().at(1).toInt(), 6);
        QVERIFY(!r.stopped);
        for (const BenchRun &run : r.runs) {
            QVERIFY2(run.ok(), qPrintable(run.error));
            QVERIFY(!run.cold);
            // Both figures are kept, and the difference between them is known.
            QVERIFY(run.serverEvalTokensPerSecond);
            QVERIFY(run.clientEvalTokensPerSecond);
            QVERIFY(run.evalDifferencePercent());
            QVERIFY(run.timeToFirstTokenSeconds);
            QVERIFY(run.promptTokensPerSecond);
            QCOMPARE(run.completionTokens, 8);
            QVERIFY(*run.totalSeconds > 0.5);
        }
        using F = BenchSummary::Figure;
        const double slowClient = median(r, 0, F::ClientEvalTps);
        const double fastClient = median(r, 1, F::ClientEvalTps);
        const double slowServer = median(r, 0, F::ServerEvalTps);
        const double fastServer = median(r, 1, F::ServerEvalTps);
        qInfo("client: %.2f vs %.2f tok/s, server: %.2f vs %.2f tok/s", slowClient, fastClient,
              slowServer, fastServer);
        QVERIFY(fastClient > slowClient);
        QVERIFY2(std::abs(fastClient / slowClient - 2.0) < 0.2, "client ratio off by over 10%");
        QVERIFY2(std::abs(slowClient - 5.0) < 0.5, "slow client rate off by over 10%");
        QVERIFY(std::abs(fastServer / slowServer - 2.0) < 0.2);
        QVERIFY(std::abs(slowServer - 5.0) < 0.5);

        // Every answer at temperature 0 with the fixed seed and the token limit; the warm-up
        // asked for one token only.
        const QList<QJsonObject> asked = answerRequests(slow, "/api/chat");
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked[0].value(u"options").toObject().value(u"num_predict").toInt(), 1);
        for (int i = 1; i < 3; ++i) {
            const QJsonObject options = asked[i].value(u"options").toObject();
            QCOMPARE(options.value(u"temperature").toDouble(-1), 0.0);
            QCOMPARE(options.value(u"seed").toInt(), 42);
            QCOMPARE(options.value(u"num_predict").toInt(), 256);
            QVERIFY(asked[i]
                        .value(u"messages")
                        .toArray()
                        .last()
                        .toObject()
                        .value(u"content")
                        .toString()
                        .endsWith(u"\n\n"_s + plan.prompts[0].text));
        }
    }

    void coldRunsUnloadOllamaFirstAndRecordTheLoad()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(tokens(4));
        server.setTokenIntervalMs(10);
        server.setDelayBeforeFirstChunkMs(300); // the load the server reports
        server.setUnloadDelayMs(50);
        OllamaProvider p(server.baseUrl(), &m_nam);
        p.setUnloadPollIntervalMs(20);
        BenchRunner runner([&](const QString &) { return &p; });
        QVERIFY(run(runner, planFor({{p.baseUrl().toString(), ServerKind::Ollama, u"llama3.2"_s}},
                                    2, BenchPlan::Mode::Cold)));
        const BenchResult &r = runner.result();
        QCOMPARE(r.runs.size(), 2);
        for (const BenchRun &run : r.runs) {
            QVERIFY2(run.ok(), qPrintable(run.error));
            QVERIFY(run.cold);
            QVERIFY(run.warmOnlyReason.isEmpty());
            QVERIFY(run.loadSeconds);
            QCOMPARE(*run.loadSeconds, 0.3); // load_duration, from the server
            QVERIFY(*run.timeToFirstTokenSeconds >= 0.28);
        }
        // Each measured answer came right after an unload (keep_alive 0, no messages).
        QStringList sequence;
        for (const RecordedRequest &req : server.requests()) {
            if (req.path != "/api/chat")
                continue;
            const QJsonObject body = QJsonDocument::fromJson(req.body).object();
            sequence.append(body.value(u"messages").toArray().isEmpty() &&
                                    body.value(u"keep_alive").toInt(-1) == 0
                                ? u"unload"_s
                                : u"answer"_s);
        }
        QCOMPARE(sequence, (QStringList{u"unload"_s, u"answer"_s, u"unload"_s, u"answer"_s}));
        const QList<BenchSummary::Row> rows = BenchSummary::rows(r);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].kind, BenchSummary::RunKind::Cold);
    }

    void coldRunsOnLmStudioUnloadThenTimeTheLoad()
    {
        FakeLmStudioServer server;
        QVERIFY(server.listen());
        server.setAnswer(tokens(4));
        server.setTokenIntervalMs(20); // 60 ms from first to last: LocalForge's rate is taken
        server.setLoadDelayMs(250);
        LmStudioProvider p(server.baseUrl(), &m_nam);
        bool listed = false;
        p.listModels(this, [&listed](const ModelListResult &) { listed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);
        const QString model = u"google/gemma-4-26b-a4b"_s; // loaded in the fixture
        BenchRunner runner([&](const QString &) { return &p; });
        QVERIFY(run(runner, planFor({{p.baseUrl().toString(), ServerKind::LmStudio, model}}, 1,
                                    BenchPlan::Mode::WarmAndCold)));
        const BenchResult &r = runner.result();
        QCOMPARE(r.runs.size(), 2);
        QVERIFY2(r.runs[0].ok(), qPrintable(r.runs[0].error));
        QVERIFY(r.runs[0].cold);
        QVERIFY(r.runs[0].loadSeconds);
        QVERIFY(*r.runs[0].loadSeconds >= 0.24);
        // Time to first token includes the load, as on Ollama, where the chat loads it.
        QVERIFY(r.runs[0].timeToFirstTokenSeconds);
        QVERIFY(*r.runs[0].timeToFirstTokenSeconds >= *r.runs[0].loadSeconds);
        QVERIFY(*r.runs[1].timeToFirstTokenSeconds < 0.24);
        QVERIFY(*r.runs[0].totalSeconds >= *r.runs[0].timeToFirstTokenSeconds);
        QVERIFY(!r.runs[1].cold); // then the same prompt warm
        QVERIFY(r.runs[1].ok());
        QByteArrayList paths;
        for (const RecordedRequest &req : server.requests()) {
            if (req.method == "POST")
                paths.append(req.path);
        }
        QCOMPARE(paths, (QByteArrayList{"/api/v1/models/unload", "/api/v1/models/load",
                                        "/v1/chat/completions", "/v1/chat/completions"}));
        // LM Studio reports no generation rate: only LocalForge's is there.
        QVERIFY(!r.runs[0].serverEvalTokensPerSecond);
        QVERIFY(r.runs[0].clientEvalTokensPerSecond);
        QCOMPARE(BenchSummary::rows(r).size(), 2);
    }

    void aLoadThatNeverEndsFailsTheColdRunsInsteadOfHanging()
    {
        // LM Studio's load answers only when the model is in memory; one that never comes
        // back stops that model's runs after the request time limit, and the benchmark ends.
        FakeLmStudioServer server;
        QVERIFY(server.listen());
        server.setAnswer(tokens(4));
        server.setLoadDelayMs(60'000);
        LmStudioProvider p(server.baseUrl(), &m_nam);
        bool listed = false;
        p.listModels(this, [&listed](const ModelListResult &) { listed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);
        const QString model = u"google/gemma-4-26b-a4b"_s;
        BenchRunner runner([&](const QString &) { return &p; });
        BenchPlan plan = planFor({{p.baseUrl().toString(), ServerKind::LmStudio, model}}, 2,
                                 BenchPlan::Mode::Cold);
        plan.timeoutSeconds = 1;
        QElapsedTimer clock;
        clock.start();
        QSignalSpy finished(&runner, &BenchRunner::finished);
        QVERIFY(!runner.start(plan).isError());
        QVERIFY(finished.wait(10'000));
        QVERIFY(clock.elapsed() < 5'000);
        const BenchResult &r = runner.result();
        QCOMPARE(r.runs.size(), 1); // the second run of that model is skipped
        QVERIFY(!r.runs[0].ok());
        QVERIFY2(r.runs[0].error.contains(model) && r.runs[0].error.contains(u"Preferences"),
                 qPrintable(r.runs[0].error));
        QVERIFY(!runner.isRunning());
    }

    void theCommandSaysWhyAModelListCouldNotBeRead()
    {
        // `localforge bench llama3.2@URL` where the server answers, but its list fails: the
        // server's reason, not "has no model named llama3.2, it has none".
        FakeOllamaServer server;
        QVERIFY(server.listen());
        bool failing = false;
        server.setHandler([&failing](const RecordedRequest &r, Responder &responder) {
            if (failing && r.path == "/api/tags")
                responder.sendJson(500, R"({"error":"disk read error on the models folder"})");
        });
        QTemporaryDir dir;
        Core::Options options;
        options.discovery.candidates.clear();
        options.discovery.intervalMs = 0;
        options.phoenixUrl = QUrl();
        options.settingsFile = dir.filePath(u"settings.ini"_s);
        options.dataFolder = dir.filePath(u"conversations"_s);
        Core core(options);
        BenchCommand command(&core);
        QVERIFY(!command.prepare({u"llama3.2@"_s + server.baseUrl().toString()}).isError());
        failing = true; // after discovery counted its models
        QSignalSpy finished(&command, &BenchCommand::finished);
        core.start();
        command.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toInt(), 1);
        QVERIFY2(command.message().contains(u"disk read error"), qPrintable(command.message()));
        QVERIFY2(!command.message().contains(u"no model named"), qPrintable(command.message()));
    }

    void llamaCppCannotUnloadSoColdRunsAreWarmOnly()
    {
        FakeLlamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(tokens(4));
        server.setTokenIntervalMs(10);
        OpenAiProvider p(ServerKind::LlamaCpp, server.baseUrl(), &m_nam);
        BenchRunner runner([&](const QString &) { return &p; });
        QVERIFY(run(runner, planFor({{p.baseUrl().toString(), ServerKind::LlamaCpp, u"m"_s}}, 2,
                                    BenchPlan::Mode::Cold)));
        const BenchResult &r = runner.result();
        QCOMPARE(r.runs.size(), 2);
        for (const BenchRun &run : r.runs) {
            QVERIFY2(run.ok(), qPrintable(run.error));
            QVERIFY(!run.cold);
            QVERIFY(run.warmOnlyReason.contains(u"llama.cpp"));
            QVERIFY(run.serverEvalTokensPerSecond); // llama-server's timings
        }
        const QList<BenchSummary::Row> rows = BenchSummary::rows(r);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].kind, BenchSummary::RunKind::WarmOnly);
    }

    void aFailingModelDoesNotStopTheOthers()
    {
        FakeOllamaServer good, cut;
        QVERIFY(good.listen());
        QVERIFY(cut.listen());
        good.setAnswer(tokens(5));
        cut.setAnswer(tokens(5));
        good.setTokenIntervalMs(20); // long enough for LocalForge's own rate
        cut.setTokenIntervalMs(5);
        cut.setFault(FakeHttpServer::Fault::CutStream, 2);
        OllamaProvider a(good.baseUrl(), &m_nam), b(cut.baseUrl(), &m_nam);
        BenchRunner runner([&](const QString &id) -> Provider * {
            return id == a.baseUrl().toString() ? &a : &b;
        });
        const QString ga = a.baseUrl().toString(), gb = b.baseUrl().toString();
        QVERIFY(run(runner, planFor({{ga, ServerKind::Ollama, u"no-such-model"_s},
                                     {gb, ServerKind::Ollama, u"llama3.2"_s},
                                     {ga, ServerKind::Ollama, u"llama3.2"_s}},
                                    3, BenchPlan::Mode::Warm)));
        const QList<BenchSummary::Row> rows = BenchSummary::rows(runner.result());
        QCOMPARE(rows.size(), 3);
        // The 404 came to the warm-up, which loads the model: it is no measured run, and the
        // model's runs are skipped.
        QCOMPARE(rows[0].runs, 0);
        QCOMPARE(rows[0].failed, 0);
        QVERIFY(rows[0].warmUpFailed);
        QVERIFY2(rows[0].error.contains(u"no-such-model"), qPrintable(rows[0].error));
        QVERIFY2(rows[0].error.startsWith(u"The answer that loads the model"),
                 qPrintable(rows[0].error));
        const BenchRun &failed = runner.result().runs.first();
        QCOMPARE(failed.promptId, BenchRun::WarmUp);
        const QList<QByteArray> csv = BenchExport::csv(runner.result()).split('\n');
        QVERIFY2(csv.at(1).contains(",warm-up,,"), csv.at(1).constData());
        QVERIFY(
            BenchExport::markdown({runner.result()}).contains(u"failed: The answer that loads"));
        QVERIFY(rows[1].warmUpFailed); // cut during the warm-up too
        QVERIFY(!rows[1].error.isEmpty());
        QCOMPARE(rows[2].runs, 3);
        QCOMPARE(rows[2].failed, 0);
        QVERIFY(rows[2].error.isEmpty());
        QVERIFY(rows[2].stat(BenchSummary::Figure::ClientEvalTps).median);
    }

    void stopKeepsWhatFinished()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(tokens(10));
        server.setTokenIntervalMs(30);
        OllamaProvider p(server.baseUrl(), &m_nam);
        BenchRunner runner([&](const QString &) { return &p; });
        QSignalSpy recorded(&runner, &BenchRunner::runRecorded);
        QSignalSpy finished(&runner, &BenchRunner::finished);
        QVERIFY(!runner
                     .start(planFor({{p.baseUrl().toString(), ServerKind::Ollama, u"llama3.2"_s}},
                                    5, BenchPlan::Mode::Warm))
                     .isError());
        const ApiError again =
            runner.start(planFor({{p.baseUrl().toString(), ServerKind::Ollama, u"llama3.2"_s}}, 1,
                                 BenchPlan::Mode::Warm));
        QCOMPARE(again.kind, ApiError::Kind::Invalid);
        QCOMPARE(again.message, u"A benchmark is already running. Stop it first."_s);
        QVERIFY(recorded.wait(30000));
        QVERIFY(runner.etaSeconds());
        QVERIFY(*runner.etaSeconds() > 0);
        runner.stop();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!runner.isRunning());
        QVERIFY(runner.result().stopped);
        const qsizetype kept = runner.result().runs.size();
        QVERIFY(kept >= 1 && kept < 5);
        const qsizetype asked = server.requests().size();
        QTest::qWait(500);
        QCOMPARE(server.requests().size(), asked); // nothing more was sent
        QCOMPARE(runner.result().runs.size(), kept);
    }

    void peakMemoryComesFromTheMetricsHub()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(tokens(8));
        server.setTokenIntervalMs(40);
        OllamaProvider p(server.baseUrl(), &m_nam);
        MetricsHub hub(nullptr, nullptr);
        qint64 used = 1'000'000'000;
        hub.setMemorySource([&used] {
            MemoryInfo m;
            m.totalBytes = 64'000'000'000;
            used += 1'000'000;
            m.availableBytes = m.totalBytes - used;
            return std::optional<MemoryInfo>(m);
        });
        hub.setProcessSampler(ProcessSampler(u"/nonexistent-proc"_s));
        hub.setIntervalMs(20);
        hub.start();
        BenchRunner runner([&](const QString &) { return &p; });
        runner.setMetrics(&hub);
        QVERIFY(run(runner, planFor({{p.baseUrl().toString(), ServerKind::Ollama, u"llama3.2"_s}},
                                    1, BenchPlan::Mode::Warm)));
        hub.stop();
        const BenchRun &r = runner.result().runs.at(0);
        QVERIFY(r.peakSystemRamBytes);
        // Memory only grew in this test: the peak is the last sample before the run ended,
        // well above what it was when the benchmark started.
        QVERIFY(*r.peakSystemRamBytes > 1'005'000'000);
        QVERIFY(*r.peakSystemRamBytes <= used);
        QVERIFY(!r.peakServerRssBytes); // no server process in this /proc
    }

    void gpuMemoryIsTheModelsOwn()
    {
        // Two models loaded on one Ollama: each run's GPU memory is what its own model holds,
        // not the server's total (which would also depend on the order the models ran in).
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(tokens(4));
        OllamaProvider p(server.baseUrl(), &m_nam);
        MetricsHub hub(nullptr, nullptr);
        hub.setProcessSampler(ProcessSampler(u"/nonexistent-proc"_s));
        BenchRunner runner([&](const QString &) { return &p; });
        runner.setMetrics(&hub);
        const QString id = p.baseUrl().toString();
        QVERIFY(run(runner, planFor({{id, ServerKind::Ollama, u"llama3.2:latest"_s},
                                     {id, ServerKind::Ollama, u"deepseek-r1:latest"_s}},
                                    1, BenchPlan::Mode::Warm)));
        QHash<QString, qint64> held;
        bool listed = false;
        p.loader()->loadedModels(this, [&](const LoadedModelsResult &r) {
            for (const LoadedModel &m : r.models)
                held.insert(m.id, m.vramBytes);
            listed = true;
        });
        QTRY_VERIFY(listed);
        QCOMPARE(held.size(), 2);
        QVERIFY(held.value(u"llama3.2:latest"_s) != held.value(u"deepseek-r1:latest"_s));
        const BenchResult &r = runner.result();
        QCOMPARE(r.runs.size(), 2);
        for (const BenchRun &run : r.runs) {
            const QString model = r.plan.targets[run.target].model;
            QVERIFY2(run.gpuMemoryBytes, qPrintable(model));
            QCOMPARE(*run.gpuMemoryBytes, held.value(model));
        }
    }

    void noRunAsksWhatTheOneBeforeAsked()
    {
        // Servers reuse the computed prefix of the last request: each measured run starts
        // with a line of its own, so its time to first token is not a cache hit.
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(tokens(3));
        OllamaProvider p(server.baseUrl(), &m_nam);
        BenchRunner runner([&](const QString &) { return &p; });
        QVERIFY(run(runner,
                    planFor({{p.baseUrl().toString(), ServerKind::Ollama, u"llama3.2:latest"_s}}, 3,
                            BenchPlan::Mode::Warm)));
        QCOMPARE(runner.result().runs.size(), 3);
        QStringList firsts;
        for (const RecordedRequest &r : server.requests()) {
            if (r.path != "/api/chat")
                continue;
            const QJsonArray messages =
                QJsonDocument::fromJson(r.body).object().value(u"messages").toArray();
            if (messages.last().toObject().value(u"content").toString() == u"Hi")
                continue; // the warm-up
            QCOMPARE(messages.size(), 1);
            const QString text = messages.first().toObject().value(u"content").toString();
            firsts << text.section(u'\n', 0, 0);
            QVERIFY(text.endsWith(u"\n\n"_s + BenchPrompts::builtIn().constFirst().text));
        }
        QCOMPARE(firsts.size(), 3);
        QCOMPARE(QSet<QString>(firsts.cbegin(), firsts.cend()).size(), 3);
    }

    void aServerThatDoesNotListItsModelsStillGetsItsRunsRecorded()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(tokens(4));
        server.setHandler([](const RecordedRequest &r, Responder &responder) {
            if (r.path == "/api/ps")
                responder.sendJson(200, R"({"models":[]})", 60000); // after the benchmark
        });
        OllamaProvider p(server.baseUrl(), &m_nam);
        BenchRunner runner([&](const QString &) { return &p; });
        QVERIFY(run(runner,
                    planFor({{p.baseUrl().toString(), ServerKind::Ollama, u"llama3.2:latest"_s}}, 1,
                            BenchPlan::Mode::Warm)));
        QCOMPARE(runner.result().runs.size(), 1);
        QVERIFY(runner.result().runs.first().ok());
        QVERIFY(!runner.result().runs.first().gpuMemoryBytes);
    }

    void resultsOfOneMachineAreToldApart()
    {
        // Before and after an update on one machine, and one file imported twice.
        BenchResult before, after, other;
        before.machine.name = after.machine.name = u"vm"_s;
        other.machine.name = u"mac"_s;
        before.startedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        after.startedAt = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        QCOMPARE(BenchSummary::machineLabels({other, before}), (QStringList{u"mac"_s, u"vm"_s}));
        const QStringList two = BenchSummary::machineLabels({before, after, other});
        QCOMPARE(two.size(), 3);
        QVERIFY(two[0].startsWith(u"vm · "_s) && two[1].startsWith(u"vm · "_s));
        QVERIFY(two[0] != two[1]);
        QCOMPARE(two[2], u"mac"_s);
        const QStringList same = BenchSummary::machineLabels({before, before});
        QVERIFY(same[0] != same[1]);
        QVERIFY(same[1].endsWith(u"(2)"_s));
    }

    void statsAreMedianMinMax()
    {
        BenchStat s = BenchStat::of({3.0, 1.0, 2.0});
        QCOMPARE(*s.median, 2.0);
        QCOMPARE(*s.min, 1.0);
        QCOMPARE(*s.max, 3.0);
        s = BenchStat::of({4.0, 1.0, 2.0, 3.0});
        QCOMPARE(*s.median, 2.5);
        QVERIFY(!BenchStat::of({}).median);
    }

    void exportsRoundTrip()
    {
        FakeOllamaServer server;
        FakeLlamaServer llama;
        QVERIFY(server.listen());
        QVERIFY(llama.listen());
        server.setAnswer(tokens(6));
        llama.setAnswer(tokens(6));
        server.setTokenIntervalMs(5);
        llama.setTokenIntervalMs(5);
        OllamaProvider a(server.baseUrl(), &m_nam);
        OpenAiProvider b(ServerKind::LlamaCpp, llama.baseUrl(), &m_nam);
        BenchRunner runner([&](const QString &id) -> Provider * {
            return id == a.baseUrl().toString() ? static_cast<Provider *>(&a) : &b;
        });
        BenchMachine machine;
        machine.name = u"M3 Ultra"_s;
        machine.ramBytes = 192LL << 30;
        machine.gpus = {u"Apple M3 Ultra"_s};
        runner.setMachine(machine);
        BenchPlan plan = planFor({{a.baseUrl().toString(), ServerKind::Ollama, u"llama3.2"_s},
                                  {b.baseUrl().toString(), ServerKind::LlamaCpp, u"m, \"q\""_s},
                                  {a.baseUrl().toString(), ServerKind::Ollama, u"missing"_s}},
                                 2, BenchPlan::Mode::WarmAndCold);
        plan.prompts.append(BenchPrompts::builtIn().at(2));
        QVERIFY(run(runner, plan));
        const BenchResult &result = runner.result();
        QVERIFY(result.runs.size() > 8);

        // JSON: the same result, hence the same table.
        const Result<BenchResult> read = BenchResult::fromJsonBytes(BenchExport::json(result));
        QVERIFY2(read.ok(), qPrintable(read.error.message));
        const BenchResult &back = read.value;
        QCOMPARE(back.runs, result.runs);
        QCOMPARE(back.plan.targets, result.plan.targets);
        QCOMPARE(back.plan.prompts, result.plan.prompts);
        QCOMPARE(back.machine, result.machine);
        QCOMPARE(back.startedAt, result.startedAt);
        QVERIFY(BenchSummary::rows(back) == BenchSummary::rows(result));
        QCOMPARE(BenchExport::markdown({back}), BenchExport::markdown({result}));
        const ApiError notOurs = BenchResult::fromJsonBytes("{\"format\":\"other\"}").error;
        QCOMPARE(notOurs.kind, ApiError::Kind::Invalid);
        QVERIFY(notOurs.message.startsWith(u"This is not a LocalForge benchmark file."));

        // CSV: one line per run, the quoted model name back in one field.
        const QList<QByteArray> lines = BenchExport::csv(result).trimmed().split('\n');
        QCOMPARE(lines.size(), result.runs.size() + 1);
        QVERIFY(lines[0].startsWith("machine,server,kind,model,prompt"));
        int quoted = 0;
        for (const QByteArray &line : lines)
            quoted += line.contains("\"m, \"\"q\"\"\"") ? 1 : 0;
        QCOMPARE(quoted, 8); // 2 runs x 2 prompts x (cold, warm only here, + warm)
        QVERIFY(lines[1].startsWith("M3 Ultra,"));

        // Markdown: a table, one row per model and kind of run, both machines side by side.
        BenchResult other = back;
        other.machine.name = u"GPU box"_s;
        const QString md = BenchExport::markdown({result, other});
        QVERIFY(md.startsWith(u"| Machine | Model |"));
        QVERIFY(md.contains(u"| GPU box | llama3.2 |"));
        QVERIFY(md.contains(u"| M3 Ultra | llama3.2 |"));
        QVERIFY(md.contains(u"failed: "));
        QCOMPARE(md.count(u'\n'), 2 + 2 * int(BenchSummary::rows(result).size()));
    }

    void pastRunsAndOwnPromptsAreKept()
    {
        QTemporaryDir dir;
        BenchStore store(dir.filePath(u"bench"_s));
        BenchResult a, b;
        a.id = u"20261201-050000-000"_s;
        a.startedAt = QDateTime(QDate(2026, 12, 1), QTime(5, 0), Qt::UTC);
        a.plan.targets = {{u"http://127.0.0.1:11434"_s, ServerKind::Ollama, u"phi3"_s}};
        b = a;
        b.id = u"20261201-060000-000"_s;
        b.startedAt = a.startedAt.addSecs(3600);
        BenchRun run;
        run.clientEvalTokensPerSecond = 41.5;
        b.runs = {run};
        const ApiError saved = store.save(a);
        QVERIFY2(!saved.isError(), qPrintable(saved.message));
        QVERIFY(!store.save(b).isError());
        QVERIFY(!store.saveUserPrompts({BenchPrompts::custom(u"Dis bonjour."_s, {})}).isError());
        const QList<BenchResult> listed = store.list();
        QCOMPARE(listed.size(), 2);   // prompts.json is not a benchmark
        QCOMPARE(listed[0].id, b.id); // newest first
        QCOMPARE(listed[0].runs, b.runs);
        QVERIFY(listed[0].title().contains(u"phi3"));
        QCOMPARE(store.userPrompts().size(), 1);
        QCOMPARE(store.userPrompts()[0].id, u"user-1"_s);
        QCOMPARE(BenchPrompts::custom(u"x"_s, store.userPrompts()).id, u"user-2"_s);
        // A prompts file that cannot be read is moved aside, never written over by the next
        // prompt added, and the user is told where it went.
        const QString promptsFile = QDir(store.folder()).filePath(u"prompts.json"_s);
        {
            QFile f(promptsFile);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(
                "[{\"id\":\"user-1\",\"name\":\"Mine\",\"text\":\"Hand-edited, comma missing\"");
        }
        QString problem;
        QVERIFY(store.userPrompts(&problem).isEmpty());
        const QString aside = QDir(store.folder()).filePath(u"prompts.unreadable.json"_s);
        QVERIFY2(problem.contains(aside), qPrintable(problem));
        QVERIFY(!QFile::exists(promptsFile));
        QVERIFY(!store.saveUserPrompts({BenchPrompts::custom(u"New"_s, {})}).isError());
        QFile kept(aside);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains("Hand-edited"));
        // A save cut by a full disk fails and leaves the prompts as they were.
        QCOMPARE(store.userPrompts().size(), 1);
        ApiError cut;
        {
            const FileSizeLimit full(16);
            if (!full.active())
                QSKIP("no file size limit here");
            cut = store.saveUserPrompts(
                {BenchPrompts::custom(u"New"_s, {}), BenchPrompts::custom(u"Newer"_s, {})});
        }
        QCOMPARE(cut.kind, ApiError::Kind::File);
        QCOMPARE(store.userPrompts().size(), 1);
        QVERIFY(!store.remove(a.id).isError());
        QCOMPARE(store.list().size(), 1);
        const ApiError gone = store.remove(a.id);
        QCOMPARE(gone.kind, ApiError::Kind::File);
        QVERIFY2(gone.message.startsWith(u"Could not delete "), qPrintable(gone.message));
    }
};

QTEST_GUILESS_MAIN(TestBench)
#include "tst_bench.moc"
