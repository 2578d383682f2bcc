// LongRuns: which parts of a message are folded (runs with no break, long lines, code blocks
// holding them, what comes after the first many kilobytes), with nothing of the text lost.
#include "chat/LongRuns.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = LongRuns::Segment::Kind;

class TestLongRuns : public QObject
{
    Q_OBJECT

    // The segments cover the text in order, and what is rendered as usual is within limits.
    static void checkSegments(QStringView text, const QList<LongRuns::Segment> &segments,
                              const LongRuns::Limits &limits)
    {
        qsizetype at = 0;
        for (const LongRuns::Segment &s : segments) {
            QCOMPARE(s.from, at);
            QVERIFY(s.length > 0);
            at += s.length;
            if (s.kind == Kind::Text) {
                for (QStringView line : text.sliced(s.from, s.length).split(u'\n')) {
                    QVERIFY(line.size() <= limits.maxLine);
                    QVERIFY(!LongRuns::hasLongRun(line, limits.maxRun));
                }
            }
            if (s.kind == Kind::Code) {
                QVERIFY(s.codeFrom >= s.from);
                QVERIFY(s.codeFrom + s.codeLength <= s.from + s.length);
            }
        }
        QCOMPARE(at, text.size());
    }

    static QString kinds(const QList<LongRuns::Segment> &segments)
    {
        QString out;
        for (const LongRuns::Segment &s : segments)
            out += QChar(u"TLCR"[int(s.kind)]);
        return out;
    }

private Q_SLOTS:
    void ordinaryTextIsOneSegment()
    {
        const QString text =
            u"# Title\n\nSome *prose* with `code`.\n\n```python\nprint(1)\n```\n"_s;
        const auto segments = LongRuns::split(text, LongRuns::Syntax::Markdown);
        QCOMPARE(kinds(segments), u"T"_s);
        checkSegments(text, segments, {});
        QCOMPARE(kinds(LongRuns::split(QString(), LongRuns::Syntax::Markdown)), QString());
    }

    void aRunWithNoBreakIsFoldedAsItsLine()
    {
        const QString blob = QString(2'000'000, u'A');
        for (const QString &text :
             QStringList{u"Here:\n"_s + blob + u"\nDone."_s, u"Key: "_s + blob})
            for (auto syntax : {LongRuns::Syntax::Markdown, LongRuns::Syntax::Plain}) {
                const auto segments = LongRuns::split(text, syntax);
                checkSegments(text, segments, {});
                QCOMPARE(kinds(segments), text.startsWith(u"Here") ? u"TLT"_s : u"L"_s);
                const auto &run = segments[text.startsWith(u"Here") ? 1 : 0];
                QVERIFY(text.sliced(run.from, run.length).contains(blob));
            }
        // Just at the limit: nothing to fold; one more character: folded.
        LongRuns::Limits small;
        small.maxRun = 10;
        QCOMPARE(kinds(LongRuns::split(u"a 0123456789 b"_s, LongRuns::Syntax::Plain, small)),
                 u"T"_s);
        QCOMPARE(kinds(LongRuns::split(u"a 0123456789X b"_s, LongRuns::Syntax::Plain, small)),
                 u"L"_s);
    }

    void adjacentLongLinesFoldTogether()
    {
        const QString line = QString(3000, u'x') + u'\n';
        const QString text = u"a\n"_s + line + line + line + u"b\n"_s;
        const auto segments = LongRuns::split(text, LongRuns::Syntax::Markdown);
        QCOMPARE(kinds(segments), u"TLT"_s);
        QCOMPARE(segments[1].length, 3 * line.size());
    }

    void aLongLineWithSpacesIsFolded()
    {
        QString prose;
        while (prose.size() < 50'000)
            prose += u"the sky is blue "_s;
        const QString text = u"Intro.\n\n"_s + prose + u"\n\nEnd."_s;
        const auto segments = LongRuns::split(text, LongRuns::Syntax::Markdown);
        checkSegments(text, segments, {});
        QCOMPARE(kinds(segments), u"TLT"_s);
    }

    void scriptsWithoutSpacesAreNotRuns()
    {
        // Chinese breaks between any two characters: 5,000 of them are an ordinary line.
        const QString chinese = QString(5000, QChar(0x5929));
        QVERIFY(!LongRuns::hasLongRun(chinese, 2000));
        QCOMPARE(kinds(LongRuns::split(chinese, LongRuns::Syntax::Markdown)), u"T"_s);
        QVERIFY(LongRuns::hasLongRun(QString(2001, u'x'), 2000));
        const QString twoRuns = QString(1000, u'x') + u'\t' + QString(1000, u'x');
        QVERIFY(!LongRuns::hasLongRun(twoRuns, 1000));
    }

    void aCodeBlockWithALongLineIsFoldedWhole()
    {
        const QString code = u"const a = 1;\n"_s + QString(5000, u'z') + u"\nconst b = 2;\n"_s;
        const QString text = u"Look:\n\n```js\n"_s + code + u"```\n\nAfter.\n"_s;
        const auto segments = LongRuns::split(text, LongRuns::Syntax::Markdown);
        checkSegments(text, segments, {});
        QCOMPARE(kinds(segments), u"TCT"_s);
        const auto &c = segments[1];
        QCOMPARE(text.sliced(c.codeFrom, c.codeLength), code);
        QVERIFY(text.sliced(c.from, c.length).startsWith(u"```js\n"));
        QVERIFY(text.sliced(c.from, c.length).endsWith(u"```\n"));
        QCOMPARE(text.sliced(segments[2].from), u"\nAfter.\n"_s);
        // Tildes, a longer closing fence, a fence in a list item; and one never closed.
        const QString tilde = u"- item\n  ~~~~\n  "_s + QString(5000, u'z') + u"\n  ~~~~~\nok\n"_s;
        QCOMPARE(kinds(LongRuns::split(tilde, LongRuns::Syntax::Markdown)), u"TCT"_s);
        const QString open = u"```\n"_s + QString(5000, u'z') + u"\nmore\n"_s;
        const auto unclosed = LongRuns::split(open, LongRuns::Syntax::Markdown);
        QCOMPARE(kinds(unclosed), u"C"_s);
        QCOMPARE(open.sliced(unclosed[0].codeFrom, unclosed[0].codeLength),
                 open.sliced(4)); // to the end
        // A closing fence line counts too (found by fuzzing).
        const QString longClose = u"```\nok\n```"_s + QString(20'000, u' ') + u"\nafter\n"_s;
        QCOMPARE(kinds(LongRuns::split(longClose, LongRuns::Syntax::Markdown)), u"CT"_s);
        // Plain text has no fences: only the long line is folded.
        QCOMPARE(kinds(LongRuns::split(text, LongRuns::Syntax::Plain)), u"TLT"_s);
    }

    void aShortCodeBlockStaysWholeAndUnfolded()
    {
        // A fence with ordinary lines is never cut, even where the budget ends inside it.
        LongRuns::Limits limits;
        limits.maxText = 30;
        const QString text = u"12345678901234567890\n```\nline one\nline two\n```\nafter\n"_s;
        const auto segments = LongRuns::split(text, LongRuns::Syntax::Markdown, limits);
        checkSegments(text, segments, limits);
        QCOMPARE(kinds(segments), u"TR"_s);
        QCOMPARE(text.sliced(segments[1].from), u"after\n"_s);
    }

    void aHugeCodeBlockIsFolded()
    {
        QString code;
        while (code.size() < 300'000)
            code += u"print('blue')\n"_s;
        const QString text = u"```python\n"_s + code + u"```\n"_s;
        const auto segments = LongRuns::split(text, LongRuns::Syntax::Markdown);
        QCOMPARE(kinds(segments), u"C"_s);
        QCOMPARE(text.sliced(segments[0].codeFrom, segments[0].codeLength), code);
    }

    void whatComesAfterTheBudgetIsTheRest()
    {
        QString text;
        while (text.size() < 2'000'000)
            text += u"The sky appears blue because of Rayleigh scattering.\n\n"_s;
        const LongRuns::Limits limits;
        const auto segments = LongRuns::split(text, LongRuns::Syntax::Markdown, limits);
        checkSegments(text, segments, limits);
        QCOMPARE(kinds(segments), u"TR"_s);
        QVERIFY(segments[0].length >= limits.maxText);
        QVERIFY(segments[0].length <= limits.maxText + limits.maxLine);
        QCOMPARE(text[segments[1].from - 1], u'\n'); // cut between lines
    }

    void randomTextIsCoveredWhole()
    {
        // Short limits so that every kind of segment turns up.
        LongRuns::Limits limits;
        limits.maxRun = 12;
        limits.maxLine = 40;
        limits.maxText = 200;
        const QStringList atoms = {u"word "_s, u"\n"_s,      u"```\n"_s, u"~~~~\n"_s, u"> "_s,
                                   u"- "_s,    u"xxxxxxx"_s, u"\t"_s,    u"😀"_s,      u"天"_s};
        QRandomGenerator random(12);
        for (int round = 0; round < 2000; ++round) {
            QString text;
            const int n = random.bounded(120);
            for (int i = 0; i < n; ++i)
                text += atoms[random.bounded(int(atoms.size()))];
            for (auto syntax : {LongRuns::Syntax::Markdown, LongRuns::Syntax::Plain}) {
                checkSegments(text, LongRuns::split(text, syntax, limits), limits);
                if (QTest::currentTestFailed())
                    qWarning() << "failed on" << text;
            }
        }
    }

    void wrapCutsIntoShortPiecesAndKeepsEverything()
    {
        const QString text = u"alpha beta gamma delta epsilon zeta eta theta"_s;
        const auto pieces = LongRuns::wrap(text, 12);
        QString joined;
        for (QStringView p : pieces) {
            QVERIFY(p.size() <= 12);
            QVERIFY(!p.isEmpty());
            joined += p;
        }
        QCOMPARE(joined, text);
        QCOMPARE(pieces.first(), u"alpha beta "_s); // after a space
        // No space: cut at the width, never inside a surrogate pair.
        const QString emoji = u"😀"_s.repeated(7); // 14 UTF-16 units
        const auto cut = LongRuns::wrap(emoji, 5);
        QString back;
        for (QStringView p : cut) {
            QVERIFY(p.size() <= 5);
            QVERIFY(!p.first().isLowSurrogate());
            QVERIFY(!p.last().isHighSurrogate());
            back += p;
        }
        QCOMPARE(back, emoji);
        QVERIFY(LongRuns::wrap(QString(), 10).isEmpty());
        QCOMPARE(LongRuns::wrap(QString(2'000'000, u'A'), 200).size(), 10'000);
    }

    void headKeepsWholeCharacters()
    {
        const QString text = u"ab😀cd"_s;
        QCOMPARE(LongRuns::head(text, 3), u"ab"_s);
        QCOMPARE(LongRuns::head(text, 4), u"ab😀"_s);
        QCOMPARE(LongRuns::head(text, 100), text);
        QCOMPARE(LongRuns::head(text, 0), QString());
    }
};

QTEST_APPLESS_MAIN(TestLongRuns)
#include "tst_longruns.moc"
