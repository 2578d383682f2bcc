#include "Core.h"

#include "chat/ChatSession.h"
#include "chat/ConversationLibrary.h"
#include "metrics/GpuInfo.h"
#include "metrics/MemoryInfo.h"
#include "metrics/MetricsHub.h"
#include "metrics/RemoteExporters.h"
#include "models/DownloadQueue.h"
#include "models/LoadedModels.h"
#include "models/ModelCatalog.h"
#include "net/AuthorizingNetworkManager.h"
#include "net/HostAddress.h"
#include "net/UrlCredentials.h"
#include "providers/ProviderRegistry.h"
#include "settings/ParameterStore.h"
#include "settings/PhoenixGateway.h"
#include "settings/Settings.h"
#include "settings/TokenStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTimer>

Core::Core(const Options &options, QObject *parent)
    : QObject(parent)
    , m_settings(options.settingsFile.isEmpty() ? std::make_unique<Settings>()
                                                : std::make_unique<Settings>(options.settingsFile))
    , m_tokens(new TokenStore(this))
    , m_nam(new AuthorizingNetworkManager(m_tokens, this))
{
    m_discovery = new Discovery(m_nam, options.discovery, this);
    m_providers = new ProviderRegistry(m_nam, this);
    m_discovery->feed(m_providers);
    m_models = new ModelCatalog(m_providers, this);
    m_chat = new ChatSession(this);
    // Conversations are saved after every message, and every second while one streams, so a
    // crash or a kill loses at most a second of an answer.
    QString folder = options.dataFolder;
    if (folder.isEmpty() && !options.settingsFile.isEmpty()) {
        const QFileInfo settings(options.settingsFile);
        folder =
            settings.dir().filePath(settings.completeBaseName() + QStringLiteral("-conversations"));
    }
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                 QStringLiteral("/conversations");
    m_library = new ConversationLibrary(folder, m_chat, this);
    m_library->setReadOnly(options.conversationsReadOnly);
    m_downloads = new DownloadQueue(m_providers, this);
    m_gpus = new GpuInfo(this);
    m_metrics = new MetricsHub(m_chat, m_gpus, this);
    m_exporters = new RemoteExporters(m_nam, this);
    m_metrics->setRemoteExporters(m_exporters);
    m_loaded = new LoadedModels(m_providers, this);
    m_metrics->setLoadedModels(m_loaded);
    // A finished download shows up in the model list without a manual refresh.
    connect(m_downloads, &DownloadQueue::itemFinished, this, [this](int id) {
        const DownloadItem *item = m_downloads->item(id);
        if (item && item->state == DownloadItem::State::Done)
            m_models->refresh(item->serverId);
    });

    // Come back to the server the user chose last as soon as it is found again (read when it
    // comes up: the choice may have changed since start-up).
    connect(m_discovery, &Discovery::serverWentUp, this, [this](const ServerInfo &info) {
        if (info.id() == m_settings->value(SettingKeys::ActiveServer))
            m_providers->setActiveServer(info.id());
    });
    // A server of a forced kind never "goes up" (it answers as no server LocalForge knows):
    // it comes back when its provider is made.
    connect(m_providers, &ProviderRegistry::providerChanged, this, [this](const QString &id) {
        if (id != m_providers->activeServerId() && m_providers->provider(id) &&
            id == m_settings->value(SettingKeys::ActiveServer))
            m_providers->setActiveServer(id);
    });
    // Only the user's choices are remembered: the automatic pick made while the chosen server
    // is still starting would otherwise take its place for good.
    connect(m_providers, &ProviderRegistry::chosen, this,
            [this](const QString &id) { m_settings->setValue(SettingKeys::ActiveServer, id); });
    // A server's model count changed (a pull finished, say): fetch its list again.
    connect(m_discovery, &Discovery::serverUpdated, this, [this](const ServerInfo &info) {
        if (m_providers->provider(info.id()) && info.isUsable() &&
            info.modelCount != m_models->models(info.id()).size())
            m_models->refresh(info.id());
    });
    // A table written by an older LocalForge is brought up to date first (addresses lose any
    // user name and password); then every setting
    // is applied here, at start and whenever it changes (a dialog, an imported file).
    m_settings->migrate();
    for (const auto *key : {SettingKeys::RequestTimeoutSeconds.key,
                            SettingKeys::MonitorIntervalMs.key, SettingKeys::ExporterHosts.key})
        applySetting(QString::fromLatin1(key));
    connect(m_settings.get(), &Settings::changed, this, &Core::applySetting);
    applyProfiles();
    QStringList withTokens;
    for (const ServerProfile &p : profiles()) {
        if (p.hasToken)
            withTokens.append(p.id());
    }
    m_tokens->load(withTokens);
    if (!options.phoenixUrl.isEmpty()) {
        m_gateway = new PhoenixGateway(m_nam, options.phoenixUrl, this);
        m_gatewayTimer = new QTimer(this);
        m_gatewayTimer->setInterval(std::max(1000, options.discovery.intervalMs));
        connect(m_gatewayTimer, &QTimer::timeout, m_gateway, &PhoenixGateway::refresh);
    }
    // A new or changed token: the server is asked again at once (a locked server opens).
    connect(m_tokens, &TokenStore::tokenChanged, m_discovery, &Discovery::reprobe);
}

QList<ServerProfile> Core::profiles() const
{
    QList<ServerProfile> out;
    const QJsonArray array =
        QJsonDocument::fromJson(m_settings->value(SettingKeys::ServerProfiles).toUtf8()).array();
    for (const QJsonValue &v : array) {
        ServerProfile p = ServerProfile::fromJson(v.toObject());
        if (!p.url.isValid())
            continue;
        p.defaults = ParameterStore::serverDefaults(*m_settings, p.id());
        out.append(p);
    }
    return out;
}

std::optional<ServerProfile> Core::profile(const QString &id) const
{
    for (const ServerProfile &p : profiles()) {
        if (p.id() == id)
            return p;
    }
    return std::nullopt;
}

void Core::writeProfiles(const QList<ServerProfile> &list)
{
    QJsonArray array;
    for (ServerProfile p : list) {
        // Request defaults live in the parameter table, which the chat reads.
        ParameterStore::setServerDefaults(*m_settings, p.id(), p.defaults);
        p.defaults = {};
        array.append(p.toJson());
    }
    m_writingProfiles = true;
    m_settings->setValue(SettingKeys::ServerProfiles,
                         QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    m_writingProfiles = false;
    Q_EMIT profilesChanged();
}

void Core::applyProfiles()
{
    // A server that is no longer in the list (settings imported from a file without it) is
    // forgotten as if removed: no longer probed or listed, its kind and defaults dropped, and
    // its token taken out of the keychain, where nothing would ever find it again.
    QSet<QString> now;
    QList<ServerProfile> list = profiles();
    bool tokensMarked = false;
    for (ServerProfile &p : list) {
        now.insert(p.id());
        // A server kept whose token is in the keychain keeps it: an imported file says nothing
        // of tokens, and without the mark the token would not be read at the next start.
        if (!p.hasToken && m_tokens->hasToken(p.id()))
            tokensMarked = p.hasToken = true;
    }
    if (tokensMarked)
        writeProfiles(list);
    for (const QString &gone : std::as_const(m_appliedProfiles)) {
        if (!now.contains(gone))
            forgetServer(gone);
    }
    m_appliedProfiles = now;
    for (const ServerProfile &p : std::as_const(list)) {
        m_providers->setForcedKind(p.id(), p.kind);
        if (p.enabled)
            m_discovery->addUserUrl(p.url);
        else
            m_discovery->removeUserUrl(p.id());
    }
}

void Core::applySetting(const QString &key)
{
    if (SettingKeys::RequestTimeoutSeconds.matches(key)) {
        m_chat->setTimeout(
            std::chrono::seconds(m_settings->value(SettingKeys::RequestTimeoutSeconds)));
    } else if (SettingKeys::MonitorIntervalMs.matches(key)) {
        // At least an hour of samples at the chosen rate; what was sampled stays.
        m_metrics->setSampling(
            std::clamp(m_settings->value(SettingKeys::MonitorIntervalMs), 100, 10000),
            std::chrono::hours(1));
    } else if (SettingKeys::ExporterHosts.matches(key)) {
        QList<ExporterHost> hosts;
        for (const QString &text : m_settings->value(SettingKeys::ExporterHosts))
            hosts.append(ExporterHost::fromText(text));
        m_exporters->setHosts(hosts);
    } else if (SettingKeys::ServerProfiles.matches(key) && !m_writingProfiles) {
        applyProfiles();
        Q_EMIT profilesChanged();
    }
}

bool Core::saveProfile(const ServerProfile &profile, const QString &previousId, bool carryToken)
{
    QList<ServerProfile> list = profiles();
    const QString oldId = previousId.isEmpty() ? profile.id() : previousId;
    qsizetype at = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].id() == oldId)
            at = i;
        else if (Net::sameServer(list[i].url, profile.url))
            return false; // another server's settings (under this or another name): lost
    }
    const bool hadToken = at >= 0 && list[at].hasToken;
    if (at >= 0)
        list[at] = profile;
    else
        list.append(profile);
    if (oldId != profile.id()) {
        m_discovery->removeUserUrl(oldId);
        m_providers->setForcedKind(oldId, ServerKind::Unknown);
        // The token follows a new address only when the user said so (it could now go to
        // another host, or in clear); otherwise it is forgotten with the old address, even
        // when the keychain has not given it (yet): nothing would ever read it there again.
        if (m_tokens->hasToken(oldId) || hadToken) {
            if (carryToken && m_tokens->hasToken(oldId))
                m_tokens->save(profile.id(), m_tokens->token(oldId));
            m_tokens->remove(oldId);
        }
        m_appliedProfiles.remove(oldId); // its token went, or followed, just above
    }
    writeProfiles(list);
    applyProfiles();
    return true;
}

Core::~Core()
{
    // The conversation's last second, before the session goes.
    m_library->flush();
}

QString Core::conversationFolder() const
{
    return m_library->folder();
}

QStringList Core::loadProblems() const
{
    return m_library->loadProblems();
}

FitAdvice::Machine Core::thisMachine() const
{
    FitAdvice::Machine machine;
    if (const auto m = MemoryInfo::current())
        machine.freeRamBytes = m->availableBytes;
    machine.freeVramBytes = m_gpus->freeVramBytes();
#if defined(Q_OS_MACOS) && defined(Q_PROCESSOR_ARM)
    machine.unifiedMemory = true; // Apple Silicon: the GPU shares the RAM
    machine.hasGpu = true;
#else
    machine.hasGpu = !m_gpus->gpus().isEmpty();
    // An NVIDIA GPU that shares the system's memory (GB10) has no memory of its own to count.
    machine.unifiedMemory = m_gpus->sharesSystemMemory();
#endif
    return machine;
}

void Core::loadConversations()
{
    if (m_conversationsLoaded)
        return;
    m_conversationsLoaded = true;
    m_library->load();
}

void Core::start()
{
    loadConversations();
    if (m_gateway) {
        m_gateway->refresh();
        m_gatewayTimer->start();
    }
    m_discovery->start();
    m_gpus->refresh();
    m_metrics->start();
}

QString Core::addServer(const QUrl &url)
{
    ServerProfile p;
    p.url = UrlCredentials::stripped(url);
    if (const auto existing = profile(p.id()))
        p = *existing;
    p.enabled = true;
    saveProfile(p);
    return p.id();
}

void Core::removeServer(const QString &id)
{
    // Forgotten here, whether it had a profile or not; applyProfiles() has nothing left to do.
    forgetServer(id);
    m_appliedProfiles.remove(id);
    QList<ServerProfile> list = profiles();
    list.removeIf([&id](const ServerProfile &p) { return p.id() == id; });
    writeProfiles(list);
    applyProfiles();
}

void Core::forgetServer(const QString &id)
{
    m_discovery->removeUserUrl(id);
    m_providers->setForcedKind(id, ServerKind::Unknown);
    ParameterStore::setServerDefaults(*m_settings, id, {});
    m_tokens->remove(id);
}
