// The HTTP answer parser behind streamed chats: each answer is parsed whole, split in two at
// every byte and fed one byte at a time, and must come out the same: status, headers, body,
// and where it stops and why.
#include "net/HttpResponseParser.h"

#include <QTest>

namespace {
using State = HttpResponseParser::State;

struct Outcome
{
    State state = State::Head;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QString error;
    bool cut = false;
};

Outcome parse(const QList<QByteArray> &pieces, bool closeAtEnd)
{
    HttpResponseParser parser;
    Outcome o;
    for (const QByteArray &piece : pieces)
        parser.feed(piece, o.body);
    if (closeAtEnd)
        parser.close();
    o.state = parser.state();
    o.status = parser.status();
    o.contentType = parser.header("content-type");
    o.error = parser.error();
    o.cut = parser.cut();
    return o;
}

const QByteArray Ndjson = "HTTP/1.1 200 OK\r\n"
                          "Content-Type: application/x-ndjson\r\n"
                          "Date: Sun, 06 Dec 2026 14:00:00 GMT\r\n"
                          "Transfer-Encoding: chunked\r\n"
                          "\r\n"
                          "1e\r\n{\"message\":{\"content\":\"Hé\"}}\n\r\n"
                          "1c;ext=1\r\n{\"done\":true,\"eval_count\":2}\r\n"
                          "0\r\n"
                          "\r\n";
} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<bool>("closeAtEnd");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("error"); // a part of the message
        QTest::addColumn<bool>("cut");

        QTest::newRow("chunked NDJSON, extension and end")
            << Ndjson << false << int(State::Done) << 200
            << QByteArray("{\"message\":{\"content\":\"Hé\"}}\n{\"done\":true,\"eval_count\":2}")
            << QByteArray("application/x-ndjson") << QString() << false;
        QTest::newRow("chunked with trailers, bare line feeds")
            << QByteArray("HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n3\nabc\n0\n"
                          "X-Trailer: 1\n\n")
            << false << int(State::Done) << 200 << QByteArray("abc") << QByteArray() << QString()
            << false;
        QTest::newRow("SSE with Content-Length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                          "Content-Length: 14\r\n\r\ndata: [DONE]\n\n")
            << false << int(State::Done) << 200 << QByteArray("data: [DONE]\n\n")
            << QByteArray("text/event-stream") << QString() << false;
        QTest::newRow("body until the close")
            << QByteArray("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\npartial and whole")
            << true << int(State::Done) << 200 << QByteArray("partial and whole")
            << QByteArray("text/plain") << QString() << false;
        QTest::newRow("body until the close, not closed yet")
            << QByteArray("HTTP/1.1 200 OK\r\n\r\nso far") << false << int(State::Body) << 200
            << QByteArray("so far") << QByteArray() << QString() << false;
        QTest::newRow("100 Continue, then the answer")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 500 Internal Server Error\r\n"
                          "Content-Type: application/json\r\nContent-Length: 19\r\n\r\n"
                          "{\"error\":\"no GPU\"}\n")
            << false << int(State::Done) << 500 << QByteArray("{\"error\":\"no GPU\"}\n")
            << QByteArray("application/json") << QString() << false;
        QTest::newRow("204 has no body")
            << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << int(State::Done) << 204
            << QByteArray() << QByteArray() << QString() << false;
        QTest::newRow("empty Content-Length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << false
            << int(State::Done) << 200 << QByteArray() << QByteArray() << QString() << false;
        QTest::newRow("cut inside a chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\na\r\n01234") << true
            << int(State::Failed) << 200 << QByteArray("01234") << QByteArray()
            << QStringLiteral("closed the connection") << true;
        QTest::newRow("cut before the last chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n")
            << true << int(State::Failed) << 200 << QByteArray("ab") << QByteArray()
            << QStringLiteral("closed the connection") << true;
        QTest::newRow("cut before the length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << true
            << int(State::Failed) << 200 << QByteArray("abc") << QByteArray()
            << QStringLiteral("closed the connection") << true;
        QTest::newRow("cut in the headers")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Ty") << true << int(State::Failed) << 200
            << QByteArray() << QByteArray() << QStringLiteral("closed the connection") << true;
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << false
                                  << int(State::Failed) << 0 << QByteArray() << QByteArray()
                                  << QStringLiteral("did not answer in HTTP") << false;
        QTest::newRow("status that is not a number")
            << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << false << int(State::Failed) << 0
            << QByteArray() << QByteArray() << QStringLiteral("did not answer in HTTP") << false;
        QTest::newRow("header without a colon")
            << QByteArray("HTTP/1.1 200 OK\r\nbroken header\r\n\r\n") << false << int(State::Failed)
            << 200 << QByteArray() << QByteArray() << QStringLiteral("malformed HTTP header")
            << false;
        QTest::newRow("chunk size that is not hexadecimal")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << false
            << int(State::Failed) << 200 << QByteArray() << QByteArray()
            << QStringLiteral("malformed chunk") << false;
        QTest::newRow("chunk longer than its size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n")
            << false << int(State::Failed) << 200 << QByteArray("ab") << QByteArray()
            << QStringLiteral("malformed chunk") << false;
        QTest::newRow("invalid Content-Length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -4\r\n\r\n") << false
            << int(State::Failed) << 200 << QByteArray() << QByteArray()
            << QStringLiteral("invalid Content-Length") << false;
        QTest::newRow("a header line without an end")
            << (QByteArray("HTTP/1.1 200 OK\r\nX-Pad: ").append(9000, 'x')) << false
            << int(State::Failed) << 200 << QByteArray() << QByteArray()
            << QStringLiteral("line too long") << false;
    }

    void answers()
    {
        QFETCH(QByteArray, wire);
        QFETCH(bool, closeAtEnd);
        QFETCH(int, state);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, error);
        QFETCH(bool, cut);

        auto check = [&](const Outcome &o, const QByteArray &how) {
            QVERIFY2(int(o.state) == state, how.constData());
            QVERIFY2(o.status == status, how.constData());
            QVERIFY2(o.body == body, QByteArray(how + ": " + o.body).constData());
            QVERIFY2(o.contentType == contentType, how.constData());
            QVERIFY2(error.isEmpty() ? o.error.isEmpty() : o.error.contains(error),
                     QByteArray(how + ": " + o.error.toUtf8()).constData());
            QVERIFY2(o.cut == cut, how.constData());
        };
        check(parse({wire}, closeAtEnd), "whole");
        for (qsizetype at = 1; at < wire.size(); ++at) {
            check(parse({wire.first(at), wire.sliced(at)}, closeAtEnd),
                  "split at " + QByteArray::number(at));
            if (QTest::currentTestFailed())
                return;
        }
        QList<QByteArray> bytes;
        for (char c : wire)
            bytes.append(QByteArray(1, c));
        check(parse(bytes, closeAtEnd), "byte by byte");
    }

    void headersSentTwiceAreJoined()
    {
        HttpResponseParser parser;
        QByteArray body;
        parser.feed("HTTP/1.1 200 OK\r\nVary: Origin\r\nvary: Accept\r\nContent-Length: 0\r\n\r\n",
                    body);
        QCOMPARE(parser.state(), State::Done);
        QCOMPARE(parser.header("Vary"), QByteArray("Origin, Accept"));
        QCOMPARE(parser.headers().size(), 3);
        QCOMPARE(parser.reason(), QStringLiteral("OK"));
    }

    void aLongLineFailsWhetherItComesWholeOrNot()
    {
        const QByteArray wire = QByteArray("HTTP/1.1 200 OK\r\nX-Pad: ").append(9000, 'x') +
                                QByteArray("\r\nContent-Length: 0\r\n\r\n");
        for (qsizetype at : {qsizetype(10), qsizetype(5000), wire.size()}) {
            HttpResponseParser parser;
            QByteArray body;
            parser.feed(wire.first(at), body);
            parser.feed(wire.sliced(at), body);
            QCOMPARE(parser.state(), State::Failed);
            QVERIFY(parser.error().contains(u"line too long"));
        }
    }

    void headersWithoutAnEndStop()
    {
        HttpResponseParser parser;
        QByteArray body;
        parser.feed("HTTP/1.1 200 OK\r\n", body);
        for (int i = 0; i < 100 && parser.state() == State::Head; ++i)
            parser.feed(QByteArray(QByteArray("X-Pad: ").append(1000, 'x') + "\r\n"), body);
        QCOMPARE(parser.state(), State::Failed);
        QVERIFY2(parser.error().contains(u"no end to its headers"), qPrintable(parser.error()));
    }

    void nothingIsReadAfterTheEnd()
    {
        HttpResponseParser parser;
        QByteArray body;
        parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nabEXTRA", body);
        QCOMPARE(parser.state(), State::Done);
        parser.feed("more", body);
        parser.close();
        QCOMPARE(body, QByteArray("ab"));
        QCOMPARE(parser.state(), State::Done);
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
