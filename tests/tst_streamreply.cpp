// StreamReply against a server in the test: the request it writes (token, length, one
// connection), bodies in each framing, the hold that leaves bytes in the socket until the
// reader asks, and each way an answer ends (abort, refused, cut, not HTTP).
#include "net/AuthorizingNetworkManager.h"
#include "net/Http.h"
#include "net/StreamReply.h"
#include "net/TokenSource.h"

#include <QNetworkProxy>
#include <QPointer>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {
class Tokens final : public TokenSource
{
public:
    QString server;
    QStringList serverIds() const override { return {server}; }
    QString token(const QString &id) const override
    {
        return id == server ? QStringLiteral("s3cret") : QString();
    }
};

// One connection at a time; what the client wrote is kept, what the test says is sent.
class Server final : public QObject
{
public:
    Server()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            client = m_server.nextPendingConnection();
            connect(client, &QIODevice::readyRead, this, [this] { received += client->readAll(); });
        });
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    quint16 port() const { return m_server.serverPort(); }
    bool requestCame(qsizetype bodySize) const
    {
        const qsizetype head = received.indexOf("\r\n\r\n");
        return head >= 0 && received.size() >= head + 4 + bodySize;
    }
    void send(const QByteArray &bytes)
    {
        client->write(bytes);
        client->flush();
    }

    QPointer<QTcpSocket> client;
    QByteArray received;

private:
    QTcpServer m_server;
};

QNetworkRequest chatRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/x-ndjson");
    return request;
}

const QByteArray ChunkedHead = "HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\n"
                               "Transfer-Encoding: chunked\r\n\r\n";

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}
} // namespace

class TestStreamReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOneHttpRequestWithTheTokenAndReadsTheAnswer()
    {
        Server server;
        Tokens tokens;
        tokens.server = server.url(QString()).toString();
        AuthorizingNetworkManager nam(&tokens);
        const QByteArray body = R"({"model":"llama3.2","stream":true})";
        QNetworkReply *reply =
            Http::postStream(&nam, chatRequest(server.url(QStringLiteral("/api/chat"))), body);
        QVERIFY(qobject_cast<StreamReply *>(reply));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QTRY_VERIFY(server.requestCame(body.size()));
        const QByteArray head = server.received.first(server.received.indexOf("\r\n\r\n") + 2);
        QVERIFY2(head.startsWith("POST /api/chat HTTP/1.1\r\n"), head.constData());
        const QByteArray host = "\r\nHost: 127.0.0.1:" + QByteArray::number(server.port()) + "\r\n";
        QVERIFY2(head.contains(host), head.constData());
        QVERIFY2(head.contains("\r\nAuthorization: Bearer s3cret\r\n"), head.constData());
        QVERIFY2(head.contains(
                     QByteArray("\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n")),
                 head.constData());
        QVERIFY2(head.contains("\r\nConnection: close\r\n"), head.constData());
        QVERIFY2(head.contains("\r\nAccept: application/x-ndjson\r\n"), head.constData());
        QVERIFY(server.received.endsWith(QByteArray("\r\n\r\n" + body)));
        QCOMPARE(reply->request().rawHeader("Authorization"), QByteArray("Bearer s3cret"));

        server.send(ChunkedHead + chunk("{\"a\":1}\n") + chunk("{\"b\":2}\n") + "0\r\n\r\n");
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/x-ndjson"));
        QCOMPARE(reply->readAll(), QByteArray("{\"a\":1}\n{\"b\":2}\n"));
        delete reply;
    }

    void aHoldLeavesTheBytesInTheSocketUntilAskedFor()
    {
        Server server;
        QNetworkAccessManager nam;
        QNetworkReply *reply =
            Http::postStream(&nam, chatRequest(server.url(QStringLiteral("/api/chat"))), "{}");
        QSignalSpy readyRead(reply, &QIODevice::readyRead);
        QTRY_VERIFY(server.requestCame(2));
        server.send(ChunkedHead + chunk("first\n"));
        QTRY_VERIFY(reply->bytesAvailable() > 0);
        QCOMPARE(reply->readAll(), QByteArray("first\n"));

        reply->setReadBufferSize(1);
        readyRead.clear();
        for (const char *piece : {"second\n", "third\n", "fourth\n"}) {
            server.send(chunk(piece));
            QTest::qWait(30);
        }
        // Told once that bytes wait; none taken.
        QCOMPARE(readyRead.count(), 1);
        QCOMPARE(reply->bytesAvailable(), 0);

        reply->setReadBufferSize(1024 * 1024);
        QByteArray got = reply->readAll();
        QTRY_VERIFY((got += reply->readAll()) == "second\nthird\nfourth\n");
        QVERIFY(!reply->isFinished());
        server.send("0\r\n\r\n");
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        delete reply;
    }

    void anAbortEndsAtOnce()
    {
        Server server;
        QNetworkAccessManager nam;
        QNetworkReply *reply =
            Http::postStream(&nam, chatRequest(server.url(QStringLiteral("/api/chat"))), "{}");
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QTRY_VERIFY(server.requestCame(2));
        server.send(ChunkedHead + chunk("partial"));
        QTRY_VERIFY(reply->bytesAvailable() > 0);
        reply->abort();
        QCOMPARE(finished.count(), 1); // at once, not from the event loop
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        QCOMPARE(reply->readAll(), QByteArray("partial"));
        QTest::qWait(20);
        QCOMPARE(finished.count(), 1);
        delete reply;
    }

    void endings_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("error");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("cut inside a chunk")
            << (ChunkedHead + "a\r\n01234") << int(QNetworkReply::RemoteHostClosedError)
            << QByteArray("01234") << QStringLiteral("closed the connection");
        QTest::newRow("body until the close")
            << QByteArray("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it")
            << int(QNetworkReply::NoError) << QByteArray("all of it") << QString();
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n")
                                  << int(QNetworkReply::ProtocolFailure) << QByteArray()
                                  << QStringLiteral("did not answer in HTTP");
        QTest::newRow("error status with a body")
            << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 35\r\n\r\n"
                          "{\"error\":\"model 'x' not found\"}\r\n\r\n")
            << int(QNetworkReply::NoError)
            << QByteArray("{\"error\":\"model 'x' not found\"}\r\n\r\n") << QString();
    }
    void endings()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, error);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        Server server;
        QNetworkAccessManager nam;
        QNetworkReply *reply =
            Http::postStream(&nam, chatRequest(server.url(QStringLiteral("/api/chat"))), "{}");
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QByteArray got;
        connect(reply, &QIODevice::readyRead, this, [&] { got += reply->readAll(); });
        QTRY_VERIFY(server.requestCame(2));
        server.send(answer);
        server.client->disconnectFromHost();
        QTRY_COMPARE(finished.count(), 1);
        got += reply->readAll();
        QCOMPARE(int(reply->error()), error);
        QCOMPARE(got, body);
        if (!message.isEmpty())
            QVERIFY2(reply->errorString().contains(message), qPrintable(reply->errorString()));
        delete reply;
    }

    void nothingListeningIsRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        QNetworkAccessManager nam;
        QNetworkReply *reply = Http::postStream(
            &nam, chatRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/api/chat").arg(port))),
            "{}");
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QCOMPARE(finished.count(), 0); // never from inside the call
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
        delete reply;
    }

    void httpsChecksTheCertificate()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend here.");
        QFile certFile(QStringLiteral(LOCALFORGE_TEST_DATA "/tls/localhost.crt"));
        QFile keyFile(QStringLiteral(LOCALFORGE_TEST_DATA "/tls/localhost.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
        serverConfig.setLocalCertificate(certificate);
        serverConfig.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(serverConfig);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray received;
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
            QTcpSocket *client = server.nextPendingConnection();
            connect(client, &QIODevice::readyRead, this, [&received, client] {
                received += client->readAll();
                if (received.endsWith("{}")) {
                    client->write(ChunkedHead + chunk("secure\n") + "0\r\n\r\n");
                    client->disconnectFromHost();
                }
            });
        });
        const QUrl url(
            QStringLiteral("https://127.0.0.1:%1/v1/chat/completions").arg(server.serverPort()));
        QNetworkAccessManager nam;

        // A certificate nobody vouches for: refused, nothing sent.
        QNetworkReply *refused = Http::postStream(&nam, chatRequest(url), "{}");
        QSignalSpy refusedEnd(refused, &QNetworkReply::finished);
        QTRY_COMPARE(refusedEnd.count(), 1);
        QCOMPARE(refused->error(), QNetworkReply::SslHandshakeFailedError);
        QVERIFY(received.isEmpty());
        delete refused;

        // Trusted, the answer comes through TLS.
        const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = before;
        trusting.addCaCertificate(certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        QNetworkReply *reply = Http::postStream(&nam, chatRequest(url), "{}");
        QSslConfiguration::setDefaultConfiguration(before);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QByteArray got;
        connect(reply, &QIODevice::readyRead, this, [&] { got += reply->readAll(); });
        reply->setReadBufferSize(1); // no hold over TLS: read as it comes
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(got + reply->readAll(), QByteArray("secure\n"));
        QVERIFY(received.startsWith("POST /v1/chat/completions HTTP/1.1\r\n"));
        delete reply;
    }

    void aProxyKeepsTheRequestOnTheManager()
    {
        Server server;
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 9));
        QNetworkReply *reply =
            Http::postStream(&nam, chatRequest(server.url(QStringLiteral("/api/chat"))), "{}");
        QVERIFY(!qobject_cast<StreamReply *>(reply));
        reply->abort();
        delete reply;
    }
};

QTEST_GUILESS_MAIN(TestStreamReply)
#include "tst_streamreply.moc"
