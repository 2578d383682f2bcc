// Model-level pull progress over every pull fixture, the quirks file included.
#include "TestData.h"
#include "net/NdjsonParser.h"
#include "providers/PullProgress.h"

#include <QTest>

#include <limits>

namespace {
struct Trace
{
    QList<double> fractions;
    QList<qint64> totals;
    QList<double> speeds;
    PullProgress progress;
};

// Feeds a fixture split at `cut`, one line every `stepMs`.
Trace run(const QString &file, qsizetype cut = 0, qint64 stepMs = 100)
{
    const QByteArray bytes = testData(file);
    Trace t;
    NdjsonParser parser;
    qint64 now = 0;
    auto feed = [&](const std::vector<NdjsonItem> &items) {
        for (const NdjsonItem &i : items) {
            now += stepMs;
            t.progress.apply(i.object, now);
            t.fractions << t.progress.fraction();
            t.totals << t.progress.totalBytes();
            if (t.progress.bytesPerSecond())
                t.speeds << *t.progress.bytesPerSecond();
        }
    };
    feed(parser.feed(QByteArrayView(bytes).first(cut)));
    feed(parser.feed(QByteArrayView(bytes).sliced(cut)));
    feed(parser.finish());
    return t;
}

void checkSane(const Trace &t)
{
    for (int i = 0; i < t.fractions.size(); ++i) {
        QVERIFY2(t.fractions[i] >= 0.0 && t.fractions[i] <= 1.0,
                 qPrintable(QString::number(t.fractions[i])));
        // Back only when a layer joined (the total grew), never for a rollback.
        if (i > 0)
            QVERIFY2(t.fractions[i] >= t.fractions[i - 1] || t.totals[i] > t.totals[i - 1],
                     "the bar went backwards");
    }
    for (double s : t.speeds)
        QVERIFY(s >= 0.0);
    if (const auto eta = t.progress.etaSeconds())
        QVERIFY(*eta >= 0.0);
}
} // namespace

class TestPullProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshPull()
    {
        const Trace t = run(QStringLiteral("ollama/pull.ndjson"));
        checkSane(t);
        QCOMPARE(t.progress.phase(), PullProgress::Phase::Done);
        QCOMPARE(t.progress.blobCount(), 6); // weights, template, license, params, config...
        // The sum of the blobs is the model's size in /api/tags.
        QCOMPARE(t.progress.totalBytes(), Q_INT64_C(2019393189));
        QCOMPARE(t.progress.completedBytes(), t.progress.totalBytes());
        QCOMPARE(t.progress.fraction(), 1.0);
        // Tiny blobs that finish within one tick look cached (a single completed == total line);
        // the weights were downloaded.
        QVERIFY(t.progress.alreadyPresentBytes() < 20000);
        QVERIFY(!t.speeds.isEmpty());
        QVERIFY(t.progress.bytesPerSecond().value_or(0) > 0);
    }

    void quirks()
    {
        const Trace t = run(QStringLiteral("ollama/pull-quirks.ndjson"));
        checkSane(t);
        QCOMPARE(t.progress.phase(), PullProgress::Phase::Done);
        // The resumed first line and the cached small blobs were already there.
        QCOMPARE(t.progress.alreadyPresentBytes(), Q_INT64_C(705167360) + 1429 + 7711 + 6016 + 485);
        // Its first progress is already past half: resumed, not started from zero.
        QVERIFY(t.fractions.at(1) > 0.5);
        // Speed counts only what this pull downloaded: (1321082688 - 705167360) bytes in ~0.5 s
        // of lines at most, never the resumed part as if it came in 100 ms.
        for (double s : t.speeds)
            QVERIFY2(s < 1321082688.0 * 10, qPrintable(QString::number(s)));
    }

    void backwardsStepIsNotShown()
    {
        PullProgress p;
        const QString digest = QStringLiteral("sha256:aaaa");
        auto line = [&digest](qint64 completed) {
            return QJsonObject{{QStringLiteral("status"), QStringLiteral("pulling aaaa")},
                               {QStringLiteral("digest"), digest},
                               {QStringLiteral("total"), 1000},
                               {QStringLiteral("completed"), completed}};
        };
        p.apply(line(300), 0);
        p.apply(line(600), 600);
        const double before = p.fraction();
        p.apply(line(400), 1200); // a failed part rolled back
        QCOMPARE(p.fraction(), before);
        QCOMPARE(p.completedBytes(), 600);
        p.apply(line(2000), 1800); // more than the total is clamped
        QCOMPARE(p.fraction(), 1.0);
        QCOMPARE(p.completedBytes(), 1000);
    }

    void aRollbackCountsAsWork()
    {
        // After a failed part, Ollama fetches it again: the shown count stays put for as long as
        // that takes, but the lines say the server is working, which a stall check must see.
        PullProgress p;
        auto line = [](qint64 completed) {
            return QJsonObject{{QStringLiteral("status"), QStringLiteral("pulling aaaa")},
                               {QStringLiteral("digest"), QStringLiteral("sha256:aaaa")},
                               {QStringLiteral("total"), 1000},
                               {QStringLiteral("completed"), completed}};
        };
        p.apply(line(600), 0);
        quint64 activity = p.activity();
        for (const qint64 completed : {100, 200, 300, 400, 500}) {
            p.apply(line(completed), completed * 10);
            QCOMPARE(p.completedBytes(), 600); // not shown going back
            QVERIFY(p.activity() > activity);
            activity = p.activity();
        }
        p.apply(line(500), 6000); // the same figure again: nothing moved
        QCOMPARE(p.activity(), activity);
        p.apply(QJsonObject{{QStringLiteral("status"), QStringLiteral("verifying sha256 digest")}},
                7000);
        QVERIFY(p.activity() > activity); // a new phase is work too
    }

    void aLayerThatStartsLaterLowersTheBar()
    {
        // A vision model: its weights, then its projector, which Ollama names only when it
        // starts it. A bar held full through the projector would say "done" for minutes.
        PullProgress p;
        auto line = [](const char *digest, qint64 total, qint64 completed) {
            return QJsonObject{{QStringLiteral("status"), QStringLiteral("pulling")},
                               {QStringLiteral("digest"), QString::fromLatin1(digest)},
                               {QStringLiteral("total"), total},
                               {QStringLiteral("completed"), completed}};
        };
        const qint64 weights = 4'100'000'000, projector = 624'000'000;
        p.apply(line("sha256:w", weights, weights / 2), 0);
        p.apply(line("sha256:w", weights, weights), 1000);
        QCOMPARE(p.fraction(), 1.0);
        p.apply(line("sha256:p", projector, 0), 1500);
        QCOMPARE(p.totalBytes(), weights + projector);
        QCOMPARE(p.fraction(), double(weights) / double(weights + projector));
        p.apply(line("sha256:p", projector, projector / 2), 2500);
        QVERIFY(p.fraction() < 1.0);
        QVERIFY(p.etaSeconds().value_or(0) > 0); // not "0 s left" while a layer comes
        p.apply(QJsonObject{{QStringLiteral("status"), QStringLiteral("success")}}, 3000);
        QCOMPARE(p.fraction(), 1.0);
    }

    void missingCompletedAndShortLastTick()
    {
        PullProgress p;
        p.apply(QJsonObject{{QStringLiteral("status"), QStringLiteral("pulling a")},
                            {QStringLiteral("digest"), QStringLiteral("sha256:a")},
                            {QStringLiteral("total"), 100}},
                0); // `completed` omitted while 0
        QCOMPARE(p.completedBytes(), 0);
        p.apply(QJsonObject{{QStringLiteral("status"), QStringLiteral("pulling a")},
                            {QStringLiteral("digest"), QStringLiteral("sha256:a")},
                            {QStringLiteral("total"), 100},
                            {QStringLiteral("completed"), 90}},
                100);
        // The next digest starts: the first blob is finished even though its last tick said 90.
        p.apply(QJsonObject{{QStringLiteral("status"), QStringLiteral("pulling b")},
                            {QStringLiteral("digest"), QStringLiteral("sha256:b")},
                            {QStringLiteral("total"), 10}},
                200);
        QCOMPARE(p.completedBytes(), 100);
        QCOMPARE(p.totalBytes(), 110);
        p.apply(QJsonObject{{QStringLiteral("status"), QStringLiteral("verifying sha256 digest")}},
                300);
        QCOMPARE(p.phase(), PullProgress::Phase::Verifying);
        QCOMPARE(p.completedBytes(), 110);
    }

    void safetensors()
    {
        const Trace t = run(QStringLiteral("ollama/pull-safetensors.ndjson"));
        checkSane(t);
        QCOMPARE(t.progress.phase(), PullProgress::Phase::Done);
        QCOMPARE(t.progress.blobCount(), 1);
        QCOMPARE(t.progress.totalBytes(), Q_INT64_C(8212271104));
    }

    void errorInsideA200Stream_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("network") << "ollama/pull-error-network.ndjson"
                                 << "max retries exceeded: EOF";
        QTest::newRow("unknown model") << "ollama/pull-error-unknown-model.ndjson"
                                       << "pull model manifest: file does not exist";
    }
    void errorInsideA200Stream()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const Trace t = run(file);
        checkSane(t);
        QCOMPARE(t.progress.phase(), PullProgress::Phase::Failed);
        QCOMPARE(t.progress.errorMessage(), message);
        QVERIFY(t.progress.fraction() < 1.0);
    }

    void everyFixtureAtEveryByteBoundary_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
             {"ollama/pull.ndjson", "ollama/pull-quirks.ndjson", "ollama/pull-safetensors.ndjson",
              "ollama/pull-error-network.ndjson", "ollama/pull-error-unknown-model.ndjson"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void everyFixtureAtEveryByteBoundary()
    {
        QFETCH(QString, file);
        const Trace whole = run(file);
        const qsizetype size = testData(file).size();
        for (qsizetype cut = 0; cut <= size; ++cut) {
            const Trace t = run(file, cut);
            QCOMPARE(t.fractions, whole.fractions);
            QCOMPARE(t.progress.phase(), whole.progress.phase());
        }
    }

    void speedAndEta()
    {
        PullProgress p;
        auto line = [](qint64 completed) {
            return QJsonObject{{QStringLiteral("status"), QStringLiteral("pulling a")},
                               {QStringLiteral("digest"), QStringLiteral("sha256:a")},
                               {QStringLiteral("total"), 100'000'000},
                               {QStringLiteral("completed"), completed}};
        };
        // 10 MB/s for 3 seconds, a line every 100 ms.
        for (int i = 0; i <= 30; ++i)
            p.apply(line(i * 1'000'000), i * 100);
        QVERIFY(qAbs(*p.bytesPerSecond() - 10e6) < 1e5);
        QVERIFY(qAbs(*p.etaSeconds() - 7.0) < 0.1);
    }

    // A hostile or broken server's sizes must not overflow the sums (found by fuzz_pullprogress).
    void hugeSizesDoNotOverflow()
    {
        PullProgress p;
        const qint64 huge = std::numeric_limits<qint64>::max();
        for (const char *digest : {"sha256:a", "sha256:b", "sha256:c"}) {
            QVERIFY(p.apply(QJsonObject{{QStringLiteral("status"), QStringLiteral("pulling")},
                                        {QStringLiteral("digest"), QLatin1String(digest)},
                                        {QStringLiteral("total"), huge},
                                        {QStringLiteral("completed"), huge - 1}},
                            0));
            QVERIFY(p.totalBytes() > 0);
            QVERIFY(p.completedBytes() >= 0 && p.completedBytes() <= p.totalBytes());
            QVERIFY(p.alreadyPresentBytes() <= p.completedBytes());
            QVERIFY(p.fraction() >= 0.0 && p.fraction() <= 1.0);
        }
        QCOMPARE(p.totalBytes(), huge);
        p.apply(QJsonObject{{QStringLiteral("status"), QStringLiteral("success")}}, 1000);
        QCOMPARE(p.completedBytes(), huge);
        QCOMPARE(p.fraction(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestPullProgress)
#include "tst_pullprogress.moc"
