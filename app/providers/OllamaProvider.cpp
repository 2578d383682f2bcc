#include "OllamaProvider.h"

#include "OllamaChatStream.h"
#include "OllamaWire.h"
#include "net/Http.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

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
    return new OllamaChatStream(network()->post(req, body), chatRequest.timeout, parent);
}

void OllamaProvider::listModels(QObject *context, std::function<void(const ModelListResult &)> done)
{
    const QUrl base = baseUrl();
    Http::get(network(), request(QStringLiteral("/api/tags"), ListTimeoutMs), context,
              [base, done = std::move(done)](const Http::Response &r) {
                  ModelListResult result;
                  if (!r.answered())
                      result.error =
                          ApiError::fromNetwork(r.networkError, r.networkErrorString, base);
                  else if (!r.ok())
                      result.error = ApiError::fromHttp(r.status, r.body, base);
                  else if (!r.json().isObject() || !r.json().object().contains(u"models"))
                      result.error = ApiError::badResponse(base, QStringLiteral("/api/tags"));
                  else
                      result.models = OllamaWire::parseTags(r.json().object());
                  done(result);
              });
}
