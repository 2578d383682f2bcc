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
