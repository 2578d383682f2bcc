#include "PresenterView.h"

#include "ChatPage.h"
#include "Core.h"
#include "ElidedLabel.h"
#include "Format.h"
#include "MetricsStrip.h"
#include "MonitorCharts.h"
#include "chat/ChatSession.h"
#include "discovery/Discovery.h"
#include "providers/ProviderRegistry.h"
#include "settings/Settings.h"
#include "workshop/WorkshopChecklist.h"
#include "workshop/WorkshopPlan.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

namespace {
constexpr int RefreshMs = 250; // the charts at 4 Hz, like the Monitor

QFont scaledFont(QFont f, double factor, bool bold = false)
{
    f.setPointSizeF(f.pointSizeF() * factor);
    if (bold)
        f.setBold(true);
    return f;
}
} // namespace

PresenterView::PresenterView(Core *core, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_core(core)
    , m_chatHost(new QWidget)
    , m_splitter(new QSplitter)
    , m_charts(new MonitorCharts(core->metrics()))
    , m_server(new QLabel)
    , m_model(new ElidedLabel)
    , m_mark(new QLabel)
    , m_rate(new QLabel)
    , m_rateCaption(new QLabel)
    , m_hint(new QLabel)
    , m_refresh(new QTimer(this))
    , m_hintBack(new QTimer(this))
    , m_baseFont(QApplication::font())
{
    setObjectName(QStringLiteral("presenterView"));
    setWindowTitle(tr("LocalForge — Presenter"));
    setAccessibleName(tr("Presenter view"));

    // High contrast: white on black around, black on white where the text is.
    QPalette dark = palette();
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::WindowText, Qt::white);
    setPalette(dark);
    setAutoFillBackground(true);
    QPalette light = palette();
    for (auto role : {QPalette::Window, QPalette::Base})
        light.setColor(role, Qt::white);
    // Black text while enabled; a disabled button or field must still look disabled.
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        light.setColor(QPalette::Active, role, Qt::black);
        light.setColor(QPalette::Inactive, role, Qt::black);
        light.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    }
    light.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
    m_chatHost->setPalette(light);
    m_chatHost->setAutoFillBackground(true);
    m_charts->setPalette(light);
    m_charts->setAutoFillBackground(true);

    m_server->setObjectName(QStringLiteral("presenterServer"));
    m_server->setWordWrap(true); // on two lines rather than wider than a projector's screen
    m_server->setAccessibleName(tr("Server"));
    m_model->setObjectName(QStringLiteral("presenterModel"));
    m_model->setAccessibleName(tr("Model"));
    m_mark->setObjectName(QStringLiteral("presenterRateMark"));
    m_mark->setAccessibleName(tr("Speed mark"));
    m_rate->setObjectName(QStringLiteral("presenterEvalRate"));
    m_rate->setAccessibleName(tr("Last answer's generation rate"));
    m_rateCaption->setObjectName(QStringLiteral("presenterRateCaption"));
    m_hint->setObjectName(QStringLiteral("presenterHint"));
    m_hint->setText(keysHint());
    m_hintBack->setSingleShot(true);
    m_hintBack->setInterval(3000);
    connect(m_hintBack, &QTimer::timeout, this, [this] { m_hint->setText(keysHint()); });
    m_charts->setObjectName(QStringLiteral("presenterCharts"));
    m_charts->setAccessibleName(tr("Live memory and speed"));
    m_charts->setWindowSeconds(60); // the last minute: a demo's answers stay wide enough to see

    auto *names = new QVBoxLayout;
    names->addWidget(m_server);
    names->addWidget(m_model);
    auto *rateBox = new QVBoxLayout;
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_mark);
    rateRow->addWidget(m_rate);
    rateBox->addLayout(rateRow);
    rateBox->addWidget(m_rateCaption, 0, Qt::AlignRight);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(16, 8, 16, 8);
    header->addLayout(names, 1);
    header->addLayout(rateBox);

    auto *chatLayout = new QVBoxLayout(m_chatHost);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    m_splitter->setObjectName(QStringLiteral("presenterSplitter"));
    m_splitter->addWidget(m_chatHost);
    m_splitter->addWidget(m_charts);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_hint, 0, Qt::AlignCenter);

    auto shortcut = [this](const QKeySequence &keys, void (PresenterView::*slot)()) {
        auto *s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), &PresenterView::zoomIn);
    shortcut(QKeySequence(QKeySequence::ZoomIn), &PresenterView::zoomIn);
    shortcut(QKeySequence(QKeySequence::ZoomOut), &PresenterView::zoomOut);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), &PresenterView::resetZoom);
    auto *f11 = new QShortcut(QKeySequence(Qt::Key_F11), this);
    connect(f11, &QShortcut::activated, this, &PresenterView::leaveRequested);

    m_refresh->setInterval(RefreshMs);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        m_charts->refresh();
        updateHeader();
        updateEvalRate(); // names the answer's model once another is chosen
    });
    ChatSession *chat = core->chat();
    connect(chat, &ChatSession::messageFinished, this, &PresenterView::updateEvalRate);
    connect(chat, &ChatSession::cleared, this, &PresenterView::updateEvalRate);
    connect(chat, &ChatSession::restored, this, &PresenterView::updateEvalRate);
    connect(chat, &ChatSession::truncated, this, &PresenterView::updateEvalRate);
    connect(core->providers(), &ProviderRegistry::activeServerChanged, this,
            &PresenterView::updateHeader);
    // A server going down or coming back is said as soon as discovery knows.
    connect(core->discovery(), &Discovery::serverUpdated, this, &PresenterView::updateHeader);

    m_scale = std::clamp(core->settings().value(WorkshopKeys::PresenterScale), MinScale, MaxScale);
    applyScale();
    updateEvalRate();
    updateHeader();
}

QString PresenterView::keysHint()
{
    return tr("Esc: leave · Ctrl+= / Ctrl+- / Ctrl+0: text size");
}

PresenterView::~PresenterView()
{
    qApp->removeEventFilter(this);
}

void PresenterView::present(ChatPage *page)
{
    if (!page || m_page)
        return;
    m_page = page;
    m_conversationsWereVisible = page->conversationsVisible();
    page->setConversationsVisible(false);
    if (auto *parameters = page->findChild<QWidget *>(QStringLiteral("parametersArea")))
        m_parametersWereVisible = parameters->isVisibleTo(page);
    page->setParametersVisible(false);
    // The header above says which server, in large type: the page's own line would be cut.
    m_serverLine = page->findChild<QWidget *>(QStringLiteral("activeServerLabel"));
    if (m_serverLine)
        m_serverLine->hide();
    // Its tool buttons (the API call, export and parameters) would, at this size, make the page
    // wider than its share of the screen and take the charts' room; they stay in the window.
    for (const char *name : {"apiCallButton", "exportButton", "parametersButton"}) {
        QWidget *tool = page->findChild<QWidget *>(QString::fromLatin1(name));
        if (tool && tool->isVisibleTo(page)) {
            tool->hide();
            m_hiddenTools.append(tool);
        }
    }
    m_chatHost->layout()->addWidget(page);
    page->show();
    m_strip = page->findChild<MetricsStrip *>();
    if (m_strip)
        m_stripFont = m_strip->font();
    applyScale();
    updateHeader();
    updateEvalRate();
    qApp->installEventFilter(this);
    m_refresh->start();
    m_charts->refresh();
    // Full screen on the main window's screen; the geometry also holds where no window manager
    // honours the full-screen state.
    const QWidget *anchor = parentWidget() ? parentWidget() : this;
    showFullScreen();
    if (QScreen *screen = anchor->screen(); screen && geometry() != screen->geometry()) {
        setGeometry(screen->geometry()); // this clears the state: ask for it again
        setWindowState(windowState() | Qt::WindowFullScreen);
    }
    // The screen it is on now says how large the text can be.
    if (QWindow *window = windowHandle())
        connect(window, &QWindow::screenChanged, this, &PresenterView::applyScale,
                Qt::UniqueConnection);
    applyScale();
    activateWindow();
    page->focusInput();
}

ChatPage *PresenterView::takeBack()
{
    ChatPage *page = m_page;
    if (!page)
        return nullptr;
    qApp->removeEventFilter(this);
    m_refresh->stop();
    hide();
    if (m_strip)
        m_strip->setFont(m_stripFont);
    m_chatHost->layout()->removeWidget(page);
    page->setParent(nullptr);
    page->setConversationsVisible(m_conversationsWereVisible);
    page->setParametersVisible(m_parametersWereVisible);
    if (m_serverLine)
        m_serverLine->show();
    m_serverLine = nullptr;
    for (const QPointer<QWidget> &tool : std::as_const(m_hiddenTools)) {
        if (tool)
            tool->show();
    }
    m_hiddenTools.clear();
    m_page = nullptr;
    m_strip = nullptr;
    return page;
}

void PresenterView::setFontScale(double scale)
{
    scale = std::clamp(scale, MinScale, MaxScale);
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    m_core->settings().setValue(WorkshopKeys::PresenterScale, m_scale);
    applyScale();
}

double PresenterView::largestScale() const
{
    const QScreen *s = screen();
    if (!s)
        return MaxScale;
    const double height = s->geometry().height();
    double largest = MinScale;
    for (int step = 1; MinScale + step * ScaleStep <= MaxScale + 1e-9; ++step) {
        const double scale = MinScale + step * ScaleStep;
        if (QFontMetricsF(scaledFont(m_baseFont, scale)).lineSpacing() * LinesOnScreen > height)
            break;
        largest = scale;
    }
    return largest;
}

void PresenterView::zoomIn()
{
    const double shown = fontScale();
    if (shown + ScaleStep > largestScale() + 1e-9) {
        // Nothing would change: said, rather than a key that seems not to work.
        m_hint->setText(shown + ScaleStep > MaxScale + 1e-9
                            ? tr("This is the largest text size")
                            : tr("This is the largest text size this screen holds"));
        m_hintBack->start();
        return;
    }
    setFontScale(shown + ScaleStep);
}

void PresenterView::zoomOut()
{
    setFontScale(fontScale() - ScaleStep);
}

void PresenterView::resetZoom()
{
    setFontScale(WorkshopKeys::PresenterScale.defaultValue);
}

void PresenterView::applyScale()
{
    const double scale = fontScale();
    m_applied = scale;
    // The chat page takes the host's font (its text, input and stats line follow it); the
    // live strip sets its own size, so it is scaled from what it had.
    m_chatHost->setFont(scaledFont(m_baseFont, scale));
    if (m_strip)
        m_strip->setFont(scaledFont(m_stripFont, std::min(scale, MaxStripScale)));
    // The charts' labels at 0.8 of the text's factor, never under the 1.6 a projector needs.
    m_charts->setFontScale(std::clamp(scale * 0.8, MinScale, MaxChartsScale));
    m_server->setFont(scaledFont(m_baseFont, scale * 1.3, true));
    m_model->setFont(scaledFont(m_baseFont, scale * 1.3, true));
    m_mark->setFont(scaledFont(m_baseFont, scale * 2.2, true));
    m_rate->setFont(scaledFont(m_baseFont, scale * 2.2, true));
    m_rateCaption->setFont(scaledFont(m_baseFont, scale * 0.8));
    m_hint->setFont(scaledFont(m_baseFont, scale * 0.6));
    if (isPresenting())
        applySplit();
}

void PresenterView::applySplit()
{
    // The charts keep two fifths of the screen whatever the chat page's text asks for, unless
    // the page could not fit in the rest at all (the largest text): the window never grows
    // past the screen.
    if (const QScreen *s = screen()) {
        const int screenWidth = s->geometry().width();
        const int chat = m_chatHost->minimumSizeHint().width() + m_splitter->handleWidth();
        m_charts->setMinimumWidth(std::max(0, std::min(screenWidth * 2 / 5, screenWidth - chat)));
    }
    // 11/20 for the chat, 9/20 for the charts, again after each zoom and resize: the splitter
    // alone would give the charts only what the chat page's new size leaves.
    const int w = m_splitter->width() - m_splitter->handleWidth();
    m_splitter->setSizes({w * 11 / 20, w - w * 11 / 20});
}

void PresenterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!isPresenting())
        return;
    // A screen whose size changed may hold more or less text.
    if (!qFuzzyCompare(fontScale(), m_applied))
        applyScale();
    else
        applySplit();
}

QColor PresenterView::markColorFor(double tokensPerSecond)
{
    return WorkshopChecklist::isFluid(tokensPerSecond) ? QColor(0x2e, 0xcc, 0x40)
                                                       : QColor(0xff, 0xb0, 0x00);
}

void PresenterView::showEvalRate(std::optional<double> tokensPerSecond, const QString &model)
{
    QPalette p = m_mark->palette();
    if (!tokensPerSecond) {
        m_markColor = QColor(0x80, 0x80, 0x80);
        m_rate->setText(QStringLiteral("—"));
        m_rateCaption->setText(tr("No answer yet (target: 30 tok/s)"));
    } else {
        // The last answer's colour belongs to a server that is still there.
        m_markColor = m_serverDown ? QColor(0x80, 0x80, 0x80) : markColorFor(*tokensPerSecond);
        m_rate->setText(Format::tokensPerSecond(*tokensPerSecond));
        const bool fluid = WorkshopChecklist::isFluid(*tokensPerSecond);
        if (model.isEmpty())
            m_rateCaption->setText(fluid ? tr("Last answer: fluid (30 tok/s or more)")
                                         : tr("Last answer: below 30 tok/s"));
        else
            m_rateCaption->setText(fluid
                                       ? tr("Last answer, %1: fluid (30 tok/s or more)").arg(model)
                                       : tr("Last answer, %1: below 30 tok/s").arg(model));
    }
    m_mark->setText(QStringLiteral("●"));
    p.setColor(QPalette::WindowText, m_markColor);
    m_mark->setPalette(p);
    describeRate();
}

void PresenterView::describeRate()
{
    // The figure itself, then what it means: screen readers read the name and description.
    m_rate->setAccessibleDescription(m_rate->text() == QStringLiteral("—")
                                         ? m_rateCaption->text()
                                         : tr("%1, %2").arg(m_rate->text(), m_rateCaption->text()));
}

void PresenterView::updateEvalRate()
{
    // The newest finished answer only: an older one's rate beside another model's name, after
    // an answer that failed or was stopped, would speak for the wrong answer.
    const QList<ChatMessage> &messages = m_core->chat()->messages();
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->role != ChatTurn::Role::Assistant || it->state == ChatMessage::State::Streaming)
            continue;
        const auto rate = it->stats.tokensPerSecond();
        // Named when it is not the model the header shows (chosen since).
        const QString current = m_page ? m_page->currentModel() : QString();
        showEvalRate(rate, it->model == current ? QString() : it->model);
        if (!rate) {
            m_rateCaption->setText(tr("Last answer: no rate (it stopped or failed)"));
            describeRate();
        }
        return;
    }
    showEvalRate(std::nullopt);
}

void PresenterView::updateHeader()
{
    const QString id = m_core->providers()->activeServerId();
    const auto info = id.isEmpty() ? std::nullopt : m_core->discovery()->server(id);
    // A server that stopped answering says so at once, greyed: the room should not learn it
    // from the next question failing.
    const bool down = info && info->status != ServerStatus::Up;
    if (!info)
        m_server->setText(tr("No server running"));
    else if (down)
        m_server->setText(tr("%1 at %2 — %3")
                              .arg(Format::serverTitle(*info), Format::hostPort(info->url),
                                   Format::statusText(info->status)));
    else
        m_server->setText(
            tr("%1 at %2").arg(Format::serverTitle(*info), Format::hostPort(info->url)));
    QPalette p = m_server->palette();
    p.setColor(QPalette::WindowText, down ? QColor(0xa0, 0xa0, 0xa0) : QColor(Qt::white));
    m_server->setPalette(p);
    m_server->setAccessibleDescription(m_server->text());
    if (down != m_serverDown) {
        m_serverDown = down;
        updateEvalRate(); // its mark greys with it
    }
    const QString model = m_page ? m_page->currentModel() : QString();
    m_model->setFullText(model.isEmpty() ? tr("No model chosen") : model);
    m_model->setAccessibleDescription(m_model->fullText()); // whole, where the screen shortens it
}

bool PresenterView::eventFilter(QObject *watched, QEvent *event)
{
    const bool key = event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
    if (!key || !isVisible())
        return false;
    auto *keyEvent = static_cast<QKeyEvent *>(event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (keyEvent->key() != Qt::Key_Escape || keyEvent->modifiers() != Qt::NoModifier || !widget ||
        widget->window() != this)
        return false;
    // Esc stops an answer that is still coming (the chat page's own shortcut); once none is,
    // it leaves.
    if (m_core->chat()->isStreaming())
        return false;
    event->accept();
    if (event->type() == QEvent::KeyPress)
        Q_EMIT leaveRequested();
    return true;
}

void PresenterView::closeEvent(QCloseEvent *event)
{
    if (isPresenting()) {
        event->ignore();
        Q_EMIT leaveRequested();
        return;
    }
    QWidget::closeEvent(event);
}
