#include "ChatView.h"

#include "Format.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
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
    connect(this, &QTextBrowser::anchorClicked, this, &ChatView::activateLink);
    setUndoRedoEnabled(false);
    doc()->setUndoRedoEnabled(false);
    doc()->setDocumentMargin(12);
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
    m_messages.clear();
    m_starts.clear();
    m_expanded.clear();
    m_code.clear();
    clear();
}

void ChatView::setMessages(const QList<ChatMessage> &messages)
{
    clearMessages();
    m_messages = messages;
    // Written into a document no view lays out yet: laying out after each insertion would
    // cost most of the time. The view takes it when it is complete.
    auto *building = new QTextDocument(this);
    building->setUndoRedoEnabled(false);
    building->setDocumentMargin(document()->documentMargin());
    building->setDefaultFont(document()->defaultFont());
    m_building = building;
    renderFrom(0);
    m_building = nullptr;
    // The first document belongs to the text control, which deletes it; later ones are ours.
    QTextDocument *old = document();
    const bool ours = old->parent() == this;
    setDocument(building);
    if (ours)
        old->deleteLater();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void ChatView::truncate(int count)
{
    if (count >= m_messages.size())
        return;
    m_frame.stop();
    m_pendingContent.clear();
    m_pendingThinking.clear();
    m_messages.resize(std::max(0, count));
    // The last answer left carries the actions again (regenerate, edit).
    renderFrom(std::max(0, count - 1));
}

void ChatView::renderFrom(int index)
{
    index = std::clamp(index, 0, int(m_messages.size()));
    if (index < m_starts.size()) {
        if (index == 0) {
            clear();
        } else {
            QTextCursor c(doc());
            c.setPosition(m_starts[index]);
            c.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            c.removeSelectedText();
        }
        m_starts.resize(index);
    }
    for (auto it = m_code.begin(); it != m_code.end();)
        it = it.key() >= index ? m_code.erase(it) : std::next(it);
    for (int i = index; i < m_messages.size(); ++i)
        renderMessage(i);
}

void ChatView::renderMessage(int i)
{
    m_starts.append(doc()->characterCount() - 1);
    insertHeader(i);
    m_bodyStart = doc()->characterCount() - 1;
    m_softBreaks.clear();
    m_inThinking = false;
    const ChatMessage &m = m_messages[i];
    if (m.state == ChatMessage::State::Streaming) {
        appendDelta(m.content, m.thinking);
        return;
    }
    insertBody(i);
    if (m.role == ChatTurn::Role::Assistant)
        insertFooter(i);
}

QStringList ChatView::codeBlocks(int message) const
{
    return m_code.value(message);
}

void ChatView::setThinkingExpanded(int message, bool expanded)
{
    if (message < 0 || message >= m_messages.size() || expanded == m_expanded.contains(message) ||
        m_messages[message].state == ChatMessage::State::Streaming)
        return;
    if (expanded)
        m_expanded.insert(message);
    else
        m_expanded.remove(message);
    const int scroll = verticalScrollBar()->value();
    renderFrom(message);
    verticalScrollBar()->setValue(scroll);
}

void ChatView::activateLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == u"http" || scheme == u"https" || scheme == u"mailto") {
        QDesktopServices::openUrl(url);
        return;
    }
    if (scheme != u"localforge")
        return;
    const QStringList parts = url.path().split(u'/');
    const QString action = parts.value(0);
    const int message = parts.value(1).toInt();
    if (action == u"regenerate") {
        Q_EMIT regenerateRequested();
    } else if (action == u"edit") {
        Q_EMIT editRequested();
    } else if (action == u"thinking") {
        setThinkingExpanded(message, !m_expanded.contains(message));
    } else if (action == u"copy" && message >= 0 && message < m_messages.size()) {
        QGuiApplication::clipboard()->setText(m_messages[message].content);
        Q_EMIT copied(tr("Message copied"));
    } else if (action == u"copy-code") {
        const QStringList blocks = m_code.value(message);
        const int block = parts.value(2).toInt();
        if (block >= 0 && block < blocks.size()) {
            QGuiApplication::clipboard()->setText(blocks[block]);
            Q_EMIT copied(tr("Code copied"));
        }
    }
}

QList<QUrl> ChatView::actionLinks() const
{
    QList<QUrl> links;
    for (QTextBlock b = doc()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isAnchor() && f.anchorHref().startsWith(u"localforge:"))
                links.append(QUrl(f.anchorHref()));
        }
    }
    return links;
}

void ChatView::insertLink(QTextCursor &c, const QString &text, const QString &action)
{
    QTextCharFormat f = smallFormat(palette(), palette().color(QPalette::Link));
    f.setAnchor(true);
    f.setAnchorHref(QStringLiteral("localforge:") + action);
    c.insertText(text, f);
    c.setCharFormat(smallFormat(palette()));
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

void ChatView::insertHeader(int index)
{
    const ChatMessage &m = m_messages[index];
    QTextCursor c(doc());
    c.movePosition(QTextCursor::End);
    QTextBlockFormat block;
    block.setTopMargin(doc()->isEmpty() ? 0 : 14);
    block.setBottomMargin(2);
    if (!doc()->isEmpty())
        c.insertBlock(block);
    else
        c.setBlockFormat(block);
    QTextCharFormat header;
    header.setFontWeight(QFont::Bold);
    header.setForeground(m.role == ChatTurn::Role::User ? palette().color(QPalette::Link)
                                                        : palette().color(QPalette::Text));
    if (m.role == ChatTurn::Role::User) {
        c.insertText(tr("You"), header);
        if (m.state != ChatMessage::State::Streaming) {
            c.insertText(QStringLiteral("   "), smallFormat(palette()));
            insertLink(c, tr("Copy"), QStringLiteral("copy/%1").arg(index));
        }
    } else {
        c.insertText(m.model, header);
        QString provider = serverKindName(m.providerKind);
        if (!m.serverId.isEmpty())
            provider += QStringLiteral(" · ") + Format::hostPort(QUrl(m.serverId));
        c.insertText(QStringLiteral("  ") + provider, smallFormat(palette()));
    }
    QTextBlockFormat body;
    body.setBottomMargin(2);
    c.insertBlock(body, bodyFormat(palette()));
}

void ChatView::appendMessage(const ChatMessage &m)
{
    const bool wasAtEnd = isAtEnd();
    flushPending();
    m_messages.append(m);
    const int index = int(m_messages.size()) - 1;
    // A new question: the answer before it no longer offers regenerate and edit.
    if (m.role == ChatTurn::Role::User && index > 0 &&
        m_messages[index - 1].role == ChatTurn::Role::Assistant &&
        m_messages[index - 1].state != ChatMessage::State::Streaming)
        renderFrom(index - 1);
    else
        renderMessage(index);
    scrollToEndIfFollowing(wasAtEnd || m.role == ChatTurn::Role::User);
}

void ChatView::insertThinking(int index)
{
    const ChatMessage &m = m_messages[index];
    QTextCursor c(doc());
    c.movePosition(QTextCursor::End);
    const bool expanded = m_expanded.contains(index);
    const qsizetype words = m.thinking.split(u' ', Qt::SkipEmptyParts).size();
    insertLink(c,
               (expanded ? QStringLiteral("▾ ") : QStringLiteral("▸ ")) +
                   tr("Thinking (%n word(s))", nullptr, int(words)),
               QStringLiteral("thinking/%1").arg(index));
    if (expanded) {
        c.insertBlock();
        c.insertText(m.thinking, thinkingFormat(palette()));
    }
    c.insertBlock(c.blockFormat(), bodyFormat(palette()));
}

void ChatView::insertBody(int index)
{
    const ChatMessage &m = m_messages[index];
    if (!m.thinking.isEmpty())
        insertThinking(index);
    QTextCursor c(doc());
    c.movePosition(QTextCursor::End);
    if (m.role != ChatTurn::Role::Assistant) {
        c.insertText(m.content, bodyFormat(palette()));
        return;
    }
    // Answers are Markdown: rendered once, when complete.
    const int start = c.position();
    c.insertMarkdown(m.content, QTextDocument::MarkdownDialectGitHub);
    decorateCodeBlocks(index, start, c.position());
}

void ChatView::decorateCodeBlocks(int index, int from, int to)
{
    // Each run of code lines gets a shaded background and a "Copy code" link under it.
    const QColor background = palette().color(QPalette::AlternateBase).darker(104);
    QList<QPair<int, QString>> runs; // position after the run, its text
    QStringList lines;
    int runEnd = -1;
    auto closeRun = [&] {
        if (runEnd >= 0)
            runs.append({runEnd, lines.join(u'\n')});
        lines.clear();
        runEnd = -1;
    };
    for (QTextBlock b = doc()->findBlock(from); b.isValid() && b.position() <= to; b = b.next()) {
        QTextBlockFormat f = b.blockFormat();
        if (!f.hasProperty(QTextFormat::BlockCodeFence) && !f.nonBreakableLines()) {
            closeRun();
            continue;
        }
        f.setBackground(background);
        f.setLeftMargin(8);
        f.setRightMargin(8);
        QTextCursor(b).setBlockFormat(f);
        lines.append(b.text());
        runEnd = b.position() + b.length() - 1;
    }
    closeRun();
    QStringList texts;
    for (const auto &run : std::as_const(runs))
        texts.append(run.second);
    m_code.insert(index, texts);
    // From the last run up, so positions before it stay valid.
    for (qsizetype k = runs.size() - 1; k >= 0; --k) {
        QTextCursor c(doc());
        c.setPosition(runs[k].first);
        QTextBlockFormat plain;
        plain.setBottomMargin(6);
        plain.setAlignment(Qt::AlignRight);
        c.insertBlock(plain, smallFormat(palette()));
        insertLink(c, tr("Copy code"), QStringLiteral("copy-code/%1/%2").arg(index).arg(k));
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
        (text.front().isSpace() || c.block().length() > 2 * SoftBreakChars)) {
        m_softBreaks.append(c.position());
        c.insertBlock(c.blockFormat(), format);
    }
    c.insertText(text, format);
}

void ChatView::flushPending()
{
    m_frame.stop();
    if (m_pendingContent.isEmpty() && m_pendingThinking.isEmpty())
        return;
    const bool wasAtEnd = isAtEnd();
    QTextCursor c(doc());
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

QString ChatView::streamedText() const
{
    QTextCursor c(doc());
    const int end = doc()->characterCount() - 1;
    c.setPosition(std::min(m_bodyStart, end));
    c.setPosition(end, QTextCursor::KeepAnchor);
    QString text = c.selectedText();
    for (qsizetype k = m_softBreaks.size() - 1; k >= 0; --k) {
        const qsizetype at = m_softBreaks[k] - m_bodyStart;
        if (at >= 0 && at < text.size() && text[at] == QChar::ParagraphSeparator)
            text.remove(at, 1);
    }
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

void ChatView::finishMessage(const ChatMessage &m)
{
    const bool wasAtEnd = isAtEnd();
    m_frame.stop();
    m_pendingContent.clear();
    m_pendingThinking.clear();
    if (m_messages.isEmpty())
        return;
    m_messages.last() = m;
    const int index = int(m_messages.size()) - 1;
    // Once, at the end: the message written whole replaces the streamed pieces.
    QTextCursor c(doc());
    c.setPosition(std::min(m_bodyStart, doc()->characterCount() - 1));
    c.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    c.removeSelectedText();
    insertBody(index);
    insertFooter(index);
    scrollToEndIfFollowing(wasAtEnd);
}

void ChatView::insertFooter(int index)
{
    const ChatMessage &m = m_messages[index];
    QTextCursor c(doc());
    c.movePosition(QTextCursor::End);
    QTextBlockFormat block;
    block.setTopMargin(4);
    if (m.state == ChatMessage::State::Streaming)
        return;
    const QString line = Format::answerFooter(m);
    const bool problem =
        m.state == ChatMessage::State::Interrupted || m.state == ChatMessage::State::Failed;
    const QColor color = problem ? QColor(0xcf, 0x22, 0x2e) : QColor();
    QTextCharFormat f = smallFormat(palette(), color);
    f.setToolTip(Format::statsDetails(m.stats));
    c.insertBlock(block);
    c.insertText(line, f);
    // Actions: copy on every answer; regenerate and edit on the last one.
    const QString separator = QStringLiteral("   ");
    c.insertText(separator, smallFormat(palette()));
    if (!m.content.isEmpty())
        insertLink(c, tr("Copy"), QStringLiteral("copy/%1").arg(index));
    if (index == m_messages.size() - 1 && index > 0 &&
        m_messages[index - 1].role == ChatTurn::Role::User) {
        c.insertText(separator, smallFormat(palette()));
        insertLink(c, tr("Regenerate"), QStringLiteral("regenerate/%1").arg(index));
        c.insertText(separator, smallFormat(palette()));
        insertLink(c, tr("Edit question"), QStringLiteral("edit/%1").arg(index - 1));
    }
}
