#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Finds the parts of a message that a text view cannot lay out quickly: a run of characters
// with no place to break the line (base64, minified JSON, a hash, a pasted blob), a line of
// tens of thousands of characters, a code block holding such lines, and whatever comes after
// the first many kilobytes. Laying out a paragraph costs at least its length, and breaking a
// run with no break opportunity costs the square of it, so these parts are shown folded and
// the rest is rendered as usual. Pure and widget-free: the chat view renders the segments.
class LongRuns final
{
public:
    enum class Syntax {
        Markdown, // fenced code blocks are kept whole: folded whole or not at all
        Plain,
    };

    struct Limits
    {
        qsizetype maxRun = 2000;    // characters in a row with no break opportunity
        qsizetype maxLine = 10'000; // characters in one line
        qsizetype maxText = 40'000; // characters rendered before the rest is folded
    };

    struct Segment
    {
        enum class Kind {
            Text,  // rendered as usual: no line or run over the limits
            Lines, // whole lines with a run or a length over the limits
            Code,  // a whole fenced code block with such a line, or too big to render
            Rest,  // everything from here on: the message is longer than maxText
        };
        Kind kind = Kind::Text;
        // The slice of the source; the segments cover it in order, with nothing left out.
        qsizetype from = 0;
        qsizetype length = 0;
        // Code: the lines between the fences (the whole block when it has no closing fence).
        qsizetype codeFrom = 0;
        qsizetype codeLength = 0;
    };

    // The segments of `text`, in order: one Text segment when nothing needs folding.
    static QList<Segment> split(QStringView text, Syntax syntax, const Limits &limits);
    static QList<Segment> split(QStringView text, Syntax syntax)
    {
        return split(text, syntax, Limits());
    }
    // Whether `text` has a run over `maxRun` characters with no break opportunity (white
    // space; CJK scripts break between any two characters).
    static bool hasLongRun(QStringView text, qsizetype maxRun);
    // Cuts `text` into pieces of at most `width` characters (width ≥ 2), after a white space
    // where there is one in the second half of a piece, never inside a surrogate pair; the
    // pieces joined give `text` back. For writing a long string as several short blocks.
    static QList<QStringView> wrap(QStringView text, qsizetype width);
    // The first `chars` characters of `text` (one less rather than half a surrogate pair).
    static QStringView head(QStringView text, qsizetype chars);
};
