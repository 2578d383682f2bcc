// "Is this host this machine?", decided by one function for discovery, tokens, fit advice,
// snippets and phoenix.json: case, brackets, a trailing dot, *.localhost, mapped and
// unspecified addresses, and this machine's own LAN addresses.
#include "net/HostAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHostAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::addColumn<bool>("thisMachine");
        // 192.168.1.20 stands for this machine's LAN address in these rows.
        QTest::newRow("localhost") << u"localhost"_s << true << true;
        QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << true << true;
        QTest::newRow("localhost.") << u"localhost."_s << true << true;
        QTest::newRow("*.localhost") << u"ollama.localhost"_s << true << true;
        QTest::newRow("Sub.LocalHost") << u"Sub.LocalHost"_s << true << true;
        QTest::newRow("not a localhost suffix") << u"notlocalhost"_s << false << false;
        QTest::newRow("localhost.example.com") << u"localhost.example.com"_s << false << false;
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true << true;
        QTest::newRow("127.1.2.3") << u"127.1.2.3"_s << true << true;
        QTest::newRow("::1") << u"::1"_s << true << true;
        QTest::newRow("[::1]") << u"[::1]"_s << true << true;
        QTest::newRow("mapped loopback") << u"::ffff:127.0.0.1"_s << true << true;
        QTest::newRow("0.0.0.0") << u"0.0.0.0"_s << false << true;
        QTest::newRow("::") << u"::"_s << false << true;
        QTest::newRow("own LAN address") << u"192.168.1.20"_s << false << true;
        QTest::newRow("own LAN address, mapped") << u"::ffff:192.168.1.20"_s << false << true;
        QTest::newRow("another LAN address") << u"192.168.1.21"_s << false << false;
        QTest::newRow("public address") << u"8.8.8.8"_s << false << false;
        QTest::newRow("a name") << u"gpu-box"_s << false << false;
        QTest::newRow("host.docker.internal") << u"host.docker.internal"_s << false << false;
        QTest::newRow("empty") << QString() << false << false;
    }

    void classifies()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QFETCH(bool, thisMachine);
        const QList<QHostAddress> own{QHostAddress(u"127.0.0.1"_s), QHostAddress(u"192.168.1.20"_s),
                                      QHostAddress(u"::1"_s)};
        QCOMPARE(Net::isLoopbackHost(host), loopback);
        QCOMPARE(Net::isThisMachine(host, own), thisMachine);
    }

    void theRealInterfacesIncludeLoopback()
    {
        QVERIFY(Net::isThisMachine(u"127.0.0.1"_s));
        QVERIFY(!Net::isThisMachine(u"203.0.113.7"_s)); // documentation range, never ours
    }
};

QTEST_GUILESS_MAIN(TestHostAddress)
#include "tst_hostaddress.moc"
