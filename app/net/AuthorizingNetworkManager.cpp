#include "AuthorizingNetworkManager.h"

#include "TokenSource.h"

#include <QNetworkRequest>

AuthorizingNetworkManager::AuthorizingNetworkManager(const TokenSource *tokens, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_tokens(tokens)
{}

QString AuthorizingNetworkManager::tokenFor(const QUrl &url) const
{
    if (!m_tokens)
        return {};
    const QString target = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    QString best;
    qsizetype bestLength = -1;
    for (const QString &id : m_tokens->serverIds()) {
        // Same scheme, host and port, and the path under the server's base path.
        if (target != id && !target.startsWith(id + u'/'))
            continue;
        if (id.size() <= bestLength)
            continue;
        if (const QString token = m_tokens->token(id); !token.isEmpty()) {
            best = token;
            bestLength = id.size();
        }
    }
    return best;
}

QNetworkRequest AuthorizingNetworkManager::authorized(const QNetworkRequest &request) const
{
    const QString token =
        request.hasRawHeader("Authorization") ? QString() : tokenFor(request.url());
    if (token.isEmpty())
        return request;
    QNetworkRequest withToken(request);
    withToken.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    // The token never follows a redirect to another server.
    withToken.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                           QNetworkRequest::SameOriginRedirectPolicy);
    return withToken;
}

QNetworkReply *AuthorizingNetworkManager::createRequest(Operation op,
                                                        const QNetworkRequest &request,
                                                        QIODevice *outgoingData)
{
    return QNetworkAccessManager::createRequest(op, authorized(request), outgoingData);
}
