#include "GpuInfo.h"

#include "BackgroundSampler.h"
#include "Nvml.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace {
constexpr qint64 MiB = 1024 * 1024;

std::optional<double> number(const QByteArray &field)
{
    bool ok = false;
    const double v = field.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt; // "[N/A]" and "[Not Supported]" fail
}
} // namespace

GpuInfo::GpuInfo(QObject *parent)
    : QObject(parent)
    , m_program(QStandardPaths::findExecutable(QStringLiteral("nvidia-smi")))
    , m_sampler(new BackgroundSampler(this))
{
    setNvmlLibrary(QStringLiteral("nvidia-ml"));
}

GpuInfo::~GpuInfo()
{
    // NVML is shut down on the thread that started it: nvmlShutdown can hang on a wedged
    // driver too, and quitting must not wait for it longer than the sampler waits at exit.
    if (m_query)
        m_sampler->releaseOnWorker(std::make_shared<decltype(m_query)>(std::move(m_query)));
}

void GpuInfo::setNvmlLibrary(const QString &name)
{
    ++m_generation; // an answer still on its way is for the query replaced here
    m_query = nullptr;
    m_nvmlKnown = false;
    if (name.isEmpty())
        return;
    // Loaded and started on the query thread, at the first refresh: nvmlInit can take seconds
    // (it wakes a GPU that sleeps) or hang on a wedged driver. Only that thread touches it.
    auto nvml = std::make_shared<std::unique_ptr<Nvml>>();
    m_query = [nvml, name]() -> std::optional<QList<GpuStatus>> {
        if (!*nvml)
            *nvml = std::make_unique<Nvml>(name);
        if (!(*nvml)->isAvailable())
            return std::nullopt;
        return (*nvml)->query();
    };
}

void GpuInfo::setInProcessQuery(std::function<QList<GpuStatus>()> query)
{
    ++m_generation;
    m_query = nullptr;
    m_nvmlKnown = bool(query);
    if (query)
        m_query = [query = std::move(query)] { return std::optional(query()); };
}

bool GpuInfo::isQuerying() const
{
    return m_process || m_sampler->isBusy();
}

QString GpuInfo::source() const
{
    if (m_query && m_nvmlKnown)
        return QStringLiteral("NVML");
    return m_program.isEmpty() ? QString() : QStringLiteral("nvidia-smi");
}

QStringList GpuInfo::nvidiaSmiArguments()
{
    return {QStringLiteral("--query-gpu=index,name,memory.total,memory.used,memory.free,"
                           "utilization.gpu,power.draw,temperature.gpu"),
            QStringLiteral("--format=csv,noheader,nounits")};
}

QList<GpuStatus> GpuInfo::parseNvidiaSmi(const QByteArray &csv)
{
    QList<GpuStatus> out;
    for (const QByteArray &line : csv.split('\n')) {
        const QList<QByteArray> f = line.split(',');
        if (f.size() < 5)
            continue;
        bool ok = false;
        GpuStatus g;
        g.index = f[0].trimmed().toInt(&ok);
        if (!ok)
            continue;
        g.name = QString::fromUtf8(f[1].trimmed());
        g.memoryKnown = number(f[2]).has_value();
        g.memoryTotalBytes = qint64(number(f[2]).value_or(0) * MiB);
        g.memoryUsedBytes = qint64(number(f[3]).value_or(0) * MiB);
        g.memoryFreeBytes = qint64(number(f[4]).value_or(0) * MiB);
        if (f.size() > 5)
            g.utilizationPercent = number(f[5]);
        if (f.size() > 6)
            g.powerWatts = number(f[6]);
        if (f.size() > 7)
            g.temperatureC = number(f[7]);
        out.append(g);
    }
    return out;
}

std::optional<qint64> GpuInfo::freeVramBytes() const
{
    std::optional<qint64> free;
    for (const GpuStatus &g : m_gpus) {
        if (g.memoryKnown)
            free = free.value_or(0) + g.memoryFreeBytes;
    }
    return free;
}

bool GpuInfo::sharesSystemMemory() const
{
    return !m_gpus.isEmpty() && std::none_of(m_gpus.cbegin(), m_gpus.cend(),
                                             [](const GpuStatus &g) { return g.memoryKnown; });
}

void GpuInfo::refresh()
{
    if (m_query) { // in-process, on the query thread: no program to start
        using Answer = std::optional<QList<GpuStatus>>;
        m_sampler->run<Answer>(m_query, [this, generation = m_generation](const Answer &gpus) {
            if (generation != m_generation)
                return;  // the query was replaced meanwhile: its answer is not this one's
            if (!gpus) { // no NVML here: nvidia-smi from now on
                m_query = nullptr;
                refresh();
                return;
            }
            m_nvmlKnown = true;
            m_gpus = *gpus;
            m_answered = true;
            Q_EMIT finished();
        });
        return;
    }
    if (m_process)
        return;
    if (m_program.isEmpty()) {
        m_answered = true;
        Q_EMIT finished();
        return;
    }
    m_process = new QProcess(this);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && code == 0)
            m_gpus = parseNvidiaSmi(m_process->readAllStandardOutput());
        else
            m_gpus.clear();
        m_process->deleteLater();
        m_process = nullptr;
        m_answered = true;
        Q_EMIT finished();
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_process)
            return;
        m_process->deleteLater();
        m_process = nullptr;
        m_gpus.clear();
        m_answered = true;
        Q_EMIT finished();
    });
    // A wedged driver can hang nvidia-smi: give up after a few seconds, so later refreshes
    // are not blocked behind it.
    QTimer::singleShot(QueryLimitMs, m_process, [process = m_process] { process->kill(); });
    m_process->start(m_program, nvidiaSmiArguments());
}
