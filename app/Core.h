#pragma once

#include "discovery/Discovery.h"
#include "models/FitAdvice.h"
#include "net/AuthorizingNetworkManager.h"
#include "settings/ServerProfile.h"
#include "workshop/WorkshopServices.h"

#include <QObject>
#include <QSet>

#include <memory>

class ChatSession;
class DownloadQueue;
class GpuInfo;
class LoadedModels;
class MetricsHub;
class RemoteExporters;
class ModelCatalog;
class ProviderRegistry;
class QNetworkAccessManager;
class ConversationLibrary;
class Settings;
class TokenStore;
class PhoenixGateway;
class QTimer;

// Everything LocalForge does, without a window: the one network access manager, discovery,
// providers, model lists, the chat session and the settings. The ui shows it; the command
// line and the tests drive it directly.
class Core final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        DiscoveryConfig discovery = DiscoveryConfig::standard(qEnvironmentVariable("OLLAMA_HOST"));
        QString settingsFile; // empty: the application's settings
        QUrl phoenixUrl = QUrl(QStringLiteral("http://127.0.0.1:18789")); // empty: not looked for
        QString dataFolder; // conversations; empty: the application's data folder (or, with a
                            // settings file, a folder beside it)
        // Conversations are read, never written, moved or deleted: --scan, --screenshot and any
        // run beside the LocalForge that keeps them.
        bool conversationsReadOnly = false;
    };

    explicit Core(const Options &options, QObject *parent = nullptr);
    ~Core() override;

    QNetworkAccessManager *network() const { return m_nam; }
    Discovery *discovery() const { return m_discovery; }
    ProviderRegistry *providers() const { return m_providers; }
    ModelCatalog *models() const { return m_models; }
    ChatSession *chat() const { return m_chat; }
    ConversationLibrary *conversations() const { return m_library; }
    DownloadQueue *downloads() const { return m_downloads; }
    GpuInfo *gpus() const { return m_gpus; }
    MetricsHub *metrics() const { return m_metrics; }
    // What each server holds in memory, asked by one owner for every reader.
    LoadedModels *loaded() const { return m_loaded; }
    // Free memory and GPUs of this machine now, for the fit advice (GPU figures as last read).
    FitAdvice::Machine thisMachine() const;
    RemoteExporters *exporters() const { return m_exporters; }
    Settings &settings() const { return *m_settings; }

    TokenStore *tokens() const { return m_tokens; }
    // What a workshop checklist works with.
    WorkshopServices workshopServices() const
    {
        return {m_nam, m_discovery, m_providers, m_gpus, m_settings.get(), m_downloads};
    }
    // The Phoenix gateway on this machine (asked every few seconds; null when not looked for).
    PhoenixGateway *gateway() const { return m_gateway; }

    // Adds a server address the user named and remembers it.
    QString addServer(const QUrl &url);
    // Forgets a server the user added (its profile, its parameters and its token).
    void removeServer(const QString &id);
    // The servers the user set up (added, or given a name, kind, defaults or token).
    QList<ServerProfile> profiles() const;
    std::optional<ServerProfile> profile(const QString &id) const;
    // Saves a profile (replacing the one at `previousId` when its address changed) and applies
    // it: discovery probes it, its forced kind and defaults are used. A token goes to the
    // keychain through tokens(), never here. When the address changed, the old address's token
    // moves to the new one only with `carryToken` (the user confirmed it); else it is forgotten.
    // False, and nothing changes, when another profile has that address already.
    bool saveProfile(const ServerProfile &profile, const QString &previousId = {},
                     bool carryToken = false);
    // Reads the saved conversations (what the first window shows). start() does it too when
    // it was not done.
    void loadConversations();
    // Starts what waits on the network or on the system: discovery, the gateway's polling, the
    // samplers. An application calls it once its first frame is on screen.
    void start();
    // Conversation files that could not be read at start-up (moved aside), for the user.
    QStringList loadProblems() const;
    QString conversationFolder() const;

Q_SIGNALS:
    void profilesChanged();

private:
    // What a server leaves behind once removed: no longer probed or listed, its forced kind,
    // its defaults and its token gone.
    void forgetServer(const QString &id);
    void writeProfiles(const QList<ServerProfile> &profiles);
    void applyProfiles();
    // The one place a setting takes effect: at start, and when Settings announces a change.
    void applySetting(const QString &key);

    std::unique_ptr<Settings> m_settings;
    TokenStore *m_tokens;
    PhoenixGateway *m_gateway = nullptr;
    QTimer *m_gatewayTimer = nullptr;
    AuthorizingNetworkManager *m_nam;
    Discovery *m_discovery;
    ProviderRegistry *m_providers;
    ModelCatalog *m_models;
    ChatSession *m_chat;
    ConversationLibrary *m_library;
    DownloadQueue *m_downloads;
    GpuInfo *m_gpus;
    MetricsHub *m_metrics;
    LoadedModels *m_loaded;
    RemoteExporters *m_exporters;
    bool m_writingProfiles = false;  // saveProfile applies what it writes itself
    QSet<QString> m_appliedProfiles; // ids of the profiles applied last (to tell which went)
    bool m_conversationsLoaded = false;
};
