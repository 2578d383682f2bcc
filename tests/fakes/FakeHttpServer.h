#pragma once

#include "RecordedRequest.h"
#include "Responder.h"
#include "StreamPlan.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <functional>

class HttpConnection;
class QTcpServer;

// Minimal asynchronous HTTP/1.1 server on 127.0.0.1 for tests: keep-alive, pipelining,
// Content-Length and chunked request bodies, Expect: 100-continue, HEAD, chunked streaming.
// Records every request. Subclasses implement handle(); streamed answers (StreamPlan) get the
// configured pacing and Fault. Never blocks; survives clients that disconnect at any time.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        Stall,      // after N chunks stop sending, keep the connection open
        CutStream,  // after N chunks close the socket (no terminating 0-chunk)
        Garbage,    // after N chunks send one line of non-JSON bytes (invalid UTF-8), go on
        Http500,    // answer chat requests with 500 + the server's JSON error body
        ServerError // after N chunks send the server's in-stream error object, end normally
    };
    Q_ENUM(Fault)

    using Handler = std::function<void(const RecordedRequest &, Responder &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1; 0 = any free port
    // On another address, e.g. QHostAddress::Any to be reached from other machines (baseUrl()
    // still names 127.0.0.1).
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    bool isListening() const;
    QString errorString() const; // why listen() failed
    void close();                // stop listening and drop every open connection

    QList<RecordedRequest> requests() const;
    void clearRequests();

    void setFault(Fault fault, int afterChunks = 2);
    Fault fault() const;
    int faultAfterChunks() const;
    void setTokenIntervalMs(int ms); // pause between streamed chunks (0 = next event loop turn)
    int tokenIntervalMs() const;
    void setDelayBeforeFirstChunkMs(int ms); // simulated model load before the first chunk
    int delayBeforeFirstChunkMs() const;
    void setAnswer(const QStringList &tokens); // assistant answer, one token per chunk
    QStringList answer() const;

    // Optional hook run before handle(): answer through the Responder to override a route,
    // leave it unanswered to fall through to the server's normal behaviour.
    void setHandler(Handler handler);

    // Optional: reshapes every streamed answer before it is played (StreamFaults.h makes the
    // faults of real servers and proxies this way: endless lines, random read boundaries...).
    using StreamShaper = std::function<StreamPlan(const StreamPlan &)>;
    void setStreamShaper(StreamShaper shaper);
    StreamPlan shapeStream(const StreamPlan &plan) const;

    // Splits text into LLM-like tokens: words keep their leading spaces, newline runs are
    // tokens of their own ("Hello world\n\nBye" -> "Hello", " world", "\n\n", "Bye").
    static QStringList splitIntoTokens(const QString &text);

Q_SIGNALS:
    void requestReceived(const RecordedRequest &request);

protected:
    // Default: 404 "404 page not found" (text/plain).
    virtual void handle(const RecordedRequest &request, Responder &responder);
    // Headers every response of this server carries (e.g. "Server: uvicorn").
    void setDefaultHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);

private:
    friend class HttpConnection;
    void dispatch(const RecordedRequest &request, Responder &responder);
    QList<QPair<QByteArray, QByteArray>> defaultHeaders() const { return m_defaultHeaders; }

    QTcpServer *m_tcp = nullptr;
    QList<RecordedRequest> m_requests;
    QList<QPair<QByteArray, QByteArray>> m_defaultHeaders;
    Handler m_handler;
    StreamShaper m_shaper;
    QStringList m_answer;
    Fault m_fault = Fault::None;
    int m_faultAfterChunks = 2;
    int m_tokenIntervalMs = 0;
    int m_delayBeforeFirstChunkMs = 0;
};
