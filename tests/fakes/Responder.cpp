#include "Responder.h"

#include "HttpConnection.h"

Responder::Responder(HttpConnection *connection, quint64 serial)
    : m_connection(connection)
    , m_serial(serial)
{}

void Responder::send(int status, const QByteArray &contentType, const QByteArray &body,
                     const HeaderList &extraHeaders, int delayMs)
{
    if (m_answered)
        return;
    m_answered = true;
    if (m_connection)
        m_connection->respond(m_serial, status, contentType, body, extraHeaders, delayMs);
}

void Responder::sendJson(int status, const QByteArray &json, int delayMs)
{
    send(status, QByteArrayLiteral("application/json; charset=utf-8"), json, {}, delayMs);
}

void Responder::sendText(int status, const QByteArray &text)
{
    send(status, QByteArrayLiteral("text/plain; charset=utf-8"), text);
}

void Responder::stream(const StreamPlan &plan)
{
    if (m_answered)
        return;
    m_answered = true;
    if (m_connection)
        m_connection->stream(m_serial, plan);
}
