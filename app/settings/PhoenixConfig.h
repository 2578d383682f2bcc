#pragma once

#include "ServerProfile.h"
#include "net/ApiError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What an import of a Phoenix gateway configuration (phoenix.json) yields.
struct PhoenixImport
{
    QList<ServerProfile> profiles; // in the order the file lists the providers
    QString defaultProvider;       // as written in the file; empty when absent
    QStringList warnings;          // for the user: what was skipped, guessed or rounded
    ApiError error;                // Invalid when the file is not a configuration (nothing read)
};

// Conversion between phoenix.json and server profiles.
//
// phoenix.json:
//   {"defaultProvider": "<name>",
//    "providers": {"<name>": {"enabled": bool, "baseUrl": "http://host.docker.internal:11434",
//                             "defaultModel": "llama3.2", "timeout": <ms>, "maxTokens": int,
//                             "temperature": number,
//                             "apiType": "ollama"|"openai"|"lmstudio"|"llamacpp"|"vllm",
//                             "options": {"num_ctx": int, "num_gpu": int, "num_thread": int}}}}
// Every field may be missing; unknown fields are ignored.
class PhoenixConfig final
{
    Q_DECLARE_TR_FUNCTIONS(PhoenixConfig)

public:
    // The host name a container uses to reach the machine it runs on.
    static QString dockerHostName();

    // Reads phoenix.json. runningOnHost: LocalForge runs on the machine that runs the gateway's
    // container, so host.docker.internal becomes 127.0.0.1 (and the profile is marked
    // viaDockerHost). Providers keep the file's order. A provider without a usable baseUrl is
    // skipped with a warning. On invalid JSON or without a "providers" object, returns an empty
    // import with an Invalid error that says why.
    static PhoenixImport fromJson(const QByteArray &json, bool runningOnHost);

    // A provider imported again over a server LocalForge already knows (`existing`: its profile
    // with its server defaults, or only its server defaults when it has no profile): the file
    // sets what it has, the rest is kept. The user's name for the server stays (the gateway's
    // name is kept as gatewayName), the defaults are the existing ones with the file's merged
    // over them (top_p, seed... and any value the file leaves out stay), and a kind or default
    // model the file does not give stays too. The token state is the existing one.
    static ServerProfile reimported(const ServerProfile &imported, const ServerProfile &existing);

    // Writes phoenix.json for the profiles, in their order, indented by two spaces like
    // JSON.stringify(config, null, 2). A provider's name is its gatewayName, else its name, else
    // "<kind>-<port>"; names are made unique with "-2", "-3"... Only the fields phoenix.json has
    // are written ("enabled" always, the others when set); never a token.
    static QByteArray toJson(const QList<ServerProfile> &profiles, const QString &defaultProvider);

    // The keys of the top-level "providers" object in the order the text writes them (QJsonObject
    // sorts its keys). Empty when there is no such object. Expects valid JSON.
    static QStringList providerKeyOrder(const QByteArray &json);
    // The keys of `object`: first those of textOrder it has (providerKeyOrder's), then any other
    // in QJsonObject's order. Linear in the number of keys.
    static QStringList orderedKeys(const QJsonObject &object, const QStringList &textOrder);
};
