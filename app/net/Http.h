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

struct Response
{
    QUrl url;
    int status = 0; // HTTP status, 0 when no HTTP answer came
    QByteArray body;
    QByteArray contentType;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    qint64 elapsedMs = 0;
    bool sentToken = false; // the request carried an Authorization header

    bool answered() const { return status > 0; }
    bool ok() const { return status >= 200 && status < 300; }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    // No error for a 2xx answer; otherwise what went wrong, for the user (base: the server).
    ApiError error(const QUrl &base) const
    {
        if (!answered())
            return ApiError::fromNetwork(networkError, networkErrorString, base);
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

QNetworkReply *get(QNetworkAccessManager *nam, const QNetworkRequest &request, QObject *context,
                   Callback done);
QNetworkReply *post(QNetworkAccessManager *nam, const QNetworkRequest &request,
                    const QByteArray &body, QObject *context, Callback done);
QNetworkReply *send(QNetworkAccessManager *nam, const QNetworkRequest &request,
                    const QByteArray &verb, const QByteArray &body, QObject *context,
                    Callback done);

} // namespace Http
