#include "BenchmarkPage.h"

#include "BenchmarkChart.h"
#include "BenchmarkColumns.h"
#include "BenchmarkTableModel.h"
#include "Core.h"
#include "Format.h"
#include "bench/BenchExport.h"
#include "bench/BenchPrompts.h"
#include "bench/BenchRunner.h"
#include "bench/BenchStore.h"
#include "bench/BenchSummary.h"
#include "metrics/GpuInfo.h"
#include "models/LoadedModels.h"
#include "models/ModelCatalog.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// How often the models in memory are read while the page shows.
constexpr int LoadedPollMs = 15000;
constexpr int ServerRole = Qt::UserRole;
constexpr int ModelRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;

QPushButton *button(const QString &text, const QString &accessible, const QString &tip = {})
{
    auto *b = new QPushButton(text);
    b->setAccessibleName(accessible);
    if (!tip.isEmpty())
        b->setToolTip(tip);
    return b;
}
} // namespace

BenchmarkPage::BenchmarkPage(Core *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_runner(new BenchRunner(
          [core](const QString &id) { return core->providers()->provider(id); }, this))
    , m_store(new BenchStore(BenchStore::folderBeside(core->conversationFolder())))
{
    setObjectName(QStringLiteral("benchmarkPage"));
    m_runner->setObjectName(QStringLiteral("benchRunner"));
    m_runner->setMetrics(core->metrics());
    QString promptsProblem;
    m_userPrompts = m_store->userPrompts(&promptsProblem);

    // Left: what to run, and the past benchmarks.
    m_models = new QTreeWidget;
    m_models->setObjectName(QStringLiteral("benchModels"));
    m_models->setHeaderHidden(true);
    m_models->setAccessibleName(tr("Models to benchmark"));
    m_models->setToolTip(tr("Tick the models to compare, on any of the servers."));
    m_prompts = new QListWidget;
    m_prompts->setObjectName(QStringLiteral("benchPrompts"));
    m_prompts->setAccessibleName(tr("Prompts"));
    m_prompts->setMaximumHeight(110);
    m_addPrompt =
        button(tr("Add prompt…"), tr("Add a prompt of your own"), tr("Add a prompt of your own"));
    m_addPrompt->setObjectName(QStringLiteral("benchAddPrompt"));
    m_removePrompt = button(tr("Remove"), tr("Remove the selected prompt"),
                            tr("Remove the selected prompt of your own"));
    m_removePrompt->setObjectName(QStringLiteral("benchRemovePrompt"));
    m_runs = new QSpinBox;
    m_runs->setObjectName(QStringLiteral("benchRuns"));
    m_runs->setRange(1, 100);
    m_runs->setValue(3);
    m_runs->setAccessibleName(tr("Runs per prompt"));
    m_maxTokens = new QSpinBox;
    m_maxTokens->setObjectName(QStringLiteral("benchMaxTokens"));
    m_maxTokens->setRange(1, 32768);
    m_maxTokens->setValue(256);
    m_maxTokens->setAccessibleName(tr("Max tokens"));
    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("benchMode"));
    m_mode->setAccessibleName(tr("Warm or cold runs"));
    m_mode->addItem(tr("Warm"), int(BenchPlan::Mode::Warm));
    m_mode->addItem(tr("Cold (unload first)"), int(BenchPlan::Mode::Cold));
    m_mode->addItem(tr("Warm and cold"), int(BenchPlan::Mode::WarmAndCold));
    m_mode->setToolTip(tr("Warm: the model is loaded once before the runs. Cold: it is unloaded "
                          "before each run and its load time recorded (llama.cpp and vLLM "
                          "cannot unload: their runs stay warm, and the table says so)."));
    // One short line, not a wrapped paragraph: the set-up scrolls, and a scroll area sizes a
    // wrapped label's column for its preferred height, not its least one.
    auto *fixed = new QLabel(tr("temperature 0, seed 42"));
    fixed->setToolTip(tr("The same on every request, so runs compare."));
    m_run = button(tr("&Run benchmark"), tr("Run the benchmark"));
    m_run->setObjectName(QStringLiteral("benchRunButton"));
    m_stop = button(tr("&Stop"), tr("Stop the benchmark"),
                    tr("Stop now; the runs that finished are kept"));
    m_stop->setObjectName(QStringLiteral("benchStopButton"));
    m_stop->setEnabled(false);
    m_history = new QListWidget;
    m_history->setObjectName(QStringLiteral("benchHistory"));
    m_history->setAccessibleName(tr("Past benchmarks"));
    m_history->setToolTip(tr("Double-click to show a past benchmark."));
    // A long title ends in "…" (whole in its tooltip), instead of a scroll bar for one row.
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setTextElideMode(Qt::ElideRight);
    m_openPast = button(tr("Show"), tr("Show the selected past benchmark"));
    m_openPast->setObjectName(QStringLiteral("benchOpenPast"));
    m_deletePast = button(tr("Delete"), tr("Delete the selected past benchmark"));
    m_deletePast->setObjectName(QStringLiteral("benchDeletePast"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Models</b>")));
    leftLayout->addWidget(m_models, 2);
    leftLayout->addWidget(new QLabel(tr("<b>Prompts</b>")));
    leftLayout->addWidget(m_prompts);
    auto *promptButtons = new QHBoxLayout;
    promptButtons->addWidget(m_addPrompt);
    promptButtons->addWidget(m_removePrompt);
    promptButtons->addStretch();
    leftLayout->addLayout(promptButtons);
    auto *form = new QFormLayout;
    form->addRow(tr("R&uns per prompt:"), m_runs);
    form->addRow(tr("Ma&x tokens:"), m_maxTokens);
    form->addRow(tr("Runs &are:"), m_mode);
    form->addRow(tr("Every request:"), fixed);
    leftLayout->addLayout(form);
    auto *runButtons = new QHBoxLayout;
    runButtons->addWidget(m_run);
    runButtons->addWidget(m_stop);
    leftLayout->addLayout(runButtons);
    leftLayout->addWidget(new QLabel(tr("<b>Past benchmarks</b>")));
    leftLayout->addWidget(m_history, 1);
    auto *pastButtons = new QHBoxLayout;
    pastButtons->addWidget(m_openPast);
    pastButtons->addWidget(m_deletePast);
    pastButtons->addStretch();
    leftLayout->addLayout(pastButtons);

    // Right: progress, table, chart, exports.
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("benchProgress"));
    m_progress->setAccessibleName(tr("Benchmark progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m steps"));
    m_progress->setTextVisible(false);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("benchStatus"));
    m_status->setWordWrap(true); // a long line must not widen the window
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("benchNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new BenchmarkTableModel(this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_table);
    sorted->setSortRole(BenchmarkTableModel::SortRole);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("benchTable"));
    m_view->setAccessibleName(tr("Benchmark results"));
    m_view->setModel(sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // plan order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_columns = new BenchmarkColumns(m_view->horizontalHeader(), m_core->settings(), this);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setWordWrap(false);
    m_chart = new BenchmarkChart;
    m_chart->setObjectName(QStringLiteral("benchChart"));
    m_chart->setMinimumHeight(220);
    // One button for the three formats: a row of three would set the window's width (more
    // so in French), wider than a small screen or a laptop at 200 %.
    m_export = button(tr("Export"), tr("Export the benchmark"),
                      tr("As CSV (every run), as a Markdown table for slides, or as JSON for "
                         "another machine to compare with"));
    m_export->setObjectName(QStringLiteral("benchExport"));
    auto *exportMenu = new QMenu(m_export);
    QAction *exportCsv = exportMenu->addAction(tr("CSV, every run…"));
    QAction *exportMd = exportMenu->addAction(tr("Markdown table for slides…"));
    exportMd->setToolTip(tr("Medians with the range over the runs"));
    QAction *exportJson = exportMenu->addAction(tr("JSON, to compare on another machine…"));
    exportMenu->setToolTipsVisible(true);
    m_export->setMenu(exportMenu);
    auto *importJson =
        button(tr("Compare with…"), tr("Import another machine's benchmark JSON"),
               tr("Show another machine's exported benchmark side by side with this one"));
    m_clearCompare = button(tr("Clear comparison"), tr("Remove the imported benchmarks"));
    m_clearCompare->setEnabled(false);
    m_export->setEnabled(false);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_status, 2);
    rightLayout->addLayout(progressRow);
    rightLayout->addWidget(m_notice);
    auto *results = new QSplitter(Qt::Vertical);
    results->addWidget(m_view);
    results->addWidget(m_chart);
    results->setChildrenCollapsible(false);
    results->setSizes({220, 330});
    rightLayout->addWidget(results, 1);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addStretch();
    exportRow->addWidget(importJson);
    exportRow->addWidget(m_clearCompare);
    rightLayout->addLayout(exportRow);

    // The set-up scrolls rather than making the window taller than a small screen.
    auto *setup = new QScrollArea;
    setup->setObjectName(QStringLiteral("benchSetup"));
    setup->setWidget(left);
    setup->setWidgetResizable(true);
    setup->setFrameShape(QFrame::NoFrame);
    setup->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setup->setMinimumWidth(left->minimumSizeHint().width() +
                           setup->verticalScrollBar()->sizeHint().width());
    auto *splitter = new QSplitter;
    splitter->addWidget(setup);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({260, 800});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_run, &QPushButton::clicked, this, &BenchmarkPage::run);
    connect(m_stop, &QPushButton::clicked, m_runner, &BenchRunner::stop);
    connect(m_addPrompt, &QPushButton::clicked, this, &BenchmarkPage::addPromptInteractive);
    connect(m_removePrompt, &QPushButton::clicked, this, &BenchmarkPage::removePrompt);
    connect(exportCsv, &QAction::triggered, this,
            [this] { exportInteractive(QStringLiteral("csv")); });
    connect(exportMd, &QAction::triggered, this,
            [this] { exportInteractive(QStringLiteral("md")); });
    connect(exportJson, &QAction::triggered, this,
            [this] { exportInteractive(QStringLiteral("json")); });
    connect(importJson, &QPushButton::clicked, this, &BenchmarkPage::importInteractive);
    connect(m_clearCompare, &QPushButton::clicked, this, &BenchmarkPage::clearComparison);
    connect(m_openPast, &QPushButton::clicked, this, [this] { openPast(m_history->currentRow()); });
    connect(m_history, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openPast(m_history->row(item)); });
    connect(m_deletePast, &QPushButton::clicked, this, &BenchmarkPage::deletePast);
    connect(m_prompts, &QListWidget::currentRowChanged, this, &BenchmarkPage::updateButtons);
    // Why Run refused ("no model is chosen") stays only until the choice changes.
    // Lists rebuilt as they were (a model list read again) are no change of choice.
    auto choiceChanged = [this] {
        if (!m_refusal.isEmpty() && choice() != m_refusedChoice)
            clearRefusal();
    };
    connect(m_models, &QTreeWidget::itemChanged, this, choiceChanged);
    connect(m_prompts, &QListWidget::itemChanged, this, choiceChanged);
    connect(m_history, &QListWidget::currentRowChanged, this, &BenchmarkPage::updateButtons);

    connect(m_runner, &BenchRunner::runRecorded, this, [this] {
        m_current = m_runner->result();
        showResults();
    });
    connect(m_runner, &BenchRunner::progress, this, &BenchmarkPage::updateProgress);
    connect(m_runner, &BenchRunner::activity, this, [this](const QString &text) {
        m_activity = text;
        updateProgress();
    });
    connect(m_runner, &BenchRunner::finished, this, &BenchmarkPage::onFinished);
    m_eta.setInterval(1000);
    connect(&m_eta, &QTimer::timeout, this, &BenchmarkPage::updateProgress);

    connect(core->models(), &ModelCatalog::modelsChanged, this, &BenchmarkPage::rebuildModels);
    connect(core->loaded(), &LoadedModels::updated, this, &BenchmarkPage::markLoaded);
    connect(core->providers(), &ProviderRegistry::providerChanged, this,
            &BenchmarkPage::rebuildModels);
    rebuildModels();
    rebuildPrompts();
    rebuildHistory();
    if (!m_past.isEmpty()) { // the last benchmark, as it was left (a headless one too)
        openPast(0);
    } else {
        // Nothing measured yet: what to do, where the progress will be.
        m_progress->hide();
        m_status->setText(tr("Tick the models to compare and the prompts to run, then click "
                             "“Run benchmark”."));
    }
    showResults();
    setNotice(promptsProblem);
}

BenchmarkPage::~BenchmarkPage()
{
    // Closed during a benchmark (LocalForge quits): what finished is kept, as with Stop.
    if (m_runner->isRunning()) {
        m_runner->disconnect(this);
        m_runner->stop();
        if (const BenchResult &result = m_runner->result(); !result.runs.isEmpty())
            m_store->save(result);
    }
    delete m_store;
}

QString BenchmarkPage::notice() const
{
    return m_notice->text();
}

void BenchmarkPage::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void BenchmarkPage::rebuildModels()
{
    QSet<QString> checked;
    for (int i = 0; i < m_models->topLevelItemCount(); ++i) {
        QTreeWidgetItem *server = m_models->topLevelItem(i);
        for (int j = 0; j < server->childCount(); ++j) {
            QTreeWidgetItem *m = server->child(j);
            if (m->checkState(0) == Qt::Checked)
                checked.insert(m->data(0, ServerRole).toString() + u'\n' +
                               m->data(0, ModelRole).toString());
        }
    }
    m_models->clear();
    for (const ServerInfo &info : m_core->discovery()->servers()) {
        const QString id = info.id();
        Provider *provider = m_core->providers()->provider(id);
        if (!provider || !provider->chat())
            continue;
        auto *server =
            new QTreeWidgetItem(m_models, {Format::serverTitle(info) + QStringLiteral(" · ") +
                                           Format::hostPort(info.url)});
        server->setFlags(Qt::ItemIsEnabled);
        for (const ModelInfo &m : m_core->models()->models(id)) {
            if (m.isEmbedding())
                continue;
            auto *item = new QTreeWidgetItem(server, {m.id});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setData(0, ServerRole, id);
            item->setData(0, ModelRole, m.id);
            item->setData(0, KindRole, int(provider->kind()));
            item->setCheckState(0,
                                checked.contains(id + u'\n' + m.id) ? Qt::Checked : Qt::Unchecked);
        }
        server->setExpanded(true);
        markLoaded(id);
    }
}

void BenchmarkPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Which models are in memory tells which runs start warm: asked of every server now, and
    // again now and then while the page shows (a server lets a model go after its keep-alive).
    m_core->loaded()->watch(this, LoadedPollMs);
    m_core->loaded()->refreshAll();
}

void BenchmarkPage::hideEvent(QHideEvent *event)
{
    m_core->loaded()->release(this);
    QWidget::hideEvent(event);
}

void BenchmarkPage::markLoaded(const QString &serverId)
{
    // What the server holds in memory counts too (Ollama's list does not say).
    const QSet<QString> held =
        m_core->loaded()->state(serverId).ids(m_core->models()->models(serverId));
    for (int i = 0; i < m_models->topLevelItemCount(); ++i) {
        QTreeWidgetItem *server = m_models->topLevelItem(i);
        for (int j = 0; j < server->childCount(); ++j) {
            QTreeWidgetItem *item = server->child(j);
            if (item->data(0, ServerRole).toString() != serverId)
                continue;
            const QString model = item->data(0, ModelRole).toString();
            item->setToolTip(0, held.contains(model) ? tr("Loaded now") : QString());
        }
    }
}

bool BenchmarkPage::setModelChecked(const QString &serverId, const QString &model, bool checked)
{
    for (int i = 0; i < m_models->topLevelItemCount(); ++i) {
        QTreeWidgetItem *server = m_models->topLevelItem(i);
        for (int j = 0; j < server->childCount(); ++j) {
            QTreeWidgetItem *m = server->child(j);
            if (m->data(0, ServerRole).toString() == serverId &&
                m->data(0, ModelRole).toString() == model) {
                m->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
                return true;
            }
        }
    }
    return false;
}

void BenchmarkPage::rebuildPrompts()
{
    QSet<QString> checked;
    for (int i = 0; i < m_prompts->count(); ++i) {
        if (m_prompts->item(i)->checkState() == Qt::Checked)
            checked.insert(m_prompts->item(i)->data(Qt::UserRole).toString());
    }
    if (m_prompts->count() == 0)
        checked.insert(BenchPrompts::builtIn().constFirst().id);
    m_prompts->clear();
    for (const BenchPrompt &p : BenchPrompts::builtIn() + m_userPrompts) {
        auto *item = new QListWidgetItem(p.name, m_prompts);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    updateButtons();
}

void BenchmarkPage::updateButtons()
{
    const bool running = m_runner->isRunning();
    const QListWidgetItem *prompt = m_prompts->currentItem();
    const QString id = prompt ? prompt->data(Qt::UserRole).toString() : QString();
    const bool own = std::any_of(m_userPrompts.cbegin(), m_userPrompts.cend(),
                                 [&id](const BenchPrompt &p) { return p.id == id; });
    m_addPrompt->setEnabled(!running);
    m_removePrompt->setEnabled(!running && own);
    m_removePrompt->setToolTip(prompt && !own
                                   ? tr("The built-in prompts stay; untick one to leave it out.")
                                   : tr("Remove the selected prompt of your own"));
    const int past = m_history->currentRow();
    const bool chosen = past >= 0 && past < m_past.size();
    m_openPast->setEnabled(!running && chosen);
    m_deletePast->setEnabled(!running && chosen);
}

void BenchmarkPage::addPrompt(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    const BenchPrompt p = BenchPrompts::custom(text.trimmed(), m_userPrompts);
    m_userPrompts.append(p);
    if (const ApiError error = m_store->saveUserPrompts(m_userPrompts); error.isError())
        setNotice(error.message);
    rebuildPrompts();
    for (int i = 0; i < m_prompts->count(); ++i) {
        if (m_prompts->item(i)->data(Qt::UserRole).toString() == p.id)
            m_prompts->item(i)->setCheckState(Qt::Checked);
    }
}

void BenchmarkPage::addPromptInteractive()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Add a prompt"), tr("The prompt every model will answer:"), {}, &ok);
    if (ok)
        addPrompt(text);
}

void BenchmarkPage::removePrompt()
{
    QListWidgetItem *item = m_prompts->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    const auto removed = m_userPrompts.removeIf([&id](const BenchPrompt &p) { return p.id == id; });
    if (removed == 0) {
        setNotice(tr("The built-in prompts stay; untick one to leave it out."));
        return;
    }
    if (const ApiError error = m_store->saveUserPrompts(m_userPrompts); error.isError())
        setNotice(error.message);
    rebuildPrompts();
}

QStringList BenchmarkPage::choice() const
{
    const BenchPlan chosen = plan();
    QStringList ids;
    for (const BenchTarget &t : chosen.targets)
        ids << t.serverId + u' ' + t.model;
    for (const BenchPrompt &prompt : chosen.prompts)
        ids << prompt.id;
    return ids;
}

BenchPlan BenchmarkPage::plan() const
{
    BenchPlan plan;
    for (int i = 0; i < m_models->topLevelItemCount(); ++i) {
        QTreeWidgetItem *server = m_models->topLevelItem(i);
        for (int j = 0; j < server->childCount(); ++j) {
            QTreeWidgetItem *m = server->child(j);
            if (m->checkState(0) == Qt::Checked)
                plan.targets.append({m->data(0, ServerRole).toString(),
                                     ServerKind(m->data(0, KindRole).toInt()),
                                     m->data(0, ModelRole).toString()});
        }
    }
    const QList<BenchPrompt> all = BenchPrompts::builtIn() + m_userPrompts;
    for (int i = 0; i < m_prompts->count(); ++i) {
        if (m_prompts->item(i)->checkState() == Qt::Checked)
            plan.prompts.append(all.value(i));
    }
    plan.runs = m_runs->value();
    plan.maxTokens = m_maxTokens->value();
    plan.mode = BenchPlan::Mode(m_mode->currentData().toInt());
    plan.timeoutSeconds = m_core->settings().value(SettingKeys::RequestTimeoutSeconds);
    return plan;
}

bool BenchmarkPage::run()
{
    QStringList gpus;
    for (const GpuStatus &g : m_core->gpus()->gpus())
        gpus.append(g.name);
    m_runner->setMachine(BenchMachine::current(gpus));
    if (const ApiError why = m_runner->start(plan()); why.isError()) {
        setNotice(why.message);
        m_refusal = why.message; // goes once the choice changes
        m_refusedChoice = choice();
        return false;
    }
    setNotice({});
    m_current = m_runner->result();
    m_activity.clear();
    m_progress->setTextVisible(true);
    m_progress->show();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_run, m_models, m_prompts, m_runs, m_maxTokens, m_mode})
        w->setEnabled(false);
    m_stop->setEnabled(true);
    updateButtons();
    m_eta.start();
    showResults();
    return true;
}

void BenchmarkPage::updateProgress()
{
    const int total = std::max(1, m_runner->stepsTotal());
    m_progress->setRange(0, total);
    // A stopped benchmark shows where it stopped, not a full bar.
    const bool partial = m_runner->isRunning() || m_runner->result().stopped;
    m_progress->setValue(partial ? std::min(m_runner->stepsDone(), total) : total);
    if (!m_runner->isRunning())
        return;
    QString text = m_activity;
    if (const auto eta = m_runner->etaSeconds())
        text += QStringLiteral(" · ") + tr("about %1 left").arg(Format::duration(*eta));
    m_status->setText(text);
}

void BenchmarkPage::onFinished()
{
    m_eta.stop();
    m_current = m_runner->result();
    m_core->loaded()->refreshAll(); // the models measured are in memory now
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_run, m_models, m_prompts, m_runs, m_maxTokens, m_mode})
        w->setEnabled(true);
    m_stop->setEnabled(false);
    updateButtons();
    updateProgress();
    m_status->setText(m_current.stopped
                          ? tr("Stopped: %n run(s) kept.", nullptr, int(m_current.runs.size()))
                          : tr("Finished: %n run(s).", nullptr, int(m_current.runs.size())));
    if (!m_current.runs.isEmpty()) {
        if (const ApiError error = m_store->save(m_current); error.isError())
            setNotice(error.message);
        rebuildHistory();
    }
    showResults();
}

void BenchmarkPage::showResults()
{
    const QList<BenchResult> shown = QList<BenchResult>{m_current} + m_compared;
    const QStringList labels = BenchSummary::machineLabels(shown);
    QList<QList<BenchSummary::Row>> machines;
    QList<BenchSummary::Row> all;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        QList<BenchSummary::Row> rows = BenchSummary::rows(shown[i]);
        for (BenchSummary::Row &row : rows)
            row.machine = labels[i];
        machines.append(rows);
        all += rows;
    }
    m_table->setRows(all);
    m_columns->setComparing(!m_compared.isEmpty());
    m_chart->setResults(machines);
    // Figures first: long model paths and addresses do not push them out of sight.
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(BenchmarkTableModel::ModelColumn,
                           std::min(m_view->columnWidth(BenchmarkTableModel::ModelColumn), 200));
    m_view->setColumnWidth(BenchmarkTableModel::ServerColumn,
                           std::min(m_view->columnWidth(BenchmarkTableModel::ServerColumn), 170));
    m_export->setEnabled(!m_current.runs.isEmpty() && !m_runner->isRunning());
    m_clearCompare->setEnabled(!m_compared.isEmpty());
}

ApiError BenchmarkPage::exportTo(const QString &format, const QString &file) const
{
    if (m_current.runs.isEmpty())
        return ApiError::invalid(tr("Nothing to export yet: run a benchmark or show a past one."));
    QByteArray data;
    if (format == u"csv")
        data = BenchExport::csv(m_current);
    else if (format == u"md")
        data = BenchExport::markdown(QList<BenchResult>{m_current} + m_compared).toUtf8();
    else
        data = BenchExport::json(m_current);
    return BenchExport::write(file, data);
}

void BenchmarkPage::exportInteractive(const QString &format)
{
    const QString filter = format == u"csv"  ? tr("CSV files (*.csv)")
                           : format == u"md" ? tr("Markdown files (*.md)")
                                             : tr("JSON files (*.json)");
    const QString suggested =
        QDir::home().filePath(QStringLiteral("benchmark-") + m_current.id + u'.' + format);
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export the benchmark"), suggested, filter);
    if (file.isEmpty())
        return;
    const ApiError error = exportTo(format, file);
    setNotice(error.isError() ? error.message : tr("Saved %1.").arg(file));
}

ApiError BenchmarkPage::importFrom(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return ApiError::file(tr("Could not read %1: %2.").arg(file, f.errorString()));
    const Result<BenchResult> result = BenchResult::fromJsonBytes(f.readAll());
    if (!result.ok())
        return result.error;
    m_compared.append(result.value);
    showResults();
    return {};
}

void BenchmarkPage::importInteractive()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Compare with another machine's benchmark"),
                                     QDir::homePath(), tr("JSON files (*.json)"));
    if (file.isEmpty())
        return;
    setNotice(importFrom(file).message);
}

void BenchmarkPage::clearComparison()
{
    m_compared.clear();
    showResults();
}

void BenchmarkPage::rebuildHistory()
{
    QStringList problems;
    m_past = m_store->list(&problems);
    m_history->clear();
    for (const BenchResult &r : std::as_const(m_past)) {
        QString title = r.title();
        if (r.stopped)
            title += QStringLiteral(" ") + tr("(stopped)");
        m_history->addItem(title);
        m_history->item(m_history->count() - 1)->setToolTip(title);
    }
    if (!problems.isEmpty())
        setNotice(problems.join(u' '));
    updateButtons();
}

void BenchmarkPage::clearRefusal()
{
    if (!m_refusal.isEmpty() && notice() == m_refusal)
        setNotice({});
    m_refusal.clear();
}

void BenchmarkPage::openPast(int row)
{
    if (row < 0 || row >= m_past.size() || m_runner->isRunning())
        return;
    m_current = m_past[row];
    clearRefusal(); // about the run refused, not about this one
    m_progress->reset();
    m_progress->setTextVisible(false);
    m_progress->hide();
    // How it ran, which the form beside it (set for the next run) may not say.
    const BenchPlan &plan = m_current.plan;
    const QString mode = plan.mode == BenchPlan::Mode::Cold   ? tr("cold runs")
                         : plan.mode == BenchPlan::Mode::Warm ? tr("warm runs")
                                                              : tr("warm and cold runs");
    m_status->setText(
        tr("Showing the benchmark of %1: %n run(s) per prompt, %2 tokens at most, %3.", nullptr,
           plan.runs)
            .arg(QLocale().toString(m_current.startedAt.toLocalTime(), QLocale::ShortFormat),
                 QLocale().toString(plan.maxTokens), mode));
    showResults();
}

void BenchmarkPage::deletePast()
{
    const int row = m_history->currentRow();
    if (row < 0 || row >= m_past.size())
        return;
    if (QMessageBox::question(this, tr("Delete benchmark"),
                              tr("Delete the benchmark %1?").arg(m_past[row].title())) !=
        QMessageBox::Yes)
        return;
    if (const ApiError error = m_store->remove(m_past[row].id); error.isError())
        setNotice(error.message);
    rebuildHistory();
}
