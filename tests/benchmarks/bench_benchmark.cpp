// Prints what the Benchmark tab costs the GUI thread: the table and chart update after each
// recorded run (8 models, two machines, 5 runs each), and the per-token work of a run.
#include "BenchmarkChart.h"
#include "BenchmarkTableModel.h"
#include "bench/BenchSummary.h"
#include "chat/AnswerClock.h"

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

BenchResult sample(const QString &machine, double scale)
{
    BenchResult r;
    r.machine.name = machine;
    for (int t = 0; t < 8; ++t) {
        r.plan.targets.append({QStringLiteral("http://127.0.0.1:11434"), ServerKind::Ollama,
                               QStringLiteral("model-%1").arg(t)});
        for (int i = 0; i < 5; ++i) {
            BenchRun run;
            run.target = t;
            run.repetition = i;
            run.clientEvalTokensPerSecond = scale * (20 + t * 5 + i);
            run.serverEvalTokensPerSecond = scale * (21 + t * 5 + i);
            run.timeToFirstTokenSeconds = 0.2;
            run.completionTokens = 256;
            run.peakSystemRamBytes = 8LL << 30;
            r.runs.append(run);
        }
    }
    return r;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    BenchmarkChart chart;
    chart.resize(900, 400);
    chart.show();
    BenchmarkTableModel table;
    const BenchResult here = sample(QStringLiteral("here"), 1.0);
    const BenchResult there = sample(QStringLiteral("there"), 2.2);

    const int rounds = 50;
    double start = cpuSeconds();
    for (int i = 0; i < rounds; ++i) {
        const QList<QList<BenchSummary::Row>> machines{BenchSummary::rows(here),
                                                       BenchSummary::rows(there)};
        table.setRows(machines[0] + machines[1]);
        chart.setResults(machines);
        chart.grab(); // the repaint that follows
    }
    const double perUpdate = (cpuSeconds() - start) / rounds;
    std::printf("after each recorded run (table + chart, 16 rows, 80 runs, repaint): %.2f ms CPU "
                "(once per run, i.e. every few seconds; a 60 Hz frame is 16.7 ms)\n",
                perUpdate * 1e3);

    AnswerClock clock;
    clock.requestSent(0);
    const int tokens = 1'000'000;
    start = cpuSeconds();
    for (qint64 i = 0; i < tokens; ++i)
        clock.chunk(i * 1000);
    const double perToken = (cpuSeconds() - start) / tokens;
    std::printf("per streamed token (timestamp): %.3f µs CPU\n", perToken * 1e6);
    return 0;
}
