// The "Show me the API call" snippets, run for real: the curl command through POSIX shells with
// curl replaced by a function that prints its arguments, the Python script through python3 with
// a stand-in `requests` module that records what it is asked to send, and the n8n workflow
// checked node by node (its expressions evaluated by node.js when it is installed).
#include "TestData.h"
#include "chat/ApiSnippets.h"
#include "net/Http.h"
#include "providers/OllamaWire.h"
#include "providers/OpenAiWire.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ServerKind)

namespace {

// Text that breaks naive quoting in a shell, in Python and in n8n's {{ }} templates.
const QString Tricky = u"l'été \"chaud\" \\n ✓ '''triple''' \"\"\" {{ $json }} }} $HOME `id` 😀"_s
                       u"\nsecond line\ttab \\"_s;

ChatRequest trickyRequest()
{
    ChatRequest r;
    r.model = u"llama3.2:3b-'q4'"_s;
    r.timeout = std::chrono::seconds(120);
    r.parameters.keepAlive = u"-1"_s;
    r.parameters.temperature = 0.3;
    r.parameters.numCtx = 4096;
    r.parameters.seed = 11;
    r.parameters.think = true;
    r.messages = {
        {ChatTurn::Role::System, u"You are terse. "_s + Tricky},
        {ChatTurn::Role::User, u"Bonjour ! "_s + Tricky},
        {ChatTurn::Role::Assistant, u"Réponse : "_s + Tricky + QChar(0x2028) + QChar(1)},
        {ChatTurn::Role::User, u"Et l'hiver ? \\' \" \\\\ "_s + QChar(0) + u" fin\\"_s},
    };
    return r;
}

QJsonObject appBody(ServerKind kind, const ChatRequest &request, bool stream)
{
    return kind == ServerKind::Ollama ? OllamaWire::chatRequestBody(request, stream)
                                      : OpenAiWire::chatRequestBody(request, stream);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

const QString TokenValue = u"tok-'\"$HOME-42"_s;

// The n8n node of that name, or an empty object.
QJsonObject nodeNamed(const QJsonArray &nodes, const QString &name)
{
    for (const QJsonValue &n : nodes) {
        if (n.toObject().value(u"name"_s).toString() == name)
            return n.toObject();
    }
    return {};
}

// Replaces the one {{ }} expression of an n8n template by `replacement`; empty when the template
// holds anything but exactly one expression equal to `code`.
QString substituteExpression(const QString &tmpl, const QString &code, const QString &replacement)
{
    if (tmpl.count(u"{{"_s) != 1 || tmpl.count(u"}}"_s) != 1)
        return {};
    const qsizetype open = tmpl.indexOf(u"{{"_s);
    const qsizetype close = tmpl.indexOf(u"}}"_s);
    if (close < open || tmpl.sliced(open + 2, close - open - 2).trimmed() != code)
        return {};
    return tmpl.first(open) + replacement + tmpl.sliced(close + 2);
}

} // namespace

class TestApiSnippets : public QObject
{
    Q_OBJECT

private:
    void targets()
    {
        QTest::addColumn<ServerKind>("kind");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("tokenEnvVar");
        QTest::addColumn<QString>("chatUrl");
        QTest::addColumn<QString>("dockerChatUrl");

        QTest::newRow("ollama") << ServerKind::Ollama << u"http://127.0.0.1:11434"_s << QString()
                                << u"http://127.0.0.1:11434/api/chat"_s
                                << u"http://host.docker.internal:11434/api/chat"_s;
        QTest::newRow("ollama, token")
            << ServerKind::Ollama << u"http://localhost:11434/"_s << u"LOCALFORGE_API_TOKEN"_s
            << u"http://localhost:11434/api/chat"_s
            << u"http://host.docker.internal:11434/api/chat"_s;
        QTest::newRow("lm studio") << ServerKind::LmStudio << u"http://127.0.0.1:1234"_s
                                   << QString() << u"http://127.0.0.1:1234/v1/chat/completions"_s
                                   << u"http://host.docker.internal:1234/v1/chat/completions"_s;
        QTest::newRow("lm studio, token")
            << ServerKind::LmStudio << u"http://127.0.0.1:1234"_s << u"LM_API_TOKEN"_s
            << u"http://127.0.0.1:1234/v1/chat/completions"_s
            << u"http://host.docker.internal:1234/v1/chat/completions"_s;
        QTest::newRow("llama.cpp") << ServerKind::LlamaCpp << u"http://127.0.0.1:8080"_s
                                   << QString() << u"http://127.0.0.1:8080/v1/chat/completions"_s
                                   << u"http://host.docker.internal:8080/v1/chat/completions"_s;
        QTest::newRow("vllm, ipv6 loopback, token")
            << ServerKind::Vllm << u"http://[::1]:8000"_s << u"VLLM_TOKEN"_s
            << u"http://[::1]:8000/v1/chat/completions"_s
            << u"http://host.docker.internal:8000/v1/chat/completions"_s;
        // A remote server stays as it is from Docker; the path needs shell quoting and the
        // variable name is no shell identifier.
        QTest::newRow("openai-compatible, remote, odd path and variable")
            << ServerKind::OpenAiCompatible << u"https://llm.example.org:8443/it's here/"_s
            << u"MY-TOKEN"_s << u"https://llm.example.org:8443/it's%20here/v1/chat/completions"_s
            << u"https://llm.example.org:8443/it's%20here/v1/chat/completions"_s;
    }

    static ApiCallTarget fetchTarget()
    {
        QFETCH(ServerKind, kind);
        QFETCH(QString, baseUrl);
        QFETCH(QString, tokenEnvVar);
        return ApiCallTarget{kind, QUrl(baseUrl), tokenEnvVar};
    }

private Q_SLOTS:
    void urlsAndBody_data() { targets(); }
    void urlsAndBody()
    {
        const ApiCallTarget target = fetchTarget();
        QFETCH(QString, chatUrl);
        QCOMPARE(ApiSnippets::chatPath(target.kind),
                 target.kind == ServerKind::Ollama ? u"/api/chat"_s : u"/v1/chat/completions"_s);
        QCOMPARE(ApiSnippets::chatUrl(target).toString(QUrl::FullyEncoded), chatUrl);
        // The same URL the providers build.
        QCOMPARE(ApiSnippets::chatUrl(target),
                 Http::join(target.baseUrl, ApiSnippets::chatPath(target.kind)));

        const ChatRequest request = trickyRequest();
        const QByteArray body = ApiSnippets::requestBody(target.kind, request);
        QCOMPARE(body,
                 QJsonDocument(appBody(target.kind, request, true)).toJson(QJsonDocument::Compact));
        QVERIFY(!body.contains('\n'));
        QCOMPARE(QJsonDocument::fromJson(body).object().value(u"stream"_s), QJsonValue(true));
    }

    void unknownKindSpeaksOpenAi()
    {
        const ApiCallTarget target{ServerKind::Unknown, QUrl(u"http://127.0.0.1:9000"_s), {}};
        QCOMPARE(ApiSnippets::chatPath(ServerKind::Unknown), u"/v1/chat/completions"_s);
        QCOMPARE(ApiSnippets::requestBody(ServerKind::Unknown, trickyRequest()),
                 QJsonDocument(OpenAiWire::chatRequestBody(trickyRequest(), true))
                     .toJson(QJsonDocument::Compact));
        QVERIFY(ApiSnippets::curl(target, trickyRequest())
                    .startsWith(u"curl -N http://127.0.0.1:9000/v1/chat/completions \\\n"_s));
    }

    void curlRunsInShell_data() { targets(); }
    void curlRunsInShell()
    {
        const ApiCallTarget target = fetchTarget();
        QFETCH(QString, chatUrl);
        const ChatRequest request = trickyRequest();
        const QString snippet = ApiSnippets::curl(target, request);

        QVERIFY2(snippet.startsWith(u"curl -N "_s), qPrintable(snippet));
        QVERIFY(snippet.contains(u" \\\n"_s));
        QVERIFY(!snippet.contains(TokenValue));
        if (!target.tokenEnvVar.isEmpty())
            QVERIFY(snippet.contains(target.tokenEnvVar));
        else
            QVERIFY(!snippet.contains(u"Authorization"_s));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = dir.filePath(u"call.sh"_s);
        // curl becomes a function printing each argument followed by a NUL byte.
        QVERIFY(writeFile(script, "curl() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }\n" +
                                      snippet.toUtf8()));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        if (!target.tokenEnvVar.isEmpty())
            env.insert(target.tokenEnvVar, TokenValue);

        QStringList expectedHead{u"-N"_s, chatUrl, u"-H"_s, u"Content-Type: application/json"_s};
        if (!target.tokenEnvVar.isEmpty())
            expectedHead << u"-H"_s << u"Authorization: Bearer "_s + TokenValue;
        expectedHead << u"-d"_s;

        int shells = 0;
        // dash drops variables whose names are no shell identifiers from its children's
        // environment: such a name is read through printenv, which only bash and zsh pass it to.
        const QStringList shellNames =
            ApiSnippets::isPortableEnvVarName(target.tokenEnvVar) || target.tokenEnvVar.isEmpty()
                ? QStringList{u"sh"_s, u"dash"_s, u"bash"_s}
                : QStringList{u"bash"_s};
        for (const QString &shell : shellNames) {
            const QString program = QStandardPaths::findExecutable(shell);
            if (program.isEmpty())
                continue;
            ++shells;
            const Run r = run(program, {script}, env);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QList<QByteArray> parts = r.out.split('\0');
            QVERIFY(!parts.isEmpty());
            QCOMPARE(parts.takeLast(), QByteArray()); // after the last NUL
            QStringList args;
            for (const QByteArray &part : std::as_const(parts))
                args << QString::fromUtf8(part);
            QCOMPARE(args.size(), expectedHead.size() + 1);
            QCOMPARE(args.first(expectedHead.size()), expectedHead);

            QJsonParseError error;
            const QJsonDocument body = QJsonDocument::fromJson(parts.last(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QCOMPARE(body.object(), appBody(target.kind, request, true));
            // Indented for reading.
            QVERIFY(parts.last().contains("\n    \"messages\": ["));
        }
        QVERIFY2(shells > 0, "no POSIX shell found");
    }

    void curlWithALongConversationRunsToo()
    {
        // Over 128 KiB in one argument, the system refuses to start curl ("Argument list too
        // long"): a long conversation goes on curl's standard input. A real program stands in
        // for curl here (a shell function would not meet the limit).
        ApiCallTarget target;
        target.kind = ServerKind::Ollama;
        target.baseUrl = QUrl(u"http://127.0.0.1:11434"_s);
        ChatRequest request = trickyRequest();
        QString pasted;
        for (int i = 0; i < 6000; ++i)
            pasted += u"Line %1 of a pasted document: it's \"quoted\" and $HOME stays.\n"_s.arg(i);
        request.messages.append({ChatTurn::Role::User, pasted});
        const QString snippet = ApiSnippets::curl(target, request);
        QVERIFY(snippet.toUtf8().size() > 200 * 1024);
        QVERIFY2(snippet.contains(u"--data-binary @-"_s), qPrintable(snippet.left(300)));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fake = dir.filePath(u"curl"_s);
        QVERIFY(
            writeFile(fake, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done\ncat\n"));
        QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString script = dir.filePath(u"call.sh"_s);
        QVERIFY(writeFile(script, snippet.toUtf8()));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, dir.path() + u':' + env.value(u"PATH"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        const Run r = run(QStandardPaths::findExecutable(u"sh"_s), {script}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qsizetype lastNul = r.out.lastIndexOf('\0');
        QVERIFY(lastNul > 0);
        const QByteArrayList args = r.out.left(lastNul).split('\0');
        QCOMPARE(args.last(), QByteArray("@-"));
        QJsonParseError error;
        const QJsonDocument body = QJsonDocument::fromJson(r.out.sliced(lastNul + 1), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(body.object(), appBody(target.kind, request, true));
        // A short one stays on one argument, as people know it.
        QVERIFY(ApiSnippets::curl(target, trickyRequest()).contains(u"\n  -d '"_s));
    }

    void shellQuote_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain url")
            << u"http://127.0.0.1:11434/api/chat"_s << u"http://127.0.0.1:11434/api/chat"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
        QTest::newRow("query") << u"http://h/x?a=1&b=2"_s << u"'http://h/x?a=1&b=2'"_s;
        QTest::newRow("quote") << u"it's"_s << u"'it'\\''s'"_s;
        QTest::newRow("dollar") << u"$HOME"_s << u"'$HOME'"_s;
    }
    void shellQuote()
    {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(ApiSnippets::shellQuote(word), quoted);
    }

    void portableEnvVarNames()
    {
        QVERIFY(ApiSnippets::isPortableEnvVarName(u"LOCALFORGE_API_TOKEN"_s));
        QVERIFY(ApiSnippets::isPortableEnvVarName(u"_t0"_s));
        QVERIFY(!ApiSnippets::isPortableEnvVarName(QString()));
        QVERIFY(!ApiSnippets::isPortableEnvVarName(u"0TOKEN"_s));
        QVERIFY(!ApiSnippets::isPortableEnvVarName(u"MY-TOKEN"_s));
        QVERIFY(!ApiSnippets::isPortableEnvVarName(u"TOKÉN"_s));
        const ApiCallTarget odd{ServerKind::Ollama, QUrl(u"http://127.0.0.1:11434"_s),
                                u"my token"_s};
        QVERIFY(ApiSnippets::curl(odd, trickyRequest())
                    .contains(u"-H \"Authorization: Bearer $(printenv 'my token')\""_s));
        const ApiCallTarget plain{ServerKind::Ollama, QUrl(u"http://127.0.0.1:11434"_s),
                                  u"LOCALFORGE_API_TOKEN"_s};
        QVERIFY(ApiSnippets::curl(plain, trickyRequest())
                    .contains(u"-H \"Authorization: Bearer $LOCALFORGE_API_TOKEN\" \\\n"_s));
    }

    void pythonStringsRoundTrip()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            QSKIP("python3 is not installed");

        const QStringList texts{
            QString(),
            Tricky,
            u"'''"_s,
            u"\"\"\""_s,
            u"\\"_s,
            u"ends with a backslash \\"_s,
            u"\\N{BULLET} \\u00e9 \\x41 {0} %s"_s,
            QString(QChar(0)) + QChar(0x7f) + QChar(0x85) + QChar(0xa0) + QChar(0x2028) +
                QChar(0x2029) + QChar(0x202e) + QChar(0xfeff) + u"\r\n\f\v\b"_s,
            u"日本語 Ελληνικά русский عربى 😀 𝄞"_s,
        };
        QString program = u"import json, sys\nvalues = [\n"_s;
        for (const QString &text : texts)
            program += u"    "_s + ApiSnippets::pythonString(text) + u",\n"_s;
        // A lone surrogate becomes U+FFFD, as in the UTF-8 the app sends.
        program += u"    "_s + ApiSnippets::pythonString(QString(QChar(0xd800)) + u'x') + u",\n"_s;
        program += u"]\nsys.stdout.write(json.dumps(values))\n"_s;

        QTemporaryDir dir;
        const QString file = dir.filePath(u"strings.py"_s);
        QVERIFY(writeFile(file, program.toUtf8()));
        const Run r = run(python, {file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray values = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(values.size(), texts.size() + 1);
        for (qsizetype i = 0; i < texts.size(); ++i)
            QCOMPARE(values.at(i).toString(), texts.at(i));
        QCOMPARE(values.last().toString(), QString(QChar(QChar::ReplacementCharacter)) + u'x');
    }

    void pythonLiterals()
    {
        QCOMPARE(ApiSnippets::pythonLiteral(QJsonValue(true)), u"True"_s);
        QCOMPARE(ApiSnippets::pythonLiteral(QJsonValue(false)), u"False"_s);
        QCOMPARE(ApiSnippets::pythonLiteral(QJsonValue()), u"None"_s);
        QCOMPARE(ApiSnippets::pythonLiteral(QJsonValue(-1)), u"-1"_s);
        QCOMPARE(ApiSnippets::pythonLiteral(QJsonValue(0.7)), u"0.7"_s);
        QCOMPARE(ApiSnippets::pythonLiteral(QJsonArray{}), u"[]"_s);
        QCOMPARE(ApiSnippets::pythonLiteral(QJsonObject{}), u"{}"_s);
        QCOMPARE(ApiSnippets::pythonLiteral(QJsonObject{{u"a"_s, QJsonArray{1, u"x"_s}}}),
                 u"{\n    \"a\": [\n        1,\n        \"x\",\n    ],\n}"_s);
    }

    void pythonScriptRuns_data() { targets(); }
    void pythonScriptRuns()
    {
        const ApiCallTarget target = fetchTarget();
        QFETCH(QString, chatUrl);
        const ChatRequest request = trickyRequest();
        const QString snippet = ApiSnippets::python(target, request);

        QVERIFY(snippet.contains(u"class LocalLLMClient"_s));
        QVERIFY(snippet.contains(u"def list_models(self)"_s));
        QVERIFY(snippet.contains(u"def chat(self, messages, **options)"_s));
        QVERIFY(snippet.contains(u"if __name__ == \"__main__\":"_s));
        QVERIFY(!snippet.contains(TokenValue));
        if (!target.tokenEnvVar.isEmpty())
            QVERIFY(snippet.contains(u"os.environ.get("_s +
                                     ApiSnippets::pythonString(target.tokenEnvVar) + u')'));
        else
            QVERIFY(!snippet.contains(u"os.environ"_s));

        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            QSKIP("python3 is not installed");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = dir.filePath(u"chat.py"_s);
        QVERIFY(writeFile(script, snippet.toUtf8()));

        const Run compiled = run(python, {u"-m"_s, u"py_compile"_s, script});
        QVERIFY2(compiled.exitCode == 0, compiled.err.constData());

        // The script's own directory comes first on sys.path: the stub is imported as requests.
        QVERIFY(
            writeFile(dir.filePath(u"requests.py"_s), testData(u"snippets/requests_stub.py"_s)));
        const QString log = dir.filePath(u"calls.jsonl"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"STUB_LOG"_s, log);
        env.insert(u"PYTHONIOENCODING"_s, u"utf-8"_s);
        env.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
        if (!target.tokenEnvVar.isEmpty())
            env.insert(target.tokenEnvVar, TokenValue);
        const Run r = run(python, {script}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(u"Models: stub-a, stub-b\n"_s), qPrintable(out));
        QVERIFY2(out.contains(u"Réponse \"stub\" ✓\n"_s), qPrintable(out));

        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject list = QJsonDocument::fromJson(lines.at(0)).object();
        const QJsonObject chat = QJsonDocument::fromJson(lines.at(1)).object();

        const QString chatPath = ApiSnippets::chatPath(target.kind);
        const QString modelsPath =
            target.kind == ServerKind::Ollama ? u"/api/tags"_s : u"/v1/models"_s;
        QCOMPARE(list.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(list.value(u"url"_s).toString(), chatUrl.chopped(chatPath.size()) + modelsPath);
        QCOMPARE(chat.value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(chat.value(u"url"_s).toString(), chatUrl);

        QJsonObject headers;
        if (!target.tokenEnvVar.isEmpty())
            headers.insert(u"Authorization"_s, QString(u"Bearer "_s + TokenValue));
        QCOMPARE(list.value(u"headers"_s).toObject(), headers);
        QCOMPARE(chat.value(u"headers"_s).toObject(), headers);
        // The model list within the app's limit; the answer, which comes whole when it is
        // done, without one.
        QCOMPARE(list.value(u"timeout"_s).toInt(), 120);
        QCOMPARE(chat.value(u"timeout"_s).toArray(), (QJsonArray{120, QJsonValue::Null}));

        // Same body as the app's, without streaming.
        QCOMPARE(chat.value(u"json"_s).toObject(), appBody(target.kind, request, false));
    }

    void n8nWorkflow_data() { targets(); }
    void n8nWorkflow()
    {
        const ApiCallTarget target = fetchTarget();
        QFETCH(QString, chatUrl);
        QFETCH(QString, dockerChatUrl);
        const ChatRequest request = trickyRequest();

        for (const bool fromDocker : {false, true}) {
            const QString text = ApiSnippets::n8nWorkflow(target, request, fromDocker);
            QVERIFY(!text.contains(TokenValue));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            const QJsonObject workflow = doc.object();
            QVERIFY(!workflow.value(u"name"_s).toString().isEmpty());
            QCOMPARE(workflow.value(u"settings"_s).toObject().value(u"executionOrder"_s),
                     QJsonValue(u"v1"_s));

            const QJsonArray nodes = workflow.value(u"nodes"_s).toArray();
            QCOMPARE(nodes.size(), 3);
            QSet<QString> ids, names;
            for (const QJsonValue &v : nodes) {
                const QJsonObject node = v.toObject();
                for (const QString &key : {u"id"_s, u"name"_s, u"type"_s, u"typeVersion"_s,
                                           u"position"_s, u"parameters"_s})
                    QVERIFY2(node.contains(key), qPrintable(key));
                const QString id = node.value(u"id"_s).toString();
                QVERIFY(!QUuid::fromString(id).isNull());
                ids.insert(id);
                names.insert(node.value(u"name"_s).toString());
                const QJsonArray position = node.value(u"position"_s).toArray();
                QCOMPARE(position.size(), 2);
                QVERIFY(position.at(0).isDouble() && position.at(1).isDouble());
                QVERIFY(node.value(u"parameters"_s).isObject());
            }
            QCOMPARE(ids.size(), 3);
            QCOMPARE(names.size(), 3);

            const QJsonObject webhook = nodeNamed(nodes, u"Webhook"_s);
            const QJsonObject http = nodeNamed(nodes, u"HTTP Request"_s);
            const QJsonObject respond = nodeNamed(nodes, u"Respond to Webhook"_s);
            QCOMPARE(webhook.value(u"type"_s), QJsonValue(u"n8n-nodes-base.webhook"_s));
            QCOMPARE(webhook.value(u"typeVersion"_s).toDouble(), 2.0);
            QCOMPARE(http.value(u"type"_s), QJsonValue(u"n8n-nodes-base.httpRequest"_s));
            QCOMPARE(http.value(u"typeVersion"_s).toDouble(), 4.2);
            QCOMPARE(respond.value(u"type"_s), QJsonValue(u"n8n-nodes-base.respondToWebhook"_s));
            QCOMPARE(respond.value(u"typeVersion"_s).toDouble(), 1.1);
            // The answer comes whole when it is done: n8n waits an hour for it, not the app's
            // 120 s limit on silence.
            QCOMPARE(http.value(u"parameters"_s)
                         .toObject()
                         .value(u"options"_s)
                         .toObject()
                         .value(u"timeout"_s)
                         .toInteger(),
                     3'600'000);

            // Connections: keyed by node name, every target an existing node, one chain.
            const QJsonObject connections = workflow.value(u"connections"_s).toObject();
            QSet<QString> connected;
            QHash<QString, QString> next;
            for (auto it = connections.begin(); it != connections.end(); ++it) {
                QVERIFY2(names.contains(it.key()), qPrintable(it.key()));
                connected.insert(it.key());
                const QJsonArray outputs = it.value().toObject().value(u"main"_s).toArray();
                QCOMPARE(outputs.size(), 1);
                const QJsonArray targets = outputs.at(0).toArray();
                QCOMPARE(targets.size(), 1);
                const QJsonObject to = targets.at(0).toObject();
                const QString toName = to.value(u"node"_s).toString();
                QVERIFY2(names.contains(toName), qPrintable(toName));
                QCOMPARE(to.value(u"type"_s), QJsonValue(u"main"_s));
                QCOMPARE(to.value(u"index"_s).toInt(-1), 0);
                connected.insert(toName);
                next.insert(it.key(), toName);
            }
            QCOMPARE(connected, names);
            QCOMPARE(next.size(), 2);
            QCOMPARE(next.value(u"Webhook"_s), u"HTTP Request"_s);
            QCOMPARE(next.value(u"HTTP Request"_s), u"Respond to Webhook"_s);

            // Webhook
            const QJsonObject hook = webhook.value(u"parameters"_s).toObject();
            QCOMPARE(hook.value(u"httpMethod"_s), QJsonValue(u"POST"_s));
            QCOMPARE(hook.value(u"responseMode"_s), QJsonValue(u"responseNode"_s));
            QVERIFY(!hook.value(u"path"_s).toString().isEmpty());
            QVERIFY(!QUuid::fromString(webhook.value(u"webhookId"_s).toString()).isNull());

            // HTTP Request
            const QJsonObject p = http.value(u"parameters"_s).toObject();
            QCOMPARE(p.value(u"method"_s), QJsonValue(u"POST"_s));
            QCOMPARE(p.value(u"url"_s).toString(), fromDocker ? dockerChatUrl : chatUrl);
            QCOMPARE(p.value(u"sendBody"_s), QJsonValue(true));
            QCOMPARE(p.value(u"specifyBody"_s), QJsonValue(u"json"_s));
            QVERIFY(p.value(u"options"_s).isObject());

            // The body template: the app's body without streaming, the last user message from
            // the webhook. No {{ or }} of the conversation's text is left to be read as an
            // expression.
            const QString jsonBody = p.value(u"jsonBody"_s).toString();
            QVERIFY(jsonBody.startsWith(u'='));
            const QString message = u"From n8n: \"quoted\" {{ $json }} l'été ✓\n"_s;
            const QString filled =
                substituteExpression(jsonBody.sliced(1), u"JSON.stringify($json.body.message)"_s,
                                     QString::fromUtf8(QJsonDocument(QJsonArray{message})
                                                           .toJson(QJsonDocument::Compact)
                                                           .chopped(1)
                                                           .sliced(1)));
            QVERIFY2(!filled.isEmpty(), qPrintable(jsonBody));
            const QJsonDocument sent = QJsonDocument::fromJson(filled.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(filled));
            QJsonObject expected = appBody(target.kind, request, false);
            QJsonArray messages = expected.value(u"messages"_s).toArray();
            QJsonObject last = messages.last().toObject();
            QCOMPARE(last.value(u"role"_s), QJsonValue(u"user"_s));
            last.insert(u"content"_s, message);
            messages.replace(messages.size() - 1, last);
            expected.insert(u"messages"_s, messages);
            QCOMPARE(sent.object(), expected);

            if (target.tokenEnvVar.isEmpty()) {
                QVERIFY(!p.value(u"sendHeaders"_s).toBool());
            } else {
                QCOMPARE(p.value(u"sendHeaders"_s), QJsonValue(true));
                const QJsonArray headers =
                    p.value(u"headerParameters"_s).toObject().value(u"parameters"_s).toArray();
                QCOMPARE(headers.size(), 1);
                const QJsonObject header = headers.at(0).toObject();
                QCOMPARE(header.value(u"name"_s), QJsonValue(u"Authorization"_s));
                const QString value = header.value(u"value"_s).toString();
                QVERIFY2(value.startsWith(u"={{ 'Bearer ' + $env"_s), qPrintable(value));
                QVERIFY2(value.contains(target.tokenEnvVar), qPrintable(value));
                QVERIFY(value.endsWith(u" }}"_s));
            }

            // Respond to Webhook: the answer text out of the server's reply.
            const QJsonObject answer = respond.value(u"parameters"_s).toObject();
            QCOMPARE(answer.value(u"respondWith"_s), QJsonValue(u"json"_s));
            QVERIFY(answer.value(u"responseBody"_s)
                        .toString()
                        .contains(target.kind == ServerKind::Ollama
                                      ? u"$json.message.content"_s
                                      : u"$json.choices[0].message.content"_s));
        }
    }

    void n8nBodyWithoutUserTurn()
    {
        ChatRequest request;
        request.model = u"m"_s;
        request.messages = {{ChatTurn::Role::System, u"sys"_s}};
        const ApiCallTarget target{ServerKind::Ollama, QUrl(u"http://127.0.0.1:11434"_s), {}};
        const QJsonObject workflow =
            QJsonDocument::fromJson(ApiSnippets::n8nWorkflow(target, request, false).toUtf8())
                .object();
        const QString jsonBody = nodeNamed(workflow.value(u"nodes"_s).toArray(), u"HTTP Request"_s)
                                     .value(u"parameters"_s)
                                     .toObject()
                                     .value(u"jsonBody"_s)
                                     .toString();
        const QString filled = substituteExpression(
            jsonBody.sliced(1), u"JSON.stringify($json.body.message)"_s, u"\"hi\""_s);
        const QJsonArray messages =
            QJsonDocument::fromJson(filled.toUtf8()).object().value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(1).toObject(),
                 (QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"hi"_s}}));
    }

    // n8n's {{ }} expressions run as JavaScript: the body, the header and the answer.
    void n8nExpressionsEvaluate_data() { targets(); }
    void n8nExpressionsEvaluate()
    {
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        if (node.isEmpty())
            QSKIP("node is not installed");
        const ApiCallTarget target = fetchTarget();
        const ChatRequest request = trickyRequest();
        const QJsonObject workflow =
            QJsonDocument::fromJson(ApiSnippets::n8nWorkflow(target, request, false).toUtf8())
                .object();
        const QJsonArray nodes = workflow.value(u"nodes"_s).toArray();
        const QJsonObject http =
            nodeNamed(nodes, u"HTTP Request"_s).value(u"parameters"_s).toObject();
        const QJsonObject respond =
            nodeNamed(nodes, u"Respond to Webhook"_s).value(u"parameters"_s).toObject();
        const QJsonArray headers =
            http.value(u"headerParameters"_s).toObject().value(u"parameters"_s).toArray();

        const QString message = u"Webhook says \"hi\" {{ }} l'été\\ ✓"_s;
        const QJsonObject serverReply =
            target.kind == ServerKind::Ollama
                ? QJsonObject{{u"message"_s, QJsonObject{{u"content"_s, u"Answer \"ok\" ✓"_s}}}}
                : QJsonObject{
                      {u"choices"_s,
                       QJsonArray{QJsonObject{
                           {u"message"_s, QJsonObject{{u"content"_s, u"Answer \"ok\" ✓"_s}}}}}}};
        const QJsonObject input{
            {u"body"_s, http.value(u"jsonBody"_s)},
            {u"header"_s,
             headers.isEmpty() ? QJsonValue() : headers.at(0).toObject().value(u"value"_s)},
            {u"respond"_s, respond.value(u"responseBody"_s)},
            {u"webhookItem"_s, QJsonObject{{u"body"_s, QJsonObject{{u"message"_s, message}}}}},
            {u"serverReply"_s, serverReply},
            {u"env"_s, QJsonObject{{target.tokenEnvVar.isEmpty() ? u"UNUSED"_s : target.tokenEnvVar,
                                    TokenValue}}},
        };
        const QByteArray program = testData(u"snippets/n8n_expressions.js"_s);
        QTemporaryDir dir;
        const QString js = dir.filePath(u"n8n.js"_s);
        QVERIFY(writeFile(js, program));
        QProcess p;
        p.start(node, {js});
        QVERIFY(p.waitForStarted());
        p.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();

        QJsonObject expected = appBody(target.kind, request, false);
        QJsonArray messages = expected.value(u"messages"_s).toArray();
        messages.replace(messages.size() - 1,
                         QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, message}});
        expected.insert(u"messages"_s, messages);
        QCOMPARE(out.value(u"body"_s).toObject(), expected);
        if (target.tokenEnvVar.isEmpty())
            QVERIFY(out.value(u"header"_s).isNull());
        else
            QCOMPARE(out.value(u"header"_s).toString(), u"Bearer "_s + TokenValue);
        QCOMPARE(out.value(u"respond"_s).toObject(),
                 (QJsonObject{{u"answer"_s, u"Answer \"ok\" ✓"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestApiSnippets)
#include "tst_apisnippets.moc"
