#pragma once

#include "ServerKind.h"
#include "net/ApiError.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

enum class ServerStatus {
    NotProbed,
    Up,         // a server of a known kind answers
    Down,       // nothing answers (refused, unreachable, timed out)
    Foreign,    // something answers, but not an LLM server LocalForge knows
    NeedsToken, // a known kind that refuses requests without an API token
};

// "up", "down", "foreign", "needs-token", "unknown": stable ids for reports and JSON.
QString serverStatusId(ServerStatus status);

// What discovery knows about one address.
struct ServerInfo
{
    QUrl url;
    ServerKind kind = ServerKind::Unknown;
    ServerKind expectedKind = ServerKind::Unknown; // what the default port usually serves
    ServerStatus status = ServerStatus::NotProbed;
    QString version;
    QString apiLevel;    // e.g. LM Studio "v1"/"v0"
    int modelCount = -1; // -1 when unknown
    qint64 latencyMs = -1;
    ApiError problem; // why it is down, foreign or locked
    bool userAdded = false;
    bool fromEnvironment = false; // OLLAMA_HOST
    bool everUp = false;
    QDateTime lastSeen;

    QString id() const { return url.toString(QUrl::StripTrailingSlash); }
    bool isUsable() const { return status == ServerStatus::Up; }
    bool isListed() const
    {
        return userAdded || everUp || status == ServerStatus::Up ||
               status == ServerStatus::Foreign || status == ServerStatus::NeedsToken;
    }
};
