#pragma once

#include <QString>
#include <QStringList>

// Where the network manager finds a server's API token: the keychain-backed store implements
// it, so the network layer needs nothing from the settings.
class TokenSource
{
public:
    virtual ~TokenSource() = default;
    // The servers (base URLs without a trailing slash) that have a token now.
    virtual QStringList serverIds() const = 0;
    // The token for a server's requests; empty when there is none.
    virtual QString token(const QString &serverId) const = 0;

protected:
    TokenSource() = default;
    TokenSource(const TokenSource &) = default;
    TokenSource &operator=(const TokenSource &) = default;
};
