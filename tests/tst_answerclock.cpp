// Client-side answer timing: time to first token, tokens per second, live rate.
#include "chat/AnswerClock.h"

#include <QTest>

class TestAnswerClock : public QObject
{
    Q_OBJECT

    static constexpr qint64 ms = 1'000'000;

private Q_SLOTS:
    void timeToFirstTokenAndRate()
    {
        AnswerClock c;
        c.requestSent(0);
        QVERIFY(!c.timeToFirstTokenSeconds());
        QVERIFY(!c.tokensPerSecond());
        // First token after 500 ms (model load), then one every 25 ms: 40 tok/s.
        for (int i = 0; i < 41; ++i)
            c.chunk(500 * ms + i * 25 * ms);
        QCOMPARE(*c.timeToFirstTokenSeconds(), 0.5);
        QCOMPARE(*c.tokensPerSecond(), 40.0);
        QCOMPARE(c.chunks(), 41);
        QCOMPARE(*c.elapsedSeconds(2000 * ms), 2.0);
    }

    void oneChunkHasNoRate()
    {
        AnswerClock c;
        c.requestSent(0);
        c.chunk(10 * ms);
        QVERIFY(c.timeToFirstTokenSeconds());
        QVERIFY(!c.tokensPerSecond());
    }

    // Pieces that all came within a few reads of each other give no rate: a proxy that holds
    // the answer and gives it at once would make it read as hundreds of thousands a second.
    void aBurstHasNoRate_data()
    {
        QTest::addColumn<int>("pieces");
        QTest::addColumn<qint64>("apartNs");
        QTest::addColumn<bool>("rate");
        QTest::newRow("200 in one read") << 200 << qint64(1'500) << false;
        QTest::newRow("3 reads, 16 ms apart") << 3 << 16 * ms << false;
        QTest::newRow("just under the least span") << 2 << AnswerClock::LeastSpanNs - 1 << false;
        QTest::newRow("the least span") << 2 << AnswerClock::LeastSpanNs << true;
        QTest::newRow("10 pieces, 20 ms apart") << 10 << 20 * ms << true;
    }
    void aBurstHasNoRate()
    {
        QFETCH(int, pieces);
        QFETCH(qint64, apartNs);
        QFETCH(bool, rate);
        AnswerClock c;
        c.requestSent(0);
        for (int i = 0; i < pieces; ++i)
            c.chunk(300 * ms + i * apartNs);
        QCOMPARE(bool(c.tokensPerSecond()), rate);
        if (rate)
            QCOMPARE(*c.tokensPerSecond(), 1e9 / double(apartNs));
        QVERIFY(c.timeToFirstTokenSeconds()); // the time to the first piece stays
    }

    void liveRateOverSlidingWindow()
    {
        AnswerClock c(1000 * ms);
        c.requestSent(0);
        // 10 tok/s for 3 s, then 50 tok/s for 2 s.
        qint64 t = 100 * ms;
        for (int i = 0; i < 30; ++i, t += 100 * ms)
            c.chunk(t);
        QVERIFY(qAbs(c.liveTokensPerSecond(t) - 10.0) <= 1.0);
        for (int i = 0; i < 100; ++i, t += 20 * ms)
            c.chunk(t);
        QVERIFY(qAbs(c.liveTokensPerSecond(t) - 50.0) <= 1.0);
        // Silence: the live rate falls to zero once the window has passed.
        QCOMPARE(c.liveTokensPerSecond(t + 1500 * ms), 0.0);
    }

    void liveRateAtThousandsOfTokensPerSecond()
    {
        AnswerClock c; // a 2 s window
        c.requestSent(0);
        // 5,000 tok/s for 3 s, then 1,000 tok/s for 3 s, at uneven times.
        qint64 t = 0;
        for (int i = 0; i < 15'000; ++i, t += (i % 3 == 0 ? 100 : 250) * 1000)
            c.chunk(t);
        QVERIFY2(qAbs(c.liveTokensPerSecond(t) - 5000.0) <= 50.0,
                 qPrintable(QString::number(c.liveTokensPerSecond(t))));
        for (int i = 0; i < 3'000; ++i, t += ms)
            c.chunk(t);
        QVERIFY2(qAbs(c.liveTokensPerSecond(t) - 1000.0) <= 10.0,
                 qPrintable(QString::number(c.liveTokensPerSecond(t))));
        QCOMPARE(c.tokensPerSecond().has_value(), true);
        // A long pause, then one piece: the old slices are gone.
        t += 60'000 * ms;
        c.chunk(t);
        QVERIFY(c.liveTokensPerSecond(t + 500 * ms) <= 1.0 / 2.0 + 0.01);
    }

    void liveRateNeverLeapsJustAfterTheFirstPiece_data()
    {
        QTest::addColumn<qint64>("afterFirst"); // when the rate is asked, past the first piece
        QTest::newRow("1 ms") << qint64(1);
        QTest::newRow("5 ms") << qint64(5);
        QTest::newRow("26 ms") << qint64(26);
        QTest::newRow("50 ms") << qint64(50);
        QTest::newRow("251 ms") << qint64(251);
        QTest::newRow("999 ms") << qint64(999);
        QTest::newRow("1.5 s") << qint64(1500);
        QTest::newRow("3 s") << qint64(3000);
    }
    void liveRateNeverLeapsJustAfterTheFirstPiece()
    {
        // 40 tok/s, one piece every 25 ms from 300 ms on; the monitor asks at any moment.
        QFETCH(qint64, afterFirst);
        AnswerClock c; // a 2 s window
        c.requestSent(0);
        const qint64 first = 300 * ms;
        const qint64 now = first + afterFirst * ms;
        for (qint64 t = first; t <= now; t += 25 * ms)
            c.chunk(t);
        const double live = c.liveTokensPerSecond(now);
        QVERIFY2(live <= 40.0 * 1.02, qPrintable(QString::number(live)));
        // Once a few pieces have come, it reads close to the rate.
        if (afterFirst >= 250)
            QVERIFY2(live >= 40.0 * 0.9, qPrintable(QString::number(live)));
    }

    void newRequestResets()
    {
        AnswerClock c;
        c.requestSent(0);
        c.chunk(ms);
        c.chunk(2 * ms);
        c.requestSent(10 * ms);
        QCOMPARE(c.chunks(), 0);
        QVERIFY(!c.timeToFirstTokenSeconds());
    }
};

QTEST_GUILESS_MAIN(TestAnswerClock)
#include "tst_answerclock.moc"
