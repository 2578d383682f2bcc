#pragma once

#include "ServerProbe.h"
#include "providers/ServerInfo.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;

struct DiscoveryCandidate
{
    QUrl url;
    ServerKind expectedKind = ServerKind::Unknown;
    bool fromEnvironment = false;
};

struct DiscoveryConfig
{
    QList<DiscoveryCandidate> candidates;
    int intervalMs = 5000; // background re-probe
    int probeTimeoutMs = 1500;

    // 127.0.0.1 on 11434 (Ollama), 1234 (LM Studio), 8080 and 9931 (llama-server), 8000 (vLLM),
    // plus the address in OLLAMA_HOST when it names another one.
    static DiscoveryConfig standard(const QString &ollamaHostEnv);
};

// A URL the user typed ("gpu-box:11434", "http://10.0.0.5:1234/") as a server base URL;
// invalid when it cannot be one.
// User name and password are left out of the address (never kept); `secret` receives what the
// user meant as one (the password, else a lone user name), for the keychain.
QUrl normalizeServerUrl(const QString &text, QString *secret = nullptr);

// Finds servers: probes every candidate and user address in parallel, tells their kinds
// apart, and re-probes in the background (a cheap model-list request for servers that are up,
// a full fingerprint for the others), reporting what changes.
class ProviderRegistry;

class Discovery final : public QObject
{
    Q_OBJECT

public:
    Discovery(QNetworkAccessManager *nam, const DiscoveryConfig &config, QObject *parent = nullptr);

    void start();
    void stop();
    void rescan();
    // Fingerprints one server again now (its token changed, say).
    void reprobe(const QString &id);
    // Adds an address the user named; returns its id (existing id if already known).
    QString addUserUrl(const QUrl &url);
    void removeUserUrl(const QString &id);

    // The servers worth showing: found now or before, and every user address.
    QList<ServerInfo> servers() const;
    std::optional<ServerInfo> server(const QString &id) const;
    bool firstRoundDone() const { return m_firstRoundDone; }
    const DiscoveryConfig &config() const { return m_config; }
    // Tells the registry of every server now and from now on, so it keeps a provider for each
    // server that is up (providers know nothing of discovery).
    void feed(ProviderRegistry *registry);

Q_SIGNALS:
    void serverUpdated(const ServerInfo &info); // listed server added or changed
    void serverRemoved(const QString &id);
    void serverWentUp(const ServerInfo &info);
    void serverWentDown(const ServerInfo &info);
    void roundFinished();

private:
    void runRound(bool full);
    void probe(int index, ServerProbe::Mode mode);
    void onProbeFinished(const ServerInfo &info);
    int indexOf(const QString &id) const;
    void explainLoopbackOnly(ServerInfo &info) const;

    QNetworkAccessManager *m_nam;
    DiscoveryConfig m_config;
    QList<ServerInfo> m_all;
    QSet<QString> m_inFlight;
    QSet<QString> m_askAgain; // probed again when the running probe ends
    QTimer m_timer;
    bool m_firstRoundDone = false;
    bool m_roundOpen = false;
};
