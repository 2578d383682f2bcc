// The NDJSON and SSE parsers, fed every fixture split at every byte boundary.
#include "TestData.h"
#include "net/NdjsonParser.h"
#include "net/SseParser.h"
#include "providers/InlineThinking.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QStringList dataFiles(const QString &suffix)
{
    QStringList out;
    for (const QString &dir :
         {QStringLiteral("ollama"), QStringLiteral("lmstudio"), QStringLiteral("openai")}) {
        const QDir d(QStringLiteral(LOCALFORGE_TEST_DATA "/") + dir);
        for (const QString &name : d.entryList({u'*' + suffix}, QDir::Files, QDir::Name))
            out << dir + u'/' + name;
    }
    return out;
}

// Serialised result, so two parses compare with one QCOMPARE.
QByteArray ndjsonParse(const QByteArray &bytes, qsizetype cut1, qsizetype cut2)
{
    NdjsonParser p;
    QByteArray out;
    auto take = [&out](const std::vector<NdjsonItem> &items) {
        for (const NdjsonItem &i : items)
            out += i.valid
                       ? QByteArray(QJsonDocument(i.object).toJson(QJsonDocument::Compact) + '\n')
                       : QByteArray("INVALID:" + i.raw + '\n');
    };
    take(p.feed(QByteArrayView(bytes).first(cut1)));
    take(p.feed(QByteArrayView(bytes).sliced(cut1, cut2 - cut1)));
    take(p.feed(QByteArrayView(bytes).sliced(cut2)));
    take(p.finish());
    return out;
}

QByteArray sseParse(const QByteArray &bytes, qsizetype cut1, qsizetype cut2)
{
    SseParser p;
    QByteArray out;
    auto take = [&out](const std::vector<SseEvent> &events) {
        for (const SseEvent &e : events)
            out += "event=" + e.event + " id=" + e.id + " error=" + e.errorField +
                   " data=" + e.data + '\n';
    };
    take(p.feed(QByteArrayView(bytes).first(cut1)));
    take(p.feed(QByteArrayView(bytes).sliced(cut1, cut2 - cut1)));
    take(p.feed(QByteArrayView(bytes).sliced(cut2)));
    take(p.finish());
    return out;
}
} // namespace

class TestStreamParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ndjsonFixturesAtEveryBoundary_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = dataFiles(QStringLiteral(".ndjson"));
        QVERIFY(files.size() >= 8);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }
    void ndjsonFixturesAtEveryBoundary()
    {
        QFETCH(QString, file);
        const QByteArray bytes = testData(file);
        const QByteArray whole = ndjsonParse(bytes, 0, 0);
        // The reference parse has one valid object per non-empty line.
        const int lines = int(bytes.trimmed().count('\n')) + 1;
        QCOMPARE(whole.count('\n'), lines);
        QVERIFY(!whole.contains("INVALID:"));
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut)
            QCOMPARE(ndjsonParse(bytes, cut, cut), whole);
        // Two cuts: every line split into three reads somewhere.
        for (qsizetype a = 0; a <= bytes.size(); a += 7) {
            for (qsizetype b = a; b <= bytes.size(); b += 13)
                QCOMPARE(ndjsonParse(bytes, a, b), whole);
        }
    }

    void ndjsonContentOfChatStream()
    {
        NdjsonParser p;
        QString text;
        bool done = false;
        for (const NdjsonItem &i : p.feed(testData(QStringLiteral("ollama/chat-stream.ndjson")))) {
            text += i.object.value(u"message").toObject().value(u"content").toString();
            done = i.object.value(u"done").toBool();
        }
        QCOMPARE(text,
                 QStringLiteral(
                     "The sky appears blue because of a phenomenon called Rayleigh scattering."));
        QVERIFY(done);
    }

    void ndjsonMultiByteCharacterAcrossReads()
    {
        // "×" is C3 97 in UTF-8: cut between the two bytes.
        const QByteArray line =
            QStringLiteral("{\"message\":{\"content\":\"17 × 23\"}}\n").toUtf8();
        const qsizetype at = line.indexOf("\xC3\x97") + 1;
        NdjsonParser p;
        QVERIFY(p.feed(QByteArrayView(line).first(at)).empty());
        const auto items = p.feed(QByteArrayView(line).sliced(at));
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items[0].object.value(u"message").toObject().value(u"content").toString(),
                 QStringLiteral("17 × 23"));
    }

    void ndjsonBadLineIsReportedAndParsingGoesOn()
    {
        NdjsonParser p;
        const auto items = p.feed("{\"a\":1}\n\xff\xfe garbage\n\r\n{\"b\":2}\r\n");
        QCOMPARE(items.size(), size_t(3));
        QVERIFY(items[0].valid);
        QVERIFY(!items[1].valid);
        QVERIFY(!items[1].parseError.isEmpty());
        QCOMPARE(items[1].raw, QByteArray("\xff\xfe garbage"));
        QCOMPARE(items[2].object.value(u"b").toInt(), 2);
    }

    void ndjsonLastLineWithoutNewline()
    {
        NdjsonParser p;
        QVERIFY(p.feed("{\"done\":true}").empty());
        QCOMPARE(p.pendingBytes(), 13);
        const auto items = p.finish();
        QCOMPARE(items.size(), size_t(1));
        QVERIFY(items[0].object.value(u"done").toBool());
    }

    void sseFixturesAtEveryBoundary_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = dataFiles(QStringLiteral(".sse"));
        QVERIFY(files.size() >= 12);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }
    void sseFixturesAtEveryBoundary()
    {
        QFETCH(QString, file);
        const QByteArray bytes = testData(file);
        const QByteArray whole = sseParse(bytes, 0, 0);
        // As many events as blocks that carry data or error lines.
        int expected = 0;
        for (const QByteArray &block : bytes.split('\n')) {
            if (block.startsWith("data:") || block.startsWith("error:"))
                ++expected;
        }
        QCOMPARE(int(whole.count('\n')), expected);
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut)
            QCOMPARE(sseParse(bytes, cut, cut), whole);
        for (qsizetype a = 0; a <= bytes.size(); a += 11) {
            for (qsizetype b = a; b <= bytes.size(); b += 17)
                QCOMPARE(sseParse(bytes, a, b), whole);
        }
        // CRLF line endings give the same events.
        QByteArray crlf = bytes;
        crlf.replace("\n", "\r\n");
        for (qsizetype cut = 0; cut <= crlf.size(); cut += 3)
            QCOMPARE(sseParse(crlf, cut, cut), whole);
    }

    void sseEmojiAcrossReads()
    {
        const QByteArray bytes =
            testData(QStringLiteral("openai/llama-server-chat-stream-legacy-b6097.sse"));
        const qsizetype emoji = bytes.indexOf("\xF0\x9F\x91\x8B"); // 👋
        QVERIFY(emoji > 0);
        for (int k = 1; k < 4; ++k) {
            SseParser p;
            std::vector<SseEvent> events = p.feed(QByteArrayView(bytes).first(emoji + k));
            for (SseEvent &e : p.feed(QByteArrayView(bytes).sliced(emoji + k)))
                events.push_back(e);
            QCOMPARE(events.size(), size_t(4));
            const QJsonObject chunk = QJsonDocument::fromJson(events[1].data).object();
            QCOMPARE(chunk.value(u"choices")
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"delta")
                         .toObject()
                         .value(u"content")
                         .toString(),
                     QStringLiteral("Hello! 👋 How can I assist you today?"));
        }
    }

    void sseFraming()
    {
        SseParser p;
        const auto events = p.feed(": ping\n\n"
                                   "event: message.delta\n"
                                   "data:{\"a\":1}\n\n"
                                   "data: line one\n"
                                   "data: line two\n"
                                   "id: 7\n"
                                   "retry: 100\n\n"
                                   "data: [DONE]\n\n");
        QCOMPARE(p.commentCount(), 1);
        QCOMPARE(events.size(), size_t(3));
        QCOMPARE(events[0].event, QByteArray("message.delta"));
        QCOMPARE(events[0].data, QByteArray("{\"a\":1}"));
        QCOMPARE(events[1].data, QByteArray("line one\nline two"));
        QCOMPARE(events[1].id, QByteArray("7"));
        QVERIFY(events[2].isDone());
    }

    void sseLegacyErrorField()
    {
        SseParser p;
        const auto events =
            p.feed(testData(QStringLiteral("openai/llama-server-chat-stream-error-legacy.sse")));
        QCOMPARE(events.size(), size_t(2));
        QVERIFY(events[0].errorField.contains("exceeds the available context size"));
        QVERIFY(events[1].isDone());
        QCOMPARE(p.commentCount(), 1);
    }

    void sseByteOrderMarkAndUnterminatedEvent()
    {
        SseParser p;
        QVERIFY(p.feed("\xEF\xBB\xBF"
                       "data: x\n")
                    .empty());
        const auto events = p.finish();
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events[0].data, QByteArray("x"));
    }

    // Caps: nothing a server sends can make a parser buffer more than 16 MB.
    void lineOfExactlyTheLimitIsKept()
    {
        NdjsonParser p;
        const QByteArray value(LineSplitter::MaxLineBytes - 9, 'x');
        const QByteArray line = "{\"a\":\"" + value + "\"}"; // 16 MB - 1 byte, then \r\n
        QByteArray bytes = line + "\r\n";
        QCOMPARE(bytes.size() - 1, LineSplitter::MaxLineBytes); // without \n: the limit itself
        std::vector<NdjsonItem> items;
        for (qsizetype at = 0; at < bytes.size(); at += 1 << 20) {
            auto some = p.feed(
                QByteArrayView(bytes).sliced(at, std::min<qsizetype>(1 << 20, bytes.size() - at)));
            std::move(some.begin(), some.end(), std::back_inserter(items));
        }
        QVERIFY(!p.overflowed());
        QCOMPARE(items.size(), size_t(1));
        QVERIFY(items[0].valid);
        QCOMPARE(items[0].object.value(u"a").toString().size(), value.size());
    }

    void lineThatNeverEndsStopsTheNdjsonParser()
    {
        NdjsonParser p;
        QCOMPARE(p.feed("{\"n\":1}\n{\"n\":2}\n{\"n\":").size(), size_t(2));
        const QByteArray piece(1 << 20, 'x');
        qsizetype fed = 0;
        while (!p.overflowed() && fed < 2 * LineSplitter::MaxLineBytes) {
            QVERIFY(p.feed(piece).empty());
            fed += piece.size();
            QVERIFY(p.pendingBytes() <= LineSplitter::MaxLineBytes);
        }
        QVERIFY(p.overflowed());
        QVERIFY(fed <= LineSplitter::MaxLineBytes + piece.size());
        QCOMPARE(p.pendingBytes(), 0); // the buffer is given back
        // Nothing more comes out, not even a later complete line.
        QVERIFY(p.feed("\n{\"n\":3}\n").empty());
        QVERIFY(p.finish().empty());
    }

    void oversizedLineInOneReadStopsTheSseParser()
    {
        SseParser p;
        QByteArray bytes = "data: {\"ok\":1}\n\ndata: ";
        bytes += QByteArray(LineSplitter::MaxLineBytes, 'x');
        bytes += "\n\ndata: {\"late\":1}\n\n";
        const auto events = p.feed(bytes);
        QCOMPARE(events.size(), size_t(1)); // the event before the long line
        QCOMPARE(events[0].data, QByteArray("{\"ok\":1}"));
        QVERIFY(p.overflowed());
        QVERIFY(p.overflowedOnLine());
        QVERIFY(p.finish().empty());
    }

    // Reasoning written in the answer as <think>…</think> goes to the thinking side, wherever
    // the pieces are cut: in two at every place, and one character at a time.
    void inlineThinkingAtEveryBoundary_data()
    {
        QTest::addColumn<QString>("streamed");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("thinking");
        QTest::newRow("reasoning, then the answer")
            << u"<think>\nThe user asks why.\nRayleigh.\n</think>\n\nBecause of Rayleigh."_s
            << u"Because of Rayleigh."_s << u"The user asks why.\nRayleigh.\n"_s;
        QTest::newRow("white space before the tag")
            << u"\n  <think>plan</think>answer"_s << u"answer"_s << u"plan"_s;
        QTest::newRow("empty reasoning")
            << u"<think></think>\n\nHello"_s << u"Hello"_s << QString();
        QTest::newRow("no tag") << u"\n\nNo tags here."_s << u"\n\nNo tags here."_s << QString();
        QTest::newRow("a tag later is text") << u"Write <think> in HTML? </think>"_s
                                             << u"Write <think> in HTML? </think>"_s << QString();
        QTest::newRow("another tag")
            << u"<thinking>x</thinking>"_s << u"<thinking>x</thinking>"_s << QString();
        QTest::newRow("cut while reasoning")
            << u"<think>half a tho"_s << QString() << u"half a tho"_s;
        QTest::newRow("cut inside the closing tag")
            << u"<think>a</thi"_s << QString() << u"a</thi"_s;
        QTest::newRow("cut inside the opening tag") << u"<thi"_s << u"<thi"_s << QString();
        QTest::newRow("wide characters")
            << u"<think>日本語 🌍</think>🌊 é"_s << u"🌊 é"_s << u"日本語 🌍"_s;
        QTest::newRow("a closing tag in the answer stays")
            << u"<think>a</think>b</think>c"_s << u"b</think>c"_s << u"a"_s;
    }
    void inlineThinkingAtEveryBoundary()
    {
        QFETCH(QString, streamed);
        QFETCH(QString, content);
        QFETCH(QString, thinking);
        auto run = [](const QStringList &pieces) {
            InlineThinking split;
            InlineThinking::Piece all;
            for (const QString &piece : pieces) {
                const InlineThinking::Piece p = split.feed(piece);
                all.content += p.content;
                all.thinking += p.thinking;
            }
            const InlineThinking::Piece end = split.finish();
            all.content += end.content;
            all.thinking += end.thinking;
            return all;
        };
        for (qsizetype cut = 0; cut <= streamed.size(); ++cut) {
            const InlineThinking::Piece p = run({streamed.left(cut), streamed.mid(cut)});
            QVERIFY2(p.content == content && p.thinking == thinking,
                     qPrintable(u"cut at %1: [%2] [%3]"_s.arg(cut).arg(p.content, p.thinking)));
        }
        QStringList characters;
        for (QChar c : streamed)
            characters << QString(c);
        const InlineThinking::Piece p = run(characters);
        QCOMPARE(p.content, content);
        QCOMPARE(p.thinking, thinking);
    }

    void eventThatNeverEndsStopsTheSseParser()
    {
        // Short data: lines, never the blank line that ends the event.
        SseParser p;
        QCOMPARE(p.feed("data: first\n\n").size(), size_t(1));
        const QByteArray line = "data: " + QByteArray(64 * 1024, 'y') + '\n';
        QByteArray chunk;
        for (int i = 0; i < 16; ++i)
            chunk += line; // 1 MB a read
        qsizetype fed = 0;
        while (!p.overflowed() && fed < 2 * SseParser::MaxEventBytes) {
            QVERIFY(p.feed(chunk).empty());
            fed += chunk.size();
        }
        QVERIFY(p.overflowed());
        QVERIFY(!p.overflowedOnLine());
        QVERIFY(fed <= SseParser::MaxEventBytes + chunk.size());
        QVERIFY(p.feed("\n").empty());
        QVERIFY(p.finish().empty());
    }
};

QTEST_GUILESS_MAIN(TestStreamParsers)
#include "tst_streamparsers.moc"
