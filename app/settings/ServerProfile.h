#pragma once

#include "providers/ChatTypes.h"
#include "providers/ServerKind.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

// A server the user set up: a remote GPU box, a Docker host, another port, or a local server
// with settings of its own. Never holds a token: `hasToken` says the keychain has one.
struct ServerProfile
{
    QUrl url;                              // base URL; its id is the URL without trailing slash
    QString name;                          // the user's name for it; empty: kind and version
    ServerKind kind = ServerKind::Unknown; // forced kind; Unknown: detected
    QString defaultModel;                  // chosen when nothing else was chosen for the server
    ChatParameters defaults;               // request defaults (temperature, num_ctx, timeout...)
    bool enabled = true;
    bool hasToken = false;
    // Imported from a Phoenix gateway configuration: the provider's name there, and whether its
    // address was host.docker.internal (shown here as the loopback address).
    QString gatewayName;
    bool viaDockerHost = false;

    // Never with a user name or password (see UrlCredentials).
    QString id() const { return url.toString(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo); }
    QJsonObject toJson() const;
    static ServerProfile fromJson(const QJsonObject &json);
    bool operator==(const ServerProfile &other) const = default;
};
