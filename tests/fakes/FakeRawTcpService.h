#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

class QTcpServer;

// A TCP port that is not HTTP at all: writes a banner (default "SSH-2.0-OpenSSH_9.2p1\r\n") on
// every accepted connection, ignores whatever the client sends, and keeps the connection open
// (default) or closes it right after the banner.
class FakeRawTcpService final : public QObject
{
    Q_OBJECT
public:
    explicit FakeRawTcpService(QObject *parent = nullptr);
    ~FakeRawTcpService() override;

    bool listen(quint16 port = 0); // 127.0.0.1; 0 = any free port
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT (what a client would try)
    void close();         // stop listening and drop open connections

    void setBanner(const QByteArray &banner);
    void setCloseAfterBanner(bool close);
    int connectionCount() const; // connections accepted so far

private:
    QTcpServer *m_tcp = nullptr;
    QByteArray m_banner = QByteArrayLiteral("SSH-2.0-OpenSSH_9.2p1\r\n");
    bool m_closeAfterBanner = false;
    int m_connectionCount = 0;
};
