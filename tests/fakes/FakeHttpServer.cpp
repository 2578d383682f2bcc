#include "FakeHttpServer.h"

#include "FakeResources.h"
#include "HttpConnection.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

#include <utility>

using namespace Qt::StringLiterals;

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
    , m_tcp(new QTcpServer(this))
{
    initFakeResources();
    qRegisterMetaType<RecordedRequest>();
    m_tcp->setMaxPendingConnections(256);
    connect(m_tcp, &QTcpServer::newConnection, this, [this] {
        while (m_tcp->hasPendingConnections()) {
            QTcpSocket *socket = m_tcp->nextPendingConnection();
            if (socket)
                new HttpConnection(socket, this);
        }
    });
}

FakeHttpServer::~FakeHttpServer()
{
    close();
}

bool FakeHttpServer::listen(quint16 port)
{
    if (m_tcp->isListening())
        return true;
    return m_tcp->listen(QHostAddress(QHostAddress::LocalHost), port);
}

bool FakeHttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_tcp->isListening())
        return true;
    return m_tcp->listen(address, port);
}

quint16 FakeHttpServer::port() const
{
    return m_tcp->isListening() ? m_tcp->serverPort() : 0;
}

QUrl FakeHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

bool FakeHttpServer::isListening() const
{
    return m_tcp->isListening();
}

QString FakeHttpServer::errorString() const
{
    return m_tcp->errorString();
}

void FakeHttpServer::close()
{
    m_tcp->close();
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        connection->shutdown();
}

QList<RecordedRequest> FakeHttpServer::requests() const
{
    return m_requests;
}

void FakeHttpServer::clearRequests()
{
    m_requests.clear();
}

void FakeHttpServer::setFault(Fault fault, int afterChunks)
{
    m_fault = fault;
    m_faultAfterChunks = qMax(0, afterChunks);
}

FakeHttpServer::Fault FakeHttpServer::fault() const
{
    return m_fault;
}

int FakeHttpServer::faultAfterChunks() const
{
    return m_faultAfterChunks;
}

void FakeHttpServer::setTokenIntervalMs(int ms)
{
    m_tokenIntervalMs = qMax(0, ms);
}

int FakeHttpServer::tokenIntervalMs() const
{
    return m_tokenIntervalMs;
}

void FakeHttpServer::setDelayBeforeFirstChunkMs(int ms)
{
    m_delayBeforeFirstChunkMs = qMax(0, ms);
}

int FakeHttpServer::delayBeforeFirstChunkMs() const
{
    return m_delayBeforeFirstChunkMs;
}

void FakeHttpServer::setAnswer(const QStringList &tokens)
{
    m_answer = tokens;
}

QStringList FakeHttpServer::answer() const
{
    return m_answer;
}

void FakeHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeHttpServer::setStreamShaper(StreamShaper shaper)
{
    m_shaper = std::move(shaper);
}

StreamPlan FakeHttpServer::shapeStream(const StreamPlan &plan) const
{
    return m_shaper ? m_shaper(plan) : plan;
}

QStringList FakeHttpServer::splitIntoTokens(const QString &text)
{
    // newline runs | optional blanks + a word | trailing blanks
    static const QRegularExpression tokenRe(u"(?:\\r?\\n)+|[ \\t]*[^\\s]+|[ \\t]+"_s);
    QStringList tokens;
    auto it = tokenRe.globalMatch(text);
    while (it.hasNext())
        tokens.append(it.next().captured(0));
    return tokens;
}

void FakeHttpServer::handle(const RecordedRequest &request, Responder &responder)
{
    Q_UNUSED(request)
    responder.send(404, QByteArrayLiteral("text/plain"), QByteArrayLiteral("404 page not found"));
}

void FakeHttpServer::setDefaultHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    m_defaultHeaders = headers;
}

void FakeHttpServer::dispatch(const RecordedRequest &request, Responder &responder)
{
    m_requests.append(request);
    Q_EMIT requestReceived(request);
    if (m_handler && !responder.answered())
        m_handler(request, responder);
    if (!responder.answered())
        handle(request, responder);
}
