#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// An HTTP/1.1 answer read from its bytes as they come, in pieces of any size: the status line
// and headers, then a chunked, Content-Length or close-delimited body, decoded. Pure (no
// socket), so it is tested split at every byte.
class HttpResponseParser final
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)

public:
    enum class State {
        Head,   // status line and headers still coming
        Body,   // headers read; body bytes come out of feed()
        Done,   // the whole answer was read
        Failed, // not HTTP, or cut before its end: error() says what
    };
    using Header = QPair<QByteArray, QByteArray>;

    // Parses more bytes; decoded body bytes are appended to `body`.
    void feed(QByteArrayView bytes, QByteArray &body);
    // The connection closed: a body that lasts until the close is complete, anything else
    // was cut (cut() is then true).
    void close();

    State state() const { return m_state; }
    int status() const { return m_status; }
    QString reason() const { return m_reason; }
    // In the order received; a name sent twice comes twice.
    const QList<Header> &headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const;
    QString error() const { return m_error; }
    bool cut() const { return m_cut; }

private:
    enum class Stage { Status, Headers, ChunkSize, ChunkData, ChunkEnd, Trailers, Body };
    enum class Framing { Chunked, Length, Close };

    bool takeLine(QByteArrayView *line);
    void startBody();
    void fail(const QString &why);
    void parse(QByteArray &body);

    QByteArray m_in; // bytes not parsed yet, from m_at on
    qsizetype m_at = 0;
    qsizetype m_headBytes = 0;
    State m_state = State::Head;
    Stage m_stage = Stage::Status;
    Framing m_framing = Framing::Close;
    qint64 m_left = 0; // what is left of the chunk, or of a Content-Length body
    int m_status = 0;
    QString m_reason;
    QList<Header> m_headers;
    QString m_error;
    bool m_cut = false;
};
