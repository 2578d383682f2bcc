#pragma once

#include "BenchResult.h"
#include "chat/AnswerClock.h"
#include "metrics/MetricsHub.h"
#include "providers/Capabilities.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

class ChatStream;

class Provider;
struct ChatOutcome;

// Runs a benchmark plan, one request at a time, asynchronously on the thread it lives on (Qt
// network is asynchronous: no thread and no blocking wait). For each model: a warm-up answer
// (warm runs), or an unload first (cold runs: Ollama keep_alive 0, LM Studio unload then a
// timed load; a server that cannot unload runs warm and says why), then every prompt `runs`
// times. A failing model gets its error in its runs and the others go on. Stop keeps what
// finished. The tab and `localforge --bench` both drive this class.
class BenchRunner final : public QObject
{
    Q_OBJECT

public:
    using ProviderLookup = std::function<Provider *(const QString &serverId)>;

    explicit BenchRunner(ProviderLookup lookup, QObject *parent = nullptr);
    ~BenchRunner() override;

    // Peak memory during each run is read from this hub's series (optional).
    void setMetrics(MetricsHub *metrics) { m_metrics = metrics; }
    void setMachine(const BenchMachine &machine) { m_machine = machine; }

    // An Invalid error (saying why) when the plan cannot start: nothing to run, or already
    // running.
    ApiError start(const BenchPlan &plan);
    // Stops now; the runs that finished are kept and finished() follows at once.
    void stop();
    bool isRunning() const { return m_running; }
    const BenchResult &result() const { return m_result; }

    int stepsDone() const { return m_done; }
    int stepsTotal() const { return int(m_jobs.size()); }
    // Time left, from the mean duration of the steps so far (unset before the first one ends).
    std::optional<double> etaSeconds() const;

    // Why a cold run on this server is warm (empty when the server can unload the model).
    static QString warmOnlyReason(Provider *provider);
    // Whether a server address is this machine (its processes' memory is then known).
    static bool isLocal(const QString &serverId);

Q_SIGNALS:
    void started();
    void runRecorded(const BenchRun &run);
    void progress(int done, int total);
    // What is happening now, for a status line ("Unloading llama3.2…").
    void activity(const QString &text);
    void finished();

private:
    struct Job
    {
        int target = 0;
        int prompt = 0;
        int repetition = 0;
        bool cold = false;
        bool warmUp = false; // an unrecorded answer that loads the model
    };

    void next();
    void runJob();
    void unloadThenRun(Provider *provider);
    void unloadNext(Provider *provider);
    void loadThenChat(Provider *provider);
    void startChat(Provider *provider);
    void onChatFinished(const ChatOutcome &outcome);
    void fail(const QString &message);
    // Unloading and loading again took longer than a request may: the run fails.
    void onPreparationTooLong();
    void record(BenchRun run);
    // Records the run waiting for its model's memory figure, if there is one.
    bool recordUnrecorded();
    void jobDone();
    void finish(bool stopped);
    BenchRun blankRun() const;
    void fillMemory(BenchRun &run) const;
    std::optional<double> peak(const QString &key) const;

    ProviderLookup m_lookup;
    QPointer<MetricsHub> m_metrics;
    BenchMachine m_machine;
    BenchResult m_result;
    QList<Job> m_jobs;
    QList<bool> m_targetFailed;
    int m_done = 0;
    bool m_running = false;
    QPointer<ChatStream> m_stream;
    std::optional<BenchRun> m_unrecorded; // answered, waiting for its model's memory figure
    QObject *m_jobContext = nullptr;      // parent of pending callbacks: deleted on stop
    QTimer *m_preparation;                // a cold run's unload and load, limited like a request
    AnswerClock m_clock;
    QElapsedTimer m_time;
    qint64 m_benchStartNs = 0;
    qint64 m_jobStartNs = 0;
    std::optional<qint64> m_measureFromNs; // the load (cold, timed apart) or the chat began
    qint64 m_runStartMs = 0;               // metrics hub clock
    std::optional<double> m_measuredLoadSeconds;
    QString m_warmOnly;
    QList<LoadedModel> m_pendingUnloads;
};
