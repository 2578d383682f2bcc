#include "BenchmarkTableModel.h"

#include "Format.h"

#include <QLocale>
#include <QUrl>

#include <cmath>

namespace {

using F = BenchSummary::Figure;

QString formatValue(F figure, double v)
{
    switch (figure) {
    case F::Load:
    case F::Ttft:
    case F::Total:
        return Format::seconds(v);
    case F::PromptTps:
    case F::ServerEvalTps:
    case F::ClientEvalTps:
        return QLocale().toString(v, 'f', 1);
    case F::EvalDifference: {
        // Signed as shown: what rounds to nothing is "0.0 %", never "-0.0 %" nor "+0.0 %".
        const double shown = std::round(v * 10.0) / 10.0;
        return (shown > 0 ? QStringLiteral("+") : QString()) +
               QLocale().toString(shown == 0.0 ? 0.0 : shown, 'f', 1) + QStringLiteral(" %");
    }
    case F::Tokens:
        return QLocale().toString(qint64(v));
    case F::PeakServerRss:
    case F::PeakSystemRam:
    case F::GpuMemory:
        return Format::bytes(qint64(v));
    }
    return {};
}

QString runText(const BenchSummary::Row &row)
{
    switch (row.kind) {
    case BenchSummary::RunKind::Warm:
        break;
    case BenchSummary::RunKind::Cold:
        return BenchmarkTableModel::tr("cold");
    case BenchSummary::RunKind::WarmOnly:
        return BenchmarkTableModel::tr("warm only");
    }
    return BenchmarkTableModel::tr("warm");
}

} // namespace

BenchmarkTableModel::BenchmarkTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

std::optional<BenchSummary::Figure> BenchmarkTableModel::figureOf(int column)
{
    switch (column) {
    case ClientEvalColumn:
        return F::ClientEvalTps;
    case ServerEvalColumn:
        return F::ServerEvalTps;
    case DifferenceColumn:
        return F::EvalDifference;
    case TtftColumn:
        return F::Ttft;
    case PromptColumn:
        return F::PromptTps;
    case LoadColumn:
        return F::Load;
    case TokensColumn:
        return F::Tokens;
    case TotalColumn:
        return F::Total;
    case RssColumn:
        return F::PeakServerRss;
    case RamColumn:
        return F::PeakSystemRam;
    case GpuColumn:
        return F::GpuMemory;
    default:
        break;
    }
    return std::nullopt;
}

void BenchmarkTableModel::setRows(const QList<BenchSummary::Row> &rows)
{
    if (rows.size() == m_rows.size()) { // the same rows with new figures: no reset, no jump
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int BenchmarkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BenchmarkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BenchmarkTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BenchSummary::Row &row = m_rows[index.row()];
    const int column = index.column();
    if (const auto figure = figureOf(column)) {
        const BenchStat &s = row.stat(*figure);
        switch (role) {
        case Qt::DisplayRole:
            if (!s.median)
                return QStringLiteral("—");
            if (s.count < 2 || *s.min == *s.max)
                return formatValue(*figure, *s.median);
            return tr("%1 (%2–%3)")
                .arg(formatValue(*figure, *s.median), formatValue(*figure, *s.min),
                     formatValue(*figure, *s.max));
        case SortRole:
            return s.median ? QVariant(*s.median) : QVariant(-1e300);
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            if (!s.median)
                return *figure == F::ServerEvalTps
                           ? tr("This server does not report its own generation rate.")
                           : tr("Not reported or not measured for this server.");
            // Lowest and highest: for a rate the lowest is the slowest, for a time the fastest.
            return tr("Median %1, lowest %2, highest %3, over %n run(s).", nullptr, s.count)
                .arg(formatValue(*figure, *s.median), formatValue(*figure, *s.min),
                     formatValue(*figure, *s.max));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == RunColumn && !row.warmOnlyReason.isEmpty())
            return row.warmOnlyReason;
        if (column == ErrorColumn && !row.error.isEmpty())
            return row.error;
        if (column == ServerColumn)
            return row.target.serverId;
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case MachineColumn:
        return row.machine;
    case ModelColumn:
        return row.target.model;
    case ServerColumn:
        return QString(serverKindName(row.target.kind) + u' ' +
                       QUrl(row.target.serverId).authority());
    case RunColumn:
        return runText(row);
    case RunsColumn:
        if (role == SortRole)
            return row.runs;
        if (row.warmUpFailed && row.runs == 0)
            return tr("none (the warm-up failed)");
        return row.failed > 0 ? tr("%1 (%2 failed)").arg(row.runs).arg(row.failed)
                              : QString::number(row.runs);
    case ErrorColumn:
        return row.error;
    default:
        break;
    }
    return {};
}

QVariant BenchmarkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ClientEvalColumn:
            return tr("Generation rate measured by LocalForge: tokens after the first, over the "
                      "time from the first to the last.");
        case ServerEvalColumn:
            return tr("Generation rate as the server reports it (Ollama, llama.cpp).");
        case DifferenceColumn:
            return tr("How far LocalForge's rate is from the server's.");
        case TtftColumn:
            return tr("Time to first token: request sent to first token, load included.");
        case RssColumn:
            return tr("Peak resident memory of the server's processes during the run, every "
                      "model they hold included (this machine only).");
        case RamColumn:
            return tr("Peak memory in use on the machine during the run.");
        case GpuColumn:
            return tr("GPU memory the model holds, as its server reports it (Ollama). "
                      "Otherwise the GPU's memory in use at its peak during the run, every "
                      "program included.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MachineColumn:
        return tr("Machine");
    case ModelColumn:
        return tr("Model");
    case ServerColumn:
        return tr("Server");
    case RunColumn:
        return tr("Run");
    case RunsColumn:
        return tr("Runs");
    case ClientEvalColumn:
        return tr("Eval tok/s (LocalForge)");
    case ServerEvalColumn:
        return tr("Eval tok/s (server)");
    case DifferenceColumn:
        return tr("Difference");
    case TtftColumn:
        return tr("TTFT");
    case PromptColumn:
        return tr("Prompt tok/s");
    case LoadColumn:
        return tr("Load");
    case TokensColumn:
        return tr("Tokens");
    case TotalColumn:
        return tr("Total");
    case RssColumn:
        return tr("Server RSS");
    case RamColumn:
        return tr("Peak RAM");
    case GpuColumn:
        return tr("GPU memory");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}
