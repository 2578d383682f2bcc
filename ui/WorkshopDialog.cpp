#include "WorkshopDialog.h"

#include "Core.h"
#include "DownloadListModel.h"
#include "models/DownloadQueue.h"
#include "settings/Settings.h"
#include "workshop/WorkshopChecklist.h"
#include "workshop/WorkshopKit.h"
#include "workshop/WorkshopPlan.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { MarkColumn, CheckColumn, ResultColumn, ActionColumn };

QString markText(WorkshopLine::State state)
{
    switch (state) {
    case WorkshopLine::State::Passed:
        return QStringLiteral("✔ ") + WorkshopDialog::tr("OK");
    case WorkshopLine::State::Failed:
        return QStringLiteral("✘ ") + WorkshopDialog::tr("Fix");
    case WorkshopLine::State::Skipped:
        return QStringLiteral("– ") + WorkshopDialog::tr("Skipped");
    case WorkshopLine::State::Running:
        return QStringLiteral("… ") + WorkshopDialog::tr("Checking");
    case WorkshopLine::State::Waiting:
        break;
    }
    return QStringLiteral("· ") + WorkshopDialog::tr("Waiting");
}
} // namespace

WorkshopDialog::WorkshopDialog(Core *core, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_checklist(new WorkshopChecklist(core->workshopServices(), this))
    , m_servers(new QLineEdit)
    , m_models(new QLineEdit)
    , m_shared(new QCheckBox(tr("Participants use this machine's Ollama (one shared server)")))
    , m_n8n(new QLineEdit)
    , m_lines(new QTreeWidget)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("workshopDialog"));
    m_checklist->setObjectName(QStringLiteral("workshopChecklist"));
    setWindowTitle(tr("Workshop checklist"));
    const WorkshopPlan &plan = m_checklist->plan();
    QStringList urls;
    for (const QUrl &url : plan.servers)
        urls << url.toString(QUrl::StripTrailingSlash);
    m_servers->setObjectName(QStringLiteral("workshopServers"));
    m_servers->setAccessibleName(tr("Expected servers"));
    m_servers->setToolTip(tr("Addresses of the servers that must answer, separated by commas. "
                             "The first one holds the models."));
    m_servers->setText(urls.join(QStringLiteral(", ")));
    m_models->setObjectName(QStringLiteral("workshopModels"));
    m_models->setAccessibleName(tr("Required models"));
    m_models->setToolTip(tr("The models every participant needs, separated by commas (for "
                            "example phi3, llama3.2, mistral)."));
    m_models->setText(plan.models.join(QStringLiteral(", ")));
    m_shared->setObjectName(QStringLiteral("workshopShared"));
    m_shared->setAccessibleName(tr("One shared server"));
    m_shared->setToolTip(tr("Checks that other machines reach this machine's Ollama (it must "
                            "listen on 0.0.0.0, not on 127.0.0.1 only)."));
    m_shared->setChecked(plan.sharedServer);
    m_n8n->setObjectName(QStringLiteral("workshopN8n"));
    m_n8n->setAccessibleName(tr("n8n address"));
    m_n8n->setPlaceholderText(tr("Optional, e.g. http://127.0.0.1:5678"));
    m_n8n->setToolTip(tr("When set, checks that n8n answers there (its /healthz page)."));
    m_n8n->setText(plan.n8nUrl.toString());

    auto *form = new QFormLayout;
    form->addRow(tr("&Servers:"), m_servers);
    form->addRow(tr("&Models:"), m_models);
    form->addRow(QString(), m_shared);
    form->addRow(tr("&n8n:"), m_n8n);

    m_lines->setObjectName(QStringLiteral("workshopLines"));
    m_lines->setAccessibleName(tr("Checklist"));
    m_lines->setColumnCount(4);
    m_lines->setHeaderLabels({tr("State"), tr("Check"), tr("Result and fix"), QString()});
    m_lines->setRootIsDecorated(false);
    m_lines->setWordWrap(true);
    m_lines->setUniformRowHeights(false);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->header()->setSectionResizeMode(MarkColumn, QHeaderView::ResizeToContents);
    m_lines->header()->setSectionResizeMode(CheckColumn, QHeaderView::Interactive);
    m_lines->header()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_lines->header()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    m_lines->header()->setStretchLastSection(false);
    m_lines->setColumnWidth(CheckColumn, 300);
    // Long fixes wrap instead of being cut; rows follow the columns' widths.
    m_lines->setTextElideMode(Qt::ElideNone);
    connect(m_lines->header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column != CheckColumn && column != ResultColumn)
            return;
        for (int i = 0; i < m_lines->topLevelItemCount(); ++i)
            updateLine(i);
    });

    m_status->setObjectName(QStringLiteral("workshopStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Set the servers and models the session needs, then click “Check all”: "
                         "each line says what is ready and how to fix what is not."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_checkAll = buttons->addButton(tr("Check &all"), QDialogButtonBox::ActionRole);
    m_checkAll->setObjectName(QStringLiteral("checkAllButton"));
    m_checkAll->setAccessibleName(tr("Check all"));
    m_checkAll->setToolTip(tr("Checks every line again"));
    m_copy = buttons->addButton(tr("&Copy as text"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyReportButton"));
    m_copy->setAccessibleName(tr("Copy as text"));
    m_copy->setToolTip(tr("Copies the checklist and its results as plain text"));
    m_export = buttons->addButton(tr("&Export workshop kit…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportKitButton"));
    m_export->setAccessibleName(tr("Export workshop kit"));
    m_export->setToolTip(tr("Writes a folder for participants: docker-compose.yml (Ollama and "
                            "n8n), pull-models.sh, the n8n workflow, a Python client and a "
                            "French LISEZMOI.md"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_checkAll, &QPushButton::clicked, this, &WorkshopDialog::checkAll);
    connect(m_copy, &QPushButton::clicked, this, &WorkshopDialog::copyReport);
    connect(m_export, &QPushButton::clicked, this, [this] { exportKit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_checklist, &WorkshopChecklist::linesReset, this, &WorkshopDialog::rebuild);
    connect(m_checklist, &WorkshopChecklist::lineChanged, this, &WorkshopDialog::updateLine);
    connect(m_checklist, &WorkshopChecklist::finished, this, &WorkshopDialog::onFinished);
    connect(core->downloads(), &DownloadQueue::itemFinished, this, [this](int id) {
        if (!m_pulls.removeOne(id))
            return;
        const DownloadItem *item = m_core->downloads()->item(id);
        if (item && item->state == DownloadItem::State::Done)
            checkAll(); // the model is there now: check it from the start
        else if (item)
            m_status->setText(tr("Pulling %1 failed: %2")
                                  .arg(item->model, item->error.isError()
                                                        ? item->error.message
                                                        : DownloadListModel::stateText(*item)));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 620);
}

void WorkshopDialog::checkAll()
{
    WorkshopPlan plan;
    for (const QString &text : m_servers->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString t = text.trimmed();
        if (!t.contains(QStringLiteral("://")))
            t.prepend(QStringLiteral("http://"));
        const QUrl url(t);
        if (url.isValid() && !url.host().isEmpty())
            plan.servers << url;
    }
    if (plan.servers.isEmpty())
        plan.servers << WorkshopPlan::defaultServer();
    plan.models = WorkshopPlan::parseModels(m_models->text());
    plan.sharedServer = m_shared->isChecked();
    const QString n8n = m_n8n->text().trimmed();
    plan.n8nUrl =
        n8n.isEmpty()
            ? QUrl()
            : QUrl(n8n.contains(QStringLiteral("://")) ? n8n : QStringLiteral("http://") + n8n);
    plan.save(m_core->settings());
    m_checklist->setPlan(plan);
    m_status->setText(tr("Checking…"));
    m_checklist->checkAll();
}

void WorkshopDialog::rebuild()
{
    m_lines->clear();
    for (int i = 0; i < m_checklist->lines().size(); ++i) {
        auto *item = new QTreeWidgetItem(m_lines);
        Q_UNUSED(item)
        updateLine(i);
    }
}

void WorkshopDialog::updateLine(int index)
{
    QTreeWidgetItem *item = m_lines->topLevelItem(index);
    if (!item || index >= m_checklist->lines().size())
        return;
    const WorkshopLine &line = m_checklist->lines().at(index);
    item->setText(MarkColumn, markText(line.state));
    // Broken into lines here: tree views do not grow a row for text they wrap themselves.
    item->setText(CheckColumn, wrapped(line.title, CheckColumn));
    QString result = line.detail;
    if (!line.fix.isEmpty())
        result += QStringLiteral("\n→ ") + line.fix;
    item->setText(ResultColumn, wrapped(result, ResultColumn));
    item->setToolTip(ResultColumn, result);
    QColor mark = QColor(0x80, 0x80, 0x80);
    QColor background;
    if (line.state == WorkshopLine::State::Passed) {
        mark = QColor(0x1a, 0x7f, 0x37);
        background = QColor(0xe6, 0xf4, 0xea);
    } else if (line.state == WorkshopLine::State::Failed) {
        mark = QColor(0xcf, 0x22, 0x2e);
        background = QColor(0xfd, 0xec, 0xea);
    }
    item->setForeground(MarkColumn, mark);
    for (int c = 0; c < m_lines->columnCount(); ++c) {
        item->setBackground(c, background.isValid() ? QBrush(background) : QBrush());
        if (c != MarkColumn && background.isValid())
            item->setForeground(c, QColor(Qt::black)); // readable on the tint in a dark theme
    }
    item->setData(MarkColumn, Qt::UserRole, int(line.state));
    if (line.canPull) {
        if (!m_lines->itemWidget(item, ActionColumn)) {
            auto *pullButton = new QPushButton(tr("Pull"));
            pullButton->setObjectName(QStringLiteral("pullButton"));
            pullButton->setAccessibleName(tr("Pull %1").arg(line.subject));
            pullButton->setToolTip(tr("Download %1 to the server now").arg(line.subject));
            connect(pullButton, &QPushButton::clicked, this, [this, index] { pull(index); });
            m_lines->setItemWidget(item, ActionColumn, pullButton);
        }
    } else if (m_lines->itemWidget(item, ActionColumn)) {
        m_lines->removeItemWidget(item, ActionColumn);
    }
}

QString WorkshopDialog::wrapped(const QString &text, int column) const
{
    const QFontMetrics metrics(m_lines->font());
    const int width = std::max(120, m_lines->columnWidth(column) - 16);
    QStringList out;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString current;
        for (const QString &word : paragraph.split(QLatin1Char(' '))) {
            const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
            if (!current.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
                out << current;
                current = word;
            } else {
                current = candidate;
            }
        }
        out << current;
    }
    return out.join(QLatin1Char('\n'));
}

void WorkshopDialog::pull(int index)
{
    const Result<int> pulled = m_checklist->pull(index);
    if (!pulled.ok()) {
        m_status->setText(pulled.error.message);
        return;
    }
    m_pulls.append(pulled.value);
}

void WorkshopDialog::onFinished()
{
    const int failed = m_checklist->failedCount();
    m_status->setText(failed == 0
                          ? tr("Ready: %n check(s) passed.", nullptr, m_checklist->passedCount())
                          : tr("%n check(s) to fix; each red line says how.", nullptr, failed));
}

QString WorkshopDialog::status() const
{
    return m_status->text();
}

void WorkshopDialog::copyReport()
{
    QGuiApplication::clipboard()->setText(m_checklist->report());
    m_status->setText(tr("The checklist is copied as text."));
}

bool WorkshopDialog::exportKit(const QString &folder)
{
    WorkshopPlan plan = m_checklist->plan();
    plan.models = WorkshopPlan::parseModels(m_models->text());
    plan.save(m_core->settings());
    const bool ok = exportKitFor(m_core, this, folder);
    if (ok)
        m_status->setText(tr("The workshop kit is written."));
    return ok;
}

bool WorkshopDialog::exportKitFor(Core *core, QWidget *parent, const QString &folder)
{
    QString target = folder;
    WorkshopKit::Options options;
    options.models = WorkshopPlan::load(core->settings()).models;
    WorkshopKit::Existing existing = WorkshopKit::Existing::Keep;
    if (target.isEmpty()) {
        // The folder suggested is made first, so that the dialog opens inside it and "Choose"
        // puts the kit there (a folder that does not exist opens its parent: the home folder).
        const QString suggested = QDir::home().filePath(QStringLiteral("atelier-llm"));
        const bool made = !QFileInfo::exists(suggested) && QDir().mkpath(suggested);
        target =
            QFileDialog::getExistingDirectory(parent, tr("Export workshop kit into"), suggested);
        if (made && QFileInfo(target) != QFileInfo(suggested))
            QDir().rmdir(suggested); // left as it was (rmdir takes only an empty folder)
        if (target.isEmpty())
            return false;
        if (const QStringList taken = WorkshopKit::wouldReplace(target, options);
            !taken.isEmpty()) {
            if (QMessageBox::question(
                    parent, tr("Export workshop kit"),
                    tr("%1 already holds files with the kit's names and another text: %2. "
                       "Replace them?")
                        .arg(QDir::toNativeSeparators(target), taken.join(QStringLiteral(", "))),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
                return false;
            existing = WorkshopKit::Existing::Replace;
        }
    }
    if (const ApiError error = WorkshopKit::write(target, options, existing); error.isError()) {
        if (folder.isEmpty())
            QMessageBox::warning(parent, tr("Export workshop kit"), error.message);
        return false;
    }
    if (folder.isEmpty())
        QMessageBox::information(
            parent, tr("Export workshop kit"),
            tr("The kit is in %1: docker-compose.yml, pull-models.sh, n8n-workflow.json, "
               "client.py and LISEZMOI.md. Give participants the folder; LISEZMOI.md walks "
               "them through it.")
                .arg(QDir::toNativeSeparators(target)));
    return true;
}
