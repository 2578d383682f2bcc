#pragma once

#include "StreamPlan.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>

class HttpConnection;

// Handle through which a FakeHttpServer route answers one request. Exactly one of the answer
// functions takes effect; later calls are ignored. Safe to use after the client went away
// (then it does nothing). HEAD requests automatically get the headers only.
class Responder final
{
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    // Fixed body with Content-Length. `delayMs` > 0 answers later (event loop, never blocking).
    void send(int status, const QByteArray &contentType, const QByteArray &body,
              const HeaderList &extraHeaders = {}, int delayMs = 0);
    // "application/json; charset=utf-8"
    void sendJson(int status, const QByteArray &json, int delayMs = 0);
    // "text/plain; charset=utf-8"
    void sendText(int status, const QByteArray &text);
    // Chunked stream, paced and faulted according to the server's settings.
    void stream(const StreamPlan &plan);

    bool answered() const { return m_answered; }

private:
    friend class HttpConnection;
    Responder(HttpConnection *connection, quint64 serial);

    QPointer<HttpConnection> m_connection;
    quint64 m_serial = 0;
    bool m_answered = false;
};
