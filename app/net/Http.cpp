#include "Http.h"

#include "StreamReply.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Http {

namespace {
// Where limit() keeps its values on the request.
constexpr auto MaxBodyAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 71);
constexpr auto TotalTimeAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 72);
constexpr qint64 ReadAheadBytes = 256 * 1024;

// What one reply has delivered so far; shared by its readyRead, timer and finished handlers.
struct Transfer
{
    QElapsedTimer clock;
    QByteArray body;
    qint64 maxBytes = MaxBodyBytes;
    int totalMs = 0;
    Response::Overrun overrun = Response::Overrun::None;
};

// Reads what the reply holds. A reply that was aborted or closed is not read: it has nothing
// left, and reading it only makes QIODevice warn.
void drain(QNetworkReply *reply, Transfer &t)
{
    if (t.overrun != Response::Overrun::None || !reply->isOpen())
        return;
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    if (t.body.size() + available > t.maxBytes) {
        t.overrun = Response::Overrun::TooLarge;
        t.body = QByteArray();
        reply->abort(); // emits finished
        return;
    }
    t.body += reply->readAll();
}
} // namespace

void limit(QNetworkRequest &request, qint64 maxBodyBytes, int totalMs)
{
    request.setAttribute(MaxBodyAttribute, maxBodyBytes);
    request.setAttribute(TotalTimeAttribute, totalMs);
}

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

    // Back-pressure: the network thread reads no further ahead than this, so a server that
    // floods cannot queue up more than it in memory before the limits below apply.
    reply->setReadBufferSize(ReadAheadBytes);
    auto transfer = std::make_shared<Transfer>();
    transfer->clock.start();
    transfer->maxBytes = req.attribute(MaxBodyAttribute, MaxBodyBytes).toLongLong();
    transfer->totalMs = req.attribute(TotalTimeAttribute, 0).toInt();
    QObject::connect(reply, &QNetworkReply::readyRead, reply,
                     [reply, transfer] { drain(reply, *transfer); });
    if (transfer->totalMs > 0) {
        QTimer::singleShot(transfer->totalMs, reply, [reply, transfer] {
            if (!reply->isRunning())
                return;
            // Headers came but the body did not end: too slow. No answer at all is a timeout.
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
                transfer->overrun = Response::Overrun::TooSlow;
                transfer->body = QByteArray();
            }
            reply->abort();
        });
    }
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QPointer<QObject> guard(context);
    auto callback = std::make_shared<QMetaObject::Connection>();
    *callback = QObject::connect(
        reply, &QNetworkReply::finished, context, [reply, transfer, guard, done = std::move(done)] {
            if (!guard)
                return; // the context is being destroyed
            drain(reply, *transfer);
            Response r;
            r.url = reply->url();
            r.elapsedMs = transfer->clock.elapsed();
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.contentType = reply->rawHeader("Content-Type");
            r.networkError = reply->error();
            r.networkErrorString = reply->errorString();
            r.overrun = transfer->overrun;
            r.limitBytes = transfer->maxBytes;
            r.limitMs = transfer->totalMs;
            r.body = std::exchange(transfer->body, QByteArray());
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

QNetworkReply *postStream(QNetworkAccessManager *nam, const QNetworkRequest &request,
                          const QByteArray &body)
{
    const QUrl url = request.url();
    QList<QNetworkProxy> proxies;
    if (nam->proxy().type() != QNetworkProxy::DefaultProxy)
        proxies = {nam->proxy()};
    else if (QNetworkProxyFactory *factory = nam->proxyFactory())
        proxies = factory->queryProxy(QNetworkProxyQuery(url));
    else
        proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    const QNetworkProxy::ProxyType proxy =
        proxies.isEmpty() ? QNetworkProxy::NoProxy : proxies.constFirst().type();
    const bool direct = proxy == QNetworkProxy::NoProxy || proxy == QNetworkProxy::DefaultProxy;
    if (direct && (url.scheme() == u"http" || url.scheme() == u"https"))
        return new StreamReply(nam, request, body, nam);
    return nam->post(request, body);
}

} // namespace Http
