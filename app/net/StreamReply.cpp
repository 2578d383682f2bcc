#include "StreamReply.h"

#include "AuthorizingNetworkManager.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTcpSocket>
#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

namespace {
QNetworkReply::NetworkError replyError(QAbstractSocket::SocketError error)
{
    using E = QAbstractSocket::SocketError;
    switch (error) {
    case E::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case E::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case E::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case E::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case E::SslHandshakeFailedError:
    case E::SslInternalError:
    case E::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case E::ProxyConnectionRefusedError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case E::ProxyConnectionClosedError:
        return QNetworkReply::ProxyConnectionClosedError;
    case E::ProxyNotFoundError:
        return QNetworkReply::ProxyNotFoundError;
    case E::ProxyConnectionTimeoutError:
        return QNetworkReply::ProxyTimeoutError;
    case E::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QByteArray requestHead(const QNetworkRequest &request, qsizetype bodySize)
{
    const QUrl url = request.url();
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray head = "POST " + path + " HTTP/1.1\r\nHost: " + hostHeader(url) + "\r\n";
    for (const QByteArray &name : request.rawHeaderList()) {
        const QByteArray lower = name.toLower();
        if (lower == "host" || lower == "content-length" || lower == "connection")
            continue;
        head += name + ": " + request.rawHeader(name) + "\r\n";
    }
    return head + "Content-Length: " + QByteArray::number(bodySize) +
           "\r\nConnection: close\r\n\r\n";
}
} // namespace

StreamReply::StreamReply(QNetworkAccessManager *manager, const QNetworkRequest &request,
                         const QByteArray &body, QObject *parent)
    : QNetworkReply(parent)
{
    const auto *authorizing = qobject_cast<const AuthorizingNetworkManager *>(manager);
    const QNetworkRequest sent = authorizing ? authorizing->authorized(request) : request;
    const QUrl url = request.url();
    setRequest(sent);
    setUrl(url);
    setOperation(QNetworkAccessManager::PostOperation);
    open(QIODevice::ReadOnly);
    m_request = requestHead(sent, body.size()) + body;

    const bool tls = url.scheme() == u"https";
#if QT_CONFIG(ssl)
    if (tls) {
        auto *socket = new QSslSocket(this);
        connect(socket, &QSslSocket::encrypted, this, &StreamReply::sendRequest);
        m_socket = socket;
    }
#endif
    if (!tls) {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QAbstractSocket::connected, this, &StreamReply::sendRequest);
    }
    if (!m_socket) {
        fail(ProtocolUnknownError, tr("This LocalForge cannot use encrypted (https) connections."));
        return;
    }
    m_socket->setProxy(QNetworkProxy::NoProxy); // Http::postStream comes here when none applies
    connect(m_socket, &QIODevice::readyRead, this, &StreamReply::readSocket);
    connect(m_socket, &QAbstractSocket::disconnected, this, &StreamReply::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &StreamReply::onSocketError);
    const auto port = quint16(url.port(tls ? 443 : 80));
#if QT_CONFIG(ssl)
    if (tls) {
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(url.host(), port);
        return;
    }
#endif
    m_socket->connectToHost(url.host(), port);
}

StreamReply::~StreamReply()
{
    closeSocket();
}

void StreamReply::sendRequest()
{
    m_socket->write(m_request);
    m_request.clear();
}

void StreamReply::setReadBufferSize(qint64 size)
{
    QNetworkReply::setReadBufferSize(size);
    // A TLS socket decrypts into buffers of its own: its bytes are taken as they come.
    const bool hold = url().scheme() == u"http" && size > 0 && size < HoldBelowBytes;
    if (hold == m_hold)
        return;
    m_hold = hold;
    m_told = false;
    if (m_ended || !m_socket)
        return;
    // Held, the socket keeps a byte and stops watching: the rest waits in the system's buffer.
    // Released, what the socket keeps is taken now (which has it watch again), and what
    // waited comes in one read, as readyRead.
    m_socket->setReadBufferSize(hold ? 1 : 0);
    if (!hold && m_socket->bytesAvailable() > 0)
        take();
}

qint64 StreamReply::bytesAvailable() const
{
    return QNetworkReply::bytesAvailable() + (m_body.size() - m_bodyAt);
}

qint64 StreamReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_bodyAt);
    if (n <= 0)
        return m_ended ? -1 : 0;
    memcpy(data, m_body.constData() + m_bodyAt, size_t(n));
    m_bodyAt += n;
    if (m_bodyAt == m_body.size()) {
        m_body.resize(0); // the memory stays for the next bytes
        m_bodyAt = 0;
    }
    return n;
}

bool StreamReply::take()
{
    m_parser.feed(m_socket->readAll(), m_body);
    if (!m_headShown && m_parser.state() != HttpResponseParser::State::Head &&
        m_parser.status() > 0) {
        m_headShown = true;
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_parser.status());
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, m_parser.reason());
        for (const HttpResponseParser::Header &h : m_parser.headers())
            setRawHeader(h.first, m_parser.header(h.first)); // a name sent twice, joined
        Q_EMIT metaDataChanged();
    }
    return !m_ended && end();
}

bool StreamReply::end()
{
    switch (m_parser.state()) {
    case HttpResponseParser::State::Head:
    case HttpResponseParser::State::Body:
        return true;
    case HttpResponseParser::State::Done:
        complete();
        return false;
    case HttpResponseParser::State::Failed:
        fail(m_parser.cut() ? RemoteHostClosedError : ProtocolFailure, m_parser.error());
        return false;
    }
    return false;
}

void StreamReply::readSocket()
{
    if (m_ended)
        return;
    if (m_hold) {
        // Said once; the bytes stay where they are until the reader raises the size.
        if (!m_told) {
            m_told = true;
            Q_EMIT readyRead();
        }
        return;
    }
    const qsizetype before = m_body.size() - m_bodyAt;
    take();
    if (m_body.size() - m_bodyAt > before)
        Q_EMIT readyRead();
}

void StreamReply::onDisconnected()
{
    if (m_ended)
        return;
    // What came before the end is read, held or not.
    const qsizetype before = m_body.size() - m_bodyAt;
    if (take()) {
        m_parser.close();
        end();
    }
    if (m_body.size() - m_bodyAt > before)
        Q_EMIT readyRead();
}

void StreamReply::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_ended)
        return;
    // The server closing the connection ends a body that lasts until then.
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    fail(replyError(error), m_socket->errorString());
}

void StreamReply::closeSocket()
{
    m_ended = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void StreamReply::fail(NetworkError code, const QString &text)
{
    if (m_ended)
        return;
    closeSocket();
    setError(code, text);
    finishLater(code);
}

void StreamReply::complete()
{
    if (m_ended)
        return;
    closeSocket();
    finishLater(NoError);
}

void StreamReply::finishLater(NetworkError code)
{
    // Never from inside a call of the reader (or the constructor): from the event loop.
    QMetaObject::invokeMethod(
        this,
        [this, code] {
            if (isFinished())
                return;
            if (code != NoError)
                Q_EMIT errorOccurred(code);
            setFinished(true);
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

void StreamReply::abort()
{
    if (isFinished())
        return;
    closeSocket();
    setError(OperationCanceledError, tr("Operation canceled"));
    Q_EMIT errorOccurred(OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}
