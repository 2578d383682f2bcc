#include "ChatView.h"

#include "Format.h"

#include <QDesktopServices>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace {
constexpr int FrameMs = 16;
constexpr int SoftBreakChars = 400;

QTextCharFormat bodyFormat(const QPalette &palette)
{
    QTextCharFormat f;
    f.setForeground(palette.color(QPalette::Text));
    return f;
}

QTextCharFormat thinkingFormat(const QPalette &palette)
{
    QTextCharFormat f;
    QColor c = palette.color(QPalette::Text);
    c.setAlphaF(0.6f);
    f.setForeground(c);
    f.setFontItalic(true);
    return f;
}

QTextCharFormat smallFormat(const QPalette &palette, const QColor &color = {})
{
    QTextCharFormat f;
    QColor c = color.isValid() ? color : palette.color(QPalette::Text);
    if (!color.isValid())
        c.setAlphaF(0.6f);
    f.setForeground(c);
    f.setFontPointSize(QFont().pointSizeF() * 0.88);
    return f;
}
} // namespace

ChatView::ChatView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("chatView"));
    setAccessibleName(tr("Conversation"));
    // Links open in the browser, and only web and mail links; the conversation never navigates.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme();
        if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
            QDesktopServices::openUrl(url);
    });
    setUndoRedoEnabled(false);
    document()->setUndoRedoEnabled(false);
    document()->setDocumentMargin(12);
    m_frame.setSingleShot(true);
    m_frame.setInterval(FrameMs);
    connect(&m_frame, &QTimer::timeout, this, &ChatView::flushPending);
}

QVariant ChatView::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == u"qrc" || name.scheme() == u"data")
        return QTextBrowser::loadResource(type, name);
    return {};
}

void ChatView::clearMessages()
{
    m_frame.stop();
    m_pendingContent.clear();
    m_pendingThinking.clear();
    clear();
}

bool ChatView::isAtEnd() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 4;
}

void ChatView::scrollToEndIfFollowing(bool wasAtEnd)
{
    if (wasAtEnd)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void ChatView::insertHeader(const ChatMessage &m)
{
    QTextCursor c(document());
    c.movePosition(QTextCursor::End);
    QTextBlockFormat block;
    block.setTopMargin(document()->isEmpty() ? 0 : 14);
    block.setBottomMargin(2);
    if (!document()->isEmpty())
        c.insertBlock(block);
    else
        c.setBlockFormat(block);
    QTextCharFormat header;
    header.setFontWeight(QFont::Bold);
    header.setForeground(m.role == ChatTurn::Role::User ? palette().color(QPalette::Link)
                                                        : palette().color(QPalette::Text));
    QString who;
    if (m.role == ChatTurn::Role::User) {
        who = tr("You");
    } else {
        who = m.model;
        c.insertText(who, header);
        QString provider = serverKindName(m.providerKind);
        if (!m.serverId.isEmpty())
            provider += QStringLiteral(" · ") + Format::hostPort(QUrl(m.serverId));
        c.insertText(QStringLiteral("  ") + provider, smallFormat(palette()));
        who.clear();
    }
    if (!who.isEmpty())
        c.insertText(who, header);
    QTextBlockFormat body;
    body.setBottomMargin(2);
    c.insertBlock(body, bodyFormat(palette()));
}

void ChatView::appendMessage(const ChatMessage &m)
{
    const bool wasAtEnd = isAtEnd();
    flushPending();
    insertHeader(m);
    m_bodyStart = document()->characterCount() - 1;
    m_inThinking = false;
    if (m.state == ChatMessage::State::Streaming) {
        appendDelta(m.content, m.thinking);
    } else {
        insertBody(m);
        if (m.role == ChatTurn::Role::Assistant)
            insertFooter(m);
    }
    scrollToEndIfFollowing(wasAtEnd || m.role == ChatTurn::Role::User);
}

void ChatView::insertBody(const ChatMessage &m)
{
    QTextCursor c(document());
    c.movePosition(QTextCursor::End);
    if (!m.thinking.isEmpty()) {
        c.insertText(m.thinking, thinkingFormat(palette()));
        if (!m.content.isEmpty())
            c.insertBlock();
    }
    if (m.role != ChatTurn::Role::Assistant) {
        c.insertText(m.content, bodyFormat(palette()));
        return;
    }
    // Answers are Markdown: rendered once, when complete.
    const int start = c.position();
    c.insertMarkdown(m.content, QTextDocument::MarkdownDialectGitHub);
    styleCodeBlocks(start, c.position());
}

void ChatView::styleCodeBlocks(int from, int to)
{
    const QColor background = palette().color(QPalette::AlternateBase).darker(104);
    for (QTextBlock b = document()->findBlock(from); b.isValid() && b.position() <= to;
         b = b.next()) {
        QTextBlockFormat f = b.blockFormat();
        if (!f.hasProperty(QTextFormat::BlockCodeFence) && !f.nonBreakableLines())
            continue;
        f.setBackground(background);
        f.setLeftMargin(8);
        f.setRightMargin(8);
        QTextCursor(b).setBlockFormat(f);
    }
}

void ChatView::appendDelta(const QString &content, const QString &thinking)
{
    // Pieces are written in the order they arrive; a switch between thinking and content
    // writes what is pending first.
    if (!thinking.isEmpty()) {
        if (!m_pendingContent.isEmpty())
            flushPending();
        m_pendingThinking += thinking;
    }
    if (!content.isEmpty()) {
        if (!m_pendingThinking.isEmpty())
            flushPending();
        m_pendingContent += content;
    }
    if (!m_frame.isActive())
        m_frame.start();
}

void ChatView::insertStreamed(QTextCursor &c, const QString &text, const QTextCharFormat &format)
{
    // Laying out a paragraph costs its length: while streaming, a paragraph that grows past a
    // few hundred characters goes on in a new block at a word boundary, so each token costs
    // the same however long the answer. The finished message is written again whole.
    if (c.block().length() > SoftBreakChars &&
        (text.front().isSpace() || c.block().length() > 2 * SoftBreakChars))
        c.insertBlock(c.blockFormat(), format);
    c.insertText(text, format);
}

void ChatView::flushPending()
{
    m_frame.stop();
    if (m_pendingContent.isEmpty() && m_pendingThinking.isEmpty())
        return;
    const bool wasAtEnd = isAtEnd();
    QTextCursor c(document());
    c.movePosition(QTextCursor::End);
    if (!m_pendingThinking.isEmpty()) {
        m_inThinking = true;
        insertStreamed(c, m_pendingThinking, thinkingFormat(palette()));
        m_pendingThinking.clear();
    }
    if (!m_pendingContent.isEmpty()) {
        if (m_inThinking) {
            c.insertBlock();
            m_inThinking = false;
        }
        insertStreamed(c, m_pendingContent, bodyFormat(palette()));
        m_pendingContent.clear();
    }
    scrollToEndIfFollowing(wasAtEnd);
}

void ChatView::finishMessage(const ChatMessage &m)
{
    const bool wasAtEnd = isAtEnd();
    m_frame.stop();
    m_pendingContent.clear();
    m_pendingThinking.clear();
    // Once, at the end: the message written whole replaces the streamed pieces.
    QTextCursor c(document());
    c.setPosition(std::min(m_bodyStart, document()->characterCount() - 1));
    c.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    c.removeSelectedText();
    insertBody(m);
    insertFooter(m);
    scrollToEndIfFollowing(wasAtEnd);
}

void ChatView::insertFooter(const ChatMessage &m)
{
    QTextCursor c(document());
    c.movePosition(QTextCursor::End);
    QTextBlockFormat block;
    block.setTopMargin(4);
    QString line;
    QColor color;
    switch (m.state) {
    case ChatMessage::State::Complete:
        line = Format::statsLine(m.stats);
        break;
    case ChatMessage::State::Stopped:
        line = tr("Stopped") + QStringLiteral(" · ") + Format::statsLine(m.stats);
        break;
    case ChatMessage::State::Interrupted:
        line = tr("Interrupted: %1").arg(m.errorText);
        color = QColor(0xcf, 0x22, 0x2e);
        break;
    case ChatMessage::State::Failed:
        line = m.errorText;
        color = QColor(0xcf, 0x22, 0x2e);
        break;
    case ChatMessage::State::Streaming:
        return;
    }
    if (!m.reportedModel.isEmpty())
        line += QStringLiteral(" · ") + tr("answered by %1").arg(m.reportedModel);
    QTextCharFormat f = smallFormat(palette(), color);
    f.setToolTip(Format::statsDetails(m.stats));
    c.insertBlock(block);
    c.insertText(line, f);
}
