#include "OllamaProvider.h"

#include "OllamaChatStream.h"
#include "OllamaPull.h"
#include "OllamaWire.h"
#include "net/Http.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

namespace {
constexpr int ListTimeoutMs = 10000;
}

OllamaProvider::OllamaProvider(const QUrl &baseUrl, QNetworkAccessManager *nam, QObject *parent)
    : Provider(ServerKind::Ollama, baseUrl, nam, parent)
{}

ChatStream *OllamaProvider::startChat(const ChatRequest &chatRequest, QObject *parent)
{
    QNetworkRequest req = request(QStringLiteral("/api/chat"));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", "application/x-ndjson");
    const QByteArray body =
        QJsonDocument(OllamaWire::chatRequestBody(chatRequest)).toJson(QJsonDocument::Compact);
    return new OllamaChatStream(Http::postStream(network(), req, body), chatRequest.timeout,
                                parent);
}

void OllamaProvider::listModels(QObject *context, std::function<void(const ModelListResult &)> done)
{
    const QUrl base = baseUrl();
    Http::get(network(), listRequest(QStringLiteral("/api/tags"), ListTimeoutMs, ListKind::Models),
              context, [base, done = std::move(done)](const Http::Response &r) {
                  ModelListResult result;
                  result.error = r.error(base);
                  if (!result.error.isError() && !r.json().object().contains(u"models"))
                      result.error = ApiError::badResponse(base, QStringLiteral("/api/tags"));
                  if (!result.error.isError())
                      result.models = OllamaWire::parseTags(r.json().object());
                  done(result);
              });
}

ModelDownload *OllamaProvider::pull(const QString &name, QObject *parent)
{
    QNetworkRequest req = request(QStringLiteral("/api/pull"));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("model"), name},
                                                      {QStringLiteral("stream"), true}})
                                .toJson(QJsonDocument::Compact);
    return new OllamaPull(name, network()->post(req, body), parent);
}

void OllamaProvider::deleteModel(const QString &name, QObject *context, DoneCallback done)
{
    const QUrl base = baseUrl();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("model"), name}}).toJson(QJsonDocument::Compact);
    // DELETE with a body, as Ollama wants it.
    Http::send(network(), request(QStringLiteral("/api/delete"), ListTimeoutMs), "DELETE", body,
               context, [base, done = std::move(done)](const Http::Response &r) {
                   // Already gone (another client removed it since the list was read): what
                   // the user wanted; the list is read again after a delete either way.
                   // Ollama's JSON error, not a proxy's "404 page not found".
                   if (r.status == 404 && r.json().object().contains(u"error") &&
                       ApiError::extractServerMessage(r.body).startsWith(u"model"))
                       return done({});
                   done(r.error(base));
               });
}

void OllamaProvider::loadedModels(QObject *context,
                                  std::function<void(const LoadedModelsResult &)> done)
{
    const QUrl base = baseUrl();
    Http::get(network(), listRequest(QStringLiteral("/api/ps"), ListTimeoutMs, ListKind::Loaded),
              context, [base, done = std::move(done)](const Http::Response &r) {
                  LoadedModelsResult result;
                  result.error = r.error(base);
                  if (!result.error.isError())
                      result.models = OllamaWire::parsePs(r.json().object());
                  done(result);
              });
}

void OllamaProvider::unload(const LoadedModel &model, QObject *context, DoneCallback done)
{
    const QUrl base = baseUrl();
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("model"), model.id},
                                                      {QStringLiteral("messages"), QJsonArray()},
                                                      {QStringLiteral("keep_alive"), 0}})
                                .toJson(QJsonDocument::Compact);
    QPointer<OllamaProvider> self(this);
    const QString id = model.id;
    Http::post(network(), request(QStringLiteral("/api/chat"), ListTimeoutMs), body, context,
               [self, base, id, context, done = std::move(done)](const Http::Response &r) mutable {
                   if (const ApiError error = r.error(base); error.isError())
                       done(error); // a refused token says so
                   else if (self)
                       self->waitUntilGone(id, 40, context, std::move(done));
                   else
                       done(ApiError::serverRemoved(base));
               });
}

void OllamaProvider::waitUntilGone(const QString &id, int triesLeft, QObject *context,
                                   DoneCallback done)
{
    // The runner stops asynchronously: the model is gone once /api/ps no longer lists it.
    QPointer<OllamaProvider> self(this);
    loadedModels(context, [self, base = baseUrl(), id, triesLeft, context,
                           done = std::move(done)](const LoadedModelsResult &r) mutable {
        if (r.error.isError()) {
            done(r.error);
            return;
        }
        const bool present = std::any_of(r.models.cbegin(), r.models.cend(),
                                         [&id](const LoadedModel &m) { return m.id == id; });
        if (!present) {
            done({});
            return;
        }
        // Whoever waits hears back, also when the server is removed meanwhile.
        if (!self) {
            done(ApiError::serverRemoved(base));
            return;
        }
        if (triesLeft <= 0) {
            ApiError e;
            e.kind = ApiError::Kind::Timeout;
            e.message = tr("Ollama accepted the unload, but %1 is still listed as loaded. It may "
                           "be answering another request; try again in a moment.")
                            .arg(id);
            done(e);
            return;
        }
        QTimer::singleShot(self->m_unloadPollMs, context,
                           [self, base, id, triesLeft, context, done]() mutable {
                               if (self)
                                   self->waitUntilGone(id, triesLeft - 1, context, std::move(done));
                               else
                                   done(ApiError::serverRemoved(base));
                           });
    });
}

void OllamaProvider::details(const QString &name, QObject *context,
                             std::function<void(const ModelDetails &)> done)
{
    const QUrl base = baseUrl();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("model"), name}}).toJson(QJsonDocument::Compact);
    Http::post(network(), request(QStringLiteral("/api/show"), ListTimeoutMs), body, context,
               [base, done = std::move(done)](const Http::Response &r) {
                   ModelDetails d;
                   if (const ApiError error = r.error(base); error.isError()) {
                       d.error = error;
                   } else {
                       const QJsonObject o = r.json().object();
                       d.parameters = o.value(u"parameters").toString();
                       d.promptTemplate = o.value(u"template").toString();
                       d.license = o.value(u"license").toString();
                       d.modelInfo = o.value(u"model_info").toObject();
                       for (const QJsonValue &c : o.value(u"capabilities").toArray())
                           d.capabilities.append(c.toString());
                   }
                   done(d);
               });
}

void OllamaProvider::load(const QString &model, const LoadOptions &options, QObject *context,
                          DoneCallback done)
{
    QJsonObject body{{QStringLiteral("model"), model}, {QStringLiteral("messages"), QJsonArray()}};
    if (!options.keepAlive.isEmpty())
        body.insert(QStringLiteral("keep_alive"), OllamaWire::keepAliveValue(options.keepAlive));
    if (options.contextLength > 0)
        body.insert(QStringLiteral("options"),
                    QJsonObject{{QStringLiteral("num_ctx"), options.contextLength}});
    postLoad(QStringLiteral("/api/chat"), QJsonDocument(body).toJson(QJsonDocument::Compact), model,
             options, context, std::move(done));
}
