// Prints the CPU time of one sampling tick (real /proc here) and of one chart redraw with an
// hour of data, what that costs at 2 Hz and 4 Hz, and the memory an hour of samples takes.
#include "MonitorCharts.h"
#include "metrics/MetricsHub.h"

#include <QApplication>

#include <cstdio>
#include <ctime>

namespace {
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    MetricsHub hub(nullptr, nullptr);

    const int ticks = 400;
    double start = cpuSeconds();
    for (int i = 0; i < ticks; ++i)
        hub.sample();
    const double perTick = (cpuSeconds() - start) / ticks;
    std::printf(
        "sampling tick (RAM + /proc scan): %.3f ms CPU; at 2 Hz: %.2f%% of a core (goal < 1%%)\n",
        perTick * 1e3, perTick * 2 * 100);

    // An hour at 2 Hz in every series the monitor draws.
    MetricsHub full(nullptr, nullptr);
    full.setMemorySource([] {
        MemoryInfo m;
        m.totalBytes = 24LL << 30;
        m.availableBytes = 12LL << 30;
        return std::optional<MemoryInfo>(m);
    });
    for (int i = 0; i < 7200 * 2; ++i) // twice the capacity: the ring must not grow
        full.sample();
    std::printf("one hour of samples at 2 Hz (%d series): %.1f KiB, the same after two hours\n",
                int(full.keys().size()), double(full.memoryBytes()) / 1024.0);

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
