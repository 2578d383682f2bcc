#include "BenchmarkChart.h"

#include <QLabel>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QBoxPlotSeries>
#include <QtCharts/QBoxSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

namespace {
const QList<QColor> MachineColors{QColor(0x2e, 0x7d, 0xd1), QColor(0xe0, 0x8a, 0x1e),
                                  QColor(0x3c, 0xa5, 0x5c), QColor(0x8e, 0x5a, 0xc8)};
}

struct BenchmarkChart::Parts
{
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QLabel *empty = nullptr; // in the chart's place while there is nothing to draw
    QLineSeries *line = nullptr;
    QStringList categories;
    QStringList machines;
    QList<QList<double>> medians;
    QList<QList<QPair<double, double>>> ranges;
};

BenchmarkChart::BenchmarkChart(QWidget *parent)
    : QWidget(parent)
    , m_parts(new Parts)
{
    m_parts->chart = new QChart;
    m_parts->chart->setAnimationOptions(QChart::NoAnimation);
    m_parts->chart->setMargins(QMargins(4, 4, 4, 4));
    m_parts->chart->legend()->setAlignment(Qt::AlignBottom);
    m_parts->chart->setTitle(tr("Eval tokens per second (measured by LocalForge)"));
    m_parts->view = new QChartView(m_parts->chart);
    m_parts->view->setRenderHint(QPainter::Antialiasing);
    m_parts->view->setAccessibleName(tr("Benchmark chart"));
    m_parts->view->setAccessibleDescription(
        tr("Bars: median eval tokens per second of each model; whiskers: the slowest and the "
           "fastest run; dashed line: 30 tokens per second."));
    m_parts->empty = new QLabel(tr("No results yet. Each model's speed shows here as a bar, "
                                   "from its slowest to its fastest run."));
    m_parts->empty->setObjectName(QStringLiteral("benchChartEmpty"));
    m_parts->empty->setAlignment(Qt::AlignCenter);
    m_parts->empty->setWordWrap(true);
    m_parts->empty->setEnabled(false); // drawn in the palette's quieter colour
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_parts->view);
    layout->addWidget(m_parts->empty);
    setResults({});
}

BenchmarkChart::~BenchmarkChart()
{
    delete m_parts;
}

QString BenchmarkChart::categoryOf(const BenchSummary::Row &row)
{
    // "llama3.2:latest", "gemma-4-26b-a4b" for "google/gemma-4-26b-a4b", a GGUF file's name.
    QString label = row.target.model.section(u'/', -1);
    if (label.endsWith(QStringLiteral(".gguf"), Qt::CaseInsensitive))
        label.chop(5);
    if (row.kind == BenchSummary::RunKind::Cold)
        label += QStringLiteral(" (") + tr("cold") + u')';
    return label;
}

QString BenchmarkChart::fullCategoryOf(const BenchSummary::Row &row)
{
    QString label = row.target.model;
    if (row.kind == BenchSummary::RunKind::Cold)
        label += QStringLiteral(" (") + tr("cold") + u')';
    return label;
}

void BenchmarkChart::setResults(const QList<QList<BenchSummary::Row>> &machines)
{
    QChart *chart = m_parts->chart;
    chart->removeAllSeries();
    m_parts->line = nullptr;
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_parts->categories.clear();
    m_parts->machines.clear();
    m_parts->medians.clear();
    m_parts->ranges.clear();

    // A label per row; the same model on two servers of one kind also names the server.
    QList<QStringList> labels;
    for (const QList<BenchSummary::Row> &rows : machines) {
        QStringList l;
        for (const BenchSummary::Row &row : rows) {
            QString c = categoryOf(row);
            const auto twice = [&](bool sameKind) {
                return std::any_of(rows.cbegin(), rows.cend(), [&](const auto &other) {
                    return categoryOf(other) == categoryOf(row) &&
                           other.target.serverId != row.target.serverId &&
                           (!sameKind || other.target.kind == row.target.kind);
                });
            };
            if (twice(true))
                c += QStringLiteral(" · ") + QUrl(row.target.serverId).authority();
            else if (twice(false))
                c += QStringLiteral(" · ") + serverKindName(row.target.kind);
            l.append(c);
        }
        // Two rows that still share a label would share a bar, one median hiding the other
        // (two publishers' "…GGUF:Q4_K_M", warm and warm-only runs of one model): those are
        // named in full, then with their kind of run.
        for (int pass = 0; pass < 2; ++pass) {
            QStringList next = l;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                for (qsizetype j = 0; j < rows.size(); ++j) {
                    if (i == j || l[i] != l[j])
                        continue;
                    if (pass == 0 && rows[i].target.model != rows[j].target.model)
                        next[i].replace(categoryOf(rows[i]), fullCategoryOf(rows[i]));
                    else if (pass == 1 && rows[i].kind != rows[j].kind &&
                             rows[i].kind == BenchSummary::RunKind::WarmOnly)
                        next[i] += QStringLiteral(" (") + tr("warm only") + u')';
                }
            }
            l = next;
        }
        for (const QString &c : std::as_const(l)) {
            if (!m_parts->categories.contains(c))
                m_parts->categories.append(c);
        }
        labels.append(l);
    }
    const qsizetype n = m_parts->categories.size();
    auto *bars = new QBarSeries;
    double top = FluidTokensPerSecond * 1.2;
    QList<QBoxPlotSeries *> whiskers;
    for (qsizetype m = 0; m < machines.size(); ++m) {
        const QList<BenchSummary::Row> &rows = machines[m];
        QString name = rows.isEmpty() ? QString() : rows.constFirst().machine;
        if (name.isEmpty())
            name = m == 0 ? tr("This machine") : tr("Imported %1").arg(m);
        m_parts->machines.append(name);
        QList<double> medians(n, 0.0);
        QList<QPair<double, double>> ranges(n, {0.0, 0.0});
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const BenchStat &s = rows[r].stat(BenchSummary::Figure::ClientEvalTps);
            if (!s.median)
                continue;
            const qsizetype i = m_parts->categories.indexOf(labels[m][r]);
            medians[i] = *s.median;
            ranges[i] = {*s.min, *s.max};
            top = std::max(top, *s.max * 1.1);
        }
        m_parts->medians.append(medians);
        m_parts->ranges.append(ranges);
        const QColor color = MachineColors[m % MachineColors.size()];
        auto *set = new QBarSet(name);
        set->setColor(color);
        set->setBorderColor(color.darker(130));
        for (double v : std::as_const(medians))
            set->append(v);
        bars->append(set);
        // Whiskers: a box plot whose box is flat at the median, from the slowest run to the
        // fastest. Box plot series sit side by side in a category, like the bar sets.
        auto *box = new QBoxPlotSeries;
        box->setName(name);
        box->setBoxWidth(0.15);
        box->setPen(QPen(color.darker(170), 1.5));
        box->setBrush(Qt::NoBrush);
        for (qsizetype i = 0; i < n; ++i) {
            const auto [low, high] = ranges[i];
            box->append(new QBoxSet(low, medians[i], medians[i], medians[i], high));
        }
        whiskers.append(box);
    }
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(m_parts->categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, top);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(tr("tok/s"));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    bars->setBarWidth(0.8);
    chart->addSeries(bars);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    for (QBoxPlotSeries *box : std::as_const(whiskers)) {
        chart->addSeries(box);
        box->attachAxis(categoryAxis);
        box->attachAxis(valueAxis);
        for (QLegendMarker *marker : chart->legend()->markers(box))
            marker->setVisible(false);
    }
    // The 30 tok/s line across the whole plot (the category axis spans -0.5 to n - 0.5).
    auto *line = new QLineSeries;
    line->setName(tr("Fluid: %1 tok/s").arg(FluidTokensPerSecond, 0, 'f', 0));
    QPen pen(QColor(0xc6, 0x28, 0x28), 2.0);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    line->append(-0.5, FluidTokensPerSecond);
    line->append(double(std::max<qsizetype>(n, 1)) - 0.5, FluidTokensPerSecond);
    chart->addSeries(line);
    m_parts->line = line;
    line->attachAxis(categoryAxis);
    line->attachAxis(valueAxis);
    // An empty chart would name a machine with no bar: it says why it is empty instead.
    m_parts->view->setVisible(n > 0);
    m_parts->empty->setVisible(n == 0);
    placeLine(); // the view shown again has a plot area of its own size
}

void BenchmarkChart::placeLine()
{
    // Qt Charts 6.4 does not move a line on a category axis when the plot area changes: its
    // points are set again once the new plot area is laid out.
    QTimer::singleShot(0, this, [this] {
        if (m_parts->line)
            m_parts->line->replace(m_parts->line->points());
    });
}

void BenchmarkChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeLine();
}

QStringList BenchmarkChart::categories() const
{
    return m_parts->categories;
}

QStringList BenchmarkChart::machineNames() const
{
    return m_parts->machines;
}

QList<double> BenchmarkChart::medians(int machine) const
{
    return m_parts->medians.value(machine);
}

QList<QPair<double, double>> BenchmarkChart::ranges(int machine) const
{
    return m_parts->ranges.value(machine);
}

double BenchmarkChart::thresholdValue() const
{
    for (QAbstractSeries *s : m_parts->chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s); line && line->count() > 0)
            return line->at(0).y();
    }
    return 0.0;
}

bool BenchmarkChart::saveImage(const QString &file) const
{
    return m_parts->view->grab().save(file);
}
