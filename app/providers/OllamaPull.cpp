#include "OllamaPull.h"

#include <QNetworkReply>

namespace {
// An error body is read up to this much; its message is near the start.
constexpr qsizetype MaxErrorBodyBytes = 1024 * 1024;
} // namespace

OllamaPull::OllamaPull(const QString &model, QNetworkReply *reply, QObject *parent)
    : ModelDownload(parent)
    , m_reply(reply)
    , m_model(model)
    , m_url(reply->url())
{
    m_clock.start();
    reply->setReadBufferSize(1024 * 1024); // back-pressure against a server that floods
    connect(reply, &QNetworkReply::readyRead, this, &OllamaPull::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &OllamaPull::onFinished);
}

OllamaPull::~OllamaPull()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void OllamaPull::cancel()
{
    if (isFinished() || !m_reply)
        return;
    // Closing the connection cancels the pull on the server; it keeps the parts it has.
    m_cancelled = true;
    m_reply->abort();
}

void OllamaPull::onReadyRead()
{
    if (!m_reply || !m_reply->isOpen() || m_tooLong)
        return;
    if (m_status == 0)
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = m_reply->readAll();
    if (m_status >= 300) {
        m_errorBody += bytes.first(std::min(bytes.size(), MaxErrorBodyBytes - m_errorBody.size()));
        if (m_errorBody.size() >= MaxErrorBodyBytes) {
            m_tooLong = true;
            m_reply->abort(); // finished() reports the error with what was read
        }
        return;
    }
    consume(m_parser.feed(bytes));
    if (m_parser.overflowed() && m_reply) {
        m_tooLong = true;
        m_reply->abort();
    } else if (m_progress.phase() == PullProgress::Phase::Failed && m_reply) {
        m_reply->abort(); // nothing after a failure counts; a server that goes on is not heard
    }
}

void OllamaPull::consume(const std::vector<NdjsonItem> &items)
{
    bool changed = false;
    for (const NdjsonItem &item : items) {
        if (!item.valid)
            continue; // a garbled progress line changes nothing
        ++m_validLines;
        changed = true;
        if (!m_progress.apply(item.object, m_clock.elapsed()))
            break;
    }
    if (!changed)
        return;
    Snapshot s;
    s.phase = m_progress.phase();
    s.fraction = m_progress.fraction();
    s.completedBytes = m_progress.completedBytes();
    s.totalBytes = m_progress.totalBytes();
    s.alreadyPresentBytes = m_progress.alreadyPresentBytes();
    s.bytesPerSecond = m_progress.bytesPerSecond();
    s.etaSeconds = m_progress.etaSeconds();
    s.waitingForData = m_progress.waitingForData();
    s.refetching = m_progress.refetching();
    s.activity = m_progress.activity();
    update(s);
}

void OllamaPull::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_cancelled) {
        finish();
        return;
    }
    if (m_status == 0)
        m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen() && reply->bytesAvailable() > 0) {
        m_reply = reply;
        onReadyRead();
        m_reply = nullptr;
    }
    if (m_status >= 300) {
        finish(ApiError::fromHttp(m_status, m_errorBody, m_url,
                                  reply->request().hasRawHeader("Authorization")));
        return;
    }
    if (m_tooLong) {
        finish(ApiError::lineTooLong(m_url, LineSplitter::MaxLineBytes));
        return;
    }
    consume(m_parser.finish());
    if (m_progress.failure() == PullProgress::Failure::TooManyLayers) {
        ApiError error = ApiError::badResponse(m_url, QStringLiteral("/api/pull"));
        error.message = m_progress.errorMessage();
        finish(error);
        return;
    }
    if (m_progress.phase() == PullProgress::Phase::Failed) {
        finish(ApiError::pullFailed(m_model, m_progress.errorMessage()));
        return;
    }
    if (m_progress.phase() == PullProgress::Phase::Done) {
        finish();
        return;
    }
    if (reply->error() != QNetworkReply::NoError && m_status == 0) {
        const ApiError e = ApiError::fromNetwork(reply->error(), reply->errorString(), m_url);
        finish(e.kind == ApiError::Kind::StreamCut ? ApiError::pullCut(m_url, m_model) : e);
        return;
    }
    // A whole answer without one progress line (a proxy's or a login page): not a cut stream
    // to try again, something other than Ollama answering.
    if (m_validLines == 0 && reply->error() == QNetworkReply::NoError) {
        finish(ApiError::wrongService(m_url, QStringLiteral("Ollama")));
        return;
    }
    finish(ApiError::pullCut(m_url, m_model));
}
