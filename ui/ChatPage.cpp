#include "ChatPage.h"

#include "ApiCallDialog.h"
#include "ChatView.h"
#include "ConversationExport.h"
#include "ConversationsPanel.h"
#include "Core.h"
#include "ElidedLabel.h"
#include "ElidingComboBox.h"
#include "Format.h"
#include "MetricsStrip.h"
#include "ParametersPanel.h"
#include "chat/ChatSession.h"
#include "chat/ConversationLibrary.h"
#include "models/DownloadQueue.h"
#include "models/LoadedModels.h"
#include "models/ModelCatalog.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// How often the models in memory are read while the chat shows: a model the server lets go
// after its keep-alive loses its mark within this time.
constexpr int LoadedPollMs = 15000;
// The model picker: at least this many characters wide; wider, up to the most, when the
// chosen name needs it.
constexpr int MinModelChars = 14;
constexpr int MaxModelChars = 40;

QString modelLabel(const ModelInfo &m, const QSet<QString> &held)
{
    QString label = m.displayName.isEmpty() ? m.id : m.displayName;
    if (held.contains(m.id))
        label += QStringLiteral("  ") + ChatPage::tr("(loaded)");
    return label;
}
} // namespace

ChatPage::ChatPage(Core *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
{
    setObjectName(QStringLiteral("chatPage"));
    auto *top = new QHBoxLayout;
    auto *modelLabel = new QLabel(tr("&Model:"));
    m_models = new ElidingComboBox;
    m_models->setObjectName(QStringLiteral("modelPicker"));
    m_models->setAccessibleName(tr("Model"));
    m_models->setToolTip(tr("The model that answers the next message"));
    m_models->setMinimumContentsLength(MinModelChars);
    m_models->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    modelLabel->setBuddy(m_models);
    // Without room for the address, the kind only, or nothing (the toolbar names the server):
    // whole in its tooltip, never widening the window or ending mid-word.
    m_serverLabel = new ElidedLabel;
    m_serverLabel->setObjectName(QStringLiteral("activeServerLabel"));
    m_serverLabel->setTextFormat(Qt::PlainText); // names come from the server
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_flash = new QLabel;
    m_flash->setObjectName(QStringLiteral("chatFlash"));
    m_flash->setTextFormat(Qt::PlainText);
    m_flashTimer = new QTimer(this);
    m_flashTimer->setSingleShot(true);
    m_flashTimer->setInterval(2500);
    connect(m_flashTimer, &QTimer::timeout, m_flash, &QLabel::clear);
    m_apiCall = new QPushButton(tr("API call…"));
    m_apiCall->setObjectName(QStringLiteral("apiCallButton"));
    m_apiCall->setToolTip(tr("Show the request this conversation makes, as curl, Python and an "
                             "n8n workflow"));
    m_export = new QPushButton(tr("Export…"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save this conversation as Markdown or JSON"));
    m_parametersButton = new QPushButton(tr("Parameters"));
    m_parametersButton->setObjectName(QStringLiteral("parametersButton"));
    m_parametersButton->setCheckable(true);
    m_parametersButton->setToolTip(tr("System prompt, temperature, context length and the other "
                                      "request parameters"));
    top->addWidget(modelLabel);
    top->addWidget(m_models);
    top->addSpacing(8);
    top->addWidget(m_serverLabel, 1);
    top->addWidget(m_flash);
    top->addWidget(m_apiCall);
    top->addWidget(m_export);
    top->addWidget(m_parametersButton);

    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("chatNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Server text is shown as written: a tag in a server's message never turns on rich text.
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; color: #5c3b00; border: 1px solid #f0c36d; "
                       "border-radius: 4px; padding: 6px; }"));
    m_notice->hide();

    m_view = new ChatView;

    m_input = new QPlainTextEdit;
    m_input->setObjectName(QStringLiteral("messageInput"));
    m_input->setAccessibleName(tr("Message"));
    m_input->setPlaceholderText(tr("Ask something… (Ctrl+Enter to send, Esc to stop)"));
    m_input->setTabChangesFocus(true);
    m_input->setMaximumHeight(84);
    m_input->installEventFilter(this);
    m_send = new QPushButton(tr("Send"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send the message (Ctrl+Enter)"));
    m_send->setDefault(true);
    m_stop = new QPushButton(tr("Stop"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Stop the answer; what came so far is kept (Esc)"));
    m_regenerate = new QPushButton(tr("Regenerate"));
    m_regenerate->setObjectName(QStringLiteral("regenerateButton"));
    m_regenerate->setToolTip(tr("Ask again for the last answer, with the model chosen now "
                                "(Ctrl+R)"));
    m_regenerate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_regenerate);
    buttons->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_input, 1);
    bottom->addLayout(buttons);

    auto *center = new QWidget;
    auto *layout = new QVBoxLayout(center);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    m_noticeAction = new QPushButton;
    m_noticeAction->setObjectName(QStringLiteral("noticeAction"));
    m_noticeAction->hide();
    connect(m_noticeAction, &QPushButton::clicked, this, [this] {
        const auto action = m_noticeActionRun;
        showNotice({});
        if (action)
            action();
    });
    auto *noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_noticeAction, 0, Qt::AlignTop);
    layout->addLayout(noticeRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(new MetricsStrip(core->metrics()));
    layout->addLayout(bottom);

    m_conversations = new ConversationsPanel(core);
    m_parameters = new ParametersPanel(core);
    m_parametersArea = new QScrollArea;
    m_parametersArea->setObjectName(QStringLiteral("parametersArea"));
    m_parametersArea->setWidget(m_parameters);
    m_parametersArea->setWidgetResizable(true);
    m_parametersArea->setFrameShape(QFrame::NoFrame);
    m_parametersArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As wide as the panel needs in this language, with room for the vertical scroll bar: no
    // horizontal one, so anything narrower would cut the panel's right edge.
    m_parametersArea->setMinimumWidth(
        std::clamp(m_parameters->minimumSizeHint().width() +
                       m_parametersArea->verticalScrollBar()->sizeHint().width() + 4,
                   270, 420));
    m_parametersArea->setMaximumWidth(420);
    m_parametersArea->hide();

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("chatSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_conversations);
    splitter->addWidget(center);
    splitter->addWidget(m_parametersArea);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({200, 700, 0});
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->addWidget(splitter);

    ChatSession *chat = core->chat();
    connect(m_send, &QPushButton::clicked, this, &ChatPage::send);
    connect(m_stop, &QPushButton::clicked, chat, &ChatSession::stop);
    connect(m_regenerate, &QPushButton::clicked, this, &ChatPage::regenerate);
    connect(m_apiCall, &QPushButton::clicked, this, &ChatPage::showApiCall);
    connect(m_export, &QPushButton::clicked, this,
            [this] { exportConversation(m_core->conversations()->currentId()); });
    connect(m_parametersButton, &QPushButton::toggled, this, &ChatPage::setParametersVisible);
    connect(m_input, &QPlainTextEdit::textChanged, this, &ChatPage::updateControls);
    connect(chat, &ChatSession::messageAdded, this,
            [this, chat](int i) { m_view->appendMessage(chat->messages().at(i)); });
    connect(chat, &ChatSession::messageDelta, m_view,
            [this](int, const QString &c, const QString &t) { m_view->appendDelta(c, t); });
    connect(chat, &ChatSession::messageFinished, this, [this, chat](int i) {
        m_view->finishMessage(chat->messages().at(i));
        offerFix(chat->messages().at(i));
        // The answer loaded its model, or its server let another go to make room (an answer
        // refused before its first token did not).
        if (isVisible() && chat->messages().at(i).state != ChatMessage::State::Failed)
            m_core->loaded()->refresh(chat->messages().at(i).serverId);
    });
    connect(core->loaded(), &LoadedModels::updated, this, [this](const QString &id) {
        if (id == m_core->providers()->activeServerId())
            markLoaded();
    });
    connect(chat, &ChatSession::streamingChanged, this, &ChatPage::updateControls);
    connect(chat, &ChatSession::cleared, m_view, &ChatView::clearMessages);
    connect(chat, &ChatSession::cleared, this, &ChatPage::updateControls);
    connect(chat, &ChatSession::restored, this, [this, chat] {
        m_view->setMessages(chat->messages());
        updateControls();
    });
    connect(chat, &ChatSession::truncated, m_view, &ChatView::truncate);
    connect(chat, &ChatSession::truncated, this, &ChatPage::updateControls);
    connect(m_view, &ChatView::regenerateRequested, this, &ChatPage::regenerate);
    connect(m_view, &ChatView::editRequested, this, &ChatPage::editLastQuestion);
    connect(m_view, &ChatView::confirmation, this, &ChatPage::flash);
    connect(m_conversations, &ConversationsPanel::exportRequested, this,
            &ChatPage::exportConversation);
    connect(m_conversations, &ConversationsPanel::problem, this,
            qOverload<const QString &>(&ChatPage::showNotice));
    connect(core->conversations(), &ConversationLibrary::saveFailed, this,
            qOverload<const QString &>(&ChatPage::showNotice));
    connect(core->providers(), &ProviderRegistry::activeServerChanged, this,
            &ChatPage::onActiveServerChanged);
    connect(core->models(), &ModelCatalog::modelsChanged, this, [this](const QString &id) {
        if (id == m_core->providers()->activeServerId())
            reloadModels();
    });
    connect(m_models, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_core->providers()->activeServerId();
        if (!id.isEmpty() && !currentModel().isEmpty())
            m_core->settings().setValue(SettingKeys::LastModelPrefix, currentModel(), id);
        updateParametersTarget();
        updateControls();
        fitModelPicker();
    });
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WindowShortcut);
    connect(esc, &QShortcut::activated, chat, &ChatSession::stop);
    m_view->setMessages(chat->messages());
    onActiveServerChanged();
}

void ChatPage::setParametersVisible(bool visible)
{
    m_parametersArea->setVisible(visible);
    if (m_parametersButton->isChecked() != visible)
        m_parametersButton->setChecked(visible);
}

bool ChatPage::conversationsVisible() const
{
    return m_conversations->isVisibleTo(this);
}

void ChatPage::setConversationsVisible(bool visible)
{
    m_conversations->setVisible(visible);
}

void ChatPage::updateParametersTarget()
{
    m_parameters->setTarget(m_core->providers()->activeServerId(),
                            m_core->providers()->activeProvider(), currentModel());
}

void ChatPage::flash(const QString &text)
{
    m_flash->setText(text);
    m_flashTimer->start();
}

QString ChatPage::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString ChatPage::currentModel() const
{
    return m_models->currentData().toString();
}

void ChatPage::focusInput()
{
    m_input->setFocus();
}

void ChatPage::setDraft(const QString &text)
{
    m_input->setPlainText(text);
}

void ChatPage::showNotice(const QString &text)
{
    m_noticeIsAboutModels = false;
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    m_noticeAction->hide();
    m_noticeActionRun = nullptr;
}

void ChatPage::showNotice(const QString &text, const QString &actionText,
                          std::function<void()> action)
{
    showNotice(text);
    m_noticeAction->setText(actionText);
    m_noticeAction->setVisible(!text.isEmpty());
    m_noticeActionRun = std::move(action);
}

QString ChatPage::noticeAction() const
{
    return m_noticeAction->isHidden() ? QString() : m_noticeAction->text();
}

void ChatPage::offerFix(const ChatMessage &m)
{
    // A failure the user can fix from here gets its button next to the explanation.
    Provider *provider = m_core->providers()->provider(m.serverId);
    if (!provider || m.state != ChatMessage::State::Failed)
        return;
    const QString serverId = m.serverId;
    const QString model = m.model;
    if (m.errorKind == ApiError::Kind::ModelMissing && provider->store()) {
        showNotice(m.errorText, tr("Pull %1").arg(model), [this, serverId, model] {
            m_core->downloads()->enqueue(serverId, model);
            flash(tr("Pulling %1: see the Models tab").arg(model));
        });
    } else if (m.errorKind == ApiError::Kind::NoModelLoaded && provider->loader()) {
        // The provider is looked up when the button is clicked: by then it may be gone (the
        // server removed) or another one (its kind changed).
        showNotice(m.errorText, tr("Load %1").arg(model), [this, serverId, model] {
            Provider *now = m_core->providers()->provider(serverId);
            if (!now || !now->loader()) {
                showNotice(tr("That server is gone or cannot load models any more: choose a "
                              "server and send your message again."));
                return;
            }
            flash(tr("Loading %1… a large model can take minutes.").arg(model));
            LoadOptions options; // no longer than an answer may take
            options.timeout =
                std::chrono::seconds(m_core->settings().value(SettingKeys::RequestTimeoutSeconds));
            now->loader()->load(model, options, this, [this, model](const ApiError &error) {
                if (error.isError())
                    showNotice(error.message);
                else
                    flash(tr("%1 is loaded: send your message again.").arg(model));
            });
        });
    }
}

void ChatPage::onActiveServerChanged()
{
    const QString id = m_core->providers()->activeServerId();
    Provider *p = m_core->providers()->activeProvider();
    if (p)
        m_serverLabel->setFullText(
            tr("on %1 · %2").arg(serverKindName(p->kind()), Format::hostPort(p->baseUrl())),
            {tr("on %1").arg(serverKindName(p->kind()))});
    else
        m_serverLabel->setFullText(tr("No server selected"));
    showNotice({});
    reloadModels();
    if (isVisible())
        m_core->loaded()->refresh(id);
    if (!id.isEmpty() && m_core->models()->models(id).isEmpty())
        m_core->models()->refresh(id);
}

void ChatPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_core->loaded()->watch(this, LoadedPollMs, [this](Provider *p) {
        return p == m_core->providers()->activeProvider();
    });
    m_core->loaded()->refresh(m_core->providers()->activeServerId());
}

void ChatPage::hideEvent(QHideEvent *event)
{
    m_core->loaded()->release(this);
    QWidget::hideEvent(event);
}

void ChatPage::markLoaded()
{
    const QString id = m_core->providers()->activeServerId();
    const ModelList models = m_core->models()->models(id);
    const QSet<QString> held = m_core->loaded()->state(id).ids(models);
    for (const ModelInfo &m : models) {
        if (const int i = m_models->findData(m.id); i >= 0)
            m_models->setItemText(i, modelLabel(m, held));
    }
    fitModelPicker();
}

void ChatPage::fitModelPicker()
{
    // The whole name of the model chosen, and its mark, when the header has room. The picker
    // counts its room in widths of 'X', wider than most letters.
    const QFontMetrics metrics = m_models->fontMetrics();
    const int needed = 1 + metrics.horizontalAdvance(m_models->currentText()) /
                               std::max(1, metrics.horizontalAdvance(u'X'));
    const int chars = std::clamp(needed, MinModelChars, MaxModelChars);
    m_models->setMinimumContentsLength(chars);
    // It asks for that room; a narrow window gets it back down to the least length (the
    // picker's frame and arrow are what its hint has beyond the characters).
    const int frame = m_models->sizeHint().width() - chars * metrics.horizontalAdvance(u'X');
    m_models->setMinimumWidth(frame + MinModelChars * metrics.horizontalAdvance(u'X'));
}

void ChatPage::reloadModels()
{
    const QString id = m_core->providers()->activeServerId();
    const ModelList models = m_core->models()->models(id);
    const QString keep = m_models->count() > 0 ? currentModel() : QString();
    QString remembered = m_core->settings().value(SettingKeys::LastModelPrefix, id);
    if (remembered.isEmpty()) {
        if (const auto profile = m_core->profile(id))
            remembered = profile->defaultModel;
    }
    const QSet<QString> held = m_core->loaded()->state(id).ids(models);
    QSignalBlocker block(m_models);
    m_models->clear();
    for (const ModelInfo &m : models) {
        if (m.isEmbedding())
            continue; // embedding models cannot chat
        m_models->addItem(modelLabel(m, held), m.id);
        m_models->setItemData(m_models->count() - 1, m.id, Qt::ToolTipRole);
    }
    int index = m_models->findData(keep);
    if (index < 0)
        index = m_models->findData(remembered);
    m_models->setCurrentIndex(index >= 0 ? index : 0);
    fitModelPicker();
    if (m_models->count() == 0) {
        const ApiError error = m_core->models()->lastError(id);
        m_models->setPlaceholderText(m_core->models()->isLoading(id) ? tr("Loading models…")
                                                                     : tr("No models"));
        if (error.isError())
            showNotice(error.message);
        else if (!id.isEmpty() && !m_core->models()->isLoading(id))
            showNotice(tr("This server has no chat model yet. Pull or download one (for Ollama: "
                          "`ollama pull llama3.2`), then it appears here."));
        m_noticeIsAboutModels = !m_notice->text().isEmpty();
    } else if (m_noticeIsAboutModels) {
        // Models came: what was said about having none no longer holds. Any other notice (a
        // failed answer and its fix) stays.
        showNotice({});
    }
    updateParametersTarget();
    updateControls();
}

void ChatPage::updateControls()
{
    const bool streaming = m_core->chat()->isStreaming();
    m_stop->setEnabled(streaming);
    // While an answer comes, the next request is not known yet: the question being answered
    // has no answer to go with it.
    m_apiCall->setEnabled(!streaming);
    m_regenerate->setEnabled(m_core->chat()->canRegenerate() &&
                             m_core->providers()->activeProvider() && !currentModel().isEmpty());
    m_export->setEnabled(!m_core->chat()->messages().isEmpty());
    m_send->setEnabled(!streaming && !m_input->toPlainText().trimmed().isEmpty() &&
                       m_core->providers()->activeProvider() && !currentModel().isEmpty());
}

void ChatPage::send()
{
    if (const ApiError why =
            m_core->chat()->send(m_input->toPlainText(), m_core->providers()->activeProvider(),
                                 currentModel(), m_parameters->effectiveParameters());
        why.isError()) {
        showNotice(why.message);
        return;
    }
    showNotice({});
    m_input->clear();
}

void ChatPage::regenerate()
{
    if (const ApiError why =
            m_core->chat()->regenerate(m_core->providers()->activeProvider(), currentModel(),
                                       m_parameters->effectiveParameters());
        why.isError()) {
        showNotice(why.message);
        return;
    }
    showNotice({});
}

void ChatPage::editLastQuestion()
{
    if (m_core->chat()->isStreaming()) {
        showNotice(tr("An answer is still coming. Stop it first (Esc)."));
        return;
    }
    const QString text = m_core->chat()->takeLastQuestion();
    if (text.isEmpty())
        return;
    // What the user was typing is not lost: the question comes first, their draft after it.
    const QString draft = m_input->toPlainText().trimmed();
    m_input->setPlainText(draft.isEmpty() ? text : text + QStringLiteral("\n\n") + draft);
    m_input->moveCursor(QTextCursor::End);
    m_input->setFocus();
    flash(tr("Edit the question, then send it again"));
}

void ChatPage::showApiCall()
{
    ApiCallDialog dialog(m_core, currentModel(), m_input->toPlainText(),
                         m_parameters->effectiveParameters(), this);
    dialog.exec();
}

void ChatPage::exportConversation(const QString &id)
{
    const auto c = m_core->conversations()->conversation(id);
    if (!c || c->messages.isEmpty()) {
        showNotice(tr("There is nothing to export yet: this conversation has no message."));
        return;
    }
    const QString markdownFilter = tr("Markdown (*.md)");
    const QString jsonFilter = tr("JSON (*.json)");
    QString filter = markdownFilter;
    QString base = c->displayTitle();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export conversation"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(base + QStringLiteral(".md")),
        markdownFilter + QStringLiteral(";;") + jsonFilter, &filter);
    if (path.isEmpty())
        return;
    const bool json = path.endsWith(u".json", Qt::CaseInsensitive) ||
                      (filter == jsonFilter && !path.endsWith(u".md", Qt::CaseInsensitive));
    const QByteArray data =
        json ? ConversationExport::toJson(*c) : ConversationExport::toMarkdown(*c).toUtf8();
    QString error;
    if (!ConversationExport::write(path, data, &error)) {
        showNotice(error);
        return;
    }
    flash(tr("Saved %1").arg(QFileInfo(path).fileName()));
}

bool ChatPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
