#include "Settings.h"

#include <QDir>

#include "ServerProfile.h"
#include "net/UrlCredentials.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
constexpr int ExportFormat = 1;

// The table's scopes, by key: what is not machine-local travels in an exported file.
struct ScopeEntry
{
    const char *key;
    SettingScope scope;
};

template<typename T>
constexpr ScopeEntry entry(const SettingKey<T> &k)
{
    return {k.key, k.scope};
}

bool isLocal(const QString &key)
{
    return SettingKeys::scopeOf(key) == SettingScope::MachineLocal;
}

// One step of migrate(): brings a table at version `to - 1` to version `to`.
struct MigrationStep
{
    int to;
    std::function<void(QSettings &)> apply;
    // Run at every start too: an older LocalForge, still used beside this one, can undo it.
    bool atEveryStart = false;
};

// Version 1: addresses saved before server profiles existed become profiles.
void addressesToProfiles(QSettings &store)
{
    const QString profilesKey = QString::fromLatin1(SettingKeys::ServerProfiles.key);
    const QString usersKey = QString::fromLatin1(SettingKeys::UserServers.key);
    if (!store.value(profilesKey).toString().isEmpty())
        return;
    QJsonArray array;
    for (const QString &url : store.value(usersKey).toStringList()) {
        ServerProfile p;
        p.url = QUrl(url);
        if (p.url.isValid() && !p.url.isEmpty())
            array.append(p.toJson());
    }
    if (!array.isEmpty())
        store.setValue(profilesKey,
                       QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

// Whether the value stored under `key` is the user's own writing (system prompts), which is
// kept as written: "https://git@host" in a prompt is text, not a server's address. Addresses
// are stripped of credentials everywhere else, keys included.
bool isUsersText(const QString &key)
{
    return SettingKeys::CustomSystemPrompts.matches(key);
}

// The value of `key` without credentials in the addresses it holds.
QString strippedValue(const QString &key, const QString &value)
{
    return isUsersText(key) ? value : UrlCredentials::strippedText(value);
}

// Version 2: addresses never keep a user name or password (earlier versions kept them).
void addressesWithoutCredentials(QSettings &store)
{
    using UrlCredentials::strippedText;
    for (const QString &key : store.allKeys()) {
        const QVariant v = store.value(key);
        QVariant clean = v;
        if (v.typeId() == QMetaType::QStringList) {
            QStringList list = v.toStringList();
            for (QString &item : list)
                item = strippedText(item);
            clean = list;
        } else if (v.typeId() == QMetaType::QString) {
            clean = strippedValue(key, v.toString());
        }
        const QString cleanKey = strippedText(key);
        if (cleanKey == key && clean == v)
            continue;
        store.remove(key);
        // What was already written under the address without credentials is newer: kept.
        if (cleanKey == key || !store.contains(cleanKey))
            store.setValue(cleanKey, clean);
    }
}

const QList<MigrationStep> &migrationSteps()
{
    static const QList<MigrationStep> steps = {
        {1, addressesToProfiles},
        {2, addressesWithoutCredentials, true},
    };
    return steps;
}
} // namespace

SettingScope SettingKeys::scopeOf(const QString &storedKey)
{
    static const ScopeEntry table[] = {
        entry(UserServers),           entry(ServerProfiles),    entry(ActiveServer),
        entry(LastModelPrefix),       entry(KeepAlivePrefix),   entry(ChatParametersPrefix),
        entry(CustomSystemPrompts),   entry(MonitorIntervalMs), entry(ExporterHosts),
        entry(RequestTimeoutSeconds), entry(Language),          entry(WindowGeometry),
        entry(WindowState),           entry(BenchmarkColumns),  entry(Version),
    };
    for (const ScopeEntry &e : table) {
        const QLatin1StringView k(e.key);
        if (k.endsWith(u'/') ? storedKey.startsWith(k) : storedKey == k)
            return e.scope;
    }
    return SettingScope::Exported;
}

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

void Settings::written()
{
    if (!m_flush) {
        m_flush = new QTimer(this);
        m_flush->setSingleShot(true);
        m_flush->setInterval(1000);
        connect(m_flush, &QTimer::timeout, this, &Settings::sync);
    }
    if (!m_flush->isActive())
        m_flush->start();
}

void Settings::sync()
{
    if (m_flush)
        m_flush->stop();
    m_store->sync();
    if (m_store->status() != QSettings::AccessError || !m_writeError.isEmpty())
        return;
    m_writeError = tr("Settings cannot be saved to %1: the file or its folder cannot be "
                      "written. What you change lasts until LocalForge quits. Check that the "
                      "folder exists and that you may write in it.")
                       .arg(QDir::toNativeSeparators(m_store->fileName()));
    Q_EMIT writeFailed(m_writeError);
}

void Settings::migrate()
{
    const QString versionKey = QString::fromLatin1(SettingKeys::Version.key);
    const int version = m_store->value(versionKey, 0).toInt();
    QList<const MigrationStep *> due;
    for (const MigrationStep &step : migrationSteps()) {
        if (step.to > version || step.atEveryStart)
            due.append(&step);
    }
    if (due.isEmpty())
        return;
    // Keys a step changes are announced, so whoever applies them sees the migrated values.
    QHash<QString, QVariant> before;
    for (const QString &key : m_store->allKeys())
        before.insert(key, m_store->value(key));
    for (const MigrationStep *step : std::as_const(due))
        step->apply(*m_store);
    QStringList changedKeys;
    const QStringList after = m_store->allKeys();
    for (const QString &key : after) {
        if (key != versionKey && before.value(key) != m_store->value(key))
            changedKeys.append(key);
    }
    // A start that finds the table up to date leaves the file alone: writing it costs two
    // flushes to disk (the lock and the file) before the first window.
    if (version < CurrentVersion)
        m_store->setValue(versionKey, CurrentVersion);
    if (!changedKeys.isEmpty() || after.size() != before.size())
        sync(); // what a step removed (credentials) leaves the disk now
    // A new version number alone is written by QSettings on its own, soon after.
    for (const QString &key : std::as_const(changedKeys))
        Q_EMIT changed(key);
}

QJsonObject Settings::exportJson() const
{
    QJsonObject values;
    // Addresses leave without credentials, even from settings written before they were stripped.
    using UrlCredentials::strippedText;
    for (const QString &key : m_store->allKeys()) {
        if (isLocal(key))
            continue;
        const QVariant v = m_store->value(key);
        if (v.typeId() == QMetaType::QStringList) {
            QStringList list = v.toStringList();
            for (QString &item : list)
                item = strippedText(item);
            values.insert(strippedText(key), QJsonArray::fromStringList(list));
        } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double ||
                   v.typeId() == QMetaType::Bool || v.typeId() == QMetaType::LongLong) {
            values.insert(strippedText(key), QJsonValue::fromVariant(v));
        } else {
            values.insert(strippedText(key), strippedValue(key, v.toString()));
        }
    }
    return QJsonObject{
        {u"localforgeSettings"_s, ExportFormat},
        {u"settingsVersion"_s,
         m_store->value(QString::fromLatin1(SettingKeys::Version.key), CurrentVersion).toInt()},
        {u"values"_s, values}};
}

ApiError Settings::importJson(const QJsonObject &json)
{
    if (json.value(u"localforgeSettings").toInt() != ExportFormat ||
        !json.value(u"values").isObject())
        return ApiError::invalid(
            tr("This file is not a LocalForge settings file. Nothing was changed."));
    // A file from before versions is version 0: migrate() then brings it up to date.
    const int fileVersion = json.value(u"settingsVersion").toInt(0);
    if (fileVersion > CurrentVersion)
        return ApiError::invalid(tr("This settings file was written by a newer LocalForge. "
                                    "Update LocalForge to import it. Nothing was changed."));
    QHash<QString, QVariant> before;
    for (const QString &key : m_store->allKeys()) {
        if (!isLocal(key))
            before.insert(key, m_store->value(key));
    }
    const QJsonObject values = json.value(u"values").toObject();
    for (const QString &key : before.keys())
        m_store->remove(key);
    // Credentials in an imported file's addresses are left out.
    using UrlCredentials::strippedText;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (isLocal(it.key()))
            continue;
        const QString key = strippedText(it.key());
        const QJsonValue v = it.value();
        if (v.isArray()) {
            QStringList list;
            for (const QJsonValue &item : v.toArray())
                list.append(strippedText(item.toString()));
            m_store->setValue(key, list);
        } else if (v.isString()) {
            m_store->setValue(key, strippedValue(key, v.toString()));
        } else {
            m_store->setValue(key, v.toVariant());
        }
    }
    m_store->setValue(QString::fromLatin1(SettingKeys::Version.key), fileVersion);
    sync();
    // An older file is brought up to date before anyone hears of it: its servers, say, are in
    // the form of their day until then, and would read as none at all.
    migrate();
    // Announce what the file changed (by its text, as QSettings would read it back).
    QSet<QString> keys(before.keyBegin(), before.keyEnd());
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!isLocal(it.key()))
            keys.insert(strippedText(it.key()));
    }
    for (const QString &key : std::as_const(keys)) {
        const QVariant now = m_store->value(key);
        const QVariant was = before.value(key);
        if (was.isValid() != now.isValid() || was.toString() != now.toString() ||
            was.toStringList() != now.toStringList())
            Q_EMIT changed(key);
    }
    return {};
}
