#include "LmStudioDownload.h"

#include "net/Http.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr int RequestTimeoutMs = 15000;
}

LmStudioDownload::LmStudioDownload(const QString &model, const QUrl &base,
                                   QNetworkAccessManager *nam, int pollMs, QObject *parent)
    : ModelDownload(parent)
    , m_model(model)
    , m_base(base)
    , m_nam(nam)
{
    m_clock.start();
    m_poll.setInterval(pollMs);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &LmStudioDownload::poll);
    QTimer::singleShot(0, this, &LmStudioDownload::start);
}

void LmStudioDownload::cancel()
{
    m_poll.stop();
    finish();
}

void LmStudioDownload::start()
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("model"), m_model}})
                                .toJson(QJsonDocument::Compact);
    Http::post(
        m_nam, Http::request(m_base, QStringLiteral("/api/v1/models/download"), RequestTimeoutMs),
        body, this, [this](const Http::Response &r) {
            if (isFinished())
                return;
            if (!r.answered())
                return finish(ApiError::fromNetwork(r.networkError, r.networkErrorString, m_base));
            if (!r.ok())
                return finish(
                    ApiError::pullFailed(m_model, ApiError::extractServerMessage(r.body)));
            const QJsonObject o = r.json().object();
            m_jobId = o.value(u"job_id").toString();
            apply(o);
        });
}

void LmStudioDownload::poll()
{
    Http::get(m_nam,
              Http::request(m_base, QStringLiteral("/api/v1/models/download/status/") + m_jobId,
                            RequestTimeoutMs),
              this, [this](const Http::Response &r) {
                  if (isFinished())
                      return;
                  if (!r.answered())
                      return finish(
                          ApiError::fromNetwork(r.networkError, r.networkErrorString, m_base));
                  if (!r.ok())
                      return finish(
                          ApiError::pullFailed(m_model, ApiError::extractServerMessage(r.body)));
                  apply(r.json().object());
              });
}

void LmStudioDownload::apply(const QJsonObject &o)
{
    const QString status = o.value(u"status").toString();
    m_total = std::max(m_total, o.value(u"total_size_bytes").toInteger(0));
    Snapshot s = snapshot();
    s.totalBytes = m_total;
    s.completedBytes =
        std::clamp(o.value(u"downloaded_bytes").toInteger(s.completedBytes), s.completedBytes,
                   m_total > 0 ? m_total : std::numeric_limits<qint64>::max());
    s.fraction =
        m_total > 0 ? std::max(s.fraction, double(s.completedBytes) / double(m_total)) : s.fraction;
    // Speed and ETA only from what this answer says: a paused job has neither.
    s.bytesPerSecond.reset();
    s.etaSeconds.reset();
    if (o.contains(u"bytes_per_second"))
        s.bytesPerSecond = std::max(0.0, o.value(u"bytes_per_second").toDouble());
    if (s.bytesPerSecond && *s.bytesPerSecond > 0 && m_total > 0)
        s.etaSeconds = double(std::max<qint64>(0, m_total - s.completedBytes)) / *s.bytesPerSecond;
    if (status == u"completed" || status == u"already_downloaded") {
        s.phase = PullProgress::Phase::Done;
        s.fraction = 1.0;
        s.completedBytes = m_total;
        s.etaSeconds = 0.0;
        update(s);
        finish();
        return;
    }
    if (status == u"failed") {
        finish(ApiError::pullFailed(m_model, tr("LM Studio reported the download as failed")));
        return;
    }
    s.phase =
        status == u"paused" ? PullProgress::Phase::Starting : PullProgress::Phase::Downloading;
    update(s);
    if (m_jobId.isEmpty()) {
        finish(ApiError::badResponse(m_base, QStringLiteral("/api/v1/models/download")));
        return;
    }
    m_poll.start();
}
