#include "DownloadsPanel.h"

#include "Core.h"
#include "DownloadDelegate.h"
#include "DownloadListModel.h"
#include "Format.h"
#include "models/DownloadQueue.h"
#include "models/FitAdvice.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int DefaultContext = 4096; // Ollama's and LM Studio's usual default
constexpr int BytesRole = Qt::UserRole + 1;
} // namespace

QList<DownloadsPanel::Suggestion> DownloadsPanel::suggestions()
{
    // Download sizes as the Ollama library lists them.
    return {{QStringLiteral("llama3.2:1b"), 1'321'098'329},
            {QStringLiteral("llama3.2"), 2'019'393'189},
            {QStringLiteral("phi3"), 2'176'178'913},
            {QStringLiteral("qwen2.5:0.5b"), 397'821'319},
            {QStringLiteral("mistral"), 4'113'301'824}};
}

DownloadsPanel::DownloadsPanel(Core *core, QWidget *parent)
    : QGroupBox(tr("Downloads"), parent)
    , m_core(core)
{
    m_name = new QComboBox;
    m_name->setObjectName(QStringLiteral("pullName"));
    m_name->setAccessibleName(tr("Model to download"));
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    fillSuggestions();
    m_pull = new QPushButton(tr("Download"));
    m_pull->setObjectName(QStringLiteral("pullButton"));
    m_pull->setToolTip(tr("Download this model to the server"));
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("pullNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_model = new DownloadListModel(m_core->downloads(), this);
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("downloadList"));
    m_list->setAccessibleName(tr("Downloads"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new DownloadDelegate(m_list));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelDownloadButton"));
    m_cancel->setToolTip(tr("Stop the selected download"));
    m_retry = new QPushButton(tr("Retry"));
    m_retry->setObjectName(QStringLiteral("retryDownloadButton"));
    m_retry->setToolTip(tr("Start the selected download again"));
    m_clear = new QPushButton(tr("Clear finished"));
    m_clear->setObjectName(QStringLiteral("clearDownloadsButton"));
    auto *pullRow = new QHBoxLayout;
    pullRow->addWidget(m_name, 1);
    pullRow->addWidget(m_pull);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pullRow);
    layout->addWidget(m_note);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_pull, &QPushButton::clicked, this, &DownloadsPanel::startPull);
    connect(m_name->lineEdit(), &QLineEdit::returnPressed, this, &DownloadsPanel::startPull);
    // Before a pull: will it fit where it is going?
    connect(m_name, &QComboBox::currentTextChanged, this, [this] {
        updateAdvice();
        updateButtons();
    });
    connect(m_cancel, &QPushButton::clicked, this,
            [this] { m_core->downloads()->cancel(currentDownload()); });
    connect(m_retry, &QPushButton::clicked, this,
            [this] { m_core->downloads()->retry(currentDownload()); });
    connect(m_clear, &QPushButton::clicked, m_core->downloads(), &DownloadQueue::removeFinished);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DownloadsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DownloadsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DownloadsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DownloadsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) {
                m_list->setCurrentIndex(m_model->index(last));
                updateButtons();
            });
    connect(m_core->providers(), &ProviderRegistry::activeServerChanged, this,
            &DownloadsPanel::onActiveServerChanged);
    onActiveServerChanged();
}

void DownloadsPanel::onActiveServerChanged()
{
    m_model->setCurrentServer(m_core->providers()->activeServerId());
    fillSuggestions(); // names as this kind of server takes them
    updateAdvice();    // for the memory of the new server's host
    updateButtons();
}

bool DownloadsPanel::isLmStudio() const
{
    const Provider *p = m_core->providers()->activeProvider();
    return p && p->kind() == ServerKind::LmStudio;
}

void DownloadsPanel::fillSuggestions()
{
    // Ollama's library names and sizes mean nothing to LM Studio, which takes a name from its
    // own catalogue or a Hugging Face address.
    const bool lmStudio = isLmStudio();
    // Filled once per kind: what the user is typing stays while the server is the same kind.
    if (m_suggestionsForLmStudio == lmStudio)
        return;
    m_suggestionsForLmStudio = lmStudio;
    m_name->clear();
    m_name->lineEdit()->setPlaceholderText(lmStudio ? tr("name, e.g. ibm/granite-4-micro")
                                                    : tr("name:tag, e.g. llama3.2:1b"));
    m_name->setToolTip(lmStudio ? tr("A name from LM Studio's catalogue, or a Hugging Face "
                                     "address")
                                : tr("A name from the Ollama library, with its tag"));
    if (!lmStudio) {
        for (const Suggestion &s : suggestions()) {
            m_name->addItem(tr("%1 (%2)").arg(s.name, Format::fileSize(s.bytes)), s.name);
            m_name->setItemData(m_name->count() - 1, s.bytes, BytesRole);
        }
    }
    m_name->setCurrentIndex(-1);
    m_name->clearEditText();
}

void DownloadsPanel::updateAdvice()
{
    const int i = m_name->findText(m_name->currentText());
    Provider *p = m_core->providers()->activeProvider();
    if (i < 0 || !p) {
        m_advice.clear();
        return;
    }
    const qint64 bytes = m_name->itemData(i, BytesRole).toLongLong();
    m_advice = FitAdvice::assess(bytes, std::nullopt, DefaultContext,
                                 FitAdvice::hostOf(p->baseUrl(), m_core->thisMachine()))
                   .text;
}

int DownloadsPanel::currentDownload() const
{
    return m_list->currentIndex().data(DownloadListModel::IdRole).toInt();
}

void DownloadsPanel::updateButtons()
{
    Provider *p = m_core->providers()->activeProvider();
    const bool canDownload = p && p->store();
    m_pull->setEnabled(canDownload);
    m_name->setEnabled(canDownload);
    // What keeps this server from downloading, else the fit advice of a chosen suggestion or
    // the "write a name" hint. Worked out from the server in use each time, so a note about
    // another server never stays.
    if (!p)
        m_note->setText(tr("Select a server first."));
    else if (canDownload)
        m_note->setText(m_advice);
    else
        m_note->setText(p->cannotDownloadReason());
    m_note->setVisible(!m_note->text().isEmpty());
    const DownloadItem *item = m_core->downloads()->item(currentDownload());
    m_cancel->setEnabled(item && !item->isOver());
    // Not while the same model downloads again in another row (as Download asked it since).
    m_retry->setEnabled(item && item->isOver() && item->state != DownloadItem::State::Done &&
                        !m_core->downloads()->hasActiveTwin(item->id));
    const QList<DownloadItem> items = m_core->downloads()->items();
    m_clear->setEnabled(std::any_of(items.cbegin(), items.cend(),
                                    [](const DownloadItem &i) { return i.isOver(); }));
}

void DownloadsPanel::startPull()
{
    // A suggestion reads "phi3 (2.2 GB)"; model names have no spaces, so the name is the
    // first word of whatever the box holds.
    const QString text = m_name->currentText().trimmed();
    const int suggestion = m_name->findText(text);
    const QString name =
        suggestion >= 0 ? m_name->itemData(suggestion).toString() : text.section(u' ', 0, 0);
    if (name.isEmpty()) {
        m_advice = isLmStudio() ? tr("Write a model name first, for example ibm/granite-4-micro.")
                                : tr("Write a model name first, for example llama3.2:1b.");
        updateButtons();
        return;
    }
    const int rowsBefore = m_model->rowCount();
    const int id = m_core->downloads()->enqueue(m_core->providers()->activeServerId(), name);
    m_name->setCurrentIndex(-1);
    m_name->clearEditText();
    if (m_model->rowCount() != rowsBefore)
        return;
    // The same download is on its way already: show it rather than seem to do nothing.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (index.data(DownloadListModel::IdRole).toInt() == id)
            m_list->setCurrentIndex(index);
    }
    m_advice = tr("%1 is already downloading: see it in the list below.").arg(name);
    updateButtons();
}
