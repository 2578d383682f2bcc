#include "ChatPage.h"

#include "ChatView.h"
#include "Core.h"
#include "Format.h"
#include "MetricsStrip.h"
#include "chat/ChatSession.h"
#include "models/ModelCatalog.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

ChatPage::ChatPage(Core *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
{
    setObjectName(QStringLiteral("chatPage"));
    auto *top = new QHBoxLayout;
    auto *modelLabel = new QLabel(tr("&Model:"));
    m_models = new QComboBox;
    m_models->setObjectName(QStringLiteral("modelPicker"));
    m_models->setAccessibleName(tr("Model"));
    m_models->setToolTip(tr("The model that answers the next message"));
    m_models->setMinimumContentsLength(24);
    m_models->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    modelLabel->setBuddy(m_models);
    m_serverLabel = new QLabel;
    m_serverLabel->setObjectName(QStringLiteral("activeServerLabel"));
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_newChat = new QPushButton(tr("New chat"));
    m_newChat->setObjectName(QStringLiteral("newChatButton"));
    m_newChat->setToolTip(tr("Start a new conversation"));
    top->addWidget(modelLabel);
    top->addWidget(m_models);
    top->addSpacing(12);
    top->addWidget(m_serverLabel, 1);
    top->addWidget(m_newChat);

    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("chatNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_input, 1);
    bottom->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addWidget(new MetricsStrip(core->metrics()));
    layout->addLayout(bottom);

    ChatSession *chat = core->chat();
    connect(m_send, &QPushButton::clicked, this, &ChatPage::send);
    connect(m_stop, &QPushButton::clicked, chat, &ChatSession::stop);
    connect(m_newChat, &QPushButton::clicked, chat, &ChatSession::clear);
    connect(m_input, &QPlainTextEdit::textChanged, this, &ChatPage::updateControls);
    connect(chat, &ChatSession::messageAdded, this,
            [this, chat](int i) { m_view->appendMessage(chat->messages().at(i)); });
    connect(chat, &ChatSession::messageDelta, m_view,
            [this](int, const QString &c, const QString &t) { m_view->appendDelta(c, t); });
    connect(chat, &ChatSession::messageFinished, this,
            [this, chat](int i) { m_view->finishMessage(chat->messages().at(i)); });
    connect(chat, &ChatSession::streamingChanged, this, &ChatPage::updateControls);
    connect(chat, &ChatSession::cleared, m_view, &ChatView::clearMessages);
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
        updateControls();
    });
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WindowShortcut);
    connect(esc, &QShortcut::activated, chat, &ChatSession::stop);
    onActiveServerChanged();
}

QString ChatPage::currentModel() const
{
    return m_models->currentData().toString();
}

void ChatPage::focusInput()
{
    m_input->setFocus();
}

void ChatPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void ChatPage::onActiveServerChanged()
{
    const QString id = m_core->providers()->activeServerId();
    Provider *p = m_core->providers()->activeProvider();
    m_serverLabel->setText(
        p ? tr("on %1 · %2").arg(serverKindName(p->kind()), Format::hostPort(p->baseUrl()))
          : tr("No server selected"));
    showNotice({});
    reloadModels();
    if (!id.isEmpty() && m_core->models()->models(id).isEmpty())
        m_core->models()->refresh(id);
}

void ChatPage::reloadModels()
{
    const QString id = m_core->providers()->activeServerId();
    const ModelList models = m_core->models()->models(id);
    const QString keep = m_models->count() > 0 ? currentModel() : QString();
    const QString remembered = m_core->settings().value(SettingKeys::LastModelPrefix, id);
    QSignalBlocker block(m_models);
    m_models->clear();
    for (const ModelInfo &m : models) {
        if (m.isEmbedding())
            continue; // embedding models cannot chat
        QString label = m.displayName.isEmpty() ? m.id : m.displayName;
        if (m.loaded)
            label += QStringLiteral("  ") + tr("(loaded)");
        m_models->addItem(label, m.id);
        m_models->setItemData(m_models->count() - 1, m.id, Qt::ToolTipRole);
    }
    int index = m_models->findData(keep);
    if (index < 0)
        index = m_models->findData(remembered);
    m_models->setCurrentIndex(index >= 0 ? index : 0);
    if (m_models->count() == 0) {
        const ApiError error = m_core->models()->lastError(id);
        m_models->setPlaceholderText(m_core->models()->isLoading(id) ? tr("Loading models…")
                                                                     : tr("No models"));
        if (error.isError())
            showNotice(error.message);
        else if (!id.isEmpty() && !m_core->models()->isLoading(id))
            showNotice(tr("This server has no chat model yet. Pull or download one (for Ollama: "
                          "`ollama pull llama3.2`), then it appears here."));
    } else {
        showNotice({});
    }
    updateControls();
}

void ChatPage::updateControls()
{
    const bool streaming = m_core->chat()->isStreaming();
    m_stop->setEnabled(streaming);
    m_send->setEnabled(!streaming && !m_input->toPlainText().trimmed().isEmpty() &&
                       m_core->providers()->activeProvider() && !currentModel().isEmpty());
}

void ChatPage::send()
{
    QString why;
    const QString keepAlive = m_core->settings().value(SettingKeys::KeepAlivePrefix,
                                                       m_core->providers()->activeServerId());
    if (!m_core->chat()->send(m_input->toPlainText(), m_core->providers()->activeProvider(),
                              currentModel(), &why, keepAlive)) {
        showNotice(why);
        return;
    }
    showNotice({});
    m_input->clear();
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
