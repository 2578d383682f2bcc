#pragma once

#include "ChartLegend.h"

#include <QHash>
#include <QPointF>
#include <QWidget>

class MetricsHub;
class QLabel;
class QTimer;

// The monitor's charts on one time axis (seconds before now): memory (system, each server's
// processes, GPU, with the ceilings), GPU load, and tokens per second, their plots lined up so
// one moment is at one x on all of them. The only part of the ui that uses Qt Charts, so it
// can be swapped without touching the rest.
class MonitorCharts final : public QWidget
{
    Q_OBJECT

public:
    explicit MonitorCharts(MetricsHub *hub, QWidget *parent = nullptr);
    ~MonitorCharts() override;

    void setWindowSeconds(int seconds);
    int windowSeconds() const { return m_windowSeconds; }
    // Redraws from the series (called at most 4 times a second by the page).
    void refresh();
    bool saveImage(const QString &file) const;
    int refreshCount() const { return m_refreshes; }

    // For tests and accessibility: the lines drawn now, by name, and the GPU notice.
    QStringList lineNames() const;
    QList<QPointF> points(const QString &lineName) const;
    QString gpuNotice() const;

    // Scales every chart's title, legend and axis labels (the presenter view, for a projector).
    void setFontScale(double scale);
    double fontScale() const { return m_fontScale; }
    // The axis labels' font as drawn now (for tests).
    QFont axisLabelFont() const;

    // A value axis from 0 that holds `value` with ticks on round numbers (1, 2, 2.5 or 5 times
    // a power of ten), in at most `maxIntervals` steps: "0, 5, 10 … 25 GB", not "6.5, 12.9".
    struct AxisScale
    {
        double max = 1.0;
        int ticks = 2;    // tick marks, both ends included
        int decimals = 0; // what a label needs to show the step exactly
    };
    static AxisScale niceScale(double value, int maxIntervals);
    // For tests: the memory and speed axes as drawn now.
    AxisScale memoryScale() const;
    AxisScale rateScale() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QList<ChartLegend::Entry> legendEntries(int chart) const;
    void placeLegends();
    void updateLegends();
    void updateNotice();
    void describeCharts();
    void fitToPlotAreas();
    void alignPlotAreas();
    void applyMargins(int chart);
    void applyMinimumHeights();
    int intervalsFor(int chart) const;
    void addRemoteLines();
    void addReportedLine(const QString &key);
    void addReportedRateLine(const QString &key);
    void applyScale(int axis, double value);

    struct Charts;
    MetricsHub *m_hub;
    Charts *m_charts;
    QLabel *m_gpuNotice;
    QTimer *m_fit; // after the charts' layout: ticks and alignment from the plots' sizes
    int m_windowSeconds = 300;
    int m_refreshes = 0;
    double m_fontScale = 1.0;
    // Legends as wrapped lines above each chart, its title leading them, and time labels under
    // the lowest chart only: narrow charts, large text (a projector) or many lines.
    bool m_compact = false;
    // Margin changes made to line the plots up since the last refresh or resize: a legend that
    // shrinks with its chart could otherwise keep them moving.
    int m_alignPasses = 0;
};
