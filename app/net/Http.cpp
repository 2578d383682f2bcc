#include "Http.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>

#include <memory>

namespace Http {

QUrl join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    const qsizetype query = path.indexOf(u'?');
    url.setPath(basePath + (query >= 0 ? path.first(query) : path));
    if (query >= 0)
        url.setQuery(path.sliced(query + 1));
    return url;
}

QNetworkRequest request(const QUrl &base, const QString &path, int timeoutMs)
{
    QNetworkRequest req(join(base, path));
    req.setRawHeader("Accept", "application/json");
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::NoLessSafeRedirectPolicy);
    if (timeoutMs > 0)
        req.setTransferTimeout(timeoutMs);
    return req;
}

QNetworkReply *send(QNetworkAccessManager *nam, const QNetworkRequest &request,
                    const QByteArray &verb, const QByteArray &body, QObject *context, Callback done)
{
    QNetworkRequest req = request;
    if (!body.isEmpty() && !req.header(QNetworkRequest::ContentTypeHeader).isValid())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nullptr;
    if (verb == "GET")
        reply = nam->get(req);
    else if (verb == "POST")
        reply = nam->post(req, body);
    else if (verb == "HEAD")
        reply = nam->head(req);
    else
        reply = nam->sendCustomRequest(req, verb, body);

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QPointer<QObject> guard(context);
    auto callback = std::make_shared<QMetaObject::Connection>();
    *callback = QObject::connect(
        reply, &QNetworkReply::finished, context, [reply, timer, guard, done = std::move(done)] {
            if (!guard)
                return; // the context is being destroyed
            Response r;
            r.url = reply->url();
            r.elapsedMs = timer->elapsed();
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.contentType = reply->rawHeader("Content-Type");
            r.networkError = reply->error();
            r.networkErrorString = reply->errorString();
            r.body = reply->readAll();
            r.sentToken = reply->request().hasRawHeader("Authorization");
            done(r);
        });
    // `destroyed` comes before Qt drops the context's connections: cut the callback first,
    // then abort, so no callback runs on a half-destroyed object.
    QObject::connect(context, &QObject::destroyed, reply, [reply, callback] {
        QObject::disconnect(*callback);
        reply->abort();
    });
    return reply;
}

QNetworkReply *get(QNetworkAccessManager *nam, const QNetworkRequest &request, QObject *context,
                   Callback done)
{
    return send(nam, request, "GET", {}, context, std::move(done));
}

QNetworkReply *post(QNetworkAccessManager *nam, const QNetworkRequest &request,
                    const QByteArray &body, QObject *context, Callback done)
{
    return send(nam, request, "POST", body, context, std::move(done));
}

} // namespace Http
