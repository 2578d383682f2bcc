#include "HttpResponseParser.h"

namespace {
// A status line and headers longer than this are not an HTTP answer.
constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qsizetype MaxLineBytes = 8 * 1024;
} // namespace

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    QByteArray value;
    for (const Header &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            value = value.isEmpty() ? h.second : value + ", " + h.second;
    }
    return value;
}

void HttpResponseParser::fail(const QString &why)
{
    m_state = State::Failed;
    m_error = why;
}

void HttpResponseParser::feed(QByteArrayView bytes, QByteArray &body)
{
    if (m_state == State::Done || m_state == State::Failed)
        return;
    // Body bytes that come whole are copied once, straight into `body`.
    if (m_at == m_in.size() && m_stage == Stage::Body && m_framing == Framing::Close) {
        body.append(bytes);
        return;
    }
    if (m_at > 0) {
        m_in.remove(0, m_at);
        m_at = 0;
    }
    m_in.append(bytes);
    parse(body);
}

void HttpResponseParser::close()
{
    if (m_state == State::Done || m_state == State::Failed)
        return;
    if (m_stage == Stage::Body && m_framing == Framing::Close) {
        m_state = State::Done;
        return;
    }
    m_cut = true;
    fail(tr("The server closed the connection before its answer was complete."));
}

bool HttpResponseParser::takeLine(QByteArrayView *line)
{
    const qsizetype end = m_in.indexOf('\n', m_at);
    if (end < 0) {
        if (m_in.size() - m_at > MaxLineBytes)
            fail(tr("The server sent a line too long for an HTTP answer."));
        return false;
    }
    // The same limit whether the line came whole or in pieces.
    if (end - m_at > MaxLineBytes) {
        fail(tr("The server sent a line too long for an HTTP answer."));
        return false;
    }
    QByteArrayView found(m_in.constData() + m_at, end - m_at);
    if (found.endsWith('\r'))
        found.chop(1);
    if (m_state == State::Head) {
        m_headBytes += end + 1 - m_at;
        if (m_headBytes > MaxHeadBytes) {
            fail(tr("The server's answer has no end to its headers."));
            return false;
        }
    }
    m_at = end + 1;
    *line = found;
    return true;
}

void HttpResponseParser::startBody()
{
    m_state = State::Body;
    if (m_status == 204 || m_status == 304) {
        m_state = State::Done;
        return;
    }
    if (header("Transfer-Encoding").toLower().contains("chunked")) {
        m_framing = Framing::Chunked;
        m_stage = Stage::ChunkSize;
        return;
    }
    m_stage = Stage::Body;
    const QByteArray length = header("Content-Length");
    if (length.isNull()) {
        m_framing = Framing::Close;
        return;
    }
    bool ok = false;
    m_left = length.toLongLong(&ok);
    if (!ok || m_left < 0) {
        fail(tr("The server sent an invalid Content-Length."));
        return;
    }
    m_framing = Framing::Length;
    if (m_left == 0)
        m_state = State::Done;
}

void HttpResponseParser::parse(QByteArray &body)
{
    QByteArrayView line;
    while (m_state == State::Head || m_state == State::Body) {
        switch (m_stage) {
        case Stage::Status: {
            if (!takeLine(&line))
                return;
            // "HTTP/1.1 200 OK"
            bool ok = false;
            m_status = line.size() >= 12 && line.startsWith("HTTP/1.") && line[8] == ' '
                           ? line.sliced(9, 3).toInt(&ok)
                           : 0;
            if (!ok || m_status < 100 || (line.size() > 12 && line[12] != ' ')) {
                fail(tr("The server did not answer in HTTP."));
                return;
            }
            m_reason = QString::fromLatin1(line.sliced(std::min<qsizetype>(13, line.size())));
            m_headers.clear();
            m_stage = Stage::Headers;
            break;
        }
        case Stage::Headers: {
            if (!takeLine(&line))
                return;
            if (line.isEmpty()) {
                if (m_status < 200)
                    m_stage = Stage::Status; // "100 Continue": the real answer follows
                else
                    startBody();
                break;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                fail(tr("The server sent a malformed HTTP header."));
                return;
            }
            m_headers.append({line.first(colon).trimmed().toByteArray(),
                              line.sliced(colon + 1).trimmed().toByteArray()});
            break;
        }
        case Stage::ChunkSize: {
            if (!takeLine(&line))
                return;
            const qsizetype extension = line.indexOf(';');
            const QByteArrayView hex = (extension >= 0 ? line.first(extension) : line).trimmed();
            bool ok = false;
            m_left = hex.toLongLong(&ok, 16);
            if (!ok || m_left < 0) {
                fail(tr("The server sent a malformed chunk of its answer."));
                return;
            }
            m_stage = m_left == 0 ? Stage::Trailers : Stage::ChunkData;
            break;
        }
        case Stage::ChunkData:
        case Stage::Body: {
            const qsizetype have = m_in.size() - m_at;
            const qsizetype n =
                m_framing == Framing::Close ? have : qsizetype(std::min<qint64>(have, m_left));
            body.append(m_in.constData() + m_at, n);
            m_at += n;
            if (m_framing == Framing::Close)
                return;
            m_left -= n;
            if (m_left > 0)
                return;
            if (m_stage == Stage::Body)
                m_state = State::Done;
            else
                m_stage = Stage::ChunkEnd;
            break;
        }
        case Stage::ChunkEnd:
            if (!takeLine(&line))
                return;
            if (!line.isEmpty()) {
                fail(tr("The server sent a malformed chunk of its answer."));
                return;
            }
            m_stage = Stage::ChunkSize;
            break;
        case Stage::Trailers:
            if (!takeLine(&line))
                return;
            if (line.isEmpty())
                m_state = State::Done;
            break;
        }
    }
}
