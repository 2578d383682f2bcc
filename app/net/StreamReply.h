#pragma once

#include "HttpResponseParser.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QNetworkReply>

class QNetworkAccessManager;

// One long streamed answer (a chat), read straight from its socket in the thread that asked
// for it, behind the QNetworkReply interface. A server that streams thousands of tokens a
// second sends as many small HTTP chunks: through QNetworkAccessManager each one costs its
// network thread several system calls (its HTTP parser reads an unbuffered socket a few bytes
// at a time) and a wake-up of this thread. Here the bytes are parsed from memory, and while the
// read buffer size is under HoldBelowBytes the reply leaves what arrives in the system's
// buffer, after telling its reader once that bytes wait; raised again, it takes all of them in
// one read (plain HTTP; an https answer is read as it comes).
//
// HTTP/1.1, one request per connection ("Connection: close"): a status line and headers, then
// a chunked, Content-Length or close-delimited body. TLS for https, certificates checked as
// always (Http::postStream leaves requests that go through a proxy to the manager); the
// manager's token is added as AuthorizingNetworkManager adds it.
class StreamReply final : public QNetworkReply
{
    Q_OBJECT

public:
    static constexpr qint64 HoldBelowBytes = 4096;

    // Starts a POST of `body` to the request's URL (http or https).
    StreamReply(QNetworkAccessManager *manager, const QNetworkRequest &request,
                const QByteArray &body, QObject *parent = nullptr);
    ~StreamReply() override;

    void abort() override;
    void setReadBufferSize(qint64 size) override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void sendRequest();
    void readSocket();
    // Parses what the socket holds; false when the answer ended (well or not).
    bool take();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void fail(NetworkError code, const QString &text);
    void complete();
    // Stops reading and writing (the reply's signals are not sent from here).
    void closeSocket();
    // finished(), after errorOccurred() unless `code` is NoError, from the event loop.
    void finishLater(NetworkError code);
    // Ends the reply when the parser says the answer ended; true while it goes on.
    bool end();

    QAbstractSocket *m_socket = nullptr;
    QByteArray m_request; // written once connected
    HttpResponseParser m_parser;
    QByteArray m_body; // the decoded body its reader has not read yet (from m_bodyAt on)
    qsizetype m_bodyAt = 0;
    bool m_headShown = false; // the status and headers are set on the reply
    bool m_hold = false;
    bool m_told = false; // in a hold, the reader was told that bytes wait
    bool m_ended = false;
};
