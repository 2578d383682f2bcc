#include "LmStudioDownload.h"

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
    Http::post(m_nam,
               Http::request(m_base, QStringLiteral("/api/v1/models/download"), RequestTimeoutMs),
               body, this, [this](const Http::Response &r) {
                   if (isFinished())
                       return;
                   if (!r.ok())
                       return finish(failure(r));
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
                  if (!r.ok())
                      return finish(failure(r));
                  apply(r.json().object());
              });
}

ApiError LmStudioDownload::failure(const Http::Response &r) const
{
    const QString message = ApiError::extractServerMessage(r.body);
    // The token, the server's own trouble (retried from 502 to 504), a body that says nothing.
    const bool aboutTheRequest = r.status >= 400 && r.status < 500 && r.status != 401 &&
                                 r.status != 403 && !message.isEmpty();
    return aboutTheRequest && r.overrun == Http::Response::Overrun::None
               ? refusal(r.status, message)
               : r.error(m_base);
}

ApiError LmStudioDownload::refusal(int status, const QString &serverMessage) const
{
    ApiError e;
    e.kind = ApiError::Kind::Server;
    e.httpStatus = status;
    e.serverMessage = serverMessage;
    if (serverMessage.startsWith(u"Unexpected endpoint or method"))
        e.message = tr("This LM Studio cannot download models over its API (that needs LM Studio "
                       "0.4 or later): download %1 from its Discover tab, or with “lms get %1”.")
                        .arg(m_model);
    else if (!m_jobId.isEmpty()) // the job had started: its name was fine
        e.message = tr("LM Studio stopped reporting on the download of %1: “%2”. Its Downloads "
                       "panel shows whether it goes on.")
                        .arg(m_model, serverMessage);
    else
        e.message = tr("LM Studio cannot download “%1”: “%2”. LM Studio takes a name from its "
                       "catalogue (such as ibm/granite-4-micro) or a Hugging Face address.")
                        .arg(m_model, serverMessage);
    return e;
}

void LmStudioDownload::apply(const QJsonObject &o)
{
    if (o.contains(u"error")) { // LM Studio answers some errors with a 200
        const QString message = ApiError::extractServerMessage(o.value(u"error"));
        finish(refusal(0, message.isEmpty() ? tr("no reason given") : message));
        return;
    }
    const QString status = o.value(u"status").toString();
    m_total = std::max(m_total, o.value(u"total_size_bytes").toInteger(0));
    Snapshot s = snapshot();
    s.totalBytes = m_total;
    s.completedBytes =
        std::clamp(o.value(u"downloaded_bytes").toInteger(s.completedBytes), s.completedBytes,
                   m_total > 0 ? m_total : std::numeric_limits<qint64>::max());
    s.fraction =
        m_total > 0 ? std::max(s.fraction, double(s.completedBytes) / double(m_total)) : s.fraction;
    if (const qint64 raw = o.value(u"downloaded_bytes").toInteger(-1); raw >= 0)
        s.activity = quint64(raw); // as LM Studio says it, even lower than before
    // Speed and ETA only from what this answer says: a paused job has neither.
    s.bytesPerSecond.reset();
    s.etaSeconds.reset();
    if (o.contains(u"bytes_per_second"))
        s.bytesPerSecond = std::max(0.0, o.value(u"bytes_per_second").toDouble());
    if (s.bytesPerSecond && *s.bytesPerSecond > 0 && m_total > 0)
        s.etaSeconds = double(std::max<qint64>(0, m_total - s.completedBytes)) / *s.bytesPerSecond;
    if (s.etaSeconds && !(*s.etaSeconds <= PullProgress::MaxEtaSeconds))
        s.etaSeconds.reset(); // a crawling speed: years left says nothing
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
        ApiError e;
        e.kind = ApiError::Kind::Server;
        e.message = tr("LM Studio reports that downloading %1 failed. Its Downloads panel may say "
                       "why; downloading again starts over.")
                        .arg(m_model);
        finish(e);
        return;
    }
    s.paused = status == u"paused";
    s.phase = s.paused ? PullProgress::Phase::Starting : PullProgress::Phase::Downloading;
    update(s);
    if (m_jobId.isEmpty()) {
        finish(ApiError::badResponse(m_base, QStringLiteral("/api/v1/models/download")));
        return;
    }
    m_poll.start();
}
