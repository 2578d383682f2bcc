#include "ApiSnippets.h"

#include "net/HostAddress.h"
#include "net/Http.h"
#include "providers/OllamaWire.h"
#include "providers/OpenAiWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <limits>

using namespace Qt::StringLiterals;

#include <algorithm>

namespace ApiSnippets {

namespace {
// Above this, curl's body goes on its standard input (one argument may not pass 128 KiB).
constexpr qsizetype LongestArgumentBytes = 100 * 1024;
// n8n's HTTP Request node waits this long at least for an answer that is not streamed.
constexpr qint64 N8nLeastTimeoutSeconds = 3600;

QJsonObject chatBody(ServerKind kind, const ChatRequest &request, bool stream)
{
    return kind == ServerKind::Ollama ? OllamaWire::chatRequestBody(request, stream)
                                      : OpenAiWire::chatRequestBody(request, stream);
}

QString indentedJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

// The value of environment variable `name`, written for inside a double-quoted shell word.
QString shellEnvReference(const QString &name)
{
    if (isPortableEnvVarName(name))
        return u'$' + name;
    return u"$(printenv "_s + shellQuote(name) + u')';
}

// baseUrl without query and fragment and without a trailing slash: the prefix of every path.
QString baseUrlString(const QUrl &baseUrl)
{
    return Http::join(baseUrl, QString())
        .adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

QString pythonNumber(const QJsonValue &value)
{
    constexpr qint64 notInteger = std::numeric_limits<qint64>::min();
    const qint64 integer = value.toInteger(notInteger);
    if (integer != notInteger)
        return QString::number(integer);
    const double d = value.toDouble();
    if (!qIsFinite(d))
        return u"None"_s;
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// A JavaScript (and JSON) string literal for `text`.
QString jsString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    // ["..."]
    return QString::fromUtf8(array.sliced(1, array.size() - 2));
}

// Inside the JSON strings of `json`, braces become \u007b and \u007d, so that no "{{" or "}}"
// of the text is taken for an n8n expression.
QString escapeBracesInStrings(const QString &json)
{
    QString out;
    out.reserve(json.size());
    bool inString = false;
    bool escaped = false;
    for (QChar c : json) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == u'\\') {
                escaped = true;
            } else if (c == u'"') {
                inString = false;
            } else if (c == u'{') {
                out += u"\\u007b"_s;
                continue;
            } else if (c == u'}') {
                out += u"\\u007d"_s;
                continue;
            }
        } else if (c == u'"') {
            inString = true;
        }
        out += c;
    }
    return out;
}

// The HTTP node's jsonBody: the request without streaming, the last user message replaced by
// the webhook's message (turns after it are dropped; one is added when there is none).
QString n8nJsonBody(ServerKind kind, const ChatRequest &request)
{
    QJsonObject body = chatBody(kind, request, false);
    QJsonArray messages = body.value(u"messages"_s).toArray();
    qsizetype lastUser = -1;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (messages.at(i).toObject().value(u"role"_s).toString() == u"user")
            lastUser = i;
    }
    if (lastUser < 0) {
        messages.append(QJsonObject{{u"role"_s, chatRoleId(ChatTurn::Role::User)}});
        lastUser = messages.size() - 1;
    }
    while (messages.size() > lastUser + 1)
        messages.removeLast();

    // A placeholder string that occurs nowhere else in the body marks where the expression goes.
    const QString plain = indentedJson(body);
    QString placeholder = u"LOCALFORGE_WEBHOOK_MESSAGE"_s;
    for (int n = 1; plain.contains(placeholder); ++n)
        placeholder = u"LOCALFORGE_WEBHOOK_MESSAGE_"_s + QString::number(n);

    QJsonObject user = messages.at(lastUser).toObject();
    user.insert(u"content"_s, placeholder);
    messages.replace(lastUser, user);
    body.insert(u"messages"_s, messages);

    QString text = escapeBracesInStrings(indentedJson(body));
    // The webhook's caller sends {"message": "..."}.
    text.replace(QString(u'"' + placeholder + u'"'), u"{{ JSON.stringify($json.body.message) }}"_s);
    return u'=' + text;
}

QString answerExpression(ServerKind kind)
{
    return kind == ServerKind::Ollama ? u"$json.message.content"_s
                                      : u"$json.choices[0].message.content"_s;
}

QString n8nEnvReference(const QString &name)
{
    if (isPortableEnvVarName(name))
        return u"$env."_s + name;
    return u"$env["_s + jsString(name) + u']';
}

// The nodes with their ids, and the webhook's, made from the nodes themselves: the same workflow
// is written the same way each time (a workshop kit exported again replaces nothing), another
// one gets other ids.
QJsonArray withIds(QJsonArray nodes)
{
    static const QUuid space(u"6f1c2a4e-9a51-4d0b-8f0e-1f3c7b6a2d90"_s);
    const QByteArray seed = QJsonDocument(nodes).toJson(QJsonDocument::Compact);
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject node = nodes[i].toObject();
        const QByteArray name = node.value(u"name").toString().toUtf8();
        node.insert(u"id"_s,
                    QUuid::createUuidV5(space, seed + name).toString(QUuid::WithoutBraces));
        if (node.value(u"type").toString() == u"n8n-nodes-base.webhook")
            node.insert(u"webhookId"_s, QUuid::createUuidV5(space, seed + "webhook:" + name)
                                            .toString(QUuid::WithoutBraces));
        nodes[i] = node;
    }
    return nodes;
}

QJsonObject n8nNode(const QString &name, const QString &type, double typeVersion, int x,
                    const QJsonObject &parameters)
{
    return QJsonObject{
        {u"name"_s, name},
        {u"type"_s, type},
        {u"typeVersion"_s, typeVersion},
        {u"position"_s, QJsonArray{x, 0}},
        {u"parameters"_s, parameters},
    };
}

QJsonObject mainConnectionTo(const QString &target)
{
    // [[{...}]]: the inner array goes in as a QJsonValue, since clang reads
    // QJsonArray{QJsonArray{...}} as a copy of the inner array (one level lost).
    return QJsonObject{
        {u"main"_s, QJsonArray{QJsonValue(QJsonArray{QJsonObject{
                        {u"node"_s, target}, {u"type"_s, u"main"_s}, {u"index"_s, 0}}})}}};
}

} // namespace

bool isPortableEnvVarName(const QString &name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    for (QChar c : name) {
        if (!(c == u'_' || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
              (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

QString chatPath(ServerKind kind)
{
    return kind == ServerKind::Ollama ? u"/api/chat"_s : u"/v1/chat/completions"_s;
}

QUrl chatUrl(const ApiCallTarget &target)
{
    // Never a user name or password in a snippet, whatever the address held.
    return Http::join(target.baseUrl, chatPath(target.kind)).adjusted(QUrl::RemoveUserInfo);
}

QByteArray requestBody(ServerKind kind, const ChatRequest &request)
{
    return QJsonDocument(chatBody(kind, request, true)).toJson(QJsonDocument::Compact);
}

QString shellQuote(const QString &word)
{
    bool plain = !word.isEmpty();
    for (QChar c : word) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
              u"@%+=:,./_-"_s.contains(c))) {
            plain = false;
            break;
        }
    }
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString curl(const ApiCallTarget &target, const ChatRequest &request)
{
    QString out = u"curl -N "_s + shellQuote(chatUrl(target).toString(QUrl::FullyEncoded)) +
                  u" \\\n  -H 'Content-Type: application/json'"_s;
    if (!target.tokenEnvVar.isEmpty())
        out +=
            u" \\\n  -H \"Authorization: Bearer "_s + shellEnvReference(target.tokenEnvVar) + u'"';
    const QString body = indentedJson(chatBody(target.kind, request, true));
    // A system limits one argument to 128 KiB (Linux): a long conversation goes on curl's
    // standard input instead. No line of indented JSON can be the end word (strings in JSON
    // hold no line break).
    if (body.toUtf8().size() > LongestArgumentBytes)
        out += u" \\\n  --data-binary @- <<'LOCALFORGE_JSON'\n"_s + body + u"\nLOCALFORGE_JSON\n"_s;
    else
        out += u" \\\n  -d "_s + shellQuote(body) + u'\n';
    return out;
}

QString pythonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = QChar::ReplacementCharacter; // what the UTF-8 body carries for a lone half
        }
        switch (c) {
        case U'"':
            out += u"\\\""_s;
            continue;
        case U'\\':
            out += u"\\\\"_s;
            continue;
        case U'\n':
            out += u"\\n"_s;
            continue;
        case U'\r':
            out += u"\\r"_s;
            continue;
        case U'\t':
            out += u"\\t"_s;
            continue;
        default:
            break;
        }
        const auto code = static_cast<uint>(c);
        if (c >= 0x20 && c < 0x7f)
            out += QChar(static_cast<char16_t>(c));
        else if (c < 0xa0)
            out += u"\\x"_s + QString::number(code, 16).rightJustified(2, u'0');
        else if (QChar::isPrint(c) && c != 0x2028 && c != 0x2029)
            out += QString::fromUcs4(&c, 1);
        else if (c <= 0xffff)
            out += u"\\u"_s + QString::number(code, 16).rightJustified(4, u'0');
        else
            out += u"\\U"_s + QString::number(code, 16).rightJustified(8, u'0');
    }
    out += u'"';
    return out;
}

QString pythonLiteral(const QJsonValue &value, int indent)
{
    const QString inner(indent + 4, u' ');
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"None"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"True"_s : u"False"_s;
    case QJsonValue::Double:
        return pythonNumber(value);
    case QJsonValue::String:
        return pythonString(value.toString());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return u"[]"_s;
        QString out = u"[\n"_s;
        for (const QJsonValue &item : array)
            out += inner + pythonLiteral(item, indent + 4) + u",\n"_s;
        return out + QString(indent, u' ') + u']';
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return u"{}"_s;
        QString out = u"{\n"_s;
        for (auto it = object.begin(); it != object.end(); ++it)
            out += inner + pythonString(it.key()) + u": "_s +
                   pythonLiteral(it.value(), indent + 4) + u",\n"_s;
        return out + QString(indent, u' ') + u'}';
    }
    }
    return u"None"_s;
}

QString python(const ApiCallTarget &target, const ChatRequest &request)
{
    const bool ollama = target.kind == ServerKind::Ollama;
    const bool token = !target.tokenEnvVar.isEmpty();
    const QString timeout = QString::number(request.timeout.count());

    QString out = u"#!/usr/bin/env python3\n"
                  "# Sends the same chat request as LocalForge, without streaming.\n"
                  "# Needs the requests package: pip install requests\n"_s;
    if (token)
        out += u"import os\n\n"_s;
    out += u"import requests\n\n"_s;
    out += u"BASE_URL = "_s + pythonString(baseUrlString(target.baseUrl)) + u'\n';
    if (token)
        out += u"TOKEN = os.environ.get("_s + pythonString(target.tokenEnvVar) + u")\n"_s;
    else
        out += u"TOKEN = None  # the server needs no token\n"_s;
    out += u"TIMEOUT = "_s + timeout + u"  # seconds, to connect and for the model list\n\n"_s;
    out += u"# The request LocalForge sends, without streaming.\nREQUEST = "_s +
           pythonLiteral(chatBody(target.kind, request, false)) + u"\n\n\n"_s;

    out += u"class LocalLLMClient:\n"
           "    \"\"\"A minimal client for "_s +
           (ollama ? u"Ollama's API"_s : u"an OpenAI-compatible API"_s) +
           u".\"\"\"\n"
           "\n"
           "    def __init__(self, base_url, token=None, timeout="_s +
           timeout +
           u"):\n"
           "        self.base_url = base_url.rstrip(\"/\")\n"
           "        self.timeout = timeout\n"
           "        self.session = requests.Session()\n"
           "        if token:\n"
           "            self.session.headers[\"Authorization\"] = \"Bearer \" + token\n"
           "\n"
           "    def list_models(self):\n"
           "        response = self.session.get(self.base_url + "_s +
           (ollama ? u"\"/api/tags\""_s : u"\"/v1/models\""_s) +
           u", timeout=self.timeout)\n"
           "        response.raise_for_status()\n"_s;
    if (ollama)
        out +=
            u"        return [model[\"name\"] for model in response.json().get(\"models\", [])]\n"_s;
    else
        out += u"        return [model[\"id\"] for model in response.json().get(\"data\", [])]\n"_s;
    out += u"\n"
           "    def chat(self, messages, **options):\n"
           "        body = dict(options, messages=messages, stream=False)\n"
           "        # Without streaming the whole answer comes at once, when it is done (a\n"
           "        # thinking model can take minutes): TIMEOUT to connect, no limit on the wait.\n"
           "        response = self.session.post(\n"
           "            self.base_url + "_s +
           pythonString(chatPath(target.kind)) +
           u", json=body, timeout=(self.timeout, None)\n"
           "        )\n"
           "        response.raise_for_status()\n"_s;
    if (ollama)
        out += u"        return response.json()[\"message\"][\"content\"]\n"_s;
    else
        out += u"        return response.json()[\"choices\"][0][\"message\"][\"content\"]\n"_s;
    out += u"\n\n"
           "if __name__ == \"__main__\":\n"
           "    client = LocalLLMClient(BASE_URL, token=TOKEN, timeout=TIMEOUT)\n"
           "    print(\"Models:\", \", \".join(client.list_models()))\n"
           "    options = {key: value for key, value in REQUEST.items() if key != \"messages\"}\n"
           "    print(client.chat(REQUEST[\"messages\"], **options))\n"_s;
    return out;
}

QString n8nWorkflow(const ApiCallTarget &target, const ChatRequest &request, bool fromDocker)
{
    QUrl url = chatUrl(target);
    if (fromDocker && Net::isThisMachine(url.host()))
        url.setHost(u"host.docker.internal"_s);

    const QString webhookName = u"Webhook"_s;
    const QString httpName = u"HTTP Request"_s;
    const QString respondName = u"Respond to Webhook"_s;

    QJsonObject webhook = n8nNode(webhookName, u"n8n-nodes-base.webhook"_s, 2, 0,
                                  QJsonObject{
                                      {u"httpMethod"_s, u"POST"_s},
                                      {u"path"_s, u"localforge-chat"_s},
                                      {u"responseMode"_s, u"responseNode"_s},
                                      {u"options"_s, QJsonObject{}},
                                  });

    QJsonObject httpParameters{
        {u"method"_s, u"POST"_s},
        {u"url"_s, url.toString(QUrl::FullyEncoded)},
        {u"sendBody"_s, true},
        {u"specifyBody"_s, u"json"_s},
        {u"jsonBody"_s, n8nJsonBody(target.kind, request)},
        // Without streaming the whole answer comes before the response headers, and n8n's
        // timeout is on all of it: an hour, or the app's limit on silence if longer (a thinking
        // model can take minutes, where the app sees tokens all along).
        {u"options"_s,
         QJsonObject{{u"timeout"_s,
                      std::max<qint64>(request.timeout.count(), N8nLeastTimeoutSeconds) * 1000}}},
    };
    if (!target.tokenEnvVar.isEmpty()) {
        httpParameters.insert(u"sendHeaders"_s, true);
        httpParameters.insert(u"specifyHeaders"_s, u"keypair"_s);
        httpParameters.insert(
            u"headerParameters"_s,
            QJsonObject{{u"parameters"_s,
                         QJsonArray{QJsonObject{
                             {u"name"_s, u"Authorization"_s},
                             {u"value"_s, QString(u"={{ 'Bearer ' + "_s +
                                                  n8nEnvReference(target.tokenEnvVar) + u" }}"_s)},
                         }}}});
    }
    const QJsonObject http =
        n8nNode(httpName, u"n8n-nodes-base.httpRequest"_s, 4.2, 220, httpParameters);

    const QJsonObject respond =
        n8nNode(respondName, u"n8n-nodes-base.respondToWebhook"_s, 1.1, 440,
                QJsonObject{
                    {u"respondWith"_s, u"json"_s},
                    {u"responseBody"_s, QString(u"={{ JSON.stringify({ answer: "_s +
                                                answerExpression(target.kind) + u" }) }}"_s)},
                    {u"options"_s, QJsonObject{}},
                });

    const QJsonObject workflow{
        {u"name"_s, QString(u"LocalForge chat: "_s + request.model)},
        {u"nodes"_s, withIds(QJsonArray{webhook, http, respond})},
        {u"connections"_s,
         QJsonObject{
             {webhookName, mainConnectionTo(httpName)},
             {httpName, mainConnectionTo(respondName)},
         }},
        {u"active"_s, false},
        {u"settings"_s, QJsonObject{{u"executionOrder"_s, u"v1"_s}}},
        {u"pinData"_s, QJsonObject{}},
    };
    return QString::fromUtf8(QJsonDocument(workflow).toJson(QJsonDocument::Indented));
}

} // namespace ApiSnippets
