#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QThread;

// Runs sampling work (the /proc scan, NVML, IOKit) on a worker thread of its own and hands the
// result back on the thread that asked, so a slow or hung sampler never stalls the window. One
// piece of work at a time: a tick that comes while the previous sample still runs is skipped
// (`run` says so), so a hung driver does not pile up work behind it.
class BackgroundSampler final : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundSampler(QObject *parent = nullptr);
    // Waits a moment for running work; work that hangs is left behind with its thread.
    ~BackgroundSampler() override;

    // `work` runs on the worker thread (it must only use what it captured by value); `done`
    // runs on this object's thread once it finished. False (nothing started) while the previous
    // work still runs.
    template<typename Result>
    bool run(std::function<Result()> work, std::function<void(const Result &)> done)
    {
        auto result = std::make_shared<Result>();
        return start([work = std::move(work), result] { *result = work(); },
                     [done = std::move(done), result] { done(*result); });
    }
    // Lets go of `held` on the worker thread, after the work already given: what it owns (a
    // driver's library) is closed where it was opened, and a close that hangs never stalls the
    // window. Left behind with the thread if that thread hangs.
    void releaseOnWorker(std::shared_ptr<void> held);
    bool isBusy() const { return m_busy; }
    // Ticks skipped because the previous work was still running.
    int skipped() const { return m_skipped; }

private:
    bool start(std::function<void()> work, std::function<void()> done);

    QThread *m_thread;
    class Worker;
    Worker *m_worker;
    std::function<void()> m_done;
    bool m_busy = false;
    int m_skipped = 0;
};
