#include "StreamedAnswer.h"

#include "chat/LongRuns.h"

#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>
#include <climits>

namespace {
constexpr int NoteMs = 500;
constexpr int SoftBreakChars = 400;
constexpr int LongLineChars = 2000;
} // namespace

StreamedAnswer::StreamedAnswer()
{
    m_noteTimer.setSingleShot(true);
    m_noteTimer.setInterval(NoteMs);
    QObject::connect(&m_noteTimer, &QTimer::timeout, &m_noteTimer, [this] { updateNote(); });
}

void StreamedAnswer::start(QTextDocument *doc, int bodyStart, const Formats &formats)
{
    stop();
    m_doc = doc;
    m_bodyStart = bodyStart;
    m_formats = formats;
}

void StreamedAnswer::stop()
{
    m_noteTimer.stop();
    m_lineBreaks.clear();
    m_softBreaks.clear();
    m_content = {};
    m_thinking = {};
    m_inThinking = false;
    m_pendingCr = false;
    m_hidden = 0;
    m_note = -1;
}

void StreamedAnswer::write(const QString &content, const QString &thinking)
{
    if (!m_doc)
        return;
    QTextCursor c(m_doc);
    c.movePosition(QTextCursor::End);
    // The thinking has a limit of its own, so that a long one still leaves room for the answer
    // to show live; past it, one line says that it goes on.
    if (!thinking.isEmpty() && !m_thinking.cut && m_hidden == 0) {
        // Thinking again after some answer: a block of its own, not the end of the answer's
        // line.
        if (!m_inThinking && m_content.written > 0) {
            c.insertBlock();
            m_pendingCr = false;
        }
        if (writeWithin(c, m_thinking, thinking, m_formats.thinking) > 0) {
            m_thinking.cut = true;
            c.insertBlock(QTextBlockFormat(), m_formats.note);
            c.insertText(tr("… The thinking goes on: all of it is kept, and shown once the "
                            "answer is complete."),
                         m_formats.note);
        }
        m_inThinking = true;
    }
    if (content.isEmpty())
        return;
    if (m_hidden > 0) {
        // The count is rewritten twice a second at most: each rewrite adds to the document's
        // text store.
        m_hidden += content.size();
        if (!m_noteTimer.isActive())
            m_noteTimer.start();
        return;
    }
    // The answer goes on in a block of its own after thinking written just before it.
    if (std::exchange(m_inThinking, false)) {
        c.insertBlock();
        m_pendingCr = false; // the thinking's last break: the new block is one already
    }
    // Past what a finished message shows before folding the rest, nothing more is laid out: a
    // line counts what comes, the session keeps it all, and the finished message offers it.
    m_hidden = writeWithin(c, m_content, content, m_formats.body);
    if (m_hidden == 0)
        return;
    QTextBlockFormat note;
    note.setTopMargin(4);
    c.insertBlock(note, m_formats.note);
    m_note = c.position();
    updateNote();
}

qsizetype StreamedAnswer::writeWithin(QTextCursor &c, Part &part, const QString &text,
                                      const QTextCharFormat &format)
{
    const qsizetype room = std::max<qsizetype>(0, LongRuns::Limits().maxText - part.written);
    QStringView shown = LongRuns::head(text, room); // never half a surrogate pair in `text`
    // Nor across two pieces: a first half that fills the room has its second half after it.
    if (shown.size() == room && !shown.isEmpty() && shown.back().isHighSurrogate())
        shown.chop(1);
    if (!shown.isEmpty())
        insert(c, shown.size() == text.size() ? text : shown.toString(), format);
    part.written += shown.size();
    return text.size() - shown.size();
}

void StreamedAnswer::insert(QTextCursor &c, const QString &text, const QTextCharFormat &format)
{
    // Laying out a block costs its length, and the last block is laid out again each time it
    // grows: blocks are kept short, so each token costs the same however long the answer. The
    // answer's line breaks are breaks inside a block (a block per line would cost a layout
    // each) until the block is past a few hundred characters: the next one ends it. A line that
    // goes on for thousands of characters ends its block after a space. The finished message is
    // written again whole, in its own blocks.
    QString out;
    out.reserve(text.size() + 8);
    const int at = c.position();
    qsizetype block = c.block().length() - 1;
    // One of the answer's line breaks.
    auto lineBreak = [&] {
        if (block == 0 && !m_softBreaks.isEmpty() &&
            m_softBreaks.constLast() == at + int(out.size()) - 1) {
            m_softBreaks.removeLast(); // the break just added is the answer's own
            return;
        }
        if (block > SoftBreakChars) {
            out += QChar::ParagraphSeparator;
            block = 0;
        } else {
            m_lineBreaks.append(at + int(out.size()));
            out += QChar::LineSeparator;
            ++block;
        }
    };
    for (const QChar ch : text) {
        // "\r\n" is one break, and so is a "\r" alone (as Markdown reads it once the message
        // is complete). Which of the two it is shows at the next character, maybe in the next
        // piece.
        if (std::exchange(m_pendingCr, false) && ch != u'\n')
            lineBreak();
        if (ch == u'\r') {
            m_pendingCr = true;
            continue;
        }
        if (ch == u'\n') {
            lineBreak();
            continue;
        }
        out += ch;
        ++block;
        if (ch == QChar::ParagraphSeparator)
            block = 0;
        if (block > LongLineChars &&
            (ch.isSpace() || (block > 2 * LongLineChars && !ch.isHighSurrogate()))) {
            m_softBreaks.append(at + int(out.size()));
            out += QChar::ParagraphSeparator;
            block = 0;
        }
    }
    c.insertText(out, format);
}

void StreamedAnswer::updateNote()
{
    if (m_note < 0 || !m_doc)
        return;
    QTextCursor c(m_doc);
    c.setPosition(m_note);
    c.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    c.insertText(tr("… %Ln more character(s) so far, all kept: once the answer is complete, "
                    "“Show all” shows them.",
                    nullptr, int(std::min<qsizetype>(m_hidden, INT_MAX))),
                 m_formats.note);
}

QString StreamedAnswer::text() const
{
    if (!m_doc)
        return {};
    QTextCursor c(m_doc);
    // Up to the line counting what came past the limit, if there is one.
    const int end = m_note >= 0 ? m_note - 1 : m_doc->characterCount() - 1;
    c.setPosition(std::min(m_bodyStart, end));
    c.setPosition(end, QTextCursor::KeepAnchor);
    QString text = c.selectedText();
    for (const int at : m_lineBreaks) {
        if (at - m_bodyStart >= 0 && at - m_bodyStart < text.size() &&
            text[at - m_bodyStart] == QChar::LineSeparator)
            text[at - m_bodyStart] = u'\n';
    }
    for (qsizetype k = m_softBreaks.size() - 1; k >= 0; --k) {
        const qsizetype at = m_softBreaks[k] - m_bodyStart;
        if (at >= 0 && at < text.size() && text[at] == QChar::ParagraphSeparator)
            text.remove(at, 1);
    }
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}
