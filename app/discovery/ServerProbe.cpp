#include "ServerProbe.h"

#include "providers/LmStudioWire.h"
#include "providers/OllamaWire.h"
#include "providers/OpenAiWire.h"

#include <QJsonObject>

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

void ServerProbe::startFull()
{
    const QStringList paths = FingerprintRules::probePaths();
    m_pending = int(paths.size());
    for (const QString &path : paths) {
        Http::get(m_nam, Http::request(m_info.url, path, m_timeoutMs), this,
                  [this, path](const Http::Response &r) {
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
    Http::get(m_nam, Http::request(m_info.url, QStringLiteral("/api/tags"), m_timeoutMs), this,
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

    Http::get(m_nam, Http::request(m_info.url, path, m_timeoutMs), this,
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
                      } else if (path == u"/api/v1/models") {
                          count = int(LmStudioWire::parseV1Models(body, &ok).size());
                      } else if (path == u"/api/v0/models") {
                          count = int(LmStudioWire::parseV0Models(body, &ok).size());
                      } else {
                          count = int(OpenAiWire::parseModels(body, &ok).size());
                      }
                  }
                  if (!ok) {
                      // Not what this server answered before: look at it again from scratch.
                      startFull();
                      return;
                  }
                  info.modelCount = count;
                  info.latencyMs = r.elapsedMs;
                  done(info);
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
