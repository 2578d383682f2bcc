#include "BenchExport.h"

#include "BenchSummary.h"
#include "net/WholeFile.h"

namespace {

QByteArray csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QString integer(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QString();
}

QString gib(const std::optional<double> &bytes)
{
    return bytes ? QString::number(*bytes / (1024.0 * 1024.0 * 1024.0), 'f', 2) : QString();
}

QString cell(const BenchStat &s, int decimals, bool inGib = false)
{
    if (!s.median)
        return QStringLiteral("—");
    const auto f = [&](const std::optional<double> &v) {
        return inGib ? gib(v) : BenchExport::number(v, decimals);
    };
    if (s.count < 2 || *s.min == *s.max)
        return f(s.median);
    return f(s.median) + QStringLiteral(" (") + f(s.min) + QStringLiteral("–") + f(s.max) + u')';
}

QString escapeMd(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
}

} // namespace

QString BenchExport::number(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
}

QByteArray BenchExport::csv(const BenchResult &result)
{
    QByteArray out = "machine,server,kind,model,prompt,repetition,run,warm_only_reason,load_s,"
                     "ttft_s,prompt_tps,eval_tps_server,eval_tps_client,eval_diff_pct,"
                     "prompt_tokens,completion_tokens,total_s,peak_server_rss_bytes,"
                     "peak_system_ram_bytes,gpu_memory_bytes,error\n";
    for (const BenchRun &r : result.runs) {
        const BenchTarget &t = result.plan.targets[r.target];
        const QString kind = !r.warmOnlyReason.isEmpty() ? QStringLiteral("warm-only")
                             : r.cold                    ? QStringLiteral("cold")
                                                         : QStringLiteral("warm");
        const QStringList fields{result.machine.name,
                                 t.serverId,
                                 serverKindId(t.kind),
                                 t.model,
                                 r.promptId,
                                 r.isWarmUp() ? QString() : QString::number(r.repetition + 1),
                                 kind,
                                 r.warmOnlyReason,
                                 number(r.loadSeconds, 3),
                                 number(r.timeToFirstTokenSeconds, 3),
                                 number(r.promptTokensPerSecond, 2),
                                 number(r.serverEvalTokensPerSecond, 2),
                                 number(r.clientEvalTokensPerSecond, 2),
                                 number(r.evalDifferencePercent(), 1),
                                 integer(r.promptTokens),
                                 integer(r.completionTokens),
                                 number(r.totalSeconds, 3),
                                 integer(r.peakServerRssBytes),
                                 integer(r.peakSystemRamBytes),
                                 integer(r.gpuMemoryBytes),
                                 r.error};
        QByteArrayList line;
        for (const QString &f : fields)
            line.append(csvField(f));
        out += line.join(',') + '\n';
    }
    return out;
}

QString BenchExport::markdown(const QList<BenchResult> &results)
{
    const bool machines = results.size() > 1;
    QStringList header;
    if (machines)
        header << tr("Machine");
    header << tr("Model") << tr("Server") << tr("Run") << tr("Eval tok/s (LocalForge)")
           << tr("Eval tok/s (server)") << tr("TTFT (s)") << tr("Load (s)") << tr("Tokens")
           << tr("Peak RAM (GiB)");
    QString out = u"| " + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (qsizetype i = 0; i < header.size(); ++i)
        out += i < (machines ? 4 : 3) ? QStringLiteral("---|") : QStringLiteral("---:|");
    out += u'\n';
    using F = BenchSummary::Figure;
    for (const BenchResult &result : results) {
        for (const BenchSummary::Row &row : BenchSummary::rows(result)) {
            QStringList cells;
            if (machines)
                cells << escapeMd(row.machine);
            QString run = row.kind == BenchSummary::RunKind::Cold       ? tr("cold")
                          : row.kind == BenchSummary::RunKind::WarmOnly ? tr("warm only")
                                                                        : tr("warm");
            cells << escapeMd(row.target.model)
                  << escapeMd(serverKindName(row.target.kind) + u' ' +
                              QUrl(row.target.serverId).authority())
                  << run;
            if ((row.failed > 0 || row.warmUpFailed) && row.failed == row.runs) {
                cells << escapeMd(tr("failed: %1").arg(row.error));
                while (cells.size() < header.size())
                    cells << QString();
            } else {
                cells << cell(row.stat(F::ClientEvalTps), 1) << cell(row.stat(F::ServerEvalTps), 1)
                      << cell(row.stat(F::Ttft), 2) << cell(row.stat(F::Load), 2)
                      << cell(row.stat(F::Tokens), 0) << cell(row.stat(F::PeakSystemRam), 2, true);
            }
            out += u"| " + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        }
    }
    return out;
}

ApiError BenchExport::write(const QString &path, const QByteArray &data)
{
    if (QString why; !WholeFile::save(path, data, &why))
        return ApiError::file(
            tr("Could not write %1: %2. Choose another folder, or free some disk space.")
                .arg(path, why));
    return {};
}
