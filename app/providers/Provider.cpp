#include "Provider.h"

#include "net/Http.h"

#include <algorithm>
#include <climits>

Provider::Provider(ServerKind kind, const QUrl &baseUrl, QNetworkAccessManager *nam,
                   QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_baseUrl(baseUrl)
    , m_nam(nam)
{}

Provider::~Provider() = default;

QNetworkRequest Provider::request(const QString &path, int timeoutMs) const
{
    return Http::request(m_baseUrl, path, timeoutMs);
}

QNetworkRequest Provider::listRequest(const QString &path, int timeoutMs, ListKind kind) const
{
    // About 10,000 models (Ollama's entries are about 400 bytes, LM Studio's about 1 KB), and
    // about 2,500 loaded ones where a real answer lists a few.
    constexpr qint64 ModelsBytes = 4 * 1024 * 1024;
    constexpr qint64 LoadedBytes = 1024 * 1024;
    QNetworkRequest req = request(path, timeoutMs);
    // A list trickled a byte at a time never goes silent: it has a time for the whole, too.
    Http::limit(req, kind == ListKind::Models ? ModelsBytes : LoadedBytes, timeoutMs * 3);
    return req;
}

void Provider::postLoad(const QString &path, const QByteArray &body, const QString &model,
                        const LoadOptions &options, QObject *context, DoneCallback done) const
{
    // Loading can take minutes for a big model: the only limit is the caller's, on the whole
    // request (not on silence, as a load says nothing until the model is in memory).
    QNetworkRequest req = request(path);
    const qint64 limitMs = options.timeout.count();
    if (limitMs > 0)
        Http::limit(req, Http::MaxBodyBytes, int(std::min<qint64>(limitMs, INT_MAX)));
    Http::post(network(), req, body, context,
               [base = m_baseUrl, model, limitMs, done = std::move(done)](const Http::Response &r) {
                   const bool cut =
                       (!r.answered() && r.networkError == QNetworkReply::OperationCanceledError) ||
                       r.overrun == Http::Response::Overrun::TooSlow;
                   done(limitMs > 0 && cut ? ApiError::loadTimeout(base, model, limitMs)
                                           : r.error(base));
               });
}

QString Provider::cannotDownloadReason()
{
    return store() ? QString()
                   : tr("%1 cannot download models over its API.").arg(serverKindName(m_kind));
}

QString Provider::cannotDeleteReason()
{
    if (!store())
        return tr("This server cannot delete or download models over its API.");
    return store()->canDelete()
               ? QString()
               : tr("%1 cannot delete models over its API.").arg(serverKindName(m_kind));
}
