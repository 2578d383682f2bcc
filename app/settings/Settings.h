#pragma once

#include "net/ApiError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariant>

#include <algorithm>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

// Where a setting belongs: exported settings travel in a settings file to another machine;
// machine-local ones (the window's place, the table's version) stay on this one.
enum class SettingScope { Exported, MachineLocal };

// One typed entry of the settings table: its key, its default and its scope. A key ending in
// '/' is a prefix: the stored key is the prefix followed by a suffix (a server id, say).
template<typename T>
struct SettingKey
{
    const char *key;
    T defaultValue;
    SettingScope scope = SettingScope::Exported;
    // For a number: the values it can take. One out of range (a hand-edited or imported file)
    // reads as the nearest; one that is no number reads as the default.
    std::optional<std::pair<T, T>> range = std::nullopt;

    // Whether `stored` (as announced by Settings::changed) is this setting.
    bool matches(const QString &stored) const
    {
        const QLatin1StringView k(key);
        return k.endsWith(u'/') ? stored.startsWith(k) : stored == k;
    }
};

namespace SettingKeys {
inline const SettingKey<QStringList> UserServers{"servers/user", {}};    // before profiles
inline const SettingKey<QString> ServerProfiles{"servers/profiles", {}}; // JSON array
inline const SettingKey<QString> ActiveServer{"servers/active", {}};
inline const SettingKey<QString> LastModelPrefix{"chat/lastModel/", {}};    // + server id
inline const SettingKey<QString> KeepAlivePrefix{"servers/keepAlive/", {}}; // + server id
inline const SettingKey<QString> ChatParametersPrefix{"chat/parameters/",
                                                      {}}; // + server/model, JSON
inline const SettingKey<QString> CustomSystemPrompts{"chat/systemPrompts", {}}; // JSON array
inline const SettingKey<int> MonitorIntervalMs{"monitor/intervalMs", 500,       // 2 Hz
                                               SettingScope::Exported, std::pair{100, 10000}};
inline const SettingKey<QStringList> ExporterHosts{"monitor/exporterHosts",
                                                   {}}; // ExporterHost::toText
inline const SettingKey<int> RequestTimeoutSeconds{"chat/requestTimeoutSeconds", 300,
                                                   SettingScope::Exported, std::pair{10, 3600}};
inline const SettingKey<QString> Language{"ui/language", {}};
inline const SettingKey<QByteArray> WindowGeometry{
    "ui/windowGeometry", {}, SettingScope::MachineLocal};
inline const SettingKey<QByteArray> WindowState{"ui/windowState", {}, SettingScope::MachineLocal};
// The benchmark table's columns: their count, then their order and which are hidden.
inline const SettingKey<QByteArray> BenchmarkColumns{
    "ui/benchmarkColumns", {}, SettingScope::MachineLocal};
// The version of the table's layout, for migrate(); 0 is a table from before versions.
inline const SettingKey<int> Version{"settings/version", 0, SettingScope::MachineLocal};

// The scope of a stored key (a prefix key's suffixed keys share its scope). Keys not in the
// table are exported.
SettingScope scopeOf(const QString &storedKey);
} // namespace SettingKeys

// The settings table over QSettings. Never holds secrets: API tokens go to the keychain.
// Whoever writes a setting only writes it; `changed` tells the one place that applies it
// (Core), so a value takes effect the same way from a dialog or from an imported file.
class Settings final : public QObject
{
    Q_OBJECT

public:
    // The layout version this build writes; migrate() brings older tables up to it.
    static constexpr int CurrentVersion = 2;

    // Uses the application's QSettings; a file path gives a private store (tests).
    explicit Settings(QObject *parent = nullptr);
    explicit Settings(const QString &iniPath, QObject *parent = nullptr);
    ~Settings() override;

    template<typename T>
    T value(const SettingKey<T> &k, const QString &suffix = {}) const
    {
        const QVariant v = m_store->value(QString::fromLatin1(k.key) + suffix);
        if (!v.isValid())
            return k.defaultValue;
        if constexpr (std::is_same_v<T, int>) {
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok)
                return k.defaultValue;
            return k.range ? std::clamp(n, k.range->first, k.range->second) : n;
        } else {
            return v.template value<T>();
        }
    }
    // Writes a value; `changed` is emitted only when the stored value really changes.
    template<typename T>
    void setValue(const SettingKey<T> &k, const T &value, const QString &suffix = {})
    {
        const QString key = QString::fromLatin1(k.key) + suffix;
        const QVariant stored = m_store->value(key);
        const T current = stored.isValid() ? stored.template value<T>() : k.defaultValue;
        if (stored.isValid() && current == value)
            return;
        m_store->setValue(key, QVariant::fromValue(value));
        written();
        if (current != value)
            Q_EMIT changed(key);
    }
    // Writes what changed to disk now (else it is written within a second).
    void sync();
    // Why the file cannot be written, once a write failed (writeFailed said it then: at start,
    // before a window listens, it is read from here).
    QString writeError() const { return m_writeError; }
    // Brings a table written by an older LocalForge up to CurrentVersion, one step at a time.
    void migrate();
    // Every setting as JSON, for a settings file the user keeps or moves to another machine.
    // The window's geometry stays out; secrets are never in the settings to begin with.
    QJsonObject exportJson() const;
    // Replaces the settings with an exported file's; an Invalid error (and nothing changed)
    // when it is not one, or is from a newer LocalForge.
    ApiError importJson(const QJsonObject &json);
    QString fileName() const { return m_store->fileName(); }

Q_SIGNALS:
    // A stored key whose value changed (for a prefix key, the prefix and its suffix).
    void changed(const QString &key);
    // The file cannot be written: what is set lasts until LocalForge quits. Said once a run.
    void writeFailed(const QString &message);

private:
    // A change was made: written to disk soon, and a file that cannot be written is said.
    void written();

    std::unique_ptr<QSettings> m_store;
    QTimer *m_flush = nullptr;
    QString m_writeError; // said once a run
};
