#include "BackgroundSampler.h"

#include <QThread>

namespace {
constexpr unsigned long WaitAtExitMs = 2000;
}

// Lives on the worker thread; its signal is queued to the sampler, and a connection ends with
// the sampler, so work that finishes after the sampler is gone reports to no one.
class BackgroundSampler::Worker final : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void finished();
};

BackgroundSampler::BackgroundSampler(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread) // not a child: it may have to outlive this object (see below)
    , m_worker(new Worker)
{
    m_thread->setObjectName(QStringLiteral("LocalForge sampler"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::finished, this, [this] {
        m_busy = false;
        const std::function<void()> done = std::move(m_done);
        m_done = nullptr;
        if (done)
            done();
    });
    m_thread->start(QThread::LowPriority);
}

BackgroundSampler::~BackgroundSampler()
{
    m_thread->quit();
    if (m_thread->wait(WaitAtExitMs)) {
        delete m_thread;
        return;
    }
    // The work hangs (a wedged driver): the thread cannot be stopped safely, so it is left to
    // end with the process rather than block the window's close.
    qWarning("LocalForge: a sampler did not finish in %lu ms; its thread is left behind.",
             WaitAtExitMs);
    // Still held, where the process can reach it: deleting a running thread would abort.
    static auto *leftBehind = new QList<QThread *>;
    leftBehind->append(m_thread);
}

void BackgroundSampler::releaseOnWorker(std::shared_ptr<void> held)
{
    // Destroyed there whether the call runs or the queued call is dropped as the thread ends
    // (with the worker, on its own thread).
    QMetaObject::invokeMethod(
        m_worker, [held = std::move(held)]() mutable { held.reset(); }, Qt::QueuedConnection);
}

bool BackgroundSampler::start(std::function<void()> work, std::function<void()> done)
{
    if (m_busy) {
        ++m_skipped;
        return false;
    }
    m_busy = true;
    m_done = std::move(done);
    QMetaObject::invokeMethod(
        m_worker,
        [work = std::move(work), worker = m_worker] {
            work();
            Q_EMIT worker->finished();
        },
        Qt::QueuedConnection);
    return true;
}

#include "BackgroundSampler.moc"
