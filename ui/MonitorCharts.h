#pragma once

#include <QHash>
#include <QPointF>
#include <QWidget>

class MetricsHub;
class QLabel;

// The monitor's charts on one time axis (seconds before now): memory (system, each server's
// processes, GPU, with the ceilings), GPU load, and tokens per second. The only part of the
// ui that uses Qt Charts, so it can be swapped without touching the rest.
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

private:
    void addRemoteLines();
    void addReportedLine(const QString &key);
    void addReportedRateLine(const QString &key);

    struct Charts;
    MetricsHub *m_hub;
    Charts *m_charts;
    QLabel *m_gpuNotice;
    int m_windowSeconds = 300;
    int m_refreshes = 0;
    double m_fontScale = 1.0;
};
