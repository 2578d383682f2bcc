#include "MonitorCharts.h"

#include "ChartLegend.h"
#include "MonitorChartsData.h"
#include "metrics/MetricsHub.h"
#include "net/HostAddress.h"

#include <QGraphicsLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>

namespace {
constexpr int MaxPoints = 600;
constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
using Line = MonitorChartLine;

// Draws `l` on `chart` against its axes and keeps it for the refreshes.
void addLine(QList<Line> &lines, QChart *chart, QValueAxis *time, QValueAxis *value, Line l)
{
    l.series = new QLineSeries;
    l.series->setName(l.name);
    QPen pen(l.color, l.style == Qt::SolidLine ? 2.0 : 1.5);
    pen.setStyle(l.style);
    l.series->setPen(pen);
    chart->addSeries(l.series);
    l.series->attachAxis(time);
    l.series->attachAxis(value);
    lines.append(l);
}

bool hasLine(const QList<Line> &lines, const QString &key)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&key](const Line &l) { return l.key == key; });
}

void setMarkerVisible(QAbstractSeries *series, bool visible)
{
    QLegend *legend = series->chart()->legend();
    const auto markers = legend->markers(series);
    if (markers.isEmpty() || markers.first()->isVisible() == visible)
        return;
    markers.first()->setVisible(visible);
    legend->layout()->invalidate(); // a marker shown again would otherwise sit on the first one
}

QChart *makeChart(const QString &title, QValueAxis **timeAxis, QValueAxis **valueAxis,
                  const QString &unit)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(MonitorChartMargins);
    chart->layout()->setContentsMargins(0, 0, 0, 0); // the room goes to the plot
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignRight);
    // A line's own stroke beside its name: a total (dashed) tells from what is used (solid) in
    // the same colour, and a figure's dot from a line.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->setAnimationOptions(QChart::NoAnimation);
    *timeAxis = new QValueAxis;
    (*timeAxis)->setLabelFormat(QStringLiteral("%.0f s"));
    (*timeAxis)->setTickCount(7);
    *valueAxis = new QValueAxis;
    (*valueAxis)->setLabelFormat(QStringLiteral("%.0f ") + unit);
    (*valueAxis)->setMin(0);
    chart->addAxis(*timeAxis, Qt::AlignBottom);
    chart->addAxis(*valueAxis, Qt::AlignLeft);
    return chart;
}

QChartView *makeView(QChart *chart, const QString &accessibleName)
{
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(140);
    view->setAccessibleName(accessibleName);
    return view;
}
} // namespace

MonitorCharts::MonitorCharts(MetricsHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_charts(new Charts)
{
    setObjectName(QStringLiteral("monitorCharts"));
    QValueAxis *t1 = nullptr, *t2 = nullptr, *t3 = nullptr, *gpuAxis = nullptr;
    m_charts->memoryUnit = tr("GiB"); // in units of 1024, as Format::bytes()
    m_charts->rateUnit = tr("tok/s");
    m_charts->memory = makeChart(tr("Memory"), &t1, &m_charts->memoryAxis, m_charts->memoryUnit);
    m_charts->gpu = makeChart(tr("GPU load"), &t2, &gpuAxis, QStringLiteral("%"));
    gpuAxis->setRange(0, 100);
    m_charts->gpuAxis = gpuAxis;
    m_charts->rate =
        makeChart(tr("Generation speed"), &t3, &m_charts->rateAxis, m_charts->rateUnit);
    m_charts->timeAxes = {t1, t2, t3};

    auto fixedLine = [this](QChart *chart, QValueAxis *time, QValueAxis *value, const QString &key,
                            const QString &name, double scale, const QColor &color, bool dashed) {
        addLine(m_charts->lines, chart, time, value,
                {key, name, scale, color, dashed ? Qt::DashLine : Qt::SolidLine});
    };
    const double gb = 1.0 / GiB;
    fixedLine(m_charts->memory, t1, m_charts->memoryAxis, QString::fromLatin1(MetricsHub::RamUsed),
              tr("System RAM used"), gb, QColor(0x1f, 0x77, 0xb4), false);
    fixedLine(m_charts->memory, t1, m_charts->memoryAxis, QString::fromLatin1(MetricsHub::RamTotal),
              tr("RAM total"), gb, QColor(0x1f, 0x77, 0xb4), true);
    fixedLine(m_charts->memory, t1, m_charts->memoryAxis, QString::fromLatin1(MetricsHub::SwapUsed),
              tr("Swap used"), gb, QColor(0x7f, 0x7f, 0x7f), false);
    fixedLine(m_charts->memory, t1, m_charts->memoryAxis,
              MetricsHub::processKey(ServerKind::Ollama), tr("Ollama processes"), gb,
              QColor(0xff, 0x7f, 0x0e), false);
    fixedLine(m_charts->memory, t1, m_charts->memoryAxis,
              MetricsHub::processKey(ServerKind::LmStudio), tr("LM Studio processes"), gb,
              QColor(0x94, 0x67, 0xbd), false);
    fixedLine(m_charts->memory, t1, m_charts->memoryAxis,
              MetricsHub::processKey(ServerKind::LlamaCpp), tr("llama-server"), gb,
              QColor(0x8c, 0x56, 0x4b), false);
    fixedLine(m_charts->memory, t1, m_charts->memoryAxis, MetricsHub::processKey(ServerKind::Vllm),
              tr("vLLM"), gb, QColor(0xe3, 0x77, 0xc2), false);
    fixedLine(m_charts->memory, t1, m_charts->memoryAxis, QString::fromLatin1(MetricsHub::GpuUsed),
              tr("GPU memory used"), gb, QColor(0x2c, 0xa0, 0x2c), false);
    fixedLine(m_charts->memory, t1, m_charts->memoryAxis, QString::fromLatin1(MetricsHub::GpuTotal),
              tr("GPU memory total"), gb, QColor(0x2c, 0xa0, 0x2c), true);
    fixedLine(m_charts->gpu, t2, gpuAxis, QString::fromLatin1(MetricsHub::GpuLoad), tr("GPU load"),
              1.0, QColor(0x2c, 0xa0, 0x2c), false);
    fixedLine(m_charts->rate, t3, m_charts->rateAxis,
              QString::fromLatin1(MetricsHub::TokensPerSecond), tr("Live tokens/s"), 1.0,
              QColor(0xd6, 0x27, 0x28), false);

    auto scatter = [this, t3](const QString &name, const QColor &color, qreal size) {
        auto *s = new QScatterSeries;
        s->setName(name);
        s->setColor(color);
        s->setBorderColor(color);
        s->setMarkerSize(size);
        m_charts->rate->addSeries(s);
        s->attachAxis(t3);
        s->attachAxis(m_charts->rateAxis);
        return s;
    };
    m_charts->serverRate = scatter(tr("Server's final figure"), QColor(0x7f, 0x0e, 0x0e), 9);
    m_charts->requests = scatter(tr("Request sent"), QColor(0x80, 0x80, 0x80), 7);
    m_charts->firstTokens = scatter(tr("First token"), QColor(0x2c, 0xa0, 0x2c), 7);
    m_charts->loads = scatter(tr("Model loaded"), QColor(0xff, 0x7f, 0x0e), 7);

    m_gpuNotice = new QLabel;
    m_gpuNotice->setObjectName(QStringLiteral("gpuNotice"));
    m_gpuNotice->setWordWrap(true);
    m_gpuNotice->setContentsMargins(8, 0, 8, 0); // in line with the charts, off the edges
    m_charts->gpuView = makeView(m_charts->gpu, tr("GPU load chart"));
    m_charts->views = {makeView(m_charts->memory, tr("Memory chart")), m_charts->gpuView,
                       makeView(m_charts->rate, tr("Generation speed chart"))};
    for (const QChartView *view : std::as_const(m_charts->views))
        m_charts->titles << view->chart()->title();
    const char *legendNames[] = {"memoryLegend", "gpuLegend", "rateLegend"};
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 3; ++i) {
        auto *legend = new ChartLegend;
        legend->setObjectName(QString::fromLatin1(legendNames[i]));
        legend->hide();
        m_charts->legends.append(legend);
        m_charts->alignment.append(QMargins());
        layout->addWidget(legend);
        layout->addWidget(m_charts->views[i], i == 0 ? 3 : 2);
        if (i == 1)
            layout->addWidget(m_gpuNotice);
    }
    // Once a chart has laid out its plot: ticks for its size, and the plots lined up.
    m_fit = new QTimer(this);
    m_fit->setSingleShot(true);
    m_fit->setInterval(0);
    connect(m_fit, &QTimer::timeout, this, &MonitorCharts::fitToPlotAreas);
    for (QChart *chart : {m_charts->memory, m_charts->gpu, m_charts->rate})
        connect(chart, &QChart::plotAreaChanged, m_fit, qOverload<>(&QTimer::start));
    refresh();
}

MonitorCharts::~MonitorCharts()
{
    delete m_charts;
}

void MonitorCharts::setWindowSeconds(int seconds)
{
    m_windowSeconds = seconds;
    refresh();
    m_fit->start(); // the time labels' width changes with the window
}

namespace {
// "remote.<host>.<figure>" → host and figure ("ram.used"). The figure is the last two
// sections: a host's name may hold dots of its own ("gpu-box.lan"). Empty when malformed.
std::pair<QString, QString> splitRemoteKey(const QString &key)
{
    const QString rest = key.sliced(7);
    const qsizetype last = rest.lastIndexOf(u'.');
    const qsizetype cut = last > 0 ? rest.lastIndexOf(u'.', last - 1) : -1;
    if (cut <= 0)
        return {};
    return {rest.first(cut), rest.sliced(cut + 1)};
}
} // namespace

void MonitorCharts::addRemoteLines()
{
    // Remote hosts appear as their exporters answer: a line per host and figure.
    static const QColor palette[] = {QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22),
                                     QColor(0x7f, 0x7f, 0x7f), QColor(0x9e, 0xda, 0xe5)};
    const double gb = 1.0 / GiB;
    for (const QString &key : m_hub->keys()) {
        if (key.startsWith(u"reported.tps.")) {
            addReportedRateLine(key);
            continue;
        }
        if (key.startsWith(u"reported.")) {
            addReportedLine(key);
            continue;
        }
        if (!key.startsWith(u"remote.") || hasLine(m_charts->lines, key))
            continue;
        const auto [host, what] = splitRemoteKey(key);
        if (host.isEmpty())
            continue;
        QStringList hosts;
        for (const Line &l : std::as_const(m_charts->lines)) {
            if (!l.key.startsWith(u"remote."))
                continue;
            if (const QString h = splitRemoteKey(l.key).first; !hosts.contains(h))
                hosts << h;
        }
        const QColor color =
            palette[(hosts.contains(host) ? hosts.indexOf(host) : hosts.size()) % 4];
        Line l{key, QString(), gb, color, what.endsWith(u"total") ? Qt::DashLine : Qt::SolidLine};
        QChart *chart = m_charts->memory;
        QValueAxis *value = m_charts->memoryAxis;
        QValueAxis *time = m_charts->timeAxes[0];
        if (what == u"ram.used")
            l.name = tr("%1 RAM used").arg(host);
        else if (what == u"ram.total")
            l.name = tr("%1 RAM total").arg(host);
        else if (what == u"gpu.used")
            l.name = tr("%1 GPU memory used").arg(host);
        else if (what == u"gpu.total")
            l.name = tr("%1 GPU memory total").arg(host);
        else if (what == u"gpu.load") {
            l.name = tr("%1 GPU load").arg(host);
            l.scale = 1.0;
            chart = m_charts->gpu;
            value = m_charts->gpuAxis;
            time = m_charts->timeAxes[1];
        } else {
            continue; // a figure this version does not chart
        }
        addLine(m_charts->lines, chart, time, value, l);
    }
}

void MonitorCharts::addReportedLine(const QString &key)
{
    if (hasLine(m_charts->lines, key))
        return;
    // What Ollama's /api/ps says its loaded models hold: an estimate of the server's, drawn
    // dotted next to the measured process memory.
    const bool vram = key.startsWith(u"reported.vram.");
    const QString id = key.sliced(14); // after "reported.size." or "reported.vram."
    const QString where = Net::hostPort(QUrl(id));
    addLine(m_charts->lines, m_charts->memory, m_charts->timeAxes[0], m_charts->memoryAxis,
            {key,
             vram ? tr("Ollama at %1: models on the GPU (reported)").arg(where)
                  : tr("Ollama at %1: models loaded (reported)").arg(where),
             1.0 / GiB, vram ? QColor(0x2c, 0xa0, 0x2c) : QColor(0xff, 0x7f, 0x0e), Qt::DotLine});
}

void MonitorCharts::addReportedRateLine(const QString &key)
{
    if (hasLine(m_charts->lines, key))
        return;
    const QUrl url(key.sliced(13)); // after "reported.tps."
    addLine(m_charts->lines, m_charts->rate, m_charts->timeAxes[2], m_charts->rateAxis,
            {key, tr("llama-server at %1, average (/metrics)").arg(Net::hostPort(url)), 1.0,
             QColor(0x8c, 0x56, 0x4b), Qt::DotLine});
}

void MonitorCharts::refresh()
{
    ++m_refreshes;
    m_alignPasses = 0;
    addRemoteLines();
    const qint64 now = m_hub->nowMs();
    const qint64 from = now - qint64(m_windowSeconds) * 1000;
    auto toPoints = [now](const QList<QPointF> &raw, double scale) {
        QList<QPointF> pts;
        pts.reserve(raw.size());
        for (const QPointF &p : raw)
            pts.append(QPointF((p.x() - double(now)) / 1000.0, p.y() * scale));
        return pts;
    };
    double memoryMax = 1.0;
    double rateMax = 5.0;
    for (Line &l : m_charts->lines) {
        const TimeSeries *s = m_hub->series(l.key);
        const QList<QPointF> pts =
            s ? toPoints(s->window(from, MaxPoints), l.scale) : QList<QPointF>();
        l.series->replace(pts);
        l.series->setVisible(!pts.isEmpty());
        // One sample is no line yet (the first moments, or a long window's first point): a dot.
        if (l.series->pointsVisible() != (pts.size() == 1))
            l.series->setPointsVisible(pts.size() == 1);
        for (const QPointF &p : pts) {
            if (l.series->chart() == m_charts->memory)
                memoryMax = std::max(memoryMax, p.y());
            else if (l.series->chart() == m_charts->rate)
                rateMax = std::max(rateMax, p.y());
        }
        setMarkerVisible(l.series, !pts.isEmpty()); // the legend names what is on screen
    }
    const TimeSeries *server =
        m_hub->series(QString::fromLatin1(MetricsHub::ServerTokensPerSecond));
    const QList<QPointF> serverPts =
        server ? toPoints(server->window(from, MaxPoints), 1.0) : QList<QPointF>();
    for (const QPointF &p : serverPts)
        rateMax = std::max(rateMax, p.y());
    m_charts->serverRate->replace(serverPts);
    QList<QPointF> requests, firsts, loads;
    for (const MetricsHub::Marker &m : m_hub->markers()) {
        if (m.timeMs < from)
            continue;
        const QPointF p((double(m.timeMs) - double(now)) / 1000.0, 0.0);
        if (m.type == MetricsHub::Marker::Type::RequestSent)
            requests.append(p);
        else if (m.type == MetricsHub::Marker::Type::FirstToken)
            firsts.append(p);
        else if (m.type == MetricsHub::Marker::Type::ModelLoaded)
            loads.append(p);
    }
    m_charts->requests->replace(requests);
    m_charts->firstTokens->replace(firsts);
    m_charts->loads->replace(loads);
    for (QScatterSeries *s :
         {m_charts->serverRate, m_charts->requests, m_charts->firstTokens, m_charts->loads})
        setMarkerVisible(s, s->count() > 0);
    for (QValueAxis *axis : m_charts->timeAxes)
        axis->setRange(-double(m_windowSeconds), 0.0);
    // A little room above the highest line, so it does not run along the top edge.
    applyScale(0, memoryMax * 1.05);
    applyScale(1, rateMax * 1.1);

    const QStringList keys = m_hub->keys();
    const bool remoteGpu = std::any_of(keys.cbegin(), keys.cend(), [](const QString &k) {
        return k.startsWith(u"remote.") && k.endsWith(u".gpu.load");
    });
    const bool gpu = m_hub->gpuKnown() || remoteGpu;
    m_charts->gpuView->setVisible(gpu);
    // About this machine, whatever remote hosts show; only once the GPU query has answered.
    m_gpuNotice->setVisible((!m_hub->gpuKnown() && m_hub->gpuQueried()) ||
                            m_hub->gpuSilentMs() > 0);
    placeLegends(); // a line that came may need more room than beside the plot
    updateNotice();
    updateLegends();
    describeCharts();
}

void MonitorCharts::updateNotice()
{
    // In one line beside compact charts (narrow, or large text: a projector), the whole of it on
    // hover.
    if (const qint64 silent = m_hub->gpuSilentMs(); silent > 0) {
        const int seconds = int(silent / 1000);
        const QString notice =
            tr("The GPU has not answered for %n second(s) (its driver, NVML or nvidia-smi, "
               "failed or hangs): its lines end at the last figures read.",
               nullptr, seconds);
        m_gpuNotice->setText(
            m_compact ? tr("The GPU has not answered for %n second(s).", nullptr, seconds)
                      : notice);
        m_gpuNotice->setToolTip(m_compact ? notice : QString());
        return;
    }
    const QString notice = tr("No NVIDIA or Apple GPU found on this machine (neither NVML nor "
                              "nvidia-smi answered), so its GPU memory and load are not drawn.");
    m_gpuNotice->setText(m_compact ? tr("No NVIDIA or Apple GPU found on this machine.") : notice);
    m_gpuNotice->setToolTip(m_compact ? notice : QString());
}

QList<ChartLegend::Entry> MonitorCharts::legendEntries(int chart) const
{
    // What is drawn on the chart now, as its legend names it.
    QList<ChartLegend::Entry> entries;
    const QChart *c = m_charts->views[chart]->chart();
    for (const Line &l : std::as_const(m_charts->lines)) {
        if (l.series->chart() != c || !l.series->isVisible())
            continue;
        const auto mark = l.style == Qt::DashLine  ? ChartLegend::Mark::Dashed
                          : l.style == Qt::DotLine ? ChartLegend::Mark::Dotted
                                                   : ChartLegend::Mark::Solid;
        entries.append({l.name, l.color, mark});
    }
    if (c == m_charts->rate) {
        for (const QScatterSeries *s :
             {m_charts->serverRate, m_charts->requests, m_charts->firstTokens, m_charts->loads}) {
            if (s->count() > 0)
                entries.append({s->name(), s->color(), ChartLegend::Mark::Dot});
        }
    }
    return entries;
}

void MonitorCharts::updateLegends()
{
    for (int i = 0; i < 3; ++i) {
        ChartLegend *legend = m_charts->legends[i];
        legend->setVisible(m_compact && m_charts->views[i]->isVisibleTo(this));
        if (legend->isVisibleTo(this))
            legend->setEntries(m_charts->titles[i], legendEntries(i));
    }
}

void MonitorCharts::describeCharts()
{
    // A text alternative for each chart: its lines' latest figures.
    for (QChartView *view : std::as_const(m_charts->views)) {
        QStringList figures;
        for (const Line &l : std::as_const(m_charts->lines)) {
            if (l.series->chart() != view->chart() || l.series->count() == 0)
                continue;
            // A line whose source stopped answering has no current figure to read.
            if (!m_hub->latest(l.key))
                continue;
            const double value = l.series->at(l.series->count() - 1).y();
            const QString unit = view->chart() == m_charts->memory ? m_charts->memoryUnit
                                 : view->chart() == m_charts->rate ? m_charts->rateUnit
                                                                   : QStringLiteral("%");
            figures << tr("%1: %2 %3").arg(l.name, QLocale().toString(value, 'f', 1), unit);
        }
        view->setAccessibleDescription(figures.join(QStringLiteral("; ")));
    }
}

bool MonitorCharts::saveImage(const QString &file) const
{
    return const_cast<MonitorCharts *>(this)->grab().save(file);
}

QStringList MonitorCharts::lineNames() const
{
    QStringList names;
    for (const Line &l : m_charts->lines) {
        if (l.series->isVisible())
            names << l.name;
    }
    return names;
}

QList<QPointF> MonitorCharts::points(const QString &lineName) const
{
    for (const Line &l : m_charts->lines) {
        if (l.name == lineName)
            return l.series->points();
    }
    if (lineName == m_charts->serverRate->name())
        return m_charts->serverRate->points();
    return {};
}

QString MonitorCharts::gpuNotice() const
{
    return m_gpuNotice->isVisible() ? m_gpuNotice->text() : QString();
}
