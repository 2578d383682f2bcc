#pragma once

#include "BenchResult.h"

#include <QCoreApplication>

#include <array>
#include <optional>

// Median, minimum and maximum of a figure over the runs that have it.
struct BenchStat
{
    std::optional<double> median;
    std::optional<double> min;
    std::optional<double> max;
    int count = 0;

    static BenchStat of(QList<double> values);
    bool operator==(const BenchStat &other) const = default;
};

// The results table: one row per model, server and kind of run (warm, cold), each figure as
// median, min and max over its runs. Computed from the runs alone, so an imported file gives
// the same table as the machine that ran it.
class BenchSummary final
{
    Q_DECLARE_TR_FUNCTIONS(BenchSummary)

public:
    enum class Figure {
        Load,
        Ttft,
        PromptTps,
        ServerEvalTps,
        ClientEvalTps,
        EvalDifference, // percent
        Tokens,
        Total,
        PeakServerRss,
        PeakSystemRam,
        GpuMemory,
    };
    static constexpr int FigureCount = 11;
    static QString figureId(Figure figure); // for CSV/JSON headers: "eval_tps_client", ...

    enum class RunKind { Warm, Cold, WarmOnly };
    static QString runKindId(RunKind kind); // "warm", "cold", "warm-only"

    struct Row
    {
        QString machine;
        BenchTarget target;
        RunKind kind = RunKind::Warm;
        QString warmOnlyReason;
        int runs = 0; // runs that finished (with or without an error), the warm-up's not
        bool warmUpFailed = false;
        int failed = 0; // of which with an error
        QString error;  // the first error
        std::array<BenchStat, FigureCount> stats;

        const BenchStat &stat(Figure f) const { return stats[std::size_t(f)]; }
        bool operator==(const Row &other) const = default;
    };

    static QList<Row> rows(const BenchResult &result);
    // A name for each result shown together: its machine's, with the time it started when
    // another one has the same machine (before and after an update on one machine), and a
    // number when that is the same too (one file imported twice).
    static QStringList machineLabels(const QList<BenchResult> &results);
    static std::optional<double> value(const BenchRun &run, Figure figure);
};
