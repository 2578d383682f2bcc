#pragma once

#include "providers/ChatTypes.h"
#include "providers/ServerKind.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QUrl>

// The server a snippet talks to. No token value ever reaches a snippet: only the name of the
// environment variable that holds it.
struct ApiCallTarget
{
    ServerKind kind = ServerKind::Unknown;
    QUrl baseUrl; // e.g. http://127.0.0.1:11434
    // Empty: the server needs no token. Otherwise the name of the environment variable holding
    // it (e.g. "LOCALFORGE_API_TOKEN"), sent as "Authorization: Bearer <value>".
    QString tokenEnvVar;
};

// Code that repeats a chat request outside LocalForge: a curl command, a Python script and an
// n8n workflow. Each one sends the body LocalForge itself sends (OllamaWire / OpenAiWire).
namespace ApiSnippets {

// "/api/chat" for Ollama, "/v1/chat/completions" for every other kind.
QString chatPath(ServerKind kind);
// baseUrl joined with chatPath() the way the providers join it (Http::join).
QUrl chatUrl(const ApiCallTarget &target);
// The exact streaming body LocalForge sends for `request`, compact JSON.
QByteArray requestBody(ServerKind kind, const ChatRequest &request);

// A POSIX shell command: curl -N <url> -H ... -d '<body, indented>'.
QString curl(const ApiCallTarget &target, const ChatRequest &request);
// A Python 3 script using `requests`: a small client class (list_models, chat) and a main
// block that sends the request's messages with the request's parameters, without streaming.
QString python(const ApiCallTarget &target, const ChatRequest &request);
// An n8n workflow (Webhook -> HTTP Request -> Respond to Webhook) that sends the request with
// the last user message taken from the webhook's body field `message` and answers
// {"answer": ...}. fromDocker: n8n runs in a container on this machine, so a loopback host
// becomes host.docker.internal.
QString n8nWorkflow(const ApiCallTarget &target, const ChatRequest &request, bool fromDocker);

// Letters, digits and underscores, not starting with a digit: a variable name every shell and
// n8n's $env.NAME can read. Other names are written as $(printenv 'name') in the curl command,
// which bash and zsh pass on but dash (Debian's sh) does not.
bool isPortableEnvVarName(const QString &name);
// Shell-safe form of `word`: as it is when it needs no quoting, else single-quoted.
QString shellQuote(const QString &word);
// A Python 3 string literal whose value is `text`, for any text.
QString pythonString(const QString &text);
// A Python 3 expression (dict, list, str, int, float, True/False/None) equal to `value`.
QString pythonLiteral(const QJsonValue &value, int indent = 0);

} // namespace ApiSnippets
