#include "FakeRawTcpService.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

FakeRawTcpService::FakeRawTcpService(QObject *parent)
    : QObject(parent)
    , m_tcp(new QTcpServer(this))
{
    connect(m_tcp, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
            ++m_connectionCount;
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->write(m_banner);
            if (m_closeAfterBanner)
                socket->disconnectFromHost();
        }
    });
}

FakeRawTcpService::~FakeRawTcpService()
{
    close();
}

bool FakeRawTcpService::listen(quint16 port)
{
    if (m_tcp->isListening())
        return true;
    return m_tcp->listen(QHostAddress(QHostAddress::LocalHost), port);
}

quint16 FakeRawTcpService::port() const
{
    return m_tcp->isListening() ? m_tcp->serverPort() : 0;
}

QUrl FakeRawTcpService::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

void FakeRawTcpService::close()
{
    m_tcp->close();
    const auto sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
}

void FakeRawTcpService::setBanner(const QByteArray &banner)
{
    m_banner = banner;
}

void FakeRawTcpService::setCloseAfterBanner(bool close)
{
    m_closeAfterBanner = close;
}

int FakeRawTcpService::connectionCount() const
{
    return m_connectionCount;
}
