// One LocalForge per user: the first launch holds the lock and listens, a later one hands its
// arguments over and ends; the lock goes with the first. (A lock left by a killed LocalForge is
// taken over: tests/cli/single_instance_test.sh, with real processes.)
#include "SingleInstance.h"

#include <QFileInfo>
#include <QLocalServer>
#include <QLockFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUuid>

class TestSingleInstance : public QObject
{
    Q_OBJECT

    static QString uniqueKey()
    {
        return QStringLiteral("localforge-test-") + QUuid::createUuid().toString(QUuid::Id128);
    }

private Q_SLOTS:
    void aSecondLaunchHandsItsArgumentsToTheFirst()
    {
        const QString key = uniqueKey();
        auto first = std::make_unique<SingleInstance>(key);
        QVERIFY(first->claim());
        QVERIFY(first->isPrimary());
        QSignalSpy activated(first.get(), &SingleInstance::activated);

        SingleInstance second(key);
        QVERIFY(!second.claim()); // the first holds the lock
        QVERIFY(!second.isPrimary());
        QSignalSpy forwarded(&second, &SingleInstance::forwarded);
        const QStringList arguments{QStringLiteral("localforge"), QStringLiteral("--page"),
                                    QStringLiteral("models"), QStringLiteral("é ü")};
        second.forward(arguments);
        QCOMPARE(forwarded.count(), 0); // asynchronous
        QVERIFY(forwarded.wait(5000));
        QCOMPARE(forwarded.first().at(0).toBool(), true);
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toStringList(), arguments);

        // Once the first is gone, the next launch is the first.
        first.reset();
        SingleInstance third(key);
        QVERIFY(third.claim());
        QVERIFY(third.isPrimary());
    }

    void aLaunchWhileTheFirstQuitsTakesOverOnceItIsGone()
    {
        // The first is quitting: it still holds the lock and its socket takes connections, but
        // nobody answers any more; a moment later it is gone. The launch made meanwhile is the
        // first then, instead of saying "already running" when nothing runs.
        const QString key = uniqueKey();
        SingleInstance probe(key);
        auto lock = std::make_unique<QLockFile>(probe.lockFileName());
        QVERIFY(lock->tryLock(0));
        auto quitting = std::make_unique<QLocalServer>();
        QLocalServer::removeServer(probe.socketName());
        QVERIFY(quitting->listen(probe.socketName()));
        QTimer::singleShot(800, this, [&] {
            quitting.reset();
            lock.reset();
        });
        SingleInstance second(key);
        QVERIFY(!second.claim());
        QSignalSpy forwarded(&second, &SingleInstance::forwarded);
        QSignalSpy claimed(&second, &SingleInstance::claimedMeanwhile);
        second.forward({QStringLiteral("localforge")}, 5000);
        QVERIFY(claimed.wait(4000));
        QCOMPARE(forwarded.count(), 0);
        QVERIFY(second.isPrimary());
        // And it is the one a later launch reaches.
        QSignalSpy activated(&second, &SingleInstance::activated);
        SingleInstance third(key);
        QVERIFY(!third.claim());
        QSignalSpy thirdForwarded(&third, &SingleInstance::forwarded);
        third.forward({QStringLiteral("localforge"), QStringLiteral("--page")});
        QVERIFY(thirdForwarded.wait(5000));
        QCOMPARE(thirdForwarded.first().at(0).toBool(), true);
        QTRY_COMPARE(activated.count(), 1);
    }

    void theSocketIsInThisUsersOwnFolder()
    {
        // Beside the lock, not a bare name in the shared /tmp, where another user could make
        // it first and answer later launches in the first's place.
        SingleInstance first(uniqueKey());
        QVERIFY(first.claim());
        const QString socket = first.socketName();
        QVERIFY2(socket.startsWith(u'/'), qPrintable(socket));
        QCOMPARE(QFileInfo(socket).absolutePath(), QFileInfo(first.lockFileName()).absolutePath());
        QVERIFY(QFileInfo::exists(socket));
    }

    void aLockThatCannotBeMadeIsNotAnotherLaunch()
    {
        // claim() tells the two apart: main() starts when the lock cannot be made at all.
        SingleInstance nowhere(QStringLiteral("no-such-folder/") + uniqueKey());
        QString error;
        QVERIFY(!nowhere.claim(&error));
        QVERIFY2(error.contains(u"lock file"), qPrintable(error));
        const QString key = uniqueKey();
        SingleInstance held(key);
        QVERIFY(held.claim());
        SingleInstance second(key);
        QString none;
        QVERIFY(!second.claim(&none));
        QVERIFY(none.isEmpty());
    }

    void nobodyAnsweringIsSaidAfterTheTimeout()
    {
        // The lock is held, but nothing listens (a LocalForge hung before it could).
        const QString key = uniqueKey();
        SingleInstance probe(key);
        QLockFile lock(probe.lockFileName());
        QVERIFY(lock.tryLock(0));
        SingleInstance second(key);
        QVERIFY(!second.claim());
        QSignalSpy forwarded(&second, &SingleInstance::forwarded);
        second.forward({QStringLiteral("localforge")}, 600);
        QVERIFY(forwarded.wait(5000));
        QCOMPARE(forwarded.first().at(0).toBool(), false);
        QVERIFY(forwarded.first().at(1).toString().contains(u"already running"));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
