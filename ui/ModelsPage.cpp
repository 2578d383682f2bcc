#include "ModelsPage.h"

#include "Core.h"
#include "DownloadsPanel.h"
#include "Format.h"
#include "ModelTableModel.h"
#include "metrics/GpuInfo.h"
#include "models/FitAdvice.h"
#include "models/LoadedModels.h"
#include "models/ModelCatalog.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int LoadedPollMs = 2000;
constexpr int DefaultContext = 4096; // Ollama's and LM Studio's usual default

// A row of the details' table; nothing when there is no value.
QString detailRow(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString ModelsPage::cpuOnlyWarning(const QString &model)
{
#if defined(Q_OS_MACOS)
    const QString docker = tr("Docker on macOS gives containers no GPU: run the Ollama app "
                              "itself rather than its container.");
#else
    const QString docker = tr("If the server runs in Docker, start the container with "
                              "--gpus=all (NVIDIA Container Toolkit).");
#endif
    return tr("%1 runs on the CPU only although this machine has a GPU, so answers are slow.")
               .arg(model) +
           u' ' + docker + u' ' +
           tr("Otherwise the model may not fit in GPU memory: try a smaller model or a shorter "
              "context, and check that GPU layers is not set to 0.");
}

ModelsPage::ModelsPage(Core *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
{
    setObjectName(QStringLiteral("modelsPage"));
    auto *bottom = new QSplitter;
    m_downloads = new DownloadsPanel(m_core);
    bottom->addWidget(m_downloads);
    bottom->addWidget(buildLoaded());
    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(buildCatalogue());
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildTitleRow());
    layout->addWidget(vertical, 1);
    connectActions();
    onActiveServerChanged();
}

QLayout *ModelsPage::buildTitleRow()
{
    m_title = new QLabel;
    m_title->setTextFormat(Qt::PlainText); // model names come from the server
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("modelFilter"));
    m_filter->setAccessibleName(tr("Filter models"));
    m_filter->setPlaceholderText(tr("Filter by name, family, quantization…"));
    m_filter->setClearButtonEnabled(true);
    m_refresh = new QPushButton(tr("Refresh"));
    m_refresh->setObjectName(QStringLiteral("refreshModelsButton"));
    m_refresh->setToolTip(tr("Ask the server for its models again"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_filter, 1);
    top->addWidget(m_refresh);
    return top;
}

// The server's models and the selected one's details.
QWidget *ModelsPage::buildCatalogue()
{
    m_model = new ModelTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ModelTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("modelTable"));
    m_table->setAccessibleName(tr("Models"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ModelTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_listNote = new QLabel;
    m_listNote->setObjectName(QStringLiteral("modelListNote"));
    m_listNote->setWordWrap(true);
    m_listNote->setTextFormat(Qt::PlainText); // server errors, shown as written
    m_listNote->hide();
    auto *tableBox = new QWidget;
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_listNote);
    tableLayout->addWidget(m_table, 1);

    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("modelDetails"));
    m_details->setAccessibleName(tr("Model details"));
    // Words wrap whole ("Quantization", not "Quantiza/tion"); a narrow panel scrolls instead.
    m_details->setWordWrapMode(QTextOption::WordWrap);
    m_delete = new QPushButton(tr("Delete…"));
    m_delete->setObjectName(QStringLiteral("deleteModelButton"));
    m_delete->setToolTip(tr("Delete the selected model from the server"));
    m_load = new QPushButton(tr("Load…"));
    m_load->setObjectName(QStringLiteral("loadModelButton"));
    m_load->setToolTip(tr("Load the selected model into memory, with a context length"));
    m_deleteNote = new QLabel;
    m_deleteNote->setWordWrap(true);
    m_deleteNote->setTextFormat(Qt::PlainText);
    auto *detailsBox = new QWidget;
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    auto *modelButtons = new QHBoxLayout;
    modelButtons->addWidget(m_load);
    modelButtons->addWidget(m_delete);
    detailsLayout->addLayout(modelButtons);
    detailsLayout->addWidget(m_deleteNote);

    auto *catalogue = new QSplitter;
    catalogue->addWidget(tableBox);
    catalogue->addWidget(detailsBox);
    catalogue->setStretchFactor(0, 3);
    catalogue->setStretchFactor(1, 1);
    return catalogue;
}

// What the server holds in memory, how long it keeps it, and Unload.
QWidget *ModelsPage::buildLoaded()
{
    m_loaded = new QTableWidget(0, 5);
    m_loaded->setObjectName(QStringLiteral("loadedTable"));
    m_loaded->setAccessibleName(tr("Loaded models"));
    m_loaded->setHorizontalHeaderLabels(
        {tr("Model"), tr("Memory"), tr("GPU"), tr("Context"), tr("Unloads")});
    m_loaded->verticalHeader()->hide();
    m_loaded->horizontalHeader()->setStretchLastSection(true);
    m_loaded->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_loaded->setSelectionMode(QAbstractItemView::SingleSelection);
    m_loaded->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unload = new QPushButton(tr("Unload"));
    m_unload->setObjectName(QStringLiteral("unloadButton"));
    m_unload->setToolTip(tr("Free the memory the selected model holds"));
    m_keepAlive = new QComboBox;
    m_keepAlive->setObjectName(QStringLiteral("keepAlive"));
    m_keepAlive->setAccessibleName(tr("Keep models loaded"));
    m_keepAlive->setToolTip(tr("How long Ollama keeps a model in memory after its last use "
                               "(sent with every load and message to this server)"));
    m_keepAlive->addItem(tr("Server default"), QString());
    for (const auto &[label, value] : Format::keepAliveChoices())
        m_keepAlive->addItem(label, value);
    auto *keepLabel = new QLabel(tr("&Keep loaded:"));
    keepLabel->setBuddy(m_keepAlive);
    m_loadedNote = new QLabel;
    m_loadedNote->setObjectName(QStringLiteral("loadedNote"));
    m_loadedNote->setWordWrap(true);
    m_loadedNote->setTextFormat(Qt::PlainText); // server errors, shown as written
    auto *loadedBox = new QGroupBox(tr("Loaded in memory"));
    auto *loadedLayout = new QVBoxLayout(loadedBox);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(m_keepAlive, 1);
    loadedLayout->addLayout(keepRow);
    loadedLayout->addWidget(m_loaded, 1);
    auto *unloadRow = new QHBoxLayout;
    unloadRow->addWidget(m_loadedNote, 1);
    unloadRow->addWidget(m_unload);
    loadedLayout->addLayout(unloadRow);
    return loadedBox;
}

void ModelsPage::connectActions()
{
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_core->models()->refresh(serverId());
        refreshLoaded();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(m_delete, &QPushButton::clicked, this, &ModelsPage::deleteSelected);
    connect(m_load, &QPushButton::clicked, this, [this] {
        // While a load runs on this server, the button stops waiting for it.
        if (m_loads.contains(serverId()))
            stopLoading();
        else
            loadSelected();
    });
    connect(m_keepAlive, &QComboBox::activated, this, [this] {
        m_core->settings().setValue(SettingKeys::KeepAlivePrefix,
                                    m_keepAlive->currentData().toString(), serverId());
    });
    connect(m_loaded, &QTableWidget::itemSelectionChanged, this, &ModelsPage::updateButtons);
    connect(m_unload, &QPushButton::clicked, this, &ModelsPage::unloadSelected);
    connect(m_core->providers(), &ProviderRegistry::activeServerChanged, this,
            &ModelsPage::onActiveServerChanged);
    connect(m_core->models(), &ModelCatalog::modelsChanged, this, [this](const QString &id) {
        if (id == serverId())
            reloadModels();
    });
    connect(m_core->models(), &ModelCatalog::loadingStarted, this, [this](const QString &id) {
        if (id == serverId())
            updateListNote();
    });
    connect(m_core->loaded(), &LoadedModels::updated, this, [this](const QString &id) {
        if (id != serverId())
            return;
        if (markLoaded())
            updateDetails();
        showLoaded();
    });
}

QString ModelsPage::serverId() const
{
    return m_core->providers()->activeServerId();
}

void ModelsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_core->gpus()->refresh(); // free VRAM for the fit advice
    // The page shows the server in use only.
    m_core->loaded()->watch(this, LoadedPollMs, [this](Provider *p) {
        return p == m_core->providers()->activeProvider();
    });
    refreshLoaded();
}

void ModelsPage::hideEvent(QHideEvent *event)
{
    m_core->loaded()->release(this);
    QWidget::hideEvent(event);
}

void ModelsPage::onActiveServerChanged()
{
    Provider *p = m_core->providers()->activeProvider();
    m_title->setText(
        p ? tr("Models on %1 · %2").arg(serverKindName(p->kind()), Format::hostPort(p->baseUrl()))
          : tr("No server selected"));
    m_loadedModels.clear();
    m_loaded->setRowCount(0);
    m_loadedNote->setText(m_busy.value(serverId()));
    showLoaded(); // what is known of this server already, until it answers again
    updateKeepAlive();
    reloadModels();
    if (isVisible())
        refreshLoaded();
}

void ModelsPage::reloadModels()
{
    const QString keep = selectedModelId();
    m_model->setModels(m_core->models()->models(serverId()));
    markLoaded();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(ModelTableModel::IdRole).toString() == keep)
            m_table->selectRow(row);
    }
    // A column this server tells nothing of (Ollama's list has no context length or
    // capabilities: the details show them) is left out rather than shown empty.
    for (int column = ModelTableModel::Family; column < ModelTableModel::Loaded; ++column) {
        if (column != ModelTableModel::Size)
            m_table->setColumnHidden(column, m_model->isColumnEmpty(column));
    }
    m_table->resizeColumnsToContents();
    // The last column shown fills the width again (a column hidden after it had it).
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    updateListNote();
    updateDetails();
    updateButtons();
}

void ModelsPage::updateListNote()
{
    const QString id = serverId();
    const ApiError error = m_core->models()->lastError(id);
    QString text;
    if (error.isError() && m_model->rowCount() > 0)
        text = error.message + u' ' +
               tr("The models shown are from the last time the list could be read.");
    else if (error.isError())
        text = error.message;
    else if (m_model->rowCount() == 0 && m_core->models()->isLoading(id))
        text = tr("Reading the list of models…");
    m_listNote->setText(text);
    m_listNote->setVisible(!text.isEmpty());
}

QString ModelsPage::selectedModelId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(ModelTableModel::IdRole).toString() : QString();
}

void ModelsPage::updateDetails()
{
    const QString id = selectedModelId();
    const ModelList models = m_model->models();
    const auto it = std::find_if(models.cbegin(), models.cend(),
                                 [&id](const ModelInfo &m) { return m.id == id; });
    if (it == models.cend()) {
        m_details->setHtml(tr("<p>Select a model to see its details.</p>"));
        return;
    }
    const ModelInfo &m = *it;
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(m.id.toHtmlEscaped());
    auto row = [&html](const QString &label, const QString &value) {
        html += detailRow(label, value);
    };
    row(tr("Family"), m.family);
    row(tr("Parameters"), m.parameterSize);
    row(tr("Quantization"), m.quantization);
    row(tr("Format"), m.format);
    row(tr("Type"), m.type);
    row(tr("Size on disk"), m.sizeBytes >= 0 ? Format::fileSize(m.sizeBytes) : QString());
    row(tr("Context length"),
        m.contextLength > 0 ? QLocale().toString(m.contextLength) : QString());
    row(tr("Loaded context"),
        m.loadedContextLength > 0 ? QLocale().toString(m.loadedContextLength) : QString());
    row(tr("Capabilities"), m.capabilities.join(QStringLiteral(", ")));
    row(tr("State"), m_model->isLoaded(m) ? tr("loaded") : QString());
    html += QStringLiteral("</table>");
    Provider *p = m_core->providers()->activeProvider();
    const int context = m.loadedContextLength > 0 ? m.loadedContextLength : DefaultContext;
    if (m.sizeBytes > 0 && p) {
        const FitAdvice::Result fit =
            FitAdvice::assess(m.sizeBytes, std::nullopt, context, hostFor(id));
        html += QStringLiteral("<p id='fit'>%1</p>").arg(fit.text.toHtmlEscaped());
    }
    m_details->setHtml(html);
    if (!p || !p->detailsProvider())
        return;
    // Ollama tells more: parameters, template, license, and the dimensions for the KV cache.
    const QString server = serverId();
    p->detailsProvider()->details(
        id, this, [this, id, server, html, m, context](const ModelDetails &d) {
            if (id != selectedModelId() || server != serverId())
                return;
            QString more = html;
            if (d.error.isError()) {
                more += QStringLiteral("<p>%1</p>").arg(d.error.message.toHtmlEscaped());
                m_details->setHtml(more);
                return;
            }
            const auto dims = FitAdvice::fromOllamaModelInfo(d.modelInfo);
            // What the list did not say: the context it was trained for, what it can do.
            QString rows;
            if (m.contextLength <= 0 && dims && dims->trainedContext > 0)
                rows += detailRow(tr("Context length"), QLocale().toString(dims->trainedContext));
            if (m.capabilities.isEmpty())
                rows += detailRow(tr("Capabilities"), d.capabilities.join(QStringLiteral(", ")));
            if (const qsizetype end = more.indexOf(u"</table>"); end >= 0)
                more.insert(end, rows);
            Provider *active = m_core->providers()->activeProvider();
            if (m.sizeBytes > 0 && active) {
                const FitAdvice::Result fit =
                    FitAdvice::assess(m.sizeBytes, dims, context, hostFor(id));
                m_estimates.insert({server, id}, fit.neededBytes);
                more.replace(QRegularExpression(QStringLiteral("<p id='fit'>.*?</p>")),
                             QStringLiteral("<p id='fit'>%1</p>").arg(fit.text.toHtmlEscaped()));
            }
            auto section = [&more](const QString &title, const QString &body) {
                if (!body.trimmed().isEmpty())
                    more += QStringLiteral("<h4>%1</h4><pre>%2</pre>")
                                .arg(title.toHtmlEscaped(), body.trimmed().toHtmlEscaped());
            };
            section(tr("Parameters"), d.parameters);
            section(tr("Template"), d.promptTemplate);
            section(tr("License"), d.license.left(600) +
                                       (d.license.size() > 600 ? QStringLiteral("…") : QString()));
            QStringList info;
            for (auto it = d.modelInfo.constBegin(); it != d.modelInfo.constEnd(); ++it) {
                if (it.value().isDouble() || it.value().isString() || it.value().isBool())
                    info << it.key() + QStringLiteral(": ") + it.value().toVariant().toString();
            }
            section(tr("Model info"), info.join(u'\n'));
            m_details->setHtml(more);
        });
}

void ModelsPage::updateButtons()
{
    Provider *p = m_core->providers()->activeProvider();
    ModelStoreCapability *store = p ? p->store() : nullptr;
    const bool selected = !selectedModelId().isEmpty();
    m_delete->setVisible(!store || store->canDelete());
    m_delete->setEnabled(store && store->canDelete() && selected);
    m_deleteNote->setText(p ? p->cannotDeleteReason() : QString());
    m_deleteNote->setVisible(!m_deleteNote->text().isEmpty());
    m_downloads->updateButtons();
    m_load->setVisible(p && p->loader());
    // While a load or an unload runs, its button waits for the answer.
    const bool busy = m_busy.contains(serverId());
    const bool loading = m_loads.contains(serverId());
    m_load->setText(loading ? tr("Stop loading") : tr("Load…"));
    m_load->setToolTip(loading ? tr("Stop waiting for the model being loaded")
                               : tr("Load the selected model into memory, with a context length"));
    m_load->setEnabled(loading ||
                       (!busy && p && p->loader() && p->loader()->canLoad() && selected));
    m_unload->setEnabled(!busy && p && p->loader() && m_loaded->currentRow() >= 0 &&
                         m_loaded->currentRow() < m_loadedModels.size());
}

void ModelsPage::deleteSelected()
{
    const QString id = selectedModelId();
    const QString server = serverId();
    QPointer<Provider> p = m_core->providers()->activeProvider();
    if (id.isEmpty() || !p || !p->store())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete model"),
        tr("Delete %1 from %2? Its files are removed from the server; downloading it again "
           "takes the full download.")
            .arg(Format::plainForRichText(id), Format::hostPort(p->baseUrl())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || !stillShown(p, server, tr("Delete model")))
        return;
    auto remove = [this, p, server, id] {
        if (!p || !p->store())
            return;
        p->store()->deleteModel(id, this, [this, server](const ApiError &error) {
            if (error.isError())
                QMessageBox::warning(this, tr("Delete model"),
                                     Format::plainForRichText(error.message));
            m_core->models()->refresh(server);
            refreshLoaded();
        });
    };
    // A model in memory is let go of first: deleted, it would hold its memory until the server
    // restarts, since the server no longer knows it by name to unload it.
    const auto held = std::find_if(m_loadedModels.cbegin(), m_loadedModels.cend(),
                                   [&id](const LoadedModel &m) { return m.id == id; });
    if (held == m_loadedModels.cend() || !p->loader())
        remove();
    else
        unload(*held, remove); // deleted even when it could not be unloaded: it was asked for
}

FitAdvice::Host ModelsPage::hostFor(const QString &id) const
{
    Provider *p = m_core->providers()->activeProvider();
    if (!p)
        return {};
    return FitAdvice::withLoaded(FitAdvice::hostOf(p->baseUrl(), m_core->thisMachine()),
                                 m_loadedModels, id);
}

void ModelsPage::refreshLoaded()
{
    Provider *p = m_core->providers()->activeProvider();
    if (!p || !p->loader()) {
        m_loadedNote->setText(
            p ? tr("%1 does not say which models are loaded.").arg(serverKindName(p->kind()))
              : QString());
        return;
    }
    m_core->loaded()->refresh(serverId());
}

bool ModelsPage::markLoaded()
{
    // What the server holds in memory marks its rows too (Ollama's list does not say).
    return m_model->setLoadedIds(m_core->loaded()->state(serverId()).ids());
}

void ModelsPage::showLoaded()
{
    Provider *p = m_core->providers()->activeProvider();
    const LoadedModels::State state = m_core->loaded()->state(serverId());
    if (!p || !p->loader() || !state.known)
        return;
    if (state.error.isError()) {
        // What was listed may be gone (the server stopped): no rows to unload, only the why.
        m_loadedModels.clear();
        m_loaded->setRowCount(0);
        m_loadedNote->setText(state.error.message);
        updateButtons();
        return;
    }
    const QString keep =
        m_loaded->currentRow() >= 0 && m_loaded->currentRow() < m_loadedModels.size()
            ? m_loadedModels[m_loaded->currentRow()].instanceId +
                  m_loadedModels[m_loaded->currentRow()].id
            : QString();
    m_loadedModels = state.models;
    m_loaded->setRowCount(int(m_loadedModels.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_loadedModels.size(); ++i) {
        const LoadedModel &m = m_loadedModels[i];
        QString expires;
        if (m.expiresAt.isValid()) {
            const qint64 secs = now.secsTo(m.expiresAt);
            expires = secs < 0                        ? tr("stopping…")
                      : secs > 10LL * 365 * 24 * 3600 ? tr("never")
                                                      : Format::duration(double(secs));
        }
        const qint64 estimate = m_estimates.value({serverId(), m.id}, -1);
        const QStringList cells{
            m.id, m.sizeBytes > 0 ? Format::bytes(m.sizeBytes) : QString(), FitAdvice::gpuShare(m),
            m.contextLength > 0 ? QLocale().toString(m.contextLength) : QString(), expires};
        for (int c = 0; c < cells.size(); ++c)
            m_loaded->setItem(i, c, new QTableWidgetItem(cells[c]));
        // After loading: what the server reports next to what was estimated before.
        if (estimate > 0 && m.sizeBytes > 0)
            m_loaded->item(i, 1)->setToolTip(
                tr("Reported by the server: %1. Estimated before loading: %2.")
                    .arg(Format::bytes(m.sizeBytes), Format::bytes(estimate)));
        if (m.instanceId + m.id == keep)
            m_loaded->selectRow(i);
    }
    m_loaded->resizeColumnsToContents();
    QStringList notes;
    // A load the user stopped waiting for is said for a minute, or until the model shows.
    const auto stopped = m_stopped.constFind(serverId());
    const bool stoppedShown =
        stopped != m_stopped.cend() && !stopped->until.hasExpired() &&
        std::none_of(m_loadedModels.cbegin(), m_loadedModels.cend(),
                     [&stopped](const LoadedModel &m) { return m.id == stopped->model; });
    if (stopped != m_stopped.cend() && !stoppedShown)
        m_stopped.erase(stopped);
    if (const QString busy = m_busy.value(serverId()); !busy.isEmpty())
        notes << busy;
    else if (stoppedShown)
        notes << stoppedText(stopped->model);
    else if (m_loadedModels.isEmpty())
        notes << tr("No model is loaded.");
    // This machine is read (its memory included) only when a model runs on the CPU alone.
    const auto cpuOnly = [](const LoadedModel &m) { return FitAdvice::cpuOnlyDespiteGpu(m, true); };
    const bool gpu = std::any_of(m_loadedModels.cbegin(), m_loadedModels.cend(), cpuOnly) &&
                     FitAdvice::hasGpu(p->baseUrl(), m_core->thisMachine());
    for (const LoadedModel &m : std::as_const(m_loadedModels)) {
        if (FitAdvice::cpuOnlyDespiteGpu(m, gpu)) {
            notes << cpuOnlyWarning(m.id);
            break;
        }
    }
    if (!state.memoryReported && !m_loadedModels.isEmpty())
        notes << tr("%1 reports no memory use: the size shown is on disk.")
                     .arg(serverKindName(p->kind()));
    m_loadedNote->setText(notes.join(u' '));
    updateButtons();
}

void ModelsPage::updateKeepAlive()
{
    Provider *p = m_core->providers()->activeProvider();
    const bool keepAlive = p && p->loader() && p->loader()->takesKeepAlive();
    m_keepAlive->setEnabled(keepAlive);
    m_keepAlive->setToolTip(keepAlive
                                ? tr("How long Ollama keeps a model in memory after its last "
                                     "use (sent with every load and message to this server)")
                                : tr("Only Ollama lets a client choose how long a model stays "
                                     "loaded; LM Studio unloads by its own idle timer."));
    const int index =
        m_keepAlive->findData(m_core->settings().value(SettingKeys::KeepAlivePrefix, serverId()));
    m_keepAlive->setCurrentIndex(std::max(0, index));
}

void ModelsPage::loadSelected()
{
    const QString id = selectedModelId();
    const QString server = serverId();
    QPointer<Provider> p = m_core->providers()->activeProvider();
    if (id.isEmpty() || !p || !p->loader())
        return;
    const ModelList models = m_model->models();
    const auto it = std::find_if(models.cbegin(), models.cend(),
                                 [&id](const ModelInfo &m) { return m.id == id; });
    const int maxContext =
        it != models.cend() && it->contextLength > 0 ? it->contextLength : 1 << 20;
    bool ok = false;
    const int context = QInputDialog::getInt(
        this, tr("Load model"),
        tr("Context length for %1 (tokens). A longer context needs more memory for its KV cache.")
            .arg(id),
        std::min(DefaultContext, maxContext), 256, maxContext, 1024, &ok);
    if (!ok)
        return;
    if (it != models.cend() && it->sizeBytes > 0) {
        const FitAdvice::Result fit =
            FitAdvice::assess(it->sizeBytes, std::nullopt, context, hostFor(id));
        m_estimates.insert({server, id}, fit.neededBytes);
        if (fit.verdict == FitAdvice::Verdict::WontFit &&
            QMessageBox::warning(this, tr("Load model"), fit.text + u'\n' + tr("Load it anyway?"),
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) != QMessageBox::Yes)
            return;
    }
    if (!stillShown(p, server, tr("Load model")))
        return;
    LoadOptions options;
    options.contextLength = context;
    options.keepAlive = m_core->settings().value(SettingKeys::KeepAlivePrefix, serverId());
    // As long as an answer may take (a big model can take minutes), unless set otherwise.
    options.timeout =
        m_loadLimit.count() > 0
            ? m_loadLimit
            : std::chrono::seconds(m_core->settings().value(SettingKeys::RequestTimeoutSeconds));
    m_busy.insert(server, tr("Loading %1… a large model can take minutes.").arg(id));
    m_loadedNote->setText(m_busy.value(server));
    // Its request lives as long as this object: deleting it stops waiting (and the callback).
    auto *request = new QObject(this);
    m_loads.insert(server, {request, id});
    m_stopped.remove(server);
    updateButtons();
    p->loader()->load(id, options, request, [this, server, request](const ApiError &error) {
        m_loads.remove(server);
        request->deleteLater();
        m_busy.remove(server);
        if (server == serverId())
            m_loadedNote->clear();
        updateButtons();
        if (error.isError())
            QMessageBox::warning(this, tr("Load model"), Format::plainForRichText(error.message));
        refreshLoaded();
        m_core->models()->refresh(server);
    });
}

void ModelsPage::stopLoading()
{
    const QString server = serverId();
    const Load load = m_loads.take(server);
    delete load.request.data(); // the request is aborted, its callback never runs
    m_busy.remove(server);
    m_stopped.insert(server, {load.model, QDeadlineTimer(std::chrono::minutes(1))});
    m_loadedNote->setText(stoppedText(load.model));
    updateButtons();
    refreshLoaded();
}

QString ModelsPage::stoppedText(const QString &model)
{
    return tr("Stopped waiting for %1 to load. The server may still finish loading it: it then "
              "shows here, and Unload frees its memory.")
        .arg(model);
}

bool ModelsPage::stillShown(const QPointer<Provider> &provider, const QString &server,
                            const QString &title)
{
    // A dialog waited for the user: the server may have gone, or another be shown, meanwhile.
    if (provider && serverId() == server && m_core->providers()->provider(server) == provider)
        return true;
    QMessageBox::information(this, title,
                             tr("The server changed while the dialog was open, so nothing was "
                                "done. Choose the model again."));
    return false;
}

void ModelsPage::unloadSelected()
{
    const int row = m_loaded->currentRow();
    Provider *p = m_core->providers()->activeProvider();
    if (row < 0 || row >= m_loadedModels.size() || !p || !p->loader())
        return;
    const QString server = serverId();
    unload(m_loadedModels[row], [this, server] {
        refreshLoaded();
        m_core->models()->refresh(server);
    });
}

void ModelsPage::unload(const LoadedModel &model, std::function<void()> then)
{
    Provider *p = m_core->providers()->activeProvider();
    if (!p || !p->loader())
        return;
    const QString server = serverId();
    m_busy.insert(server, tr("Unloading %1…").arg(model.id));
    m_loadedNote->setText(m_busy.value(server));
    updateButtons();
    p->loader()->unload(model, this, [this, server, then = std::move(then)](const ApiError &error) {
        m_busy.remove(server);
        if (server == serverId())
            m_loadedNote->clear();
        updateButtons();
        if (error.isError())
            QMessageBox::warning(this, tr("Unload"), Format::plainForRichText(error.message));
        then();
    });
}
