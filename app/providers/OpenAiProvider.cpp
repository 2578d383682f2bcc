#include "OpenAiProvider.h"

#include "OpenAiChatStream.h"
#include "OpenAiWire.h"
#include "net/Http.h"
#include "net/Prometheus.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace {
constexpr int ListTimeoutMs = 10000;
}

OpenAiProvider::OpenAiProvider(ServerKind kind, const QUrl &baseUrl, QNetworkAccessManager *nam,
                               QObject *parent)
    : Provider(kind, baseUrl, nam, parent)
{}

ChatStream *OpenAiProvider::startChat(const ChatRequest &chatRequest, QObject *parent)
{
    QNetworkRequest req = request(QStringLiteral("/v1/chat/completions"));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", "text/event-stream");
    const QByteArray body =
        QJsonDocument(OpenAiWire::chatRequestBody(chatRequest)).toJson(QJsonDocument::Compact);
    return new OpenAiChatStream(Http::postStream(network(), req, body), chatRequest.timeout,
                                parent);
}

void OpenAiProvider::listModels(QObject *context, std::function<void(const ModelListResult &)> done)
{
    listOpenAiModels(context, std::move(done));
}

void OpenAiProvider::listOpenAiModels(QObject *context,
                                      std::function<void(const ModelListResult &)> done)
{
    const QUrl base = baseUrl();
    Http::get(network(), listRequest(QStringLiteral("/v1/models"), ListTimeoutMs, ListKind::Models),
              context, [base, done = std::move(done)](const Http::Response &r) {
                  ModelListResult result;
                  result.error = r.error(base);
                  Result<ModelList> parsed;
                  if (!result.error.isError()) {
                      parsed = OpenAiWire::parseModels(r.json().object(), base);
                      result.models = parsed.value;
                  }
                  if (r.ok() && !parsed.ok()) {
                      const QString said = ApiError::extractServerMessage(r.body);
                      result.error =
                          said.isEmpty() ? parsed.error : ApiError::fromServerMessage(said);
                  }
                  done(result);
              });
}

void OpenAiProvider::generationRate(QObject *context,
                                    std::function<void(std::optional<double>)> done)
{
    Http::get(
        network(), request(QStringLiteral("/metrics"), 2000), context,
        [done = std::move(done)](const Http::Response &r) {
            if (!r.ok())
                return done(std::nullopt); // started without --metrics
            done(Prometheus::sum(Prometheus::parse(r.body, {"llamacpp:predicted_tokens_seconds"}),
                                 QStringLiteral("llamacpp:predicted_tokens_seconds")));
        });
}
