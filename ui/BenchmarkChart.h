#pragma once

#include "bench/BenchSummary.h"

#include <QWidget>

// The benchmark's bar chart: eval tokens per second (measured by LocalForge, the same way for
// every server) per model, one bar colour per machine, min–max whiskers over the runs, and a
// dashed line at 30 tok/s, the "fluid" mark. Lives beside MonitorCharts: the two are the only
// files of the ui that include Qt Charts, so both can be swapped together.
class BenchmarkChart final : public QWidget
{
    Q_OBJECT

public:
    static constexpr double FluidTokensPerSecond = 30.0;

    explicit BenchmarkChart(QWidget *parent = nullptr);
    ~BenchmarkChart() override;

    // One group of rows per machine (the first is this machine's).
    void setResults(const QList<QList<BenchSummary::Row>> &machines);

    // For tests and accessibility: what is drawn.
    QStringList categories() const;
    QStringList machineNames() const;
    // Median per category of one machine (0 where it has none), and the whisker ends.
    QList<double> medians(int machine) const;
    QList<QPair<double, double>> ranges(int machine) const;
    double thresholdValue() const;
    bool saveImage(const QString &file) const;

    // "llama3.2\nOllama · cold": the label a row gets, shared by every machine.
    static QString categoryOf(const BenchSummary::Row &row);
    // The same with the model's whole name, for two models whose short names are the same.
    static QString fullCategoryOf(const BenchSummary::Row &row);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeLine();
    struct Parts;
    Parts *m_parts;
};
