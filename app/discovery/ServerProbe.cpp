#include "ServerProbe.h"

#include "providers/LmStudioWire.h"
#include "providers/OllamaWire.h"
#include "providers/OpenAiWire.h"

#include <QJsonObject>

namespace {
// A request made late in a full probe still gets this long.
constexpr int MinRequestMs = 250;

// Every answer is a proxy's 502 Bad Gateway or 504 Gateway Timeout.
bool isGatewayError(const ProbeEvidence &evidence)
{
    return !evidence.isEmpty() &&
           std::all_of(evidence.cbegin(), evidence.cend(),
                       [](const Http::Response &r) { return r.status == 502 || r.status == 504; });
}

QNetworkRequest limited(QNetworkRequest request, int totalMs)
{
    Http::limit(request, Http::MaxBodyBytes, totalMs);
    return request;
}
} // namespace

ServerProbe::ServerProbe(const ServerInfo &info, Mode mode, QNetworkAccessManager *nam,
                         int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_info(info)
    , m_mode(mode)
    , m_nam(nam)
    , m_timeoutMs(timeoutMs)
{}

void ServerProbe::start()
{
    if (m_mode == Mode::Quick && m_info.status == ServerStatus::Up)
        startQuick();
    else
        startFull();
}

QNetworkRequest ServerProbe::probeRequest(const QString &path) const
{
    const int left = m_clock.isValid() ? int(m_timeoutMs - m_clock.elapsed()) : m_timeoutMs;
    const int ms = m_timeoutMs > 0 ? std::max(MinRequestMs, left) : 0;
    QNetworkRequest req = Http::request(m_info.url, path, ms);
    Http::limit(req, MaxBodyBytes, ms);
    return req;
}

void ServerProbe::startFull()
{
    m_evidence.clear();
    m_clock.start();
    // One connection first: most ports refuse (or time out) at once, and then that is all.
    const QString root = QStringLiteral("/");
    Http::get(m_nam, probeRequest(root), this, [this, root](const Http::Response &r) {
        m_evidence.insert(root, r);
        if (r.answered())
            askTheRest();
        else
            classify();
    });
}

void ServerProbe::askTheRest()
{
    QStringList paths = FingerprintRules::probePaths();
    paths.removeAll(QStringLiteral("/"));
    m_pending = int(paths.size());
    for (const QString &path : paths) {
        Http::get(m_nam, probeRequest(path), this, [this, path](const Http::Response &r) {
            m_evidence.insert(path, r);
            if (--m_pending == 0)
                classify();
        });
    }
}

void ServerProbe::classify()
{
    const Fingerprint fp = FingerprintRules::classify(m_evidence);
    if (fp.kind == ServerKind::Ollama && fp.needsModelCount) {
        countOllamaModels(fp);
        return;
    }
    ServerInfo info = m_info;
    info.latencyMs = fp.latencyMs;
    if (!fp.answered) {
        const Http::Response root = m_evidence.value(QStringLiteral("/"));
        info.status = ServerStatus::Down;
        info.problem = ApiError::fromNetwork(root.networkError, root.networkErrorString, info.url);
        if (info.problem.kind == ApiError::Kind::Refused) {
            const ServerKind known =
                info.kind != ServerKind::Unknown ? info.kind : info.expectedKind;
            info.problem = ApiError::notRunning(
                info.url, known == ServerKind::Unknown ? QString() : serverKindName(known));
        }
        info.latencyMs = -1;
    } else if (fp.kind == ServerKind::Unknown && isGatewayError(m_evidence)) {
        // A reverse proxy whose server behind it is down or too slow: say so, not "another
        // program".
        info.status = ServerStatus::Down;
        info.kind = ServerKind::Unknown;
        info.problem = m_evidence.value(QStringLiteral("/")).error(info.url);
        info.modelCount = -1;
    } else if (fp.atWrongPath && !info.url.path().isEmpty() && info.url.path() != u"/") {
        // LM Studio's own API base pasted as the address (…/api/v1 became …/api): nothing
        // would work there.
        info.status = ServerStatus::Foreign;
        info.kind = ServerKind::Unknown;
        info.problem = ApiError::wrongPath(info.url, serverKindName(fp.kind));
        info.modelCount = -1;
        info.version.clear();
    } else if (fp.kind == ServerKind::Unknown) {
        info.status = ServerStatus::Foreign;
        info.kind = ServerKind::Unknown;
        info.problem = ApiError::wrongService(info.url, info.expectedKind == ServerKind::Unknown
                                                            ? QString()
                                                            : serverKindName(info.expectedKind));
        info.modelCount = -1;
        info.version.clear();
    } else {
        info.kind = fp.kind;
        info.version = fp.version;
        info.apiLevel = fp.apiLevel;
        info.modelCount = fp.modelCount;
        if (fp.needsToken) {
            info.status = ServerStatus::NeedsToken;
            const bool sent = std::any_of(m_evidence.cbegin(), m_evidence.cend(),
                                          [](const Http::Response &r) { return r.sentToken; });
            info.problem = ApiError::fromHttp(401, {}, info.url, sent);
        } else {
            info.status = ServerStatus::Up;
            info.problem = {};
        }
    }
    done(info);
}

void ServerProbe::countOllamaModels(const Fingerprint &fp)
{
    Http::get(m_nam, probeRequest(QStringLiteral("/api/tags")), this,
              [this, fp](const Http::Response &r) {
                  ServerInfo info = m_info;
                  info.kind = ServerKind::Ollama;
                  info.version = fp.version;
                  info.latencyMs = fp.latencyMs;
                  info.status = ServerStatus::Up;
                  info.problem = {};
                  info.modelCount = fp.modelCount;
                  const QJsonObject tags = r.json().object();
                  if (r.ok() && tags.contains(u"models"))
                      info.modelCount = int(OllamaWire::parseTags(tags).size());
                  done(info);
              });
}

void ServerProbe::startQuick()
{
    QString path = QStringLiteral("/v1/models");
    if (m_info.kind == ServerKind::Ollama)
        path = QStringLiteral("/api/tags");
    else if (m_info.kind == ServerKind::LmStudio && m_info.apiLevel == u"v1")
        path = QStringLiteral("/api/v1/models");
    else if (m_info.kind == ServerKind::LmStudio && m_info.apiLevel == u"v0")
        path = QStringLiteral("/api/v0/models");

    // A model list may be long, but not endless.
    const int totalMs = m_timeoutMs > 0 ? 2 * m_timeoutMs : 0;
    Http::get(m_nam, limited(Http::request(m_info.url, path, m_timeoutMs), totalMs), this,
              [this, path](const Http::Response &r) {
                  ServerInfo info = m_info;
                  if (!r.answered()) {
                      info.status = ServerStatus::Down;
                      info.problem =
                          ApiError::fromNetwork(r.networkError, r.networkErrorString, info.url);
                      info.latencyMs = -1;
                      done(info);
                      return;
                  }
                  const QJsonObject body = r.json().object();
                  bool ok = false;
                  int count = -1;
                  if (r.ok()) {
                      if (path == u"/api/tags") {
                          ok = body.value(u"models").isArray();
                          count = int(OllamaWire::parseTags(body).size());
                      } else {
                          const Result<ModelList> list =
                              path == u"/api/v1/models"   ? LmStudioWire::parseV1Models(body)
                              : path == u"/api/v0/models" ? LmStudioWire::parseV0Models(body)
                                                          : OpenAiWire::parseModels(body);
                          ok = list.ok();
                          count = int(list.value.size());
                      }
                  }
                  if (!ok) {
                      // Not what this server answered before: look at it again from scratch.
                      startFull();
                      return;
                  }
                  info.modelCount = count;
                  info.latencyMs = r.elapsedMs;
                  if (info.kind == ServerKind::LlamaCpp && info.version.isEmpty())
                      readLlamaVersion(info); // /props was not readable when it was found
                  else
                      done(info);
              });
}

void ServerProbe::readLlamaVersion(const ServerInfo &info)
{
    QNetworkRequest req = Http::request(m_info.url, QStringLiteral("/props"), m_timeoutMs);
    Http::limit(req, MaxBodyBytes, m_timeoutMs);
    Http::get(m_nam, req, this, [this, info](const Http::Response &r) {
        ServerInfo updated = info;
        if (r.ok())
            updated.version = r.json().object().value(u"build_info").toString();
        done(updated);
    });
}

void ServerProbe::done(const ServerInfo &info)
{
    ServerInfo result = info;
    if (result.status == ServerStatus::Up) {
        result.everUp = true;
        result.lastSeen = QDateTime::currentDateTimeUtc();
    }
    Q_EMIT finished(result);
    deleteLater();
}
