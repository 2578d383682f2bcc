#pragma once

#include "bench/BenchSummary.h"

#include <QAbstractTableModel>

// The benchmark results table: one row per machine, model, server and kind of run; each figure
// shows its median with the range over the runs. Sorts by the median (SortRole).
class BenchmarkTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MachineColumn,
        ModelColumn,
        ServerColumn,
        RunColumn,
        RunsColumn,
        ClientEvalColumn,
        ServerEvalColumn,
        DifferenceColumn,
        TtftColumn,
        PromptColumn,
        LoadColumn,
        TokensColumn,
        TotalColumn,
        RssColumn,
        RamColumn,
        GpuColumn,
        ErrorColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit BenchmarkTableModel(QObject *parent = nullptr);

    void setRows(const QList<BenchSummary::Row> &rows);
    const QList<BenchSummary::Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static std::optional<BenchSummary::Figure> figureOf(int column);

private:
    QList<BenchSummary::Row> m_rows;
};
