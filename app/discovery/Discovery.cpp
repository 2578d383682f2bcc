#include "Discovery.h"

#include "OllamaHost.h"
#include "net/HostAddress.h"
#include "net/UrlCredentials.h"
#include "providers/ProviderRegistry.h"

#include <QHostAddress>
#include <QRegularExpression>

DiscoveryConfig DiscoveryConfig::standard(const QString &ollamaHostEnv)
{
    DiscoveryConfig c;
    auto local = [](int port) {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(port);
        return url;
    };
    c.candidates = {{local(11434), ServerKind::Ollama, false},
                    {local(1234), ServerKind::LmStudio, false},
                    {local(8080), ServerKind::LlamaCpp, false},
                    {local(9931), ServerKind::LlamaCpp, false},
                    {local(8000), ServerKind::Vllm, false}};
    if (!ollamaHostEnv.trimmed().isEmpty()) {
        const QUrl env = ollamaHostUrl(ollamaHostEnv);
        const bool known =
            std::any_of(c.candidates.cbegin(), c.candidates.cend(),
                        [&env](const DiscoveryCandidate &k) { return k.url == env; });
        if (!known)
            c.candidates.append({env, ServerKind::Ollama, true});
    }
    return c;
}

QUrl normalizeServerUrl(const QString &text, QString *secret)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    // A port alone ("8080", ":8080") is a server on this machine.
    static const QRegularExpression portOnly(QStringLiteral("^:?(\\d{1,5})$"));
    if (const QRegularExpressionMatch m = portOnly.match(t); m.hasMatch())
        t = QStringLiteral("127.0.0.1:") + m.captured(1);
    if (!t.contains(u"://"))
        t.prepend(u"http://");
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.port() == 0 ||
        (url.scheme() != u"http" && url.scheme() != u"https"))
        return {};
    if (secret)
        *secret = UrlCredentials::secret(url);
    url = UrlCredentials::stripped(url);
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    // A pasted API address means the server itself: what LocalForge adds to a server's address
    // is taken off, an OpenAI-compatible endpoint (".../v1/chat/completions") or base
    // (".../v1"), or an Ollama endpoint (".../api/tags"). Anything before it stays: a proxy's
    // prefix ("/ollama"), or a hosted API's own ("/api" in https://host/api/v1).
    static const QRegularExpression endpoint(
        QStringLiteral("(?:/v1/(?:chat/completions|completions|models|embeddings)|"
                       "/api/(?:tags|chat|generate|ps|version|show|embed|embeddings|pull))$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = endpoint.match(path); m.hasMatch())
        path.chop(m.capturedLength());
    else if (path.endsWith(u"/v1", Qt::CaseInsensitive))
        path.chop(3);
    url.setPath(path);
    return url;
}

Discovery::Discovery(QNetworkAccessManager *nam, const DiscoveryConfig &config, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(config)
{
    for (const DiscoveryCandidate &c : m_config.candidates) {
        ServerInfo info;
        info.url = UrlCredentials::stripped(c.url); // OLLAMA_HOST may hold user:password@
        info.expectedKind = c.expectedKind;
        info.fromEnvironment = c.fromEnvironment;
        if (indexOf(info.id()) < 0)
            m_all.append(info);
    }
    m_timer.setInterval(m_config.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { runRound(false); });
}

void Discovery::start()
{
    runRound(true);
    if (m_config.intervalMs > 0)
        m_timer.start();
}

void Discovery::stop()
{
    m_timer.stop();
}

void Discovery::rescan()
{
    runRound(true);
}

QString Discovery::addUserUrl(const QUrl &url)
{
    ServerInfo info;
    info.url = UrlCredentials::stripped(url);
    info.userAdded = true;
    // What usually answers on that port, for the explanation when something else (or nothing)
    // does.
    switch (url.port()) {
    case 11434:
        info.expectedKind = ServerKind::Ollama;
        break;
    case 1234:
        info.expectedKind = ServerKind::LmStudio;
        break;
    case 8080:
        info.expectedKind = ServerKind::LlamaCpp;
        break;
    default:
        break;
    }
    const QString id = info.id();
    const int existing = indexOf(id);
    if (existing >= 0) {
        if (!m_all[existing].userAdded) {
            m_all[existing].userAdded = true;
            Q_EMIT serverUpdated(m_all[existing]);
        }
        return id;
    }
    m_all.append(info);
    Q_EMIT serverUpdated(info);
    probe(int(m_all.size()) - 1, ServerProbe::Mode::Full);
    return id;
}

void Discovery::explainLoopbackOnly(ServerInfo &info) const
{
    // This machine's own LAN address refuses, while Ollama answers on loopback at that port:
    // Ollama listens on 127.0.0.1 only (its default), so no other machine can reach it.
    if (info.status != ServerStatus::Down || info.problem.kind != ApiError::Kind::Refused)
        return;
    const QHostAddress address(info.url.host());
    if (address.isNull() || Net::isLoopbackHost(info.url.host()) ||
        !Net::isThisMachine(info.url.host()))
        return;
    for (const ServerInfo &other : m_all) {
        if (Net::isLoopbackHost(other.url.host()) && other.url.port() == info.url.port() &&
            other.status == ServerStatus::Up && other.kind == ServerKind::Ollama) {
            info.problem = ApiError::loopbackOnly(info.url);
            return;
        }
    }
}

void Discovery::feed(ProviderRegistry *registry)
{
    connect(this, &Discovery::serverUpdated, registry, &ProviderRegistry::serverUpdated);
    connect(this, &Discovery::serverRemoved, registry, &ProviderRegistry::serverRemoved);
    connect(this, &Discovery::roundFinished, registry,
            [this, registry] { registry->roundFinished(servers()); });
    for (const ServerInfo &info : servers())
        registry->serverUpdated(info);
}

void Discovery::reprobe(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    // A probe already running asked with what was known before: ask again once it is done.
    if (m_inFlight.contains(id))
        m_askAgain.insert(id);
    else
        probe(i, ServerProbe::Mode::Full);
}

void Discovery::removeUserUrl(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0 || !m_all[i].userAdded)
        return;
    const bool candidate = std::any_of(m_config.candidates.cbegin(), m_config.candidates.cend(),
                                       [&id](const DiscoveryCandidate &c) {
                                           return c.url.toString(QUrl::StripTrailingSlash) == id;
                                       });
    if (candidate) {
        m_all[i].userAdded = false;
        if (m_all[i].isListed()) {
            Q_EMIT serverUpdated(m_all[i]);
            return;
        }
    } else {
        m_all.removeAt(i);
    }
    Q_EMIT serverRemoved(id);
}

QList<ServerInfo> Discovery::servers() const
{
    QList<ServerInfo> listed;
    for (const ServerInfo &s : m_all) {
        if (s.isListed())
            listed.append(s);
    }
    return listed;
}

std::optional<ServerInfo> Discovery::server(const QString &id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_all[i];
}

int Discovery::indexOf(const QString &id) const
{
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_all[i].id() == id)
            return i;
    }
    return -1;
}

void Discovery::runRound(bool full)
{
    m_roundOpen = true;
    for (int i = 0; i < m_all.size(); ++i)
        probe(i, full ? ServerProbe::Mode::Full : ServerProbe::Mode::Quick);
    if (m_inFlight.isEmpty()) {
        // Nothing to probe: still report the round, after the caller has connected.
        QTimer::singleShot(0, this, [this] {
            if (m_roundOpen && m_inFlight.isEmpty()) {
                m_roundOpen = false;
                m_firstRoundDone = true;
                Q_EMIT roundFinished();
            }
        });
    }
}

void Discovery::probe(int index, ServerProbe::Mode mode)
{
    const ServerInfo &info = m_all[index];
    if (m_inFlight.contains(info.id()))
        return;
    m_inFlight.insert(info.id());
    auto *p = new ServerProbe(info, mode, m_nam, m_config.probeTimeoutMs, this);
    connect(p, &ServerProbe::finished, this, &Discovery::onProbeFinished);
    p->start();
}

void Discovery::onProbeFinished(const ServerInfo &result)
{
    m_inFlight.remove(result.id());
    const int i = indexOf(result.id());
    if (i >= 0 && m_askAgain.remove(result.id())) {
        probe(i, ServerProbe::Mode::Full);
        return; // the newer answer is the one that counts
    }
    if (i >= 0) {
        ServerInfo updated = result;
        explainLoopbackOnly(updated);
        // The user may have added or removed it while the probe ran.
        updated.userAdded = m_all[i].userAdded;
        updated.everUp = updated.everUp || m_all[i].everUp;
        const ServerInfo before = m_all[i];
        m_all[i] = updated;
        const bool changed =
            before.status != updated.status || before.kind != updated.kind ||
            before.version != updated.version || before.modelCount != updated.modelCount ||
            before.apiLevel != updated.apiLevel || before.userAdded != updated.userAdded ||
            before.problem.message != updated.problem.message;
        if (changed && (updated.isListed() || before.isListed()))
            Q_EMIT serverUpdated(updated);
        const bool wasUp = before.status == ServerStatus::Up;
        const bool isUp = updated.status == ServerStatus::Up;
        if (!wasUp && isUp)
            Q_EMIT serverWentUp(updated);
        else if (wasUp && !isUp)
            Q_EMIT serverWentDown(updated);
        // Ollama came up on loopback: an address of this machine that refused at that port
        // now has its explanation.
        if (!wasUp && isUp && updated.kind == ServerKind::Ollama) {
            for (ServerInfo &other : m_all) {
                const QString message = other.problem.message;
                explainLoopbackOnly(other);
                if (other.problem.message != message && other.isListed())
                    Q_EMIT serverUpdated(other);
            }
        }
    }
    if (m_roundOpen && m_inFlight.isEmpty()) {
        m_roundOpen = false;
        m_firstRoundDone = true;
        Q_EMIT roundFinished();
    }
}
