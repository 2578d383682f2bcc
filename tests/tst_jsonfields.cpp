// Optional number fields read from JSON that servers and files send.
#include "net/JsonFields.h"

#include <QJsonDocument>
#include <QTest>

class TestJsonFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void integers()
    {
        const QJsonObject o =
            QJsonDocument::fromJson(R"({"whole": 42, "cut": 2.9, "negativeCut": -2.9,
                                        "text": "42", "big": 9007199254740993})")
                .object();
        QCOMPARE(JsonFields::integer(o, u"whole"), std::optional<qint64>(42));
        QCOMPARE(JsonFields::integer(o, u"cut"), std::optional<qint64>(2));
        QCOMPARE(JsonFields::integer(o, u"negativeCut"), std::optional<qint64>(-2));
        QCOMPARE(JsonFields::integer(o, u"big"), std::optional<qint64>(9007199254740993));
        QVERIFY(!JsonFields::integer(o, u"text"));
        QVERIFY(!JsonFields::integer(o, u"missing"));
    }

    // A count past what qint64 holds (a broken server, a damaged file) keeps its sign and
    // stays huge instead of wrapping (found by fuzz_conversation under UBSan).
    void integersOutOfRange()
    {
        const QJsonObject o = QJsonDocument::fromJson(R"({"huge": 4.2e55, "hugeNegative": -1e300,
                                        "justOver": 9223372036854775808})")
                                  .object();
        const std::optional<qint64> huge = JsonFields::integer(o, u"huge");
        QVERIFY(huge && *huge >= qint64(9e18));
        const std::optional<qint64> negative = JsonFields::integer(o, u"hugeNegative");
        QVERIFY(negative && *negative <= qint64(-9e18));
        const std::optional<qint64> justOver = JsonFields::integer(o, u"justOver");
        QVERIFY(justOver && *justOver >= qint64(9e18));

        // What is read is written back and read again the same.
        QJsonObject written;
        JsonFields::put(written, QStringLiteral("huge"), huge);
        QCOMPARE(JsonFields::integer(written, u"huge"), huge);
    }

    void numbers()
    {
        const QJsonObject o =
            QJsonDocument::fromJson(R"({"ms": 1500, "text": "1.5", "null": null})").object();
        QCOMPARE(JsonFields::number(o, u"ms", 0.001), std::optional<double>(1.5));
        QVERIFY(!JsonFields::number(o, u"text"));
        QVERIFY(!JsonFields::number(o, u"null"));
        QJsonObject written;
        JsonFields::put(written, QStringLiteral("unset"), std::optional<double>());
        QVERIFY(written.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_jsonfields.moc"
