// Model-level pull progress over every pull fixture, the quirks file included.
#include "TestData.h"
#include "net/NdjsonParser.h"
#include "providers/PullProgress.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

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

QJsonObject layerLine(const QString &digest, qint64 total, qint64 completed)
{
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("pulling")},
                       {QStringLiteral("digest"), digest},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("completed"), completed}};
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

    // "digest total completed" lines, and the bytes shown after them.
    void totalsWithAFewLayers_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<qint64>("completed");
        QTest::addColumn<qint64>("total");
        QTest::newRow("one layer")
            << QStringList{u"a 1000 300"_s, u"a 1000 600"_s} << 600LL << 1000LL;
        QTest::newRow("going backwards is not shown")
            << QStringList{u"a 1000 600"_s, u"a 1000 400"_s} << 600LL << 1000LL;
        QTest::newRow("back, then past the most seen")
            << QStringList{u"a 1000 600"_s, u"a 1000 400"_s, u"a 1000 700"_s} << 700LL << 1000LL;
        QTest::newRow("the next layer finishes a rolled-back one")
            << QStringList{u"a 1000 600"_s, u"a 1000 200"_s, u"b 10 5"_s} << 1005LL << 1010LL;
        QTest::newRow("a layer's total grows")
            << QStringList{u"a 1000 500"_s, u"a 2000 500"_s} << 500LL << 2000LL;
        QTest::newRow("an earlier layer again: both count as finished")
            << QStringList{u"a 100 50"_s, u"b 10 5"_s, u"a 100 60"_s} << 110LL << 110LL;
        QTest::newRow("past its total") << QStringList{u"a 100 500"_s} << 100LL << 100LL;
        QTest::newRow("cached layers")
            << QStringList{u"a 100 100"_s, u"b 200 200"_s, u"c 300 0"_s} << 300LL << 600LL;
    }
    void totalsWithAFewLayers()
    {
        QFETCH(QStringList, lines);
        QFETCH(qint64, completed);
        QFETCH(qint64, total);
        PullProgress p;
        qint64 now = 0;
        for (const QString &l : lines) {
            const QStringList f = l.split(u' ');
            QVERIFY(p.apply(layerLine(f[0], f[1].toLongLong(), f[2].toLongLong()), now += 100));
        }
        QCOMPARE(p.completedBytes(), completed);
        QCOMPARE(p.totalBytes(), total);
        p.apply(QJsonObject{{QStringLiteral("status"), QStringLiteral("success")}}, now + 100);
        QCOMPARE(p.completedBytes(), total);
    }

    // A stream that names a new layer on every line would cost more per line and more memory
    // for ever (and, always "working", never trip the stall check): past the cap it fails.
    void tooManyLayersFail_data()
    {
        QTest::addColumn<int>("layers");
        QTest::addColumn<bool>("fails");
        QTest::newRow("a real model") << 6 << false;
        QTest::newRow("at the cap") << PullProgress::MaxLayers << false;
        QTest::newRow("one past the cap") << PullProgress::MaxLayers + 1 << true;
        QTest::newRow("endless new digests") << 100'000 << true;
    }
    void tooManyLayersFail()
    {
        QFETCH(int, layers);
        QFETCH(bool, fails);
        PullProgress p;
        int accepted = 0;
        for (int i = 0; i < layers; ++i) {
            if (!p.apply(layerLine(u"sha256:%1"_s.arg(i), 1000, 10), 60LL * i))
                break;
            ++accepted;
        }
        QCOMPARE(accepted, fails ? PullProgress::MaxLayers : layers);
        QCOMPARE(p.blobCount(), accepted);
        QCOMPARE(p.totalBytes(), 1000LL * accepted);
        QCOMPARE(p.phase(), fails ? PullProgress::Phase::Failed : PullProgress::Phase::Downloading);
        QCOMPARE(p.failure(),
                 fails ? PullProgress::Failure::TooManyLayers : PullProgress::Failure::None);
        if (fails) {
            // What happened and what to do.
            QVERIFY2(p.errorMessage().contains(u"more than 4096 different layers"),
                     qPrintable(p.errorMessage()));
            QVERIFY(p.errorMessage().contains(u"Check that the address points at Ollama"));
            QVERIFY(!p.apply(layerLine(u"sha256:a"_s, 1000, 10), 60LL * layers));
        }
    }

    // Ollama sends a line every 60 ms while no byte comes (a wait, or a lost part fetched
    // again): the speed must not decay toward 0 and the ETA grow toward years.
    void noNewBytesMeansNoSpeed_data()
    {
        QTest::addColumn<bool>("rollback");
        QTest::newRow("the server waits") << false;
        QTest::newRow("a lost part fetched again") << true;
    }
    void noNewBytesMeansNoSpeed()
    {
        QFETCH(bool, rollback);
        PullProgress p;
        const QString a = u"sha256:a"_s;
        const qint64 total = 1'000'000'000;
        qint64 now = 0, completed = 0;
        for (; now <= 3000; now += 60) // 10 MB/s
            p.apply(layerLine(a, total, completed += 600'000), now);
        QVERIFY(qAbs(p.bytesPerSecond().value_or(0) - 10e6) < 1e5);
        const qint64 most = completed;
        qint64 seen = rollback ? most / 4 : most;
        for (const qint64 end = now + 10'000; now <= end; now += 60) {
            if (rollback)
                seen = std::min(most - 1, seen + 100'000); // coming again, still below
            p.apply(layerLine(a, total, seen), now);
            QVERIFY(p.etaSeconds().value_or(0) <= PullProgress::MaxEtaSeconds);
            if (now - 3000 < 4000) // a short wait keeps the speed
                QVERIFY(p.bytesPerSecond().has_value());
        }
        QCOMPARE(p.completedBytes(), most);
        QCOMPARE(p.bytesPerSecond(), std::nullopt);
        QCOMPARE(p.etaSeconds(), std::nullopt);
        QVERIFY(p.waitingForData());
        QCOMPARE(p.refetching(), rollback);
        // Bytes again, at 5 MB/s: the speed starts afresh, not from the figure before the wait.
        completed = most;
        for (const qint64 end = now + 2000; now <= end; now += 60)
            p.apply(layerLine(a, total, completed += 300'000), now);
        QVERIFY(!p.waitingForData());
        QVERIFY2(qAbs(p.bytesPerSecond().value_or(0) - 5e6) < 1e5,
                 qPrintable(QString::number(p.bytesPerSecond().value_or(-1))));
        QVERIFY(p.etaSeconds().has_value());
    }

    void theEtaHasABound_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<bool>("etaGiven");
        // 10 bytes a second.
        QTest::newRow("hours left") << Q_INT64_C(1'000'000) << true;
        QTest::newRow("centuries left") << Q_INT64_C(1'000'000'000'000) << false;
    }
    void theEtaHasABound()
    {
        QFETCH(qint64, total);
        QFETCH(bool, etaGiven);
        PullProgress p;
        for (int i = 0; i <= 30; ++i)
            p.apply(layerLine(u"sha256:a"_s, total, i), i * 100LL);
        QVERIFY(p.bytesPerSecond().value_or(0) > 0);
        QCOMPARE(p.etaSeconds().has_value(), etaGiven);
        QVERIFY(p.etaSeconds().value_or(0) <= PullProgress::MaxEtaSeconds);
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
