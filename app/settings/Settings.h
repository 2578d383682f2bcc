#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

// One typed entry of the settings table: its key and its default.
template<typename T>
struct SettingKey
{
    const char *key;
    T defaultValue;
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
inline const SettingKey<int> MonitorIntervalMs{"monitor/intervalMs", 500};      // 2 Hz
inline const SettingKey<QStringList> ExporterHosts{"monitor/exporterHosts",
                                                   {}}; // ExporterHost::toText
inline const SettingKey<int> RequestTimeoutSeconds{"chat/requestTimeoutSeconds", 300};
inline const SettingKey<QString> Language{"ui/language", {}};
inline const SettingKey<QByteArray> WindowGeometry{"ui/windowGeometry", {}};
inline const SettingKey<QByteArray> WindowState{"ui/windowState", {}};
} // namespace SettingKeys

// The settings table over QSettings. Never holds secrets: API tokens go to the keychain.
class Settings final
{
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    // Uses the application's QSettings; a file path gives a private store (tests).
    Settings();
    explicit Settings(const QString &iniPath);

    template<typename T>
    T value(const SettingKey<T> &k, const QString &suffix = {}) const
    {
        const QVariant v = m_store->value(QString::fromLatin1(k.key) + suffix);
        return v.isValid() ? v.template value<T>() : k.defaultValue;
    }
    template<typename T>
    void setValue(const SettingKey<T> &k, const T &value, const QString &suffix = {})
    {
        m_store->setValue(QString::fromLatin1(k.key) + suffix, QVariant::fromValue(value));
    }
    void sync() { m_store->sync(); }
    // Every setting as JSON, for a settings file the user keeps or moves to another machine.
    // The window's geometry stays out; secrets are never in the settings to begin with.
    QJsonObject exportJson() const;
    // Replaces the settings with an exported file's; false (and why) when it is not one.
    bool importJson(const QJsonObject &json, QString *error);
    QString fileName() const { return m_store->fileName(); }
    // Removes user:password@ from every address in the settings (keys and values), as written by
    // versions that kept them; true when something was removed.
    bool stripCredentials();

private:
    std::unique_ptr<QSettings> m_store;
};
