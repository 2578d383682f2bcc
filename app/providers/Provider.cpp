#include "Provider.h"

#include "net/Http.h"

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
