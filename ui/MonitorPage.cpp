#include "MonitorPage.h"

#include "Core.h"
#include "ExportersDialog.h"
#include "MonitorCharts.h"
#include "metrics/MetricsHub.h"
#include "metrics/RemoteExporters.h"
#include "net/WholeFile.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int RefreshMs = 250; // charts redraw at most 4 times a second
}

MonitorPage::MonitorPage(Core *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
{
    setObjectName(QStringLiteral("monitorPage"));
    m_window = new QComboBox;
    m_window->setObjectName(QStringLiteral("monitorWindow"));
    m_window->setAccessibleName(tr("Time window"));
    m_window->addItem(tr("Last minute"), 60);
    m_window->addItem(tr("Last 5 minutes"), 300);
    m_window->addItem(tr("Last 30 minutes"), 1800);
    m_window->setCurrentIndex(0);
    m_pause = new QPushButton(tr("Pause"));
    m_pause->setObjectName(QStringLiteral("monitorPause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Freeze the charts; sampling goes on"));
    auto *png = new QPushButton(tr("Export PNG…"));
    png->setObjectName(QStringLiteral("monitorExportPng"));
    png->setToolTip(tr("Save the charts as an image"));
    auto *csv = new QPushButton(tr("Export CSV…"));
    csv->setObjectName(QStringLiteral("monitorExportCsv"));
    csv->setToolTip(tr("Save every sample as CSV"));
    auto *remote = new QPushButton(tr("Remote hosts…"));
    remote->setObjectName(QStringLiteral("monitorRemoteHosts"));
    remote->setToolTip(tr("Chart a GPU box's RAM and GPUs from its Prometheus exporters"));
    connect(remote, &QPushButton::clicked, this, [this] {
        ExportersDialog dialog(m_core->exporters()->hosts(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QStringList saved;
        for (const ExporterHost &h : dialog.hosts())
            saved << h.toText();
        m_core->settings().setValue(SettingKeys::ExporterHosts, saved); // Core applies it
    });
    auto *windowLabel = new QLabel(tr("&Window:"));
    windowLabel->setBuddy(m_window);
    auto *top = new QHBoxLayout;
    top->addWidget(windowLabel);
    top->addWidget(m_window);
    top->addWidget(m_pause);
    top->addStretch();
    top->addWidget(remote);
    top->addWidget(png);
    top->addWidget(csv);

    // What is wrong with the remote hosts' exporters: one line each until it answers again.
    m_exporterNotice = new QLabel;
    m_exporterNotice->setObjectName(QStringLiteral("exporterNotice"));
    m_exporterNotice->setAccessibleName(tr("Remote hosts problems"));
    m_exporterNotice->setTextFormat(Qt::PlainText); // addresses and exporters' words as written
    m_exporterNotice->setWordWrap(true);
    m_exporterNotice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exporterNotice->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_exporterNotice->hide();
    RemoteExporters *exporters = m_core->exporters();
    connect(exporters, &RemoteExporters::failed, this, &MonitorPage::showExporterProblems);
    connect(exporters, &RemoteExporters::recovered, this, &MonitorPage::showExporterProblems);

    m_charts = new MonitorCharts(core->metrics());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_exporterNotice);
    layout->addWidget(m_charts, 1);
    showExporterProblems(); // those found before the page was first shown

    m_charts->setWindowSeconds(m_window->currentData().toInt());
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this] { m_charts->setWindowSeconds(m_window->currentData().toInt()); });
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        if (paused)
            m_refresh.stop();
        else if (isVisible())
            m_refresh.start();
    });
    connect(png, &QPushButton::clicked, this, &MonitorPage::exportPng);
    connect(csv, &QPushButton::clicked, this, &MonitorPage::exportCsvInteractive);
    m_refresh.setInterval(RefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (!isCovered())
            m_charts->refresh();
    });
}

bool MonitorPage::isCovered() const
{
    // Nobody sees the charts while the window is minimised, or while one of its own windows
    // fills the screen in front of it (the presenter view, which draws charts of its own).
    const QWidget *top = window();
    if (top->isMinimized())
        return true;
    const QList<QWidget *> children = top->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    return std::any_of(children.cbegin(), children.cend(), [top](const QWidget *w) {
        return w->isWindow() && w->isVisible() && w->isFullScreen() && w->screen() == top->screen();
    });
}

QString MonitorPage::exporterNotice() const
{
    return m_exporterNotice->isVisibleTo(this) ? m_exporterNotice->text() : QString();
}

void MonitorPage::showExporterProblems()
{
    const QStringList problems = m_core->exporters()->problems();
    m_exporterNotice->setText(problems.join(u'\n'));
    m_exporterNotice->setAccessibleDescription(m_exporterNotice->text()); // read, not only named
    m_exporterNotice->setVisible(!problems.isEmpty());
}

void MonitorPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_pause->isChecked()) {
        m_charts->refresh();
        m_refresh.start();
    }
}

void MonitorPage::hideEvent(QHideEvent *event)
{
    m_refresh.stop(); // nothing is drawn while nobody looks
    QWidget::hideEvent(event);
}

void MonitorPage::exportPng()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export charts"),
                                                      QStringLiteral("localforge-monitor.png"),
                                                      tr("PNG images (*.png)"));
    if (!file.isEmpty() && !m_charts->saveImage(file))
        QMessageBox::warning(this, tr("Export charts"),
                             tr("Could not write %1. Choose a folder you can write to.").arg(file));
}

namespace {
// A CSV field as RFC 4180 writes it: in double quotes, its own doubled, when it holds a comma,
// a quote or a line break (a remote host's name may).
QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r'))
        field = '"' + field.replace('"', "\"\"") + '"';
    return field;
}
} // namespace

bool MonitorPage::exportCsv(const QString &file, QString *error) const
{
    // `seconds` counts from when LocalForge started; `time` is the wall clock (ISO 8601 with
    // the offset from UTC), to match the samples with a server's log or a recording.
    MetricsHub *hub = m_core->metrics();
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime clock = now.toOffsetFromUtc(now.offsetFromUtc());
    const qint64 nowMs = hub->nowMs();
    QByteArray csv = "series,seconds,value,time\n";
    for (const QString &key : hub->keys()) {
        const TimeSeries *s = hub->series(key);
        const QByteArray series = csvField(key);
        for (qsizetype i = 0; i < s->size(); ++i) {
            const TimeSeries::Sample sample = s->at(i);
            csv += series + ',' + QByteArray::number(double(sample.timeMs) / 1000.0, 'f', 3) + ',' +
                   QByteArray::number(sample.value, 'g', 12) + ',' +
                   clock.addMSecs(sample.timeMs - nowMs).toString(Qt::ISODateWithMs).toLatin1() +
                   '\n';
        }
    }
    if (!WholeFile::save(file, csv, error)) // the old file stays as it was
        return false;
    return true;
}

void MonitorPage::exportCsvInteractive()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export samples"),
                                                      QStringLiteral("localforge-monitor.csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!file.isEmpty() && !exportCsv(file, &error))
        QMessageBox::warning(
            this, tr("Export samples"),
            tr("Could not write %1: %2. Choose a folder you can write to.").arg(file, error));
}
