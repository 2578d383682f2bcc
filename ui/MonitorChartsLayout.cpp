#include "MonitorCharts.h"
#include "MonitorChartsData.h"

#include <QLabel>
#include <cmath>

// The charts' layout: the plots lined up on one time axis, and the axes' scales.

void MonitorCharts::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_alignPasses = 0;
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
    // The room that lines the plot up with the others.
    const QMargins margins = MonitorChartMargins + m_charts->alignment[chart];
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
    // Large labels need fewer ticks to stay readable.
    for (QValueAxis *axis : std::as_const(m_charts->timeAxes))
        axis->setTickCount(scale > 1.2 ? 4 : 7);
    applyScale(0, m_charts->memoryValue);
    applyScale(1, m_charts->rateValue);
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

void MonitorCharts::applyScale(int axis, double value)
{
    // Fewer, larger labels at projector size.
    const AxisScale s = niceScale(value, m_fontScale > 1.2 ? 4 : 6);
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
