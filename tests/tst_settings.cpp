// The settings table: changes announced only when a value really changes, machine-local keys
// kept out of exported files, versioned migrations, and Core as the one place that applies a
// setting (so an imported file takes effect at once).
#include "Core.h"
#include "chat/ChatSession.h"
#include "metrics/MetricsHub.h"
#include "metrics/RemoteExporters.h"
#include "metrics/TimeSeries.h"
#include "settings/Settings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Core::Options quietOptions(const QString &settingsFile)
{
    Core::Options options;
    options.settingsFile = settingsFile;
    options.discovery.candidates = {};
    options.discovery.intervalMs = 0;
    options.phoenixUrl = QUrl();
    return options;
}

QStringList changedKeys(const QSignalSpy &spy)
{
    QStringList keys;
    for (const QList<QVariant> &args : spy)
        keys.append(args.at(0).toString());
    return keys;
}
} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changedOnlyWhenTheValueChanges_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::addColumn<int>("signals");
        QTest::newRow("same value twice") << 120 << 120 << 1;
        QTest::newRow("two values") << 120 << 60 << 2;
        QTest::newRow("the default, then another") << 300 << 60 << 1;
    }

    void changedOnlyWhenTheValueChanges()
    {
        QFETCH(int, first);
        QFETCH(int, second);
        QFETCH(int, signals);
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.ini"_s));
        QSignalSpy spy(&settings, &Settings::changed);
        settings.setValue(SettingKeys::RequestTimeoutSeconds, first);
        settings.setValue(SettingKeys::RequestTimeoutSeconds, second);
        QCOMPARE(spy.size(), signals);
        for (const QString &key : changedKeys(spy))
            QCOMPARE(key, u"chat/requestTimeoutSeconds"_s);
        QCOMPARE(settings.value(SettingKeys::RequestTimeoutSeconds), second);
    }

    void aFileThatCannotBeWrittenIsSaidOnce()
    {
        // Its folder is a file: nothing can be written there, whoever runs the test. What is
        // set is kept for the run, written within a second, and the failure is said once.
        QTemporaryDir dir;
        QFile notAFolder(dir.filePath(u"config"_s));
        QVERIFY(notAFolder.open(QIODevice::WriteOnly));
        notAFolder.close();
        Settings settings(dir.filePath(u"config/LocalForge.conf"_s));
        QSignalSpy failed(&settings, &Settings::writeFailed);
        settings.setValue(SettingKeys::RequestTimeoutSeconds, 90);
        QCOMPARE(settings.value(SettingKeys::RequestTimeoutSeconds), 90);
        QVERIFY(failed.wait(3000));
        const QString said = failed.first().first().toString();
        QVERIFY2(said.contains(u"cannot be saved") && said.contains(u"LocalForge.conf") &&
                     said.contains(u"until LocalForge quits"),
                 qPrintable(said));
        settings.setValue(SettingKeys::RequestTimeoutSeconds, 120);
        settings.sync();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(settings.writeError(), said); // for a window that comes later
        // A file that can be written is silent.
        Settings fine(dir.filePath(u"fine.ini"_s));
        QSignalSpy silent(&fine, &Settings::writeFailed);
        fine.setValue(SettingKeys::RequestTimeoutSeconds, 90);
        QTRY_VERIFY(QFile::exists(dir.filePath(u"fine.ini"_s)));
        fine.sync();
        QCOMPARE(silent.size(), 0);
    }

    void prefixKeysAnnounceTheirSuffix()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.ini"_s));
        QSignalSpy spy(&settings, &Settings::changed);
        settings.setValue(SettingKeys::KeepAlivePrefix, u"10m"_s, u"gpu-box"_s);
        QCOMPARE(changedKeys(spy), QStringList{u"servers/keepAlive/gpu-box"_s});
        QVERIFY(SettingKeys::KeepAlivePrefix.matches(changedKeys(spy).first()));
        QVERIFY(!SettingKeys::ActiveServer.matches(changedKeys(spy).first()));
    }

    void scopes_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("local");
        QTest::newRow("window geometry") << u"ui/windowGeometry"_s << true;
        QTest::newRow("window state") << u"ui/windowState"_s << true;
        QTest::newRow("table version") << u"settings/version"_s << true;
        QTest::newRow("timeout") << u"chat/requestTimeoutSeconds"_s << false;
        QTest::newRow("a prefix key") << u"chat/parameters/x"_s << false;
        QTest::newRow("unknown key") << u"something/else"_s << false;
    }

    void scopes()
    {
        QFETCH(QString, key);
        QFETCH(bool, local);
        QCOMPARE(SettingKeys::scopeOf(key) == SettingScope::MachineLocal, local);
    }

    void handEditedNumbersReadAsTheNearestOrTheDefault_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<int>("timeout");
        QTest::newRow("in range") << u"120"_s << 120;
        QTest::newRow("zero: no limit at all") << u"0"_s << 10;
        QTest::newRow("negative") << u"-5"_s << 10;
        QTest::newRow("past the timer's reach") << u"5000000"_s << 3600;
        QTest::newRow("no number") << u"abc"_s << 300;
        QTest::newRow("empty") << QString() << 300;
    }
    void handEditedNumbersReadAsTheNearestOrTheDefault()
    {
        // A hand-edited or imported file: a request limit of 0 turned the chat's limit on
        // silence off, so a stalled server hung the chat; a word made the Monitor sample at
        // its fastest.
        QFETCH(QString, stored);
        QFETCH(int, timeout);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"s.ini"_s);
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(u"chat/requestTimeoutSeconds"_s, stored);
            raw.setValue(u"monitor/intervalMs"_s, stored);
        }
        Settings settings(file);
        QCOMPARE(settings.value(SettingKeys::RequestTimeoutSeconds), timeout);
        const int interval = settings.value(SettingKeys::MonitorIntervalMs);
        QVERIFY(interval >= 100 && interval <= 10000);
        bool number = false;
        stored.toInt(&number);
        if (!number)
            QCOMPARE(interval, 500);
    }

    void exportLeavesMachineLocalKeysOutAndImportKeepsThem()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.ini"_s));
        settings.setValue(SettingKeys::WindowGeometry, QByteArray("geometry"));
        settings.setValue(SettingKeys::RequestTimeoutSeconds, 42);
        settings.migrate();
        const QJsonObject exported = settings.exportJson();
        const QJsonObject values = exported.value(u"values").toObject();
        QVERIFY(!values.contains(u"ui/windowGeometry"_s));
        QVERIFY(!values.contains(u"settings/version"_s));
        QCOMPARE(values.value(u"chat/requestTimeoutSeconds").toInt(), 42);
        QCOMPARE(exported.value(u"settingsVersion").toInt(), Settings::CurrentVersion);

        QJsonObject other = exported;
        QJsonObject otherValues;
        otherValues.insert(u"chat/requestTimeoutSeconds"_s, 90);
        other.insert(u"values"_s, otherValues);
        const ApiError error = settings.importJson(other);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(settings.value(SettingKeys::RequestTimeoutSeconds), 90);
        QCOMPARE(settings.value(SettingKeys::WindowGeometry), QByteArray("geometry"));
    }

    void importAnnouncesWhatChanged()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.ini"_s));
        settings.setValue(SettingKeys::RequestTimeoutSeconds, 42);
        settings.setValue(SettingKeys::MonitorIntervalMs, 1000);
        settings.migrate();
        QJsonObject values;
        values.insert(u"chat/requestTimeoutSeconds"_s, 42); // unchanged
        values.insert(u"chat/systemPrompts"_s, u"[]"_s);    // new
        // monitor/intervalMs is not in the file: it goes back to its default
        QSignalSpy spy(&settings, &Settings::changed);
        QVERIFY(!settings
                     .importJson(QJsonObject{{u"localforgeSettings"_s, 1},
                                             {u"settingsVersion"_s, 1},
                                             {u"values"_s, values}})
                     .isError());
        QStringList keys = changedKeys(spy);
        keys.sort();
        QCOMPARE(keys, (QStringList{u"chat/systemPrompts"_s, u"monitor/intervalMs"_s}));
        QCOMPARE(settings.value(SettingKeys::MonitorIntervalMs), 500);
    }

    void aFileFromANewerLocalForgeChangesNothing()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.ini"_s));
        settings.setValue(SettingKeys::RequestTimeoutSeconds, 42);
        const ApiError error =
            settings.importJson(QJsonObject{{u"localforgeSettings"_s, 1},
                                            {u"settingsVersion"_s, Settings::CurrentVersion + 1},
                                            {u"values"_s, QJsonObject{}}});
        QCOMPARE(error.kind, ApiError::Kind::Invalid);
        QCOMPARE(error.message, u"This settings file was written by a newer LocalForge. Update "
                                u"LocalForge to import it. Nothing was changed."_s);
        QCOMPARE(settings.value(SettingKeys::RequestTimeoutSeconds), 42);
    }

    void migrationTurnsOldAddressesIntoProfilesOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_s);
        {
            QSettings old(path, QSettings::IniFormat);
            old.setValue(u"servers/user"_s, QStringList{u"http://gpu-box:11434"_s});
        }
        Settings settings(path);
        QSignalSpy spy(&settings, &Settings::changed);
        settings.migrate();
        QCOMPARE(settings.value(SettingKeys::Version), Settings::CurrentVersion);
        QCOMPARE(changedKeys(spy), QStringList{u"servers/profiles"_s});
        const QJsonArray profiles =
            QJsonDocument::fromJson(settings.value(SettingKeys::ServerProfiles).toUtf8()).array();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.at(0).toObject().value(u"url").toString(), u"http://gpu-box:11434"_s);

        // At the current version nothing runs again, even if the old key is still there.
        settings.setValue(SettingKeys::ServerProfiles, QString());
        spy.clear();
        settings.migrate();
        QVERIFY(spy.isEmpty());
        QVERIFY(settings.value(SettingKeys::ServerProfiles).isEmpty());
    }

    void aStartAtTheCurrentVersionLeavesTheFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            // QSettings drops comments when it writes the file: this one stays only if the
            // file is never written.
            file.write(
                "; left by hand\n[settings]\nversion=2\n\n[chat]\nrequestTimeoutSeconds=42\n");
        }
        {
            Settings settings(path);
            QSignalSpy spy(&settings, &Settings::changed);
            settings.migrate();
            QVERIFY(spy.isEmpty());
            QCOMPARE(settings.value(SettingKeys::RequestTimeoutSeconds), 42);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("; left by hand\n"));
    }

    void anImportedOldFileIsMigrated()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.ini"_s));
        settings.migrate();
        QJsonObject values;
        values.insert(u"servers/user"_s, QJsonArray{u"http://10.1.2.3:1234"_s});
        // Whoever hears of the servers hears of them migrated: an empty list announced first
        // would read as every server gone (Core forgets those, tokens included).
        const QJsonObject file{{u"localforgeSettings"_s, 1}, {u"values"_s, values}};
        QVERIFY(!settings.importJson(file).isError());
        QVERIFY(settings.value(SettingKeys::ServerProfiles).contains(u"10.1.2.3:1234"_s));
        // Imported again over the profiles it made: they are replaced, and never heard of as
        // an empty list on the way.
        QStringList heard;
        connect(&settings, &Settings::changed, this, [&](const QString &key) {
            if (SettingKeys::ServerProfiles.matches(key))
                heard.append(settings.value(SettingKeys::ServerProfiles));
        });
        QVERIFY(!settings.importJson(file).isError());
        QVERIFY(settings.value(SettingKeys::ServerProfiles).contains(u"10.1.2.3:1234"_s));
        for (const QString &list : std::as_const(heard))
            QVERIFY2(list.contains(u"10.1.2.3:1234"_s), qPrintable(list));
        QCOMPARE(settings.value(SettingKeys::Version), Settings::CurrentVersion);
    }

    void aPromptThatNamesAnAddressIsKeptAsWritten()
    {
        // The user's own text: "git@" and "user@" in it are not credentials of a server.
        const QString prompts =
            u"[{\"name\":\"Git\",\"prompt\":\"Clone https://git@github.com/x/y and mail "
            "http://me@example.org\"}]"_s;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_s);
        {
            QSettings old(path, QSettings::IniFormat);
            old.setValue(QLatin1StringView(SettingKeys::CustomSystemPrompts.key), prompts);
            old.setValue(QLatin1StringView(SettingKeys::ActiveServer.key),
                         u"http://bob:pw@10.0.0.9:11434"_s);
        }
        Settings settings(path);
        settings.migrate(); // the clean-up of addresses runs at every start
        QCOMPARE(settings.value(SettingKeys::CustomSystemPrompts), prompts);
        QCOMPARE(settings.value(SettingKeys::ActiveServer), u"http://10.0.0.9:11434"_s);
        const QJsonObject exported = settings.exportJson();
        QCOMPARE(exported.value(u"values").toObject().value(u"chat/systemPrompts").toString(),
                 prompts);
        settings.setValue(SettingKeys::CustomSystemPrompts, QString());
        QVERIFY(!settings.importJson(exported).isError());
        QCOMPARE(settings.value(SettingKeys::CustomSystemPrompts), prompts);
    }

    void coreAppliesAtStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_s);
        {
            Settings settings(path);
            settings.setValue(SettingKeys::RequestTimeoutSeconds, 77);
            settings.setValue(SettingKeys::MonitorIntervalMs, 250);
            settings.setValue(SettingKeys::ExporterHosts,
                              QStringList{u"box\thttp://box:9100/metrics\t"_s});
        }
        Core core(quietOptions(path));
        QCOMPARE(core.chat()->timeout(), std::chrono::seconds(77));
        QCOMPARE(core.metrics()->intervalMs(), 250);
        QCOMPARE(core.metrics()->capacity(), 3'600'000 / 250);
        QCOMPARE(core.exporters()->hosts().size(), 1);
        QCOMPARE(core.exporters()->hosts().first().name, u"box"_s);
    }

    void anImportedFileTakesEffectAtOnce()
    {
        QTemporaryDir dir;
        Core core(quietOptions(dir.filePath(u"s.ini"_s)));
        QCOMPARE(core.chat()->timeout(), std::chrono::seconds(300));
        QSignalSpy profiles(&core, &Core::profilesChanged);
        QJsonObject values;
        values.insert(u"chat/requestTimeoutSeconds"_s, 45);
        values.insert(u"monitor/intervalMs"_s, 2000);
        values.insert(u"monitor/exporterHosts"_s,
                      QJsonArray{u"gpu\thttp://gpu:9100/metrics\thttp://gpu:9400/metrics"_s});
        values.insert(u"servers/profiles"_s, u"[{\"url\":\"http://gpu:11434\"}]"_s);
        QVERIFY(!core.settings()
                     .importJson(QJsonObject{{u"localforgeSettings"_s, 1},
                                             {u"settingsVersion"_s, 1},
                                             {u"values"_s, values}})
                     .isError());
        QCOMPARE(core.chat()->timeout(), std::chrono::seconds(45));
        QCOMPARE(core.metrics()->intervalMs(), 2000);
        QCOMPARE(core.metrics()->capacity(), 7200); // an hour at 0.5 Hz is fewer than the floor
        QCOMPARE(core.exporters()->hosts().size(), 1);
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(core.profiles().size(), 1);
        QVERIFY(core.discovery()->server(u"http://gpu:11434"_s));
    }

    void aPreferenceWrittenByADialogIsApplied()
    {
        QTemporaryDir dir;
        Core core(quietOptions(dir.filePath(u"s.ini"_s)));
        core.settings().setValue(SettingKeys::RequestTimeoutSeconds, 12);
        core.settings().setValue(SettingKeys::MonitorIntervalMs, 100);
        QCOMPARE(core.chat()->timeout(), std::chrono::seconds(12));
        QCOMPARE(core.metrics()->intervalMs(), 100);
        QCOMPARE(core.metrics()->capacity(), 36'000);
    }

    void aSeriesKeepsItsNewestSamplesWhenResized()
    {
        TimeSeries s(10);
        for (int i = 0; i < 10; ++i)
            s.append(i, i);
        s.setCapacity(4);
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.at(0).value, 6.0);
        QCOMPARE(s.last().value, 9.0);
        s.setCapacity(8);
        QCOMPARE(s.size(), 4);
        s.append(10, 10);
        QCOMPARE(s.size(), 5);
        QCOMPARE(s.at(0).value, 6.0);
        QCOMPARE(s.last().value, 10.0);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
