#include "BenchSummary.h"

#include <QLocale>

#include <algorithm>

BenchStat BenchStat::of(QList<double> values)
{
    BenchStat s;
    s.count = int(values.size());
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.min = values.constFirst();
    s.max = values.constLast();
    const qsizetype n = values.size();
    s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    return s;
}

QString BenchSummary::figureId(Figure figure)
{
    switch (figure) {
    case Figure::Load:
        return QStringLiteral("load_s");
    case Figure::Ttft:
        return QStringLiteral("ttft_s");
    case Figure::PromptTps:
        return QStringLiteral("prompt_tps");
    case Figure::ServerEvalTps:
        return QStringLiteral("eval_tps_server");
    case Figure::ClientEvalTps:
        return QStringLiteral("eval_tps_client");
    case Figure::EvalDifference:
        return QStringLiteral("eval_diff_pct");
    case Figure::Tokens:
        return QStringLiteral("tokens");
    case Figure::Total:
        return QStringLiteral("total_s");
    case Figure::PeakServerRss:
        return QStringLiteral("peak_server_rss_bytes");
    case Figure::PeakSystemRam:
        return QStringLiteral("peak_system_ram_bytes");
    case Figure::GpuMemory:
        return QStringLiteral("gpu_memory_bytes");
    }
    return {};
}

QString BenchSummary::runKindId(RunKind kind)
{
    switch (kind) {
    case RunKind::Warm:
        break;
    case RunKind::Cold:
        return QStringLiteral("cold");
    case RunKind::WarmOnly:
        return QStringLiteral("warm-only");
    }
    return QStringLiteral("warm");
}

QStringList BenchSummary::machineLabels(const QList<BenchResult> &results)
{
    QStringList names;
    for (const BenchResult &r : results)
        names.append(r.machine.name);
    QStringList labels = names;
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (names.count(names[i]) > 1 && results[i].startedAt.isValid())
            labels[i] = QStringLiteral("%1 · %2").arg(
                names[i],
                QLocale().toString(results[i].startedAt.toLocalTime(), QLocale::ShortFormat));
    }
    const QStringList dated = labels;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (dated.count(dated[i]) > 1)
            labels[i] =
                QStringLiteral("%1 (%2)").arg(dated[i]).arg(dated.first(i).count(dated[i]) + 1);
    }
    return labels;
}

std::optional<double> BenchSummary::value(const BenchRun &run, Figure figure)
{
    const auto d = [](const std::optional<qint64> &v) -> std::optional<double> {
        if (!v)
            return std::nullopt;
        return double(*v);
    };
    switch (figure) {
    case Figure::Load:
        return run.loadSeconds;
    case Figure::Ttft:
        return run.timeToFirstTokenSeconds;
    case Figure::PromptTps:
        return run.promptTokensPerSecond;
    case Figure::ServerEvalTps:
        return run.serverEvalTokensPerSecond;
    case Figure::ClientEvalTps:
        return run.clientEvalTokensPerSecond;
    case Figure::EvalDifference:
        return run.evalDifferencePercent();
    case Figure::Tokens:
        return d(run.completionTokens);
    case Figure::Total:
        return run.totalSeconds;
    case Figure::PeakServerRss:
        return d(run.peakServerRssBytes);
    case Figure::PeakSystemRam:
        return d(run.peakSystemRamBytes);
    case Figure::GpuMemory:
        return d(run.gpuMemoryBytes);
    }
    return std::nullopt;
}

QList<BenchSummary::Row> BenchSummary::rows(const BenchResult &result)
{
    // Rows in plan order: each target, its warm runs first, then its cold ones.
    QList<Row> out;
    for (int t = 0; t < result.plan.targets.size(); ++t) {
        for (const RunKind kind : {RunKind::Warm, RunKind::WarmOnly, RunKind::Cold}) {
            QList<const BenchRun *> runs;
            for (const BenchRun &r : result.runs) {
                if (r.target != t)
                    continue;
                const RunKind k = !r.warmOnlyReason.isEmpty() ? RunKind::WarmOnly
                                  : r.cold                    ? RunKind::Cold
                                                              : RunKind::Warm;
                if (k == kind)
                    runs.append(&r);
            }
            if (runs.isEmpty())
                continue;
            Row row;
            row.machine = result.machine.name;
            row.target = result.plan.targets[t];
            row.kind = kind;
            for (const BenchRun *r : std::as_const(runs)) {
                row.warmUpFailed = row.warmUpFailed || r->isWarmUp();
                row.runs += r->isWarmUp() ? 0 : 1;
                if (row.warmOnlyReason.isEmpty())
                    row.warmOnlyReason = r->warmOnlyReason;
                if (!r->ok()) {
                    row.failed += r->isWarmUp() ? 0 : 1;
                    if (row.error.isEmpty())
                        row.error = r->error;
                }
            }
            for (int f = 0; f < FigureCount; ++f) {
                QList<double> values;
                for (const BenchRun *r : std::as_const(runs)) {
                    if (!r->ok())
                        continue;
                    if (const auto v = value(*r, Figure(f)))
                        values.append(*v);
                }
                row.stats[std::size_t(f)] = BenchStat::of(values);
            }
            out.append(row);
        }
    }
    return out;
}
