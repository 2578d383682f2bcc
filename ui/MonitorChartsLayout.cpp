#include "ChartLegend.h"
#include "MonitorCharts.h"
#include "MonitorChartsData.h"

#include <QFontMetricsF>
#include <QLabel>
#include <QLayout>
#include <QtCharts/QLegend>
#include <QtMath>
#include <cmath>

// The charts' layout: where the legends go, the ticks that fit each plot, and the plots lined
// up on one time axis.

namespace {
// What Qt Charts keeps around each axis label (4 px on either side), and a little more.
constexpr double LabelPadding = 10;
} // namespace

void MonitorCharts::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_alignPasses = 0;
    placeLegends();
}

void MonitorCharts::placeLegends()
{
    // Beside each plot while every legend fits there whole (Qt Charts gives it at most two
    // fifths of the width, and cuts what is longer or lower); otherwise compact.
    if (!isVisible() || height() == 0)
        return;
    const QFontMetricsF metrics(m_charts->memory->legend()->font());
    // Back beside only with room to spare: the two ways must not take turns at each refresh.
    const double slack = m_compact ? 1.15 : 1.0;
    bool beside = true;
    for (int i = 0; i < 3 && beside; ++i) {
        const QChartView *view = m_charts->views[i];
        if (!view->isVisibleTo(this))
            continue;
        const QList<ChartLegend::Entry> entries = legendEntries(i);
        double widest = 0;
        for (const ChartLegend::Entry &e : entries)
            // Its name, the line's stroke before it and the legend's margins: measured at 9 pt,
            // a name that fit with three lines' height of room was still cut by a few letters.
            widest = std::max(widest, metrics.horizontalAdvance(e.name) + 4 * metrics.height());
        // The height its legend would have beside it, under its title.
        const double high = view->height() + (m_compact ? m_charts->legends[i]->height() : 0) -
                            2 * QFontMetricsF(view->chart()->titleFont()).height();
        beside = widest * slack <= 0.4 * view->width() &&
                 entries.size() * (metrics.height() + 6) * slack <= high;
    }
    if (beside != m_compact)
        return;
    m_compact = !beside;
    for (int i = 0; i < 3; ++i) {
        QChart *chart = m_charts->views[i]->chart();
        chart->legend()->setVisible(beside);
        chart->setTitle(beside ? m_charts->titles[i] : QString()); // compact: in the legend
        // Compact, the lowest chart's time labels serve all: the plots are lined up.
        m_charts->timeAxes[i]->setLabelsVisible(beside || i == 2);
        applyMargins(i);
    }
    layout()->setSpacing(m_compact ? 0 : -1); // compact, each legend heads its chart
    applyMinimumHeights();
    updateLegends();
    updateNotice();
}

void MonitorCharts::applyMinimumHeights()
{
    // Compact, a chart may shrink to a plot of one step with its labels, so that everything
    // fits on a projector's screen below the presenter's large header.
    const double label = QFontMetricsF(m_charts->memoryAxis->labelsFont()).height();
    for (int i = 0; i < 3; ++i) {
        // Two ticks' labels, the lowest one's lower half, the margins; the time labels.
        const double plot = 2 * (label + LabelPadding) + label / 2 + 10;
        const int least = m_compact ? qCeil(plot + (i == 2 ? label + LabelPadding : 0)) : 140;
        m_charts->views[i]->setMinimumHeight(least);
    }
}

void MonitorCharts::fitToPlotAreas()
{
    // As many value steps as the plot's height has room for, and time steps for its width.
    applyScale(0, m_charts->memoryValue);
    applyScale(1, m_charts->rateValue);
    m_charts->gpuAxis->setTickCount(niceScale(100.0, intervalsFor(1)).ticks);
    for (int i = 0; i < 3; ++i) {
        QValueAxis *time = m_charts->timeAxes[i];
        const double width = m_charts->views[i]->chart()->plotArea().width();
        const double label = QFontMetricsF(time->labelsFont())
                                 .horizontalAdvance(QString::number(-m_windowSeconds) + u" s");
        // At 60 s, 5 min or 30 min, steps of 10 s, 50 s or 5 min, or fewer: each label's share
        // of the width (as for the values) with room between them.
        int intervals = 6;
        while (intervals > 1 && width > 0 && width / (intervals + 1) < 1.2 * label + LabelPadding)
            intervals = intervals == 6 ? 3 : intervals - 1;
        if (time->tickCount() != intervals + 1)
            time->setTickCount(intervals + 1);
        applyMargins(i); // the labels' size may have changed
    }
    alignPlotAreas();
}

void MonitorCharts::alignPlotAreas()
{
    // Each chart's plot as its own labels and legend leave it, in this widget's coordinates:
    // then every chart gets the room that lines its plot up with the narrowest.
    QList<int> shown;
    QList<QRectF> natural;
    double left = -1e9;
    double right = 1e9;
    for (int i = 0; i < 3; ++i) {
        QChartView *view = m_charts->views[i];
        const QRectF plot = view->chart()->plotArea();
        if (!view->isVisibleTo(this) || plot.isEmpty())
            continue;
        const QPointF origin = view->viewport()->mapTo(this, QPoint(0, 0));
        QRectF r = view->viewportTransform()
                       .mapRect(view->chart()->mapRectToScene(plot))
                       .translated(origin);
        const QMargins &added = m_charts->alignment[i];
        r.adjust(-added.left(), 0, added.right(), 0);
        shown << i;
        natural << r;
        left = std::max(left, r.left());
        right = std::min(right, r.right());
    }
    if (m_alignPasses >= 4)
        return;
    bool changed = false;
    for (qsizetype n = 0; n < shown.size(); ++n) {
        const int i = shown[n];
        const QMargins wanted(qRound(left - natural[n].left()), 0,
                              qRound(natural[n].right() - right), 0);
        const QMargins &had = m_charts->alignment[i];
        // Within a pixel is lined up: no new layout for rounding.
        if (std::abs(wanted.left() - had.left()) <= 1 &&
            std::abs(wanted.right() - had.right()) <= 1)
            continue;
        m_charts->alignment[i] = wanted;
        applyMargins(i);
        changed = true;
    }
    m_alignPasses += changed ? 1 : 0;
}

void MonitorCharts::applyMargins(int chart)
{
    // The room that lines the plot up with the others; and, where no time label is drawn, room
    // for the lower half of the lowest value label (the legend under it would cover it).
    const bool timeLabels = m_charts->timeAxes[chart]->labelsVisible();
    const int below =
        timeLabels ? 0 : qCeil(QFontMetricsF(m_charts->memoryAxis->labelsFont()).height() / 2);
    const QMargins margins =
        MonitorChartMargins + m_charts->alignment[chart] + QMargins(0, 0, 0, below);
    if (m_charts->views[chart]->chart()->margins() != margins)
        m_charts->views[chart]->chart()->setMargins(margins);
}

void MonitorCharts::setFontScale(double scale)
{
    if (!m_charts->baseKept) {
        m_charts->baseTitle = m_charts->memory->titleFont();
        m_charts->baseLabels = m_charts->memoryAxis->labelsFont();
        m_charts->baseLegend = m_charts->memory->legend()->font();
        m_charts->baseNotice = m_gpuNotice->font();
        m_charts->baseKept = true;
    }
    m_fontScale = scale;
    auto scaled = [scale](QFont f) {
        f.setPointSizeF(f.pointSizeF() * scale);
        return f;
    };
    for (QChart *chart : {m_charts->memory, m_charts->gpu, m_charts->rate}) {
        chart->setTitleFont(scaled(m_charts->baseTitle));
        chart->legend()->setFont(scaled(m_charts->baseLegend));
        for (QAbstractAxis *axis : chart->axes())
            axis->setLabelsFont(scaled(m_charts->baseLabels));
    }
    m_gpuNotice->setFont(scaled(m_charts->baseNotice));
    for (ChartLegend *legend : std::as_const(m_charts->legends))
        legend->setFont(scaled(m_charts->baseLegend));
    placeLegends();
    applyMinimumHeights();
    fitToPlotAreas(); // again once the charts have laid out their larger labels
}

MonitorCharts::AxisScale MonitorCharts::niceScale(double value, int maxIntervals)
{
    maxIntervals = std::max(1, maxIntervals);
    if (!std::isfinite(value) || value <= 0.0)
        value = 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value / maxIntervals)));
    double step = 10.0 * magnitude;
    for (const double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m * magnitude * maxIntervals >= value * (1.0 - 1e-9)) {
            step = m * magnitude;
            break;
        }
    }
    AxisScale s;
    const int intervals = std::max(1, int(std::ceil(value / step * (1.0 - 1e-9))));
    s.max = intervals * step;
    s.ticks = intervals + 1;
    while (s.decimals < 6) {
        const double scaled = step * std::pow(10.0, s.decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            break;
        ++s.decimals;
    }
    return s;
}

int MonitorCharts::intervalsFor(int chart) const
{
    // Fewer, larger labels at projector size; and as many as the plot's height has room for:
    // Qt Charts gives each label the axis' height shared among the ticks, less its padding, and
    // cuts a label that does not fit to "…".
    const int most = m_fontScale > 1.2 ? 4 : 6;
    const double height = m_charts->views[chart]->chart()->plotArea().height();
    if (height <= 0)
        return most; // not laid out yet
    const double label = QFontMetricsF(m_charts->memoryAxis->labelsFont()).height();
    return std::clamp(int(height / (label + LabelPadding)) - 1, 1, most);
}

void MonitorCharts::applyScale(int axis, double value)
{
    const AxisScale s = niceScale(value, intervalsFor(axis == 0 ? 0 : 2));
    AxisScale &shown = axis == 0 ? m_charts->memoryScale : m_charts->rateScale;
    (axis == 0 ? m_charts->memoryValue : m_charts->rateValue) = value;
    QValueAxis *a = axis == 0 ? m_charts->memoryAxis : m_charts->rateAxis;
    if (a->max() != s.max || a->min() != 0.0)
        a->setRange(0, s.max);
    if (a->tickCount() != s.ticks)
        a->setTickCount(s.ticks);
    if (shown.decimals != s.decimals || a->labelFormat().isEmpty())
        a->setLabelFormat(QStringLiteral("%.%1f ").arg(s.decimals) +
                          (axis == 0 ? m_charts->memoryUnit : m_charts->rateUnit));
    shown = s;
}

MonitorCharts::AxisScale MonitorCharts::memoryScale() const
{
    return m_charts->memoryScale;
}

MonitorCharts::AxisScale MonitorCharts::rateScale() const
{
    return m_charts->rateScale;
}

QFont MonitorCharts::axisLabelFont() const
{
    return m_charts->memoryAxis->labelsFont();
}
