#include "BenchRunner.h"

#include "metrics/MetricsHub.h"
#include "providers/ChatStream.h"
#include "providers/LmStudioProvider.h"
#include "providers/Provider.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QTimer>

#include <utility>

namespace {
// How long the server may take to list its loaded models after a run.
constexpr int ModelMemoryWaitMs = 5000;
} // namespace

BenchRunner::BenchRunner(ProviderLookup lookup, QObject *parent)
    : QObject(parent)
    , m_lookup(std::move(lookup))
    , m_preparation(new QTimer(this))
{
    m_time.start();
    m_preparation->setSingleShot(true);
    connect(m_preparation, &QTimer::timeout, this, &BenchRunner::onPreparationTooLong);
}

BenchRunner::~BenchRunner()
{
    if (m_stream)
        m_stream->disconnect(this);
}

QString BenchRunner::warmOnlyReason(Provider *provider)
{
    if (!provider)
        return {};
    switch (provider->kind()) {
    case ServerKind::Ollama:
        return {};
    case ServerKind::LmStudio:
        if (provider->loader() && provider->loader()->canLoad())
            return {};
        return tr("This LM Studio is older than 0.4 and cannot unload a model over its API, so "
                  "the run is warm. Unload it with `lms unload --all` before a cold run, or "
                  "update LM Studio.");
    case ServerKind::LlamaCpp:
        return tr("llama.cpp's server keeps the model it was started with in memory and cannot "
                  "unload it, so the run is warm. For a cold start, restart llama-server.");
    case ServerKind::Vllm:
        return tr("vLLM loads its model when it starts and cannot unload it, so the run is "
                  "warm. For a cold start, restart vLLM.");
    case ServerKind::OpenAiCompatible:
    case ServerKind::Unknown:
        break;
    }
    return tr("This server has no way to unload a model over its API, so the run is warm.");
}

bool BenchRunner::isLocal(const QString &serverId)
{
    const QString host = QUrl(serverId).host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    if (address.isNull())
        return false;
    if (address.isLoopback())
        return true;
    const QList<QHostAddress> own = QNetworkInterface::allAddresses();
    return std::any_of(own.cbegin(), own.cend(),
                       [&address](const QHostAddress &a) { return a.isEqual(address); });
}

ApiError BenchRunner::start(const BenchPlan &plan)
{
    if (m_running)
        return ApiError::invalid(tr("A benchmark is already running. Stop it first."));
    if (plan.targets.isEmpty())
        return ApiError::invalid(tr("No model is chosen. Tick at least one model in the list."));
    if (plan.prompts.isEmpty())
        return ApiError::invalid(tr("No prompt is chosen. Tick at least one prompt."));
    if (plan.runs < 1)
        return ApiError::invalid(tr("The number of runs must be at least 1."));
    m_result = BenchResult();
    m_result.plan = plan;
    m_result.machine = m_machine;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_result.id = m_result.startedAt.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    m_jobs.clear();
    m_targetFailed = QList<bool>(plan.targets.size(), false);
    for (int t = 0; t < plan.targets.size(); ++t) {
        if (plan.mode == BenchPlan::Mode::Warm)
            m_jobs.append({t, 0, 0, false, true});
        for (int r = 0; r < plan.runs; ++r) {
            for (int p = 0; p < plan.prompts.size(); ++p) {
                if (plan.mode != BenchPlan::Mode::Warm)
                    m_jobs.append({t, p, r, true, false});
                if (plan.mode != BenchPlan::Mode::Cold)
                    m_jobs.append({t, p, r, false, false});
            }
        }
    }
    m_done = 0;
    m_running = true;
    m_benchStartNs = m_time.nsecsElapsed();
    Q_EMIT started();
    Q_EMIT progress(0, stepsTotal());
    QTimer::singleShot(0, this, &BenchRunner::next);
    return {};
}

std::optional<double> BenchRunner::etaSeconds() const
{
    if (m_done <= 0 || !m_running)
        return std::nullopt;
    const double spent = double(m_time.nsecsElapsed() - m_benchStartNs) / 1e9;
    return spent / m_done * (stepsTotal() - m_done);
}

void BenchRunner::stop()
{
    if (!m_running)
        return;
    delete m_jobContext; // pending unload/load callbacks are dropped with it
    m_jobContext = nullptr;
    m_preparation->stop();
    recordUnrecorded(); // an answer that came is kept, without the model's own memory
    if (ChatStream *stream = m_stream) {
        m_stream = nullptr;
        stream->disconnect(this);
        stream->stop();
        stream->deleteLater();
    }
    finish(true);
}

void BenchRunner::next()
{
    if (!m_running)
        return;
    // Steps of a model that failed are skipped (they count as done).
    while (m_done < stepsTotal() && m_targetFailed.value(m_jobs[m_done].target)) {
        ++m_done;
        Q_EMIT progress(m_done, stepsTotal());
    }
    if (m_done >= stepsTotal()) {
        finish(false);
        return;
    }
    runJob();
}

void BenchRunner::runJob()
{
    const Job &job = m_jobs[m_done];
    const BenchTarget &target = m_result.plan.targets[job.target];
    if (m_jobContext)
        m_jobContext->deleteLater();
    m_jobContext = new QObject(this);
    m_measuredLoadSeconds.reset();
    m_warmOnly.clear();
    m_jobStartNs = m_time.nsecsElapsed();
    m_measureFromNs.reset();
    m_runStartMs = m_metrics ? m_metrics->nowMs() : 0;
    Provider *provider = m_lookup ? m_lookup(target.serverId) : nullptr;
    if (!provider || !provider->chat()) {
        fail(tr("The server %1 is not available any more. Start it again, then run the "
                "benchmark again.")
                 .arg(target.serverId));
        return;
    }
    if (job.cold) {
        m_warmOnly = warmOnlyReason(provider);
        if (m_warmOnly.isEmpty()) {
            unloadThenRun(provider);
            return;
        }
    }
    startChat(provider);
}

void BenchRunner::unloadThenRun(Provider *provider)
{
    const Job job = m_jobs[m_done];
    const QString model = m_result.plan.targets[job.target].model;
    Q_EMIT activity(tr("Unloading %1…").arg(model));
    // A server that never finishes unloading or loading would hold the benchmark for ever.
    m_preparation->start(std::max(1, m_result.plan.timeoutSeconds) * 1000);
    QPointer<Provider> p(provider);
    ModelLoadCapability *loader = provider->loader();
    if (provider->kind() == ServerKind::Ollama) {
        LoadedModel m;
        m.id = model;
        loader->unload(m, m_jobContext, [this, p](const ApiError &e) {
            if (e.isError())
                fail(e.message);
            else if (!p)
                fail(tr("The server went away during the benchmark."));
            else
                startChat(p); // Ollama loads it again and reports the load time
        });
        return;
    }
    // LM Studio: unload every instance of the model, then a timed load.
    loader->loadedModels(m_jobContext, [this, p, model](const LoadedModelsResult &r) {
        if (r.error.isError()) {
            fail(r.error.message);
            return;
        }
        m_pendingUnloads.clear();
        for (const LoadedModel &m : r.models) {
            if (m.id == model)
                m_pendingUnloads.append(m);
        }
        unloadNext(p);
    });
}

void BenchRunner::unloadNext(Provider *provider)
{
    if (!provider) {
        fail(tr("The server went away during the benchmark."));
        return;
    }
    if (m_pendingUnloads.isEmpty()) {
        loadThenChat(provider);
        return;
    }
    QPointer<Provider> p(provider);
    provider->loader()->unload(m_pendingUnloads.takeFirst(), m_jobContext,
                               [this, p](const ApiError &e) {
                                   if (e.isError())
                                       fail(e.message);
                                   else
                                       unloadNext(p);
                               });
}

void BenchRunner::loadThenChat(Provider *provider)
{
    const QString model = m_result.plan.targets[m_jobs[m_done].target].model;
    Q_EMIT activity(tr("Loading %1…").arg(model));
    QPointer<Provider> p(provider);
    const qint64 loadStart = m_time.nsecsElapsed();
    m_measureFromNs = loadStart; // a cold run's total counts the load, not the unload
    provider->loader()->load(model, {}, m_jobContext, [this, p, loadStart](const ApiError &e) {
        if (e.isError()) {
            fail(e.message);
            return;
        }
        m_measuredLoadSeconds = double(m_time.nsecsElapsed() - loadStart) / 1e9;
        if (!p)
            fail(tr("The server went away during the benchmark."));
        else
            startChat(p);
    });
}

void BenchRunner::onPreparationTooLong()
{
    if (!m_running || m_done >= stepsTotal())
        return;
    const QString model = m_result.plan.targets[m_jobs[m_done].target].model;
    delete std::exchange(m_jobContext, nullptr); // the unload or load answers nobody now
    fail(tr("%1 was not unloaded and loaded again within %2 s, the time a request may take, "
            "so its runs stopped. Check that the server still answers; for a large model, "
            "raise the time limit in Preferences.")
             .arg(model)
             .arg(m_result.plan.timeoutSeconds));
}

void BenchRunner::startChat(Provider *provider)
{
    m_preparation->stop();
    const Job &job = m_jobs[m_done];
    const BenchTarget &target = m_result.plan.targets[job.target];
    const BenchPlan &plan = m_result.plan;
    ChatRequest request;
    request.model = target.model;
    request.timeout = std::chrono::seconds(std::max(1, plan.timeoutSeconds));
    request.parameters.temperature = plan.temperature;
    request.parameters.seed = plan.seed;
    if (job.warmUp) {
        request.parameters.maxTokens = 1;
        request.messages.append({ChatTurn::Role::User, QStringLiteral("Hi")});
        Q_EMIT activity(tr("Warming up %1…").arg(target.model));
    } else {
        request.parameters.maxTokens = plan.maxTokens;
        // A line of its own at the start of every run's question: servers reuse what they
        // computed for the longest prefix they saw last (Ollama, llama-server), so a run asking
        // what the one before asked would time a cache hit, not the prompt (time to first
        // token, prompt tokens/s). In the question, not in a system message, which some chat
        // templates refuse (Gemma's). Sent to the model only, so not translated.
        request.messages.append(
            {ChatTurn::Role::User,
             QStringLiteral("(Benchmark run %1 · %2)\n\n")
                     .arg(job.repetition + 1)
                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')) +
                 plan.prompts[job.prompt].text});
        Q_EMIT activity(tr("%1: %2, run %3 of %4")
                            .arg(target.model, plan.prompts[job.prompt].name)
                            .arg(job.repetition + 1)
                            .arg(plan.runs));
    }
    m_clock.requestSent(m_time.nsecsElapsed());
    if (!m_measureFromNs)
        m_measureFromNs = m_time.nsecsElapsed();
    m_stream = provider->chat()->startChat(request, this);
    connect(m_stream, &ChatStream::delta, this,
            [this](const QString &content, const QString &thinking) {
                if (!content.isEmpty() || !thinking.isEmpty())
                    m_clock.chunk(m_time.nsecsElapsed());
            });
    connect(m_stream, &ChatStream::finished, this, &BenchRunner::onChatFinished);
}

BenchRun BenchRunner::blankRun() const
{
    const Job &job = m_jobs[m_done];
    BenchRun run;
    run.target = job.target;
    run.promptId = job.warmUp ? BenchRun::WarmUp : m_result.plan.prompts.value(job.prompt).id;
    run.repetition = job.warmUp ? -1 : job.repetition;
    run.cold = job.cold && m_warmOnly.isEmpty();
    run.warmOnlyReason = job.cold ? m_warmOnly : QString();
    return run;
}

void BenchRunner::onChatFinished(const ChatOutcome &outcome)
{
    const qint64 endNs = m_time.nsecsElapsed();
    if (ChatStream *stream = m_stream) {
        m_stream = nullptr;
        stream->deleteLater();
    }
    if (outcome.status == ChatOutcome::Status::Stopped)
        return; // stop() has finished the benchmark already
    if (outcome.status == ChatOutcome::Status::Failed) {
        fail(outcome.error.message);
        return;
    }
    if (m_jobs[m_done].warmUp) {
        jobDone();
        return;
    }
    BenchRun run = blankRun();
    const ServerFigures &f = outcome.figures;
    run.timeToFirstTokenSeconds = m_clock.timeToFirstTokenSeconds();
    // Load included, on every server: Ollama loads within the chat request, LM Studio in a
    // request of its own before it, timed apart.
    if (m_measuredLoadSeconds && run.timeToFirstTokenSeconds)
        *run.timeToFirstTokenSeconds += *m_measuredLoadSeconds;
    run.totalSeconds = double(endNs - m_measureFromNs.value_or(m_jobStartNs)) / 1e9;
    run.loadSeconds = m_measuredLoadSeconds ? m_measuredLoadSeconds : f.loadSeconds;
    run.promptTokensPerSecond = f.promptTokensPerSecond;
    run.serverEvalTokensPerSecond = f.tokensPerSecond;
    run.promptTokens = f.promptTokens;
    run.completionTokens =
        f.completionTokens ? f.completionTokens : std::optional<qint64>(m_clock.chunks());
    // LocalForge's own rate: the tokens after the first over the time from the first to the
    // last (the server's count when it gives one, since a chunk may carry several tokens).
    if (const auto chunkRate = m_clock.tokensPerSecond()) {
        const double span = double(m_clock.chunks() - 1) / *chunkRate;
        run.clientEvalTokensPerSecond = f.completionTokens && *f.completionTokens > 1
                                            ? double(*f.completionTokens - 1) / span
                                            : *chunkRate;
    }
    fillMemory(run);
    // The GPU memory the model itself holds, where its server says (Ollama's loaded models):
    // asked once the answer is over, since the Monitor's figures are the whole GPU's and the
    // server's, every loaded model included.
    const BenchTarget &target = m_result.plan.targets[run.target];
    Provider *provider = m_lookup ? m_lookup(target.serverId) : nullptr;
    if (!provider || !provider->loader() || !provider->loader()->reportsMemory()) {
        record(run);
        jobDone();
        return;
    }
    m_unrecorded = run;
    const QString model = target.model;
    provider->loader()->loadedModels(m_jobContext, [this, model](const LoadedModelsResult &r) {
        if (!m_unrecorded)
            return;
        for (const LoadedModel &m : r.models) {
            if (m.id == model && m.vramBytes >= 0)
                m_unrecorded->gpuMemoryBytes = m.vramBytes;
        }
        if (recordUnrecorded())
            jobDone();
    });
    // A server slow to say it is recorded without the figure.
    QTimer::singleShot(ModelMemoryWaitMs, m_jobContext, [this] {
        if (recordUnrecorded())
            jobDone();
    });
}

bool BenchRunner::recordUnrecorded()
{
    if (!m_unrecorded)
        return false;
    record(*std::exchange(m_unrecorded, std::nullopt));
    return true;
}

std::optional<double> BenchRunner::peak(const QString &key) const
{
    const TimeSeries *series = m_metrics ? m_metrics->series(key) : nullptr;
    if (!series || series->isEmpty())
        return std::nullopt;
    // Newest first; the sample before the run holds at its start.
    const qint64 now = m_metrics->nowMs();
    std::optional<double> best;
    for (qsizetype i = series->size() - 1; i >= 0; --i) {
        const TimeSeries::Sample s = series->at(i);
        if (s.timeMs > now)
            continue;
        best = best ? std::max(*best, s.value) : s.value;
        if (s.timeMs < m_runStartMs)
            break;
    }
    return best;
}

void BenchRunner::fillMemory(BenchRun &run) const
{
    if (!m_metrics)
        return;
    const BenchTarget &target = m_result.plan.targets[run.target];
    const auto bytes = [](const std::optional<double> &v) -> std::optional<qint64> {
        if (!v)
            return std::nullopt;
        return qint64(*v);
    };
    if (isLocal(target.serverId)) {
        run.peakServerRssBytes = bytes(peak(MetricsHub::processKey(target.kind)));
        run.peakSystemRamBytes = bytes(peak(QString::fromLatin1(MetricsHub::RamUsed)));
        run.gpuMemoryBytes = bytes(peak(QString::fromLatin1(MetricsHub::GpuUsed)));
    } else {
        const QString host = QUrl(target.serverId).host();
        run.peakSystemRamBytes = bytes(peak(MetricsHub::remoteKey(host, "ram.used")));
        run.gpuMemoryBytes = bytes(peak(MetricsHub::remoteKey(host, "gpu.used")));
    }
}

void BenchRunner::fail(const QString &message)
{
    if (!m_running)
        return;
    BenchRun run = blankRun();
    run.error = message.isEmpty() ? tr("The request failed without a message.") : message;
    if (run.isWarmUp())
        run.error = tr("The answer that loads the model before its runs failed, so it has no "
                       "runs: %1")
                        .arg(run.error);
    const qint64 endNs = m_time.nsecsElapsed();
    run.totalSeconds = double(endNs - m_jobStartNs) / 1e9;
    m_targetFailed[run.target] = true;
    record(run);
    jobDone();
}

void BenchRunner::record(BenchRun run)
{
    m_result.runs.append(run);
    Q_EMIT runRecorded(run);
}

void BenchRunner::jobDone()
{
    m_preparation->stop();
    if (m_jobContext) // not deleted here: this may run inside one of its callbacks
        m_jobContext->deleteLater();
    m_jobContext = nullptr;
    ++m_done;
    Q_EMIT progress(m_done, stepsTotal());
    QTimer::singleShot(0, this, &BenchRunner::next);
}

void BenchRunner::finish(bool stopped)
{
    m_running = false;
    m_result.stopped = stopped;
    m_result.finishedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT finished();
}
