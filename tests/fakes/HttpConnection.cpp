#include "HttpConnection.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qint64 MaxBodyBytes = 64 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Time-out");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
        .toLatin1();
}

// Decodes a chunked body starting at `pos`. Returns Complete and sets *end to the offset after
// the trailers, Incomplete if more bytes are needed, Error on malformed input.
enum class ChunkedResult { Complete, Incomplete, Error };

ChunkedResult decodeChunked(const QByteArray &buffer, qsizetype pos, QByteArray *body,
                            qsizetype *end)
{
    body->clear();
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return buffer.size() - pos > 1024 ? ChunkedResult::Error : ChunkedResult::Incomplete;
        QByteArray sizeField = buffer.mid(pos, lineEnd - pos);
        const qsizetype semicolon = sizeField.indexOf(';');
        if (semicolon >= 0)
            sizeField.truncate(semicolon);
        bool ok = false;
        const qint64 size = sizeField.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || body->size() + size > MaxBodyBytes)
            return ChunkedResult::Error;
        pos = lineEnd + 2;
        if (size == 0) {
            for (;;) { // optional trailers, then an empty line
                const qsizetype trailerEnd = buffer.indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return ChunkedResult::Incomplete;
                const bool last = trailerEnd == pos;
                pos = trailerEnd + 2;
                if (last) {
                    *end = pos;
                    return ChunkedResult::Complete;
                }
            }
        }
        if (buffer.size() < pos + size + 2)
            return ChunkedResult::Incomplete;
        body->append(buffer.constData() + pos, size);
        pos += size;
        if (buffer.mid(pos, 2) != "\r\n")
            return ChunkedResult::Error;
        pos += 2;
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, FakeHttpServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
{
    m_socket->setParent(this);
    m_timer.setSingleShot(true);
    // A steady rate: chunks go out on a schedule, not a coarse timer restarted after each one.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimer);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        onDisconnected();
        return;
    }
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

HttpConnection::~HttpConnection()
{
    m_timer.stop();
}

void HttpConnection::shutdown()
{
    m_timer.stop();
    m_state = State::Closed;
    m_streaming = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    deleteLater();
}

bool HttpConnection::isOpen() const
{
    return m_state != State::Closed && m_socket &&
           m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Closed)
        return;
    m_buffer.append(m_socket->readAll());
    if (m_state == State::Idle)
        processNext();
}

void HttpConnection::onDisconnected()
{
    // Peer went away (possibly mid-stream): stop everything, never touch the socket again.
    m_timer.stop();
    m_streaming = false;
    m_state = State::Closed;
    deleteLater();
}

void HttpConnection::onTimer()
{
    if (!isOpen())
        return;
    if (m_streaming) {
        streamStep();
    } else if (!m_delayedResponse.isEmpty()) {
        write(std::exchange(m_delayedResponse, {}));
        finishResponse();
    }
}

void HttpConnection::processNext()
{
    if (m_state != State::Idle || !isOpen())
        return;
    RecordedRequest request;
    int errorStatus = 400;
    switch (parseRequest(&request, &errorStatus)) {
    case Parse::Incomplete:
        return;
    case Parse::Error:
        failAndClose(errorStatus);
        return;
    case Parse::Complete:
        break;
    }
    m_state = State::Responding;
    ++m_serial;
    m_head = request.method == "HEAD";
    Responder responder(this, m_serial);
    if (m_server)
        m_server->dispatch(request, responder);
    if (!responder.answered())
        responder.sendText(500, QByteArrayLiteral("FakeHttpServer: no route answered"));
}

HttpConnection::Parse HttpConnection::parseRequest(RecordedRequest *request, int *errorStatus)
{
    // Tolerate empty lines between requests (RFC 9112 2.2).
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > MaxHeaderBytes) {
            *errorStatus = 431;
            return Parse::Error;
        }
        return Parse::Incomplete;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || requestLine.at(1).isEmpty() ||
        !requestLine.at(2).startsWith("HTTP/1.")) {
        return Parse::Error;
    }
    request->method = requestLine.at(0);
    QByteArray target = requestLine.at(1);
    if (target.startsWith("http://") || target.startsWith("https://")) { // absolute form
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArrayLiteral("/") : target.mid(slash);
    }
    const qsizetype hash = target.indexOf('#');
    if (hash >= 0)
        target.truncate(hash);
    const qsizetype question = target.indexOf('?');
    request->path = question < 0 ? target : target.left(question);
    request->query = question < 0 ? QByteArray() : target.mid(question + 1);
    m_http10 = requestLine.at(2) == "HTTP/1.0";

    request->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Parse::Error;
        request->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    const qsizetype bodyStart = headerEnd + 4;
    qsizetype requestEnd = bodyStart;
    const bool chunked = request->header("transfer-encoding").toLower().contains("chunked");
    qint64 contentLength = 0;
    if (!chunked && !request->header("content-length").isEmpty()) {
        bool ok = false;
        contentLength = request->header("content-length").toLongLong(&ok);
        if (!ok || contentLength < 0)
            return Parse::Error;
        if (contentLength > MaxBodyBytes) {
            *errorStatus = 413;
            return Parse::Error;
        }
    }
    const auto waitForBody = [&] {
        if (!m_continueSent &&
            request->header("expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
            m_continueSent = true;
            write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        }
        return Parse::Incomplete;
    };
    if (chunked) {
        switch (decodeChunked(m_buffer, bodyStart, &request->body, &requestEnd)) {
        case ChunkedResult::Incomplete:
            return waitForBody();
        case ChunkedResult::Error:
            return Parse::Error;
        case ChunkedResult::Complete:
            break;
        }
    } else {
        if (m_buffer.size() < bodyStart + contentLength)
            return waitForBody();
        request->body = m_buffer.mid(bodyStart, contentLength);
        requestEnd = bodyStart + contentLength;
    }
    m_buffer.remove(0, requestEnd);
    m_continueSent = false;

    const QByteArray connection = request->header("connection").toLower();
    m_keepAlive = m_http10 ? connection.contains("keep-alive") : !connection.contains("close");
    return Parse::Complete;
}

QByteArray HttpConnection::responseHead(int status, const QByteArray &contentType,
                                        const HeaderList &extra, qint64 contentLength) const
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (m_server) {
        const auto defaults = m_server->defaultHeaders();
        for (const auto &h : defaults)
            head += h.first + ": " + h.second + "\r\n";
    }
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    for (const auto &h : extra)
        head += h.first + ": " + h.second + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    else if (!m_http10)
        head += "Transfer-Encoding: chunked\r\n";
    if (!m_keepAlive)
        head += "Connection: close\r\n";
    else if (m_http10)
        head += "Connection: keep-alive\r\n";
    head += "\r\n";
    return head;
}

void HttpConnection::write(const QByteArray &bytes)
{
    if (isOpen() && !bytes.isEmpty())
        m_socket->write(bytes);
}

void HttpConnection::ensureStreamHead()
{
    if (m_streamHeadSent)
        return;
    m_streamHeadSent = true;
    write(responseHead(m_plan.status, m_plan.contentType, m_plan.extraHeaders, -1));
}

void HttpConnection::writeChunk(const QByteArray &payload)
{
    ensureStreamHead();
    if (payload.isEmpty())
        return; // an empty chunk would terminate the body
    if (m_http10)
        write(payload);
    else
        write(QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n");
}

void HttpConnection::respond(quint64 serial, int status, const QByteArray &contentType,
                             const QByteArray &body, const HeaderList &extraHeaders, int delayMs)
{
    if (serial != m_serial || m_state != State::Responding || m_streaming)
        return;
    QByteArray bytes = responseHead(status, contentType, extraHeaders, body.size());
    if (!m_head)
        bytes += body;
    if (delayMs > 0) {
        m_delayedResponse = bytes;
        m_timer.start(delayMs);
        return;
    }
    write(bytes);
    finishResponse();
}

void HttpConnection::stream(quint64 serial, const StreamPlan &plan)
{
    if (serial != m_serial || m_state != State::Responding || m_streaming ||
        !m_delayedResponse.isEmpty()) {
        return;
    }
    m_plan = m_server ? m_server->shapeStream(plan) : plan;
    m_streamHeadSent = false;
    m_nextChunk = 0;
    m_sentChunks = 0;
    m_faultApplied = false;
    if (m_http10)
        m_keepAlive =
            false; // no chunked encoding: the end of the body is the end of the connection
    if (m_head) {
        ensureStreamHead();
        finishResponse();
        return;
    }
    m_fault = m_server ? m_server->fault() : FakeHttpServer::Fault::None;
    m_faultAfter = m_server ? m_server->faultAfterChunks() : 0;
    m_intervalMs = m_server ? m_server->tokenIntervalMs() : 0;
    m_streaming = true;
    m_timer.start(m_server ? m_server->delayBeforeFirstChunkMs() : 0);
}

void HttpConnection::streamStep()
{
    if (!m_streaming || !isOpen())
        return;
    if (applyFaultIfDue())
        return;
    QByteArray chunk;
    bool haveChunk = false;
    if (m_nextChunk < m_plan.chunks.size()) {
        chunk = m_plan.chunks.at(m_nextChunk++);
        haveChunk = true;
    } else if (m_plan.generator) {
        bool last = false;
        chunk = m_plan.generator(&last);
        haveChunk = !chunk.isEmpty();
        if (last || !haveChunk)
            m_plan.generator = nullptr;
    }
    if (haveChunk) {
        if (m_sentChunks > 0 && !m_plan.keepAliveChunk.isEmpty())
            writeChunk(m_plan.keepAliveChunk);
        writeChunk(chunk);
        if (m_sentChunks++ == 0)
            m_paced.start();
        if (m_nextChunk < m_plan.chunks.size() || m_plan.generator) {
            // Chunk k is due k intervals after the first: a late tick does not slow the rest.
            m_timer.start(
                int(std::max<qint64>(0, qint64(m_sentChunks) * m_intervalMs - m_paced.elapsed())));
            return;
        }
        if (applyFaultIfDue())
            return;
    }
    ensureStreamHead();
    if (!m_http10)
        write(QByteArrayLiteral("0\r\n\r\n"));
    finishResponse();
}

bool HttpConnection::applyFaultIfDue()
{
    using Fault = FakeHttpServer::Fault;
    if (m_faultApplied || m_fault == Fault::None || m_fault == Fault::Http500 ||
        m_sentChunks != m_faultAfter) {
        return false;
    }
    m_faultApplied = true;
    switch (m_fault) {
    case Fault::Stall:
        ensureStreamHead(); // headers go out, then silence; the connection stays open
        m_streaming = false;
        return true;
    case Fault::CutStream:
        ensureStreamHead();
        m_streaming = false;
        closeAfterWrite(); // pending bytes are flushed, then FIN; no terminating 0-chunk
        return true;
    case Fault::Garbage:
        writeChunk(m_plan.garbageChunk.isEmpty()
                       ? QByteArrayLiteral("\xff\xfe garbage {\"not json\n")
                       : m_plan.garbageChunk);
        return false;
    case Fault::ServerError:
        writeChunk(m_plan.errorChunk.isEmpty()
                       ? QByteArrayLiteral("{\"error\":\"an error was encountered while running "
                                           "the model\"}\n")
                       : m_plan.errorChunk);
        if (!m_http10)
            write(QByteArrayLiteral("0\r\n\r\n"));
        finishResponse();
        return true;
    case Fault::None:
    case Fault::Http500:
        break;
    }
    return false;
}

void HttpConnection::finishResponse()
{
    m_streaming = false;
    m_plan = StreamPlan();
    if (m_state == State::Closed)
        return;
    if (!m_keepAlive) {
        closeAfterWrite();
        return;
    }
    m_state = State::Idle;
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::processNext, Qt::QueuedConnection);
}

void HttpConnection::closeAfterWrite()
{
    m_state = State::Closing;
    m_timer.stop();
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->disconnectFromHost(); // emits disconnected() once everything is written
}

void HttpConnection::failAndClose(int status)
{
    m_keepAlive = false;
    m_state = State::Responding;
    const QByteArray body = reasonPhrase(status);
    write(responseHead(status, QByteArrayLiteral("text/plain; charset=utf-8"), {}, body.size()) +
          body);
    closeAfterWrite();
}
