#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

// A failure: what kind it was, what the server said, and a sentence for the user that says what
// happened and what to do. Mostly failures talking to a server; File and Invalid are LocalForge's
// own (a file it could not read or write, something asked of it that it cannot use or do).
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Refused,       // nothing listens on the port
        HostNotFound,  // the name does not resolve
        Timeout,       // no answer within the time allowed
        Network,       // other transport failures (TLS, reset, ...)
        Http,          // an HTTP error status with or without a JSON error body
        Server,        // an error the server reported inside a 200 stream
        StreamCut,     // the connection ended before the answer was complete
        BadResponse,   // the server answered something that is not the protocol
        WrongService,  // the port answers, but as another kind of program
        ModelMissing,  // the server does not have the model asked for
        NoModelLoaded, // LM Studio without just-in-time loading: no model is in memory
        OutOfMemory,   // the server could not find the memory for the model or its context
        LoopbackOnly,  // the server listens on this machine's loopback address only
        File,          // a file or folder could not be read, written or deleted (message says why)
        Invalid,       // a file, an input or a request LocalForge cannot use, or not now
        ServerRemoved, // the server was removed from LocalForge while a call to it was under way
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverMessage; // the server's own words, verbatim, when it sent any
    QString message;       // for the user: what happened and what to do

    bool isError() const { return kind != Kind::None; }

    // From a finished reply that failed at transport level (refused, timeout, reset...).
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QString &errorString,
                                const QUrl &url, int timeoutSeconds = 0);
    // From an HTTP error status and its body (any of the servers' error formats).
    // tokenSent: the request carried the server's token (a 401 then means it was refused).
    static ApiError fromHttp(int status, const QByteArray &body, const QUrl &url,
                             bool tokenSent = false);
    // From an error object or string inside a stream that began with HTTP 200.
    static ApiError fromServerMessage(const QString &serverMessage);
    static ApiError streamCut(const QUrl &url);
    // A model download whose connection ended before the server said it was done (the server
    // keeps the parts it has).
    static ApiError pullCut(const QUrl &url, const QString &model);
    // A model download the server gave up on, with its own words.
    static ApiError pullFailed(const QString &model, const QString &serverMessage);
    static ApiError timeout(const QUrl &url, int seconds);
    // A load of `model` that did not end within `limitMs`: LocalForge stopped waiting.
    static ApiError loadTimeout(const QUrl &url, const QString &model, qint64 limitMs);
    static ApiError badResponse(const QUrl &url, const QString &detail);
    // A call to `url` whose server was removed from LocalForge before it was done.
    static ApiError serverRemoved(const QUrl &url);
    // Something answers on the port, but not as the expected server (expectedName may be empty).
    static ApiError wrongService(const QUrl &url, const QString &expectedName);
    // `name` answers at `url`'s host and port, but its API is not under `url`'s path.
    static ApiError wrongPath(const QUrl &url, const QString &name);
    // A body LocalForge stopped reading because it passed `limitBytes`, or because it kept
    // coming for longer than `limitMs` (a port that streams forever, say).
    static ApiError bodyTooLarge(const QUrl &url, qint64 limitBytes);
    static ApiError bodyTooSlow(const QUrl &url, int limitMs);
    // A stream with a line (or an event, for `event`) longer than `limitBytes`: reading
    // stopped there; what came before is kept.
    static ApiError lineTooLong(const QUrl &url, qint64 limitBytes, bool event = false);
    // Nothing answers where a server of `kindName` (may be empty) is expected: how to start it
    // on this operating system, or in Docker.
    static ApiError notRunning(const QUrl &url, const QString &kindName);
    // `url` is this machine's own network address, where nothing answers, while Ollama answers
    // on the loopback address at the same port.
    static ApiError loopbackOnly(const QUrl &url);
    // LocalForge's own failures, with the sentence its caller wrote (through its own tr()).
    static ApiError file(const QString &message);
    static ApiError invalid(const QString &message);
    // Whether a server's own message says it ran out of memory (Ollama, llama.cpp, CUDA, Metal).
    static bool isOutOfMemory(const QString &serverMessage);

    // The human text of an error body: {"error":"..."}, {"error":{"message":...}},
    // {"message":...} (old vLLM), {"detail":...} (FastAPI). Empty when none is found.
    static QString extractServerMessage(const QByteArray &body);
    static QString extractServerMessage(const QJsonValue &errorValue);
    // A server's own words are shown at most this long (longer ones end in "…").
    static constexpr qsizetype MaxServerMessageChars = 300;
    static QString capServerMessage(const QString &message);
};
