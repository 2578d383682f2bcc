// LongRuns, the folding of long runs, long lines and long messages in the chat view.
// Invariants: the segments cover the text in order with nothing lost (unfolded, every part
// joined gives the text back); what is rendered as usual has no line or run over the limits;
// a folded line is over them; the rest is folded only once the budget is spent; a code
// block's code lies inside it; wrap() and head() keep whole characters and lose nothing.
#include "FuzzSupport.h"
#include "chat/LongRuns.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

bool isLong(QStringView line, const LongRuns::Limits &limits)
{
    return line.size() > limits.maxLine || LongRuns::hasLongRun(line, limits.maxRun);
}

void checkSplit(QStringView text, LongRuns::Syntax syntax, const LongRuns::Limits &limits)
{
    using Kind = LongRuns::Segment::Kind;
    const QList<LongRuns::Segment> segments = LongRuns::split(text, syntax, limits);
    QString unfolded;
    qsizetype at = 0;
    qsizetype rendered = 0;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const LongRuns::Segment &s = segments[i];
        FUZZ_CHECK(s.from == at);
        FUZZ_CHECK(s.length > 0);
        FUZZ_CHECK(s.from + s.length <= text.size());
        const QStringView part = text.sliced(s.from, s.length);
        unfolded += part;
        at += s.length;
        // Segments start at the start of a line.
        FUZZ_CHECK(s.from == 0 || text[s.from - 1] == u'\n');
        QList<QStringView> lines = part.split(u'\n');
        if (part.endsWith(u'\n'))
            lines.removeLast();
        switch (s.kind) {
        case Kind::Text:
            for (QStringView line : lines)
                FUZZ_CHECK(!isLong(line, limits));
            rendered += s.length;
            break;
        case Kind::Lines:
            // Folded only when it has to be.
            for (QStringView line : lines)
                FUZZ_CHECK(isLong(line, limits));
            break;
        case Kind::Code:
            FUZZ_CHECK(syntax == LongRuns::Syntax::Markdown);
            FUZZ_CHECK(s.codeFrom >= s.from && s.codeLength >= 0);
            FUZZ_CHECK(s.codeFrom + s.codeLength <= s.from + s.length);
            break;
        case Kind::Rest:
            FUZZ_CHECK(i == segments.size() - 1);
            FUZZ_CHECK(rendered >= limits.maxText);
            break;
        }
        // Two segments of the same kind of lines are one.
        if (i > 0 && (s.kind == Kind::Text || s.kind == Kind::Lines))
            FUZZ_CHECK(segments[i - 1].kind != s.kind);
    }
    FUZZ_CHECK(at == text.size());
    FUZZ_CHECK(unfolded == text);
    // What is rendered stays bounded: the budget, one line, and one code block within it.
    FUZZ_CHECK(rendered <= 2 * limits.maxText + limits.maxLine + 1);
}

void checkWrap(QStringView text, qsizetype width)
{
    QString joined;
    for (QStringView piece : LongRuns::wrap(text, width)) {
        FUZZ_CHECK(!piece.isEmpty());
        FUZZ_CHECK(piece.size() <= std::max<qsizetype>(width, 2));
        joined += piece;
        // A surrogate pair is never cut.
        if (joined.size() < text.size() && piece.last().isHighSurrogate())
            FUZZ_CHECK(!text[joined.size()].isLowSurrogate());
    }
    FUZZ_CHECK(joined == text);
    const QStringView head = LongRuns::head(text, width);
    FUZZ_CHECK(text.startsWith(head));
    FUZZ_CHECK(head.size() <= width && head.size() >= std::min(text.size(), width) - 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first two bytes choose small limits (so that every kind of segment turns up) and
    // how the rest is read: UTF-8, or raw UTF-16 with lone surrogates.
    const uint8_t a = data[0];
    const uint8_t b = data[1];
    data += 2;
    size -= 2;
    LongRuns::Limits limits;
    limits.maxRun = 1 + (a & 0x1f);
    limits.maxLine = limits.maxRun + (b & 0x3f);
    limits.maxText = 1 + ((a >> 5) | ((b >> 6) << 3)) * 16;
    QString text;
    if (b & 0x20) {
        text.resize(qsizetype(size / 2));
        std::memcpy(text.data(), data, size / 2 * sizeof(char16_t));
    } else {
        text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    }
    checkSplit(text, LongRuns::Syntax::Markdown, limits);
    checkSplit(text, LongRuns::Syntax::Plain, limits);
    checkSplit(text, LongRuns::Syntax::Markdown, LongRuns::Limits());
    checkWrap(text, 2 + (a & 0x0f));
    return 0;
}
