#include "LongRuns.h"

namespace {

struct Fence
{
    QChar mark;
    qsizetype count = 0;
};

// Skips what may stand before a fence in a container: indentation, block-quote markers and one
// list marker. Lenient on purpose: taking a line for a fence that Markdown does not only moves
// where the message is cut, never what it holds.
qsizetype fenceIndent(QStringView line)
{
    qsizetype i = 0;
    auto skipBlank = [&] {
        while (i < line.size() && (line[i] == u' ' || line[i] == u'\t' || line[i] == u'>'))
            ++i;
    };
    skipBlank();
    qsizetype j = i;
    while (j < line.size() && j - i < 9 && line[j].isDigit())
        ++j;
    const bool ordered = j > i && j < line.size() && (line[j] == u'.' || line[j] == u')');
    const bool bullet = i < line.size() && (line[i] == u'-' || line[i] == u'*' || line[i] == u'+');
    const qsizetype after = ordered ? j + 1 : bullet ? i + 1 : -1;
    if (after > 0 && after < line.size() && (line[after] == u' ' || line[after] == u'\t')) {
        i = after;
        skipBlank();
    }
    return i;
}

qsizetype countOf(QStringView line, qsizetype from, QChar c)
{
    qsizetype n = 0;
    while (from + n < line.size() && line[from + n] == c)
        ++n;
    return n;
}

// An opening fence: three or more backticks (with no backtick after them) or tildes.
Fence openingFence(QStringView line)
{
    const qsizetype i = fenceIndent(line);
    if (i >= line.size() || (line[i] != u'`' && line[i] != u'~'))
        return {};
    const QChar mark = line[i];
    const qsizetype n = countOf(line, i, mark);
    if (n < 3 || (mark == u'`' && line.sliced(i + n).contains(u'`')))
        return {};
    return {mark, n};
}

bool closesFence(QStringView line, const Fence &fence)
{
    const qsizetype i = fenceIndent(line);
    const qsizetype n = countOf(line, i, fence.mark);
    return n >= fence.count && line.sliced(i + n).trimmed().isEmpty();
}

// Where a line may break although there is no space: between two characters of the scripts
// written without spaces.
bool breaksAnywhere(char16_t c)
{
    return (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7AF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

} // namespace

bool LongRuns::hasLongRun(QStringView text, qsizetype maxRun)
{
    qsizetype run = 0;
    for (const QChar c : text) {
        if (c.isSpace() || breaksAnywhere(c.unicode()))
            run = 0;
        else if (++run > maxRun)
            return true;
    }
    return false;
}

QList<LongRuns::Segment> LongRuns::split(QStringView text, Syntax syntax, const Limits &limits)
{
    using Kind = Segment::Kind;
    QList<Segment> out;
    auto add = [&out](Kind kind, qsizetype from, qsizetype to, qsizetype codeFrom = 0,
                      qsizetype codeLength = 0) {
        if (to <= from)
            return;
        if (!out.isEmpty() && out.last().kind == kind &&
            (kind == Kind::Text || kind == Kind::Lines))
            out.last().length = to - out.last().from;
        else
            out.append({kind, from, to - from, codeFrom, codeLength});
    };
    auto isLong = [&limits](QStringView line) {
        return line.size() > limits.maxLine || hasLongRun(line, limits.maxRun);
    };
    // The line starting at `from`, without its end, and where the next one starts.
    auto lineAt = [&text](qsizetype from, qsizetype *next) {
        const qsizetype end = text.indexOf(u'\n', from);
        *next = end < 0 ? text.size() : end + 1;
        return text.sliced(from, (end < 0 ? text.size() : end) - from);
    };

    qsizetype rendered = 0; // characters in Text segments so far
    qsizetype pos = 0;
    while (pos < text.size()) {
        if (rendered >= limits.maxText) {
            add(Kind::Rest, pos, text.size());
            break;
        }
        qsizetype next = 0;
        const QStringView line = lineAt(pos, &next);
        const Fence fence = syntax == Syntax::Markdown ? openingFence(line) : Fence();
        if (fence.count == 0) {
            if (isLong(line)) {
                add(Kind::Lines, pos, next);
            } else {
                add(Kind::Text, pos, next);
                rendered += next - pos;
            }
            pos = next;
            continue;
        }
        // A fenced code block is kept whole: cutting it would turn the rest into code.
        bool tooLong = isLong(line);
        const qsizetype codeFrom = next;
        qsizetype codeEnd = text.size();
        qsizetype end = text.size();
        for (qsizetype at = next; at < text.size();) {
            qsizetype after = 0;
            const QStringView l = lineAt(at, &after);
            tooLong = tooLong || isLong(l);
            if (closesFence(l, fence)) {
                codeEnd = at;
                end = after;
                break;
            }
            at = after;
        }
        if (tooLong || end - pos > limits.maxText) {
            add(Kind::Code, pos, end, codeFrom, codeEnd - codeFrom);
        } else {
            add(Kind::Text, pos, end);
            rendered += end - pos;
        }
        pos = end;
    }
    return out;
}

QList<QStringView> LongRuns::wrap(QStringView text, qsizetype width)
{
    width = std::max<qsizetype>(width, 2);
    QList<QStringView> out;
    qsizetype pos = 0;
    while (text.size() - pos > width) {
        qsizetype cut = pos + width;
        bool atSpace = false;
        for (qsizetype k = cut; k > pos + width / 2; --k) {
            if (text[k - 1].isSpace()) {
                cut = k;
                atSpace = true;
                break;
            }
        }
        if (!atSpace && text[cut - 1].isHighSurrogate() && text[cut].isLowSurrogate())
            --cut;
        out.append(text.sliced(pos, cut - pos));
        pos = cut;
    }
    if (pos < text.size())
        out.append(text.sliced(pos));
    return out;
}

QStringView LongRuns::head(QStringView text, qsizetype chars)
{
    if (chars >= text.size())
        return text;
    chars = std::max<qsizetype>(chars, 0);
    if (chars > 0 && text[chars - 1].isHighSurrogate() && text[chars].isLowSurrogate())
        --chars;
    return text.first(chars);
}
