#pragma once

#include "FakeHttpServer.h"
#include "RecordedRequest.h"
#include "StreamPlan.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

// Internal to FakeHttpServer: one accepted connection. Parses requests and answers them one
// at a time in arrival order (keep-alive, pipelining); plays streamed answers on a timer.
// Deletes itself (deleteLater) when the peer disconnects or the server shuts it down.
class HttpConnection final : public QObject
{
    Q_OBJECT
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    HttpConnection(QTcpSocket *socket, FakeHttpServer *server);
    ~HttpConnection() override;

    void shutdown(); // abort the socket now; no further writes

    // Called through Responder; `serial` must name the request currently being answered.
    void respond(quint64 serial, int status, const QByteArray &contentType, const QByteArray &body,
                 const HeaderList &extraHeaders, int delayMs);
    void stream(quint64 serial, const StreamPlan &plan);

private:
    enum class State { Idle, Responding, Closing, Closed };
    enum class Parse { Incomplete, Complete, Error };

    void onReadyRead();
    void onDisconnected();
    void onTimer();
    void processNext();
    Parse parseRequest(RecordedRequest *request, int *errorStatus);
    QByteArray responseHead(int status, const QByteArray &contentType, const HeaderList &extra,
                            qint64 contentLength) const;
    bool isOpen() const;
    void write(const QByteArray &bytes);
    void writeChunk(const QByteArray &payload);
    void ensureStreamHead();
    void streamStep();
    bool applyFaultIfDue();
    void finishResponse();
    void closeAfterWrite();
    void failAndClose(int status);

    QTcpSocket *m_socket = nullptr;
    QPointer<FakeHttpServer> m_server;
    QByteArray m_buffer;
    QTimer m_timer;
    State m_state = State::Idle;
    quint64 m_serial = 0;
    bool m_keepAlive = true;
    bool m_http10 = false;
    bool m_head = false;
    bool m_continueSent = false;

    QByteArray m_delayedResponse; // fixed answer waiting for its delay

    bool m_streaming = false;
    StreamPlan m_plan;
    bool m_streamHeadSent = false;
    qsizetype m_nextChunk = 0;
    int m_sentChunks = 0;
    FakeHttpServer::Fault m_fault = FakeHttpServer::Fault::None;
    int m_faultAfter = 0;
    bool m_faultApplied = false;
    int m_intervalMs = 0;
    QElapsedTimer m_paced; // since the first chunk of the stream went out
};
