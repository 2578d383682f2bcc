#pragma once

#include <QNetworkAccessManager>
#include <QNetworkRequest>

class TokenSource;

// The one network access manager: every request to a server that has a token carries it as
// "Authorization: Bearer", whichever part of LocalForge makes the request (chat, model lists,
// discovery, metrics), and only to that server.
class AuthorizingNetworkManager final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit AuthorizingNetworkManager(const TokenSource *tokens, QObject *parent = nullptr);

    // The token for a request URL: the one of the server whose base URL it starts with.
    QString tokenFor(const QUrl &url) const;
    // The request as it is sent: with its server's token, unless it carries its own.
    QNetworkRequest authorized(const QNetworkRequest &request) const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    const TokenSource *m_tokens;
};
