#include "FakeReverseProxy.h"

#include "StreamFaults.h"

FakeReverseProxy::FakeReverseProxy(int status, QObject *parent)
    : FakeHttpServer(parent)
    , m_status(status)
{
    setDefaultHeaders({{QByteArrayLiteral("Server"), QByteArrayLiteral("nginx/1.24.0 (Ubuntu)")}});
}

void FakeReverseProxy::setStatus(int status)
{
    m_status = status;
}

void FakeReverseProxy::setDelayMs(int ms)
{
    m_delayMs = std::max(0, ms);
}

void FakeReverseProxy::handle(const RecordedRequest &request, Responder &responder)
{
    Q_UNUSED(request)
    responder.send(m_status, QByteArrayLiteral("text/html"), StreamFaults::nginxErrorPage(m_status),
                   {}, m_delayMs);
}
