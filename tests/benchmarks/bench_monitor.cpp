// Prints the CPU time of one sampling tick (real /proc here) and of one chart redraw with an
// hour of data, what that costs at 2 Hz and 4 Hz, and the memory an hour of samples takes.
//
// A tick reads memory and scans /proc on the sampler's thread and its figures land later, on
// the window's thread: each tick here waits for its figures before the next, so what is timed
// is the whole read (both threads' CPU), and no tick is skipped.
#include "MonitorCharts.h"
#include "metrics/MetricsHub.h"
#include "metrics/RemoteExporters.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// One tick, and its figures in the series: false when they did not land within 5 s.
bool sampleAndWait(MetricsHub &hub)
{
    QEventLoop loop;
    bool landed = false;
    const QMetaObject::Connection c = QObject::connect(&hub, &MetricsHub::sampled, &loop, [&] {
        landed = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    hub.sample();
    if (!landed)
        loop.exec();
    QObject::disconnect(c);
    return landed && !hub.isSampling();
}

// A /proc with an Ollama and a llama-server process in it, so the hour has their series too.
void writeProcess(const QString &root, int pid, const QByteArray &comm, const QByteArray &cmdline,
                  qint64 residentKb)
{
    QDir(root).mkpath(QString::number(pid));
    const QString dir = root + u'/' + QString::number(pid) + u'/';
    auto write = [&dir](const char *name, const QByteArray &text) {
        QFile f(dir + QLatin1String(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
    };
    write("comm", comm + '\n');
    write("cmdline", cmdline);
    write("status", "Name:\t" + comm + "\nVmRSS:\t" + QByteArray::number(residentKb) + " kB\n");
}
// A node_exporter page as a 32-core machine with a few disks and interfaces serves it: the
// CPU counters, memory fields, disks, file systems and network devices, with their HELP and
// TYPE lines.
QByteArray nodeExporterPage()
{
    QByteArray page;
    auto family = [&page](const QByteArray &name, const QByteArray &type) {
        page += "# HELP " + name + " " + name + " as the kernel reports it.\n# TYPE " + name + " " +
                type + "\n";
    };
    family("node_cpu_seconds_total", "counter");
    for (int cpu = 0; cpu < 32; ++cpu) {
        for (const char *mode :
             {"idle", "iowait", "irq", "nice", "softirq", "steal", "system", "user"})
            page += "node_cpu_seconds_total{cpu=\"" + QByteArray::number(cpu) + "\",mode=\"" +
                    mode + "\"} " + QByteArray::number(123456.78 + cpu, 'f', 2) + "\n";
    }
    for (int i = 0; i < 60; ++i) {
        const QByteArray name = i == 0   ? QByteArray("node_memory_MemTotal_bytes")
                                : i == 1 ? QByteArray("node_memory_MemAvailable_bytes")
                                         : "node_memory_Field" + QByteArray::number(i) + "_bytes";
        family(name, "gauge");
        page += name + " " + QByteArray::number(6.7238842368e+10 - i * 1e8, 'e', 10) + "\n";
    }
    for (const char *metric : {"node_disk_read_bytes_total", "node_disk_written_bytes_total",
                               "node_disk_io_time_seconds_total", "node_disk_reads_completed_total",
                               "node_disk_writes_completed_total"}) {
        family(metric, "counter");
        for (const char *dev : {"nvme0n1", "nvme1n1", "sda", "sdb", "dm-0", "dm-1"})
            page += QByteArray(metric) + "{device=\"" + dev + "\"} 4.2e+09\n";
    }
    for (const char *metric : {"node_filesystem_avail_bytes", "node_filesystem_size_bytes",
                               "node_filesystem_files_free", "node_filesystem_readonly"}) {
        family(metric, "gauge");
        for (int fs = 0; fs < 12; ++fs)
            page += QByteArray(metric) + "{device=\"/dev/nvme0n1p" + QByteArray::number(fs) +
                    "\",fstype=\"ext4\",mountpoint=\"/mnt/volume" + QByteArray::number(fs) +
                    "\"} 1.2e+11\n";
    }
    for (int m = 0; m < 16; ++m) {
        const QByteArray metric = "node_network_counter" + QByteArray::number(m) + "_total";
        family(metric, "counter");
        for (const char *dev : {"lo", "eno1", "eno2", "docker0", "veth1a2b3c", "wlp3s0"})
            page += metric + "{device=\"" + dev + "\"} 9.87654321e+08\n";
    }
    return page;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    MetricsHub hub(nullptr, nullptr);

    const int ticks = 400;
    int lost = 0;
    double start = cpuSeconds();
    for (int i = 0; i < ticks; ++i)
        lost += !sampleAndWait(hub);
    const double perTick = (cpuSeconds() - start) / ticks;
    std::printf("sampling tick (RAM + /proc scan, on the sampler's thread): %.3f ms CPU; at 2 Hz: "
                "%.2f%% of a core (goal < 1%%)%s\n",
                perTick * 1e3, perTick * 2 * 100,
                lost ? qPrintable(QStringLiteral("  [%1 ticks gave no figures]").arg(lost)) : "");

    // An hour at 2 Hz in every series a machine without a GPU draws.
    QTemporaryDir proc;
    writeProcess(proc.path(), 101, "ollama", QByteArray("/usr/bin/ollama\0serve", 21), 6'200'000);
    writeProcess(proc.path(), 102, "llama-server", QByteArray("llama-server\0-m\0model.gguf", 26),
                 4'800'000);
    MetricsHub full(nullptr, nullptr);
    full.setProcessSampler(ProcessSampler(proc.path()));
    full.setMemorySource([] {
        MemoryInfo m;
        m.totalBytes = 24LL << 30;
        m.availableBytes = 12LL << 30;
        m.swapTotalBytes = 8LL << 30;
        m.swapFreeBytes = 7LL << 30;
        return std::optional<MemoryInfo>(m);
    });
    const qsizetype capacity = full.capacity();
    lost = 0;
    for (qsizetype i = 0; i < capacity; ++i)
        lost += !sampleAndWait(full);
    const double hourBytes = double(full.memoryBytes());
    for (qsizetype i = 0; i < capacity; ++i) // twice the capacity: the ring must not grow
        lost += !sampleAndWait(full);
    const double twoHoursBytes = double(full.memoryBytes());
    const TimeSeries *ram = full.series(QString::fromLatin1(MetricsHub::RamUsed));
    std::printf(
        "one hour of samples at 2 Hz (%d series, %lld samples in each): %.1f KiB; after two "
        "hours: %.1f KiB%s\n",
        int(full.keys().size()), ram ? qlonglong(ram->size()) : 0LL, hourBytes / 1024.0,
        twoHoursBytes / 1024.0,
        lost ? qPrintable(QStringLiteral("  [%1 ticks gave no figures]").arg(lost)) : "");

    // A remote host's node_exporter page, read every second on the window's thread.
    const QByteArray page = nodeExporterPage();
    const int reads = 200;
    double total = 0;
    start = cpuSeconds();
    for (int i = 0; i < reads; ++i)
        total += RemoteExporters::fromNodeExporter(page).ramUsed.value_or(0);
    const double perRead = (cpuSeconds() - start) / reads;
    std::printf("a remote host's node_exporter page (%lld lines, %.0f KB): %.2f ms of the window's "
                "thread a read, once a second%s\n",
                qlonglong(page.count('\n')), double(page.size()) / 1000.0, perRead * 1e3,
                total > 0 ? "" : "  [no memory figure read]");

    MonitorCharts charts(&full);
    charts.resize(900, 700);
    charts.show();
    charts.setWindowSeconds(1800);
    QCoreApplication::processEvents();
    const int redraws = 50;
    start = cpuSeconds();
    for (int i = 0; i < redraws; ++i) {
        charts.refresh();
        charts.repaint();
    }
    const double perRedraw = (cpuSeconds() - start) / redraws;
    std::printf("chart redraw, 30-minute window (3,600 samples a series): %.2f ms CPU; at 4 Hz: "
                "%.1f%% of a core\n",
                perRedraw * 1e3, perRedraw * 4 * 100);
    return 0;
}
