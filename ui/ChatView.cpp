#include "ChatView.h"

#include "Format.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrlQuery>

#include <climits>
#include <functional>
#include <limits>
#include <utility>

namespace {
constexpr int FrameMs = 16;
// A folded part shows this much of its start; shown whole, it is written in pieces this long.
constexpr int FoldPreviewChars = 600;
constexpr int FoldPreviewLines = 8;
constexpr int FoldLineChars = 200;

bool isWebLink(const QUrl &url)
{
    return url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto";
}

QString randomKey()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QString::number(words[0], 36) + QString::number(words[1], 36);
}

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
    // Smaller than the text around it, relative to the view's font, so it follows a zoom.
    f.setProperty(QTextFormat::FontSizeAdjustment, -1);
    return f;
}
} // namespace

ChatView::ChatView(QWidget *parent)
    : QTextBrowser(parent)
    , m_key(randomKey())
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
    m_live.stop();
    m_renderAfterAnswer = -1;
    m_pendingContent.clear();
    m_pendingThinking.clear();
    m_messages.clear();
    m_starts.clear();
    m_expanded.clear();
    m_code.clear();
    m_folds.clear();
    m_openFolds.clear();
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
    m_live.stop();
    m_renderAfterAnswer = -1;
    m_messages.resize(std::max(0, count));
    // The last answer left carries the actions again (regenerate, edit).
    renderFrom(std::max(0, count - 1));
}

void ChatView::renderFrom(int index)
{
    index = std::clamp(index, 0, int(m_messages.size()));
    if (index == 0 && !m_starts.isEmpty())
        clear();
    // One change for the layout: what is removed and what is written in its place.
    QTextCursor edit(doc());
    edit.beginEditBlock();
    if (index < m_starts.size()) {
        if (index > 0) {
            QTextCursor c(doc());
            c.setPosition(m_starts[index]);
            c.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            c.removeSelectedText();
        }
        m_starts.resize(index);
    }
    for (auto it = m_code.begin(); it != m_code.end();)
        it = it.key() >= index ? m_code.erase(it) : std::next(it);
    for (auto it = m_folds.begin(); it != m_folds.end();)
        it = it.key() >= index ? m_folds.erase(it) : std::next(it);
    // What was opened in messages that are gone (a regenerated answer, an edited question)
    // does not carry over to the messages that take their place.
    for (auto it = m_openFolds.begin(); it != m_openFolds.end();)
        it = it->first >= m_messages.size() ? m_openFolds.erase(it) : std::next(it);
    for (auto it = m_expanded.begin(); it != m_expanded.end();)
        it = *it >= m_messages.size() ? m_expanded.erase(it) : std::next(it);
    for (int i = index; i < m_messages.size(); ++i)
        renderMessage(i);
    edit.endEditBlock();
}

void ChatView::renderMessage(int i)
{
    m_starts.append(doc()->characterCount() - 1);
    insertHeader(i);
    m_bodyStart = doc()->characterCount() - 1;
    m_live.start(doc(), m_bodyStart,
                 {bodyFormat(palette()), thinkingFormat(palette()), smallFormat(palette())});
    const ChatMessage &m = m_messages[i];
    if (m.state == ChatMessage::State::Streaming) {
        appendDelta(m.content, m.thinking);
        return;
    }
    insertBody(i);
    if (m.role == ChatTurn::Role::Assistant)
        insertFooter(i);
}

QStringView ChatView::foldText(int message, const Fold &fold) const
{
    const ChatMessage &m = m_messages[message];
    return QStringView(fold.thinking ? m.thinking : m.content).sliced(fold.from, fold.length);
}

QStringList ChatView::folds(int message) const
{
    QStringList texts;
    for (const Fold &fold : m_folds.value(message))
        texts.append(foldText(message, fold).toString());
    return texts;
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
    if (deferWhileStreaming(message))
        return;
    const int scroll = verticalScrollBar()->value();
    renderFrom(message);
    verticalScrollBar()->setValue(scroll);
}

bool ChatView::deferWhileStreaming(int message)
{
    // Writing an earlier message again rewrites everything after it, the answer being streamed
    // too, whose text the view does not keep: that waits until the answer is complete.
    if (m_messages.isEmpty() || m_messages.constLast().state != ChatMessage::State::Streaming ||
        message >= m_messages.size() - 1)
        return false;
    m_renderAfterAnswer =
        m_renderAfterAnswer < 0 ? message : std::min(m_renderAfterAnswer, message);
    Q_EMIT confirmation(tr("Shown once the answer is complete"));
    return true;
}

bool ChatView::isFoldOpen(int message, int fold) const
{
    return m_openFolds.contains({message, fold});
}

void ChatView::setFoldOpen(int message, int fold, bool open)
{
    if (message < 0 || message >= m_messages.size() || fold < 0 ||
        fold >= m_folds.value(message).size() || open == isFoldOpen(message, fold) ||
        m_messages[message].state == ChatMessage::State::Streaming)
        return;
    if (open)
        m_openFolds.insert({message, fold});
    else
        m_openFolds.remove({message, fold});
    if (deferWhileStreaming(message))
        return;
    const int scroll = verticalScrollBar()->value();
    renderFrom(message);
    verticalScrollBar()->setValue(scroll);
}

bool ChatView::confirmOpen(const QUrl &url)
{
    // The text of a link is the answer's to choose; where it leads is shown before it opens.
    const QString address = url.toDisplayString();
    QMessageBox box(QMessageBox::Question, tr("Open link"), QString(),
                    QMessageBox::Open | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("openLinkConfirmation"));
    box.setTextFormat(Qt::PlainText);
    QString text = tr("Open this address in your web browser?") + u"\n\n" + address;
    const QString ascii = QString::fromLatin1(QUrl::toAce(url.host()));
    if (!ascii.isEmpty() && ascii != url.host())
        text += u"\n\n" + tr("Its host name, written in plain letters: %1").arg(ascii);
    box.setText(text);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Open;
}

void ChatView::activateLink(const QUrl &url)
{
    if (isWebLink(url)) {
        if (confirmOpen(url))
            QDesktopServices::openUrl(url);
        return;
    }
    // Only the actions written by this view carry its key; a link in an answer never acts.
    if (url.scheme() != u"localforge" ||
        QUrlQuery(url).queryItemValue(QStringLiteral("key")) != m_key)
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
        Q_EMIT confirmation(tr("Message copied"));
    } else if (action == u"fold") {
        const int fold = parts.value(2).toInt();
        setFoldOpen(message, fold, !isFoldOpen(message, fold));
    } else if (action == u"copy-fold") {
        const QList<Fold> folds = m_folds.value(message);
        const int fold = parts.value(2).toInt();
        if (fold >= 0 && fold < folds.size()) {
            QGuiApplication::clipboard()->setText(foldText(message, folds[fold]).toString());
            Q_EMIT confirmation(tr("Text copied"));
        }
    } else if (action == u"copy-code") {
        const QStringList blocks = m_code.value(message);
        const int block = parts.value(2).toInt();
        if (block >= 0 && block < blocks.size()) {
            QGuiApplication::clipboard()->setText(blocks[block]);
            Q_EMIT confirmation(tr("Code copied"));
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
    f.setAnchorHref(QStringLiteral("localforge:") + action + QStringLiteral("?key=") + m_key);
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
    qsizetype words = 0; // counted in place: a long thinking is not copied word by word
    for (qsizetype i = 0; i < m.thinking.size(); ++i)
        words += m.thinking[i] != u' ' && (i == 0 || m.thinking[i - 1] == u' ');
    insertLink(c,
               (expanded ? QStringLiteral("▾ ") : QStringLiteral("▸ ")) +
                   tr("Thinking (%n word(s))", nullptr, int(words)),
               QStringLiteral("thinking/%1").arg(index));
    const QTextBlockFormat block = c.blockFormat();
    if (expanded) {
        c.insertBlock();
        insertFolded(c, index, m.thinking, LongRuns::Syntax::Plain, thinkingFormat(palette()),
                     LongRuns::Limits());
    }
    c.insertBlock(block, bodyFormat(palette()));
}

void ChatView::insertBody(int index)
{
    const ChatMessage &m = m_messages[index];
    m_folds.remove(index);
    if (!m.thinking.isEmpty())
        insertThinking(index);
    QTextCursor c(doc());
    c.movePosition(QTextCursor::End);
    if (m.role != ChatTurn::Role::Assistant) {
        insertFolded(c, index, m.content, LongRuns::Syntax::Plain, bodyFormat(palette()),
                     LongRuns::Limits());
        return;
    }
    // Answers are Markdown: rendered once, when complete.
    const int start = c.position();
    insertFolded(c, index, m.content, LongRuns::Syntax::Markdown, bodyFormat(palette()),
                 LongRuns::Limits());
    decorateCodeBlocks(index, start, c.position());
}

void ChatView::insertFolded(QTextCursor &c, int index, QStringView text, LongRuns::Syntax syntax,
                            const QTextCharFormat &format, const LongRuns::Limits &limits)
{
    // What can be laid out at once is written as usual; long runs, long lines and what comes
    // after the first many kilobytes are folded, each in blocks of its own.
    const QList<LongRuns::Segment> segments = LongRuns::split(text, syntax, limits);
    const QTextBlockFormat block = c.blockFormat();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const LongRuns::Segment &s = segments[i];
        if (i > 0)
            c.insertBlock(block, format);
        if (s.kind != LongRuns::Segment::Kind::Text) {
            insertFold(c, index, text, syntax, s, format);
            continue;
        }
        QStringView part = text.sliced(s.from, s.length);
        if (syntax == LongRuns::Syntax::Markdown) {
            // After a fold, a blank line would be an empty paragraph of its own.
            while (i > 0 && part.startsWith(u'\n'))
                part = part.sliced(1);
            insertMarkdown(c, part.toString());
        } else {
            if (i + 1 < segments.size() && part.endsWith(u'\n'))
                part.chop(1); // the next segment starts a block of its own
            c.insertText(part.toString(), format);
        }
    }
}

void ChatView::insertMarkdown(QTextCursor &c, const QString &markdown)
{
    // An answer is the server's text: no HTML (no tables, links or fake turns written in
    // tags), and of its links only web and mail links stay links.
    const int from = c.position();
    c.insertMarkdown(markdown,
                     QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                     QTextDocument::MarkdownNoHTML));
    const int to = c.position();
    QList<QPair<int, int>> unsafe;
    QList<QPair<int, int>> sized;
    QList<int> quotes; // where each block of a quotation begins
    for (QTextBlock b = doc()->findBlock(from); b.isValid() && b.position() <= to; b = b.next()) {
        if (b.blockFormat().property(QTextFormat::BlockQuoteLevel).toInt() > 0)
            quotes.append(b.position());
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().isAnchor() && !isWebLink(QUrl(f.charFormat().anchorHref())))
                unsafe.append({f.position(), f.position() + f.length()});
            if (f.charFormat().hasProperty(QTextFormat::FontPointSize))
                sized.append({f.position(), f.position() + f.length()});
        }
    }
    // The importer gives code the system's fixed font at its own size: without that size, code
    // follows the view's font like the rest (a zoom, the presenter view).
    for (const auto &[start, end] : std::as_const(sized)) {
        QTextCursor span(doc());
        span.setPosition(start);
        span.setPosition(end, QTextCursor::KeepAnchor);
        QTextCharFormat format = span.charFormat();
        format.clearProperty(QTextFormat::FontPointSize);
        span.setCharFormat(format);
    }
    // A quotation is indented by the importer, with nothing to tell it from a paragraph
    // indented for another reason: it gets a tint of its own, apart from code's grey.
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlphaF(0.10f);
    for (const int at : std::as_const(quotes)) {
        QTextCursor quote(doc());
        quote.setPosition(at);
        QTextBlockFormat format = quote.blockFormat();
        format.setBackground(tint);
        quote.setBlockFormat(format);
    }
    for (const auto &[start, end] : std::as_const(unsafe)) {
        QTextCursor link(doc());
        link.setPosition(start);
        link.setPosition(end, QTextCursor::KeepAnchor);
        QTextCharFormat plain = link.charFormat();
        plain.setAnchor(false);
        plain.clearProperty(QTextFormat::AnchorHref);
        plain.clearProperty(QTextFormat::AnchorName);
        plain.setFontUnderline(false);
        plain.setForeground(palette().color(QPalette::Text));
        link.setCharFormat(plain);
    }
    c.movePosition(QTextCursor::End);
}

void ChatView::insertFold(QTextCursor &c, int index, QStringView text, LongRuns::Syntax syntax,
                          const LongRuns::Segment &s, const QTextCharFormat &format)
{
    using Kind = LongRuns::Segment::Kind;
    QList<Fold> &folds = m_folds[index];
    const int fold = int(folds.size());
    QStringView whole = s.kind == Kind::Code ? text.sliced(s.codeFrom, s.codeLength)
                                             : text.sliced(s.from, s.length);
    if (s.kind != Kind::Rest && whole.endsWith(u'\n'))
        whole.chop(1); // the end of its last line
    // `text` is the message's content or thinking, or a part of either.
    const ChatMessage &m = m_messages[index];
    const std::less_equal<const QChar *> notAfter;
    const bool inThinking =
        !m.thinking.isEmpty() && notAfter(m.thinking.constData(), whole.data()) &&
        notAfter(whole.data() + whole.size(), m.thinking.constData() + m.thinking.size());
    const QString &source = inThinking ? m.thinking : m.content;
    folds.append({inThinking, qsizetype(whole.data() - source.constData()), whole.size()});
    const bool open = isFoldOpen(index, fold);
    const QString number = QStringLiteral("%1/%2").arg(index).arg(fold);

    if (s.kind == Kind::Rest) {
        if (open) {
            // Asked for: the rest is written whole (its long runs folded still).
            LongRuns::Limits unbounded;
            unbounded.maxText = std::numeric_limits<qsizetype>::max();
            // Written as the text it comes from: Markdown for an answer, as typed otherwise.
            insertFolded(c, index, whole, syntax, format, unbounded);
            c.insertBlock(QTextBlockFormat(), smallFormat(palette()));
            insertLink(c, tr("Show less"), QStringLiteral("fold/") + number);
            return;
        }
        c.setCharFormat(smallFormat(palette()));
        c.insertText(tr("… The message goes on for %Ln more character(s).", nullptr,
                        int(std::min<qsizetype>(whole.size(), INT_MAX))) +
                     QStringLiteral("   "));
        insertLink(c, tr("Show all"), QStringLiteral("fold/") + number);
        c.insertText(QStringLiteral("   "));
        insertLink(c, tr("Copy"), QStringLiteral("copy-fold/") + number);
        return;
    }

    // Long lines and code: a shaded block in a fixed font, its start or the whole in short
    // lines, with the links under it.
    QTextBlockFormat shaded;
    shaded.setBackground(palette().color(QPalette::AlternateBase).darker(104));
    shaded.setLeftMargin(8);
    shaded.setRightMargin(8);
    QTextCharFormat mono = format;
    mono.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    mono.setFontFixedPitch(true);
    QString shown;
    const QList<QStringView> lines = whole.split(u'\n');
    int count = 0;
    for (QStringView line : lines) {
        if (!open && (count >= FoldPreviewLines || shown.size() >= FoldPreviewChars))
            break;
        if (!open && line.size() > FoldLineChars) {
            shown += LongRuns::head(line, FoldLineChars) + QStringLiteral(" …") + u'\n';
            ++count;
            continue;
        }
        for (QStringView piece : LongRuns::wrap(line, FoldLineChars)) {
            shown += piece;
            shown += u'\n';
            ++count;
        }
        if (line.isEmpty()) {
            shown += u'\n';
            ++count;
        }
    }
    shown.chop(1);
    c.setBlockFormat(shaded);
    c.insertText(shown, mono); // one block per line: none is long
    QTextBlockFormat links;
    links.setTopMargin(3);
    links.setBottomMargin(6);
    c.insertBlock(links, smallFormat(palette()));
    const qsizetype chars = whole.size();
    const int lineCount = int(std::min<qsizetype>(lines.size(), INT_MAX));
    QString summary = s.kind == Kind::Code
                          ? tr("Code block of %Ln line(s), folded", nullptr, lineCount)
                          : tr("Long text of %Ln character(s), folded", nullptr,
                               int(std::min<qsizetype>(chars, INT_MAX)));
    if (open)
        summary = s.kind == Kind::Code ? tr("Code block of %Ln line(s)", nullptr, lineCount)
                                       : tr("Long text of %Ln character(s)", nullptr,
                                            int(std::min<qsizetype>(chars, INT_MAX)));
    c.insertText(summary + QStringLiteral("   "), smallFormat(palette()));
    insertLink(c, open ? tr("Show less") : tr("Show all"), QStringLiteral("fold/") + number);
    c.insertText(QStringLiteral("   "));
    insertLink(c, s.kind == Kind::Code ? tr("Copy code") : tr("Copy"),
               QStringLiteral("copy-fold/") + number);
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
        // A line wider than the view wraps inside its block: kept whole, it would make the
        // whole conversation scroll sideways (Copy code still gives it whole).
        f.setNonBreakableLines(false);
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

void ChatView::flushPending()
{
    m_frame.stop();
    if (m_pendingContent.isEmpty() && m_pendingThinking.isEmpty())
        return;
    const bool wasAtEnd = isAtEnd();
    m_live.write(std::exchange(m_pendingContent, {}), std::exchange(m_pendingThinking, {}));
    scrollToEndIfFollowing(wasAtEnd);
}

void ChatView::finishMessage(const ChatMessage &m)
{
    const bool wasAtEnd = isAtEnd();
    m_frame.stop();
    m_pendingContent.clear();
    m_pendingThinking.clear();
    m_live.stop();
    if (m_messages.isEmpty())
        return;
    m_messages.last() = m;
    const int index = int(m_messages.size()) - 1;
    if (m_renderAfterAnswer >= 0) {
        // An earlier message was unfolded or folded meanwhile: written again from there.
        const int scroll = verticalScrollBar()->value();
        renderFrom(std::exchange(m_renderAfterAnswer, -1));
        verticalScrollBar()->setValue(scroll);
        scrollToEndIfFollowing(wasAtEnd);
        return;
    }
    // Once, at the end: the message written whole replaces the streamed pieces, in one change
    // for the layout (the streamed text is never laid out again on its way out).
    QTextCursor c(doc());
    c.beginEditBlock();
    c.setPosition(std::min(m_bodyStart, doc()->characterCount() - 1));
    c.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    c.removeSelectedText();
    insertBody(index);
    insertFooter(index);
    c.endEditBlock();
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
    // A figure and its unit stay on one line ("1 261,5 tok/s"): the line wraps between figures,
    // at " · ", never inside one. Sentences (what went wrong) wrap as usual.
    QStringList parts = Format::answerFooter(m).split(QStringLiteral(" · "));
    for (QString &part : parts) {
        if (part.size() <= 40)
            part.replace(u' ', QChar::Nbsp);
    }
    const QString line = parts.join(QStringLiteral(" · "));
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
