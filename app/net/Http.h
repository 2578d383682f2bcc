#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// Small asynchronous request helpers over the one QNetworkAccessManager. Callbacks run on the
// context object's thread and never after the context is destroyed (the request is aborted).
namespace Http {

// Every body read through these helpers is capped (MaxBodyBytes unless limit() says less): a
// server that sends more is cut off, so a port that streams forever cannot fill the memory.
constexpr qint64 MaxBodyBytes = 16 * 1024 * 1024;

struct Response
{
    // Why a reply was cut off by LocalForge although the server was still sending.
    enum class Overrun {
        None,
        TooLarge, // the body passed the request's byte limit
        TooSlow,  // the answer came, but did not end within the request's total time
    };

    QUrl url;
    int status = 0; // HTTP status, 0 when no HTTP answer came
    QByteArray body;
    QByteArray contentType;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    qint64 elapsedMs = 0;
    bool sentToken = false; // the request carried an Authorization header
    Overrun overrun = Overrun::None;
    qint64 limitBytes = 0; // the byte limit that applied
    int limitMs = 0;       // the total time that applied (0: none)

    bool answered() const { return status > 0; }
    // A whole 2xx answer (not one that was cut off for being too large or too slow).
    bool ok() const { return status >= 200 && status < 300 && overrun == Overrun::None; }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    // No error for a 2xx answer; otherwise what went wrong, for the user (base: the server).
    ApiError error(const QUrl &base) const
    {
        if (!answered())
            return ApiError::fromNetwork(networkError, networkErrorString, base);
        if (overrun == Overrun::TooLarge)
            return ApiError::bodyTooLarge(base, limitBytes);
        if (overrun == Overrun::TooSlow)
            return ApiError::bodyTooSlow(base, limitMs);
        if (!ok())
            return ApiError::fromHttp(status, body, base, sentToken);
        return {};
    }
};

using Callback = std::function<void(const Response &)>;

// A request to base + path, asking for JSON. timeoutMs > 0 aborts when nothing moves for
// that long (connect included).
QNetworkRequest request(const QUrl &base, const QString &path, int timeoutMs = 0);
QUrl join(const QUrl &base, const QString &path);
// Tightens the limits of one request: at most maxBodyBytes of body, and (totalMs > 0) the whole
// answer within totalMs, however steadily it trickles in. A request that passes either is
// aborted and its Response says which (Overrun).
void limit(QNetworkRequest &request, qint64 maxBodyBytes, int totalMs = 0);

QNetworkReply *get(QNetworkAccessManager *nam, const QNetworkRequest &request, QObject *context,
                   Callback done);
QNetworkReply *post(QNetworkAccessManager *nam, const QNetworkRequest &request,
                    const QByteArray &body, QObject *context, Callback done);
QNetworkReply *send(QNetworkAccessManager *nam, const QNetworkRequest &request,
                    const QByteArray &verb, const QByteArray &body, QObject *context,
                    Callback done);
// A POST whose answer streams for long (a chat). Read in this thread straight from its socket
// (StreamReply) when no proxy applies to the address, through the manager otherwise. The
// reply is the caller's to delete, as for QNetworkAccessManager::post().
QNetworkReply *postStream(QNetworkAccessManager *nam, const QNetworkRequest &request,
                          const QByteArray &body);

} // namespace Http
