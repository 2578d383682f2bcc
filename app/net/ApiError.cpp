#include "ApiError.h"

#include "HostAddress.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3);
}
} // namespace

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError error, const QString &errorString,
                               const QUrl &url, int timeoutSeconds)
{
    ApiError e;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        e.kind = Kind::Refused;
        e.message = tr("Nothing answers on %1. Start the server (for Ollama: `ollama serve`; "
                       "for LM Studio: Developer → Start server), or check the address and port.")
                        .arg(Net::hostPort(url));
        break;
    case QNetworkReply::HostNotFoundError:
        e.kind = Kind::HostNotFound;
        e.message =
            tr("The host name “%1” could not be found. Check the spelling, or use the machine's "
               "IP address.")
                .arg(url.host());
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return timeout(url, timeoutSeconds);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return streamCut(url);
    default:
        e.kind = Kind::Network;
        e.message = tr("The connection to %1 failed: %2. Check that the server is running and "
                       "reachable from this machine.")
                        .arg(Net::hostPort(url), errorString);
        break;
    }
    return e;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QUrl &url, bool tokenSent)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.serverMessage = extractServerMessage(body);
    const QString said =
        e.serverMessage.isEmpty() ? QString() : tr(" The server said: “%1”.").arg(e.serverMessage);
    // LM Studio says these with 400 or 404 depending on its version.
    if (e.serverMessage.contains(u"No models loaded", Qt::CaseInsensitive)) {
        e.kind = Kind::NoModelLoaded;
        e.message = tr("LM Studio at %1 has no model loaded.%2 Load one (the Load button, or "
                       "`lms load`), or turn on just-in-time loading in LM Studio.")
                        .arg(Net::hostPort(url), said);
        return e;
    }
    if ((status == 400 || status == 404) &&
        ((e.serverMessage.contains(u"model", Qt::CaseInsensitive) &&
          e.serverMessage.contains(u"not found", Qt::CaseInsensitive)) ||
         e.serverMessage.contains(u"Invalid model identifier", Qt::CaseInsensitive))) {
        e.kind = Kind::ModelMissing;
        e.message = tr("%1 does not have this model.%2 Pull (download) it first.")
                        .arg(Net::hostPort(url), said);
        return e;
    }
    // Ollama, asked to think with a model that cannot (Thinking on in the parameters).
    if (status == 400 && e.serverMessage.contains(u"does not support thinking")) {
        e.kind = Kind::Invalid;
        e.message = tr("This model cannot think (it has no thinking mode).%1 Set Thinking to "
                       "Default or Off in the chat's Parameters, or choose a model that thinks.")
                        .arg(said);
        return e;
    }
    switch (status) {
    case 401:
        e.message = tokenSent
                        ? tr("%1 refused the API token LocalForge sent (HTTP 401).%2 The token "
                             "may be wrong, changed or revoked: enter the server's current token "
                             "in its settings (Servers → Edit).")
                              .arg(Net::hostPort(url), said)
                        : tr("%1 asks for an API token (HTTP 401).%2 Add the server's token in "
                             "its settings (Servers → Edit), or turn off authentication on the "
                             "server.")
                              .arg(Net::hostPort(url), said);
        break;
    case 403:
        e.message = tr("%1 refused the request (HTTP 403).%2 An Ollama server bound to loopback "
                       "rejects other host names: start it with OLLAMA_HOST=0.0.0.0 to reach it "
                       "from another machine.")
                        .arg(Net::hostPort(url), said);
        break;
    case 404:
        e.message = tr("Not found on %1 (HTTP 404).%2 If a model is missing, pull or download it "
                       "first.")
                        .arg(Net::hostPort(url), said);
        break;
    case 502:
        e.message = tr("%1 answered through a proxy or gateway that could not reach the server "
                       "behind it (HTTP 502 Bad Gateway).%2 Check that the LLM server behind the "
                       "proxy is running, and that the proxy points at its address.")
                        .arg(Net::hostPort(url), said);
        break;
    case 504:
        e.message = tr("The proxy or gateway at %1 gave up waiting for the server behind it (HTTP "
                       "504 Gateway Timeout).%2 A large model can take minutes to load: try "
                       "again, or raise the proxy's timeout.")
                        .arg(Net::hostPort(url), said);
        break;
    case 429:
        e.message = tr("%1 has too many requests to answer now (HTTP 429).%2 Wait a moment and "
                       "try again; on a server a whole room shares, ask fewer people to send at "
                       "once.")
                        .arg(Net::hostPort(url), said);
        break;
    case 503:
        e.message = tr("%1 is busy or still loading (HTTP 503).%2 Wait a moment and try again.")
                        .arg(Net::hostPort(url), said);
        break;
    default:
        if (isOutOfMemory(e.serverMessage)) {
            e.kind = Kind::OutOfMemory;
            e.message = tr("%1 ran out of memory (HTTP %2).%3 Choose a smaller model (or a "
                           "smaller quantization), or a shorter context (Parameters → Context "
                           "length).")
                            .arg(Net::hostPort(url))
                            .arg(status)
                            .arg(said);
            break;
        }
        if (status >= 500)
            e.message = tr("%1 reported an internal error (HTTP %2).%3 Check the server's log; "
                           "a smaller model or context often helps when memory runs out.")
                            .arg(Net::hostPort(url))
                            .arg(status)
                            .arg(said);
        else
            e.message = tr("%1 rejected the request (HTTP %2).%3")
                            .arg(Net::hostPort(url))
                            .arg(status)
                            .arg(said);
        break;
    }
    return e;
}

ApiError ApiError::fromServerMessage(const QString &message)
{
    const QString serverMessage = capServerMessage(message);
    ApiError e;
    e.kind = Kind::Server;
    e.serverMessage = serverMessage;
    if (isOutOfMemory(serverMessage)) {
        e.kind = Kind::OutOfMemory;
        e.message = tr("The server ran out of memory: “%1”. What was written so far is kept. "
                       "Choose a smaller model (or a smaller quantization), or a shorter context "
                       "(Parameters → Context length).")
                        .arg(serverMessage);
        return e;
    }
    e.message = tr("The server stopped with an error: “%1”. What was written so far is kept; "
                   "check the server's log, or try a smaller model or context.")
                    .arg(serverMessage);
    return e;
}

bool ApiError::isOutOfMemory(const QString &m)
{
    static const char *const phrases[] = {"out of memory",
                                          "requires more system memory",
                                          "insufficient memory",
                                          "not enough memory",
                                          "failed to allocate",
                                          "cudaMalloc failed",
                                          "unable to allocate",
                                          "memory exhausted",
                                          "kIOGPUCommandBufferCallbackErrorOutOfMemory"};
    for (const char *phrase : phrases) {
        if (m.contains(QLatin1StringView(phrase), Qt::CaseInsensitive))
            return true;
    }
    // "OOM" only as a word ("OOM", "oom-killer"), not inside other words.
    static const QRegularExpression oom(QStringLiteral("\\bOOM\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    return oom.match(m).hasMatch();
}

ApiError ApiError::notRunning(const QUrl &url, const QString &kindName)
{
    ApiError e;
    e.kind = Kind::Refused;
    QString how;
    const bool ollama = kindName == u"Ollama";
    const bool lmstudio = kindName == u"LM Studio";
    // The commands as they start a server on this address: Ollama listens on 127.0.0.1:11434
    // and LM Studio on port 1234 unless told otherwise.
    const int port = url.port();
    const bool local = Net::isLoopbackHost(url.host());
    QString ollamaHost; // what OLLAMA_HOST must say, when Ollama's own address does not fit
    if (!local)
        ollamaHost = QStringLiteral("0.0.0.0:%1").arg(port > 0 ? port : 11434);
    else if (port > 0 && port != 11434)
        ollamaHost =
            QStringLiteral("%1:%2")
                .arg(url.host() == u"::1" ? QStringLiteral("[::1]") : QStringLiteral("127.0.0.1"))
                .arg(port);
#if defined(Q_OS_WIN)
    const QString ollamaServe =
        QStringLiteral("$env:OLLAMA_HOST=\"%1\"; ollama serve").arg(ollamaHost);
#else
    const QString ollamaServe = QStringLiteral("OLLAMA_HOST=%1 ollama serve").arg(ollamaHost);
#endif
    const QString lmsStart = port < 0 || port == 1234
                                 ? QStringLiteral("lms server start")
                                 : QStringLiteral("lms server start --port %1").arg(port);
    if (ollama && !local)
        how = tr("On %1, run `%2`: Ollama answers only its own machine unless OLLAMA_HOST says "
                 "otherwise.")
                  .arg(url.host(), ollamaServe);
    else if (ollama && !ollamaHost.isEmpty())
        how = tr("Run `%1` in a terminal: Ollama listens on port 11434 unless OLLAMA_HOST says "
                 "otherwise.")
                  .arg(ollamaServe);
    else if (lmstudio)
        how = tr("In LM Studio, open Developer and switch on Start server, or run `%1`.")
                  .arg(lmsStart);
#if defined(Q_OS_MACOS)
    else if (ollama)
        how = tr("Open the Ollama app, or run `%1` in a terminal.")
                  .arg(QStringLiteral("ollama serve"));
#elif defined(Q_OS_WIN)
    else if (ollama)
        how = tr("Start Ollama from the Start menu, or run `%1` in a terminal.")
                  .arg(QStringLiteral("ollama serve"));
#else
    else if (ollama)
        how = tr("Run `systemctl start ollama` (installed as a service) or `%1`.")
                  .arg(QStringLiteral("ollama serve"));
#endif
    if (ollama)
        how += u' ' + tr("With Docker: `docker run -d -p %1:11434 -v ollama:/root/.ollama "
                         "--name ollama ollama/ollama`.")
                          .arg(port > 0 ? port : 11434);
    // A server of a kind not known yet: each command as it starts that kind on this address.
    const QString ollamaCommand =
        ollamaHost.isEmpty() ? QStringLiteral("ollama serve") : ollamaServe;
    const QString llamaCommand = QStringLiteral("llama-server -m model.gguf%1 --port %2")
                                     .arg(local ? QString() : QStringLiteral(" --host 0.0.0.0"))
                                     .arg(port > 0 ? port : 8080);
    // llama.cpp and vLLM: their own command only.
    QString own;
    if (kindName == u"llama.cpp")
        own = llamaCommand;
    else if (kindName == u"vLLM")
        own = QStringLiteral("vllm serve MODEL --port %1").arg(port > 0 ? port : 8000);
    if (how.isEmpty() && !own.isEmpty()) {
        how = local ? tr("Start it with `%1`.").arg(own)
                    : tr("On %1, start it with `%2`.").arg(url.host(), own);
    } else if (how.isEmpty() && local) {
        how = tr("Start the server (for Ollama: `%1`; for LM Studio: `%2`; for llama.cpp: `%3`), "
                 "or check the address and port.")
                  .arg(ollamaCommand, lmsStart, llamaCommand);
    } else if (how.isEmpty()) {
        how = tr("On %1, start the server (for Ollama: `%2`; for LM Studio: `%3`; for llama.cpp: "
                 "`%4`), or check the address and port.")
                  .arg(url.host(), ollamaCommand, lmsStart, llamaCommand);
    }
    e.message = tr("Nothing answers on %1.").arg(Net::hostPort(url)) + u' ' + how;
    return e;
}

ApiError ApiError::loopbackOnly(const QUrl &url)
{
    ApiError e;
    e.kind = Kind::LoopbackOnly;
    e.message = tr("Ollama runs on this machine but listens on 127.0.0.1 only, so %1 (and every "
                   "other machine) cannot reach it. Restart it with OLLAMA_HOST=0.0.0.0 (for "
                   "the service: `systemctl edit ollama`, add Environment=\"OLLAMA_HOST=0.0.0.0\"; "
                   "on macOS: `launchctl setenv OLLAMA_HOST 0.0.0.0`, then restart the app).")
                    .arg(Net::hostPort(url));
    return e;
}

ApiError ApiError::pullFailed(const QString &model, const QString &message)
{
    const QString serverMessage = capServerMessage(message);
    ApiError e;
    e.kind = Kind::Server;
    e.serverMessage = serverMessage;
    if (serverMessage.contains(u"file does not exist") || serverMessage.contains(u"not found"))
        e.message = tr("There is no model called “%1” to download (the server said: “%2”). Check "
                       "the name and the tag, for example llama3.2:1b.")
                        .arg(model, serverMessage);
    else
        e.message = tr("Downloading %1 failed: “%2”. What was downloaded is kept; try again to "
                       "resume.")
                        .arg(model, serverMessage);
    return e;
}

ApiError ApiError::file(const QString &message)
{
    ApiError e;
    e.kind = Kind::File;
    e.message = message;
    return e;
}

ApiError ApiError::invalid(const QString &message)
{
    ApiError e;
    e.kind = Kind::Invalid;
    e.message = message;
    return e;
}

ApiError ApiError::streamCut(const QUrl &url)
{
    ApiError e;
    e.kind = Kind::StreamCut;
    e.message = tr("The connection to %1 closed before the answer was complete. What was written "
                   "so far is kept. Check that the server is still running.")
                    .arg(Net::hostPort(url));
    return e;
}

ApiError ApiError::pullCut(const QUrl &url, const QString &model)
{
    ApiError e;
    e.kind = Kind::StreamCut;
    e.message = tr("The connection to %1 closed before the download of %2 was complete. The parts "
                   "downloaded so far stay on the server: Retry resumes from there. If it "
                   "keeps happening, check that the server is still running.")
                    .arg(Net::hostPort(url), model);
    return e;
}

ApiError ApiError::timeout(const QUrl &url, int seconds)
{
    ApiError e;
    e.kind = Kind::Timeout;
    if (seconds > 0)
        e.message = tr("%1 sent nothing for %2 s. A large model can take minutes to load: raise "
                       "the timeout (Parameters beside the chat, or Preferences), or try again.")
                        .arg(Net::hostPort(url))
                        .arg(seconds);
    else
        e.message = tr("%1 did not answer in time. Check that the server is running and "
                       "reachable.")
                        .arg(Net::hostPort(url));
    return e;
}

ApiError ApiError::loadTimeout(const QUrl &url, const QString &model, qint64 limitMs)
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.message =
        tr("%1 did not finish loading %2 within %3 s, so LocalForge stopped waiting. The "
           "server may still be loading it: check the loaded models in a moment, or the "
           "server's log. For a model that takes longer, raise the request timeout in "
           "Preferences and load it again.")
            .arg(Net::hostPort(url), model, QString::number(double(limitMs) / 1000.0, 'g', 3));
    return e;
}

ApiError ApiError::badResponse(const QUrl &url, const QString &detail)
{
    ApiError e;
    e.kind = Kind::BadResponse;
    e.serverMessage = detail;
    e.message = tr("%1 answered something that is not the expected protocol (%2). Check that the "
                   "address points at an LLM server.")
                    .arg(Net::hostPort(url), detail);
    return e;
}

ApiError ApiError::serverRemoved(const QUrl &url)
{
    ApiError e;
    e.kind = Kind::ServerRemoved;
    e.message = tr("%1 was removed from LocalForge before this was done, so LocalForge stopped "
                   "there and did nothing more on it. To use it again, add it again (Add "
                   "server…).")
                    .arg(Net::hostPort(url));
    return e;
}

ApiError ApiError::wrongService(const QUrl &url, const QString &expectedName)
{
    ApiError e;
    e.kind = Kind::WrongService;
    const QString port = QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
    if (expectedName.isEmpty())
        e.message = tr("Port %1 on %2 answers, but not as an LLM server LocalForge knows. Check "
                       "the address and the port.")
                        .arg(port, url.host());
    else
        e.message = tr("Port %1 on %2 answers, but not as %3. Another program is using the "
                       "port: stop it, or start %3 on another port and add that address.")
                        .arg(port, url.host(), expectedName);
    return e;
}

ApiError ApiError::wrongPath(const QUrl &url, const QString &name)
{
    ApiError e;
    e.kind = Kind::WrongService;
    const QUrl root = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                                   QUrl::RemoveFragment);
    e.message = tr("%1 answers at %2, but its API is not under %3. Change the address to %2.")
                    .arg(name, root.toString(), url.path());
    return e;
}

ApiError ApiError::bodyTooLarge(const QUrl &url, qint64 limitBytes)
{
    ApiError e;
    e.kind = Kind::BadResponse;
    e.message = tr("%1 sent more than %2 MB where a short answer was expected, so LocalForge "
                   "stopped reading. Check that the address points at an LLM server.")
                    .arg(Net::hostPort(url), megabytes(limitBytes));
    return e;
}

ApiError ApiError::bodyTooSlow(const QUrl &url, int limitMs)
{
    ApiError e;
    e.kind = Kind::BadResponse;
    e.message = tr("%1 kept sending for more than %2 s where a short answer was expected, so "
                   "LocalForge stopped reading. Check that the address points at an LLM server.")
                    .arg(Net::hostPort(url), QString::number(double(limitMs) / 1000.0, 'g', 3));
    return e;
}

ApiError ApiError::lineTooLong(const QUrl &url, qint64 limitBytes, bool event)
{
    ApiError e;
    e.kind = Kind::BadResponse;
    e.message = event ? tr("%1: the server sent an event of more than %2 MB, so LocalForge "
                           "stopped reading the answer there. What came before it is kept.")
                            .arg(Net::hostPort(url), megabytes(limitBytes))
                      : tr("%1: the server sent a line of more than %2 MB, so LocalForge stopped "
                           "reading the answer there. What came before it is kept.")
                            .arg(Net::hostPort(url), megabytes(limitBytes));
    return e;
}

QString ApiError::capServerMessage(const QString &message)
{
    if (message.size() <= MaxServerMessageChars)
        return message;
    qsizetype cut = MaxServerMessageChars - 1;
    if (message.at(cut - 1).isHighSurrogate())
        --cut; // never half of a character
    return message.first(cut) + u'…';
}

QString ApiError::extractServerMessage(const QJsonValue &errorValue)
{
    if (errorValue.isString())
        return capServerMessage(errorValue.toString());
    if (errorValue.isObject()) {
        const QJsonObject o = errorValue.toObject();
        if (o.value(u"message").isString())
            return capServerMessage(o.value(u"message").toString());
        if (o.value(u"error").isString())
            return capServerMessage(o.value(u"error").toString());
    }
    return {};
}

QString ApiError::extractServerMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.contains(u"error")) {
            const QString m = extractServerMessage(o.value(u"error"));
            if (!m.isEmpty())
                return m;
        }
        if (o.value(u"message").isString())
            return capServerMessage(o.value(u"message").toString());
        if (o.value(u"detail").isString())
            return capServerMessage(o.value(u"detail").toString());
        return {};
    }
    const QString text = QString::fromUtf8(body).trimmed();
    // Plain-text bodies (Go's "404 page not found") are short; HTML pages are not useful.
    if (!text.isEmpty() && text.size() <= 200 && !text.startsWith(u'<'))
        return text;
    return {};
}
