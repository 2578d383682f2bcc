#include "LmStudioProvider.h"

#include "LmStudioWire.h"
#include "net/Http.h"

#include <QJsonDocument>
#include <QPointer>

namespace {
constexpr int ListTimeoutMs = 10000;
}

LmStudioProvider::LmStudioProvider(const QUrl &baseUrl, QNetworkAccessManager *nam, QObject *parent)
    : OpenAiProvider(ServerKind::LmStudio, baseUrl, nam, parent)
{}

void LmStudioProvider::listModels(QObject *context,
                                  std::function<void(const ModelListResult &)> done)
{
    switch (m_api) {
    case NativeApi::Unknown:
    case NativeApi::V1:
        tryList(NativeApi::V1, context, std::move(done));
        break;
    case NativeApi::V0:
        tryList(NativeApi::V0, context, std::move(done));
        break;
    case NativeApi::None:
        listOpenAiModels(context, std::move(done));
        break;
    }
}

void LmStudioProvider::tryList(NativeApi api, QObject *context,
                               std::function<void(const ModelListResult &)> done)
{
    const QString path =
        api == NativeApi::V1 ? QStringLiteral("/api/v1/models") : QStringLiteral("/api/v0/models");
    QPointer<LmStudioProvider> self(this);
    const QUrl base = baseUrl();
    Http::get(network(), request(path, ListTimeoutMs), context,
              [self, api, base, context, done = std::move(done)](const Http::Response &r) mutable {
                  if (!self)
                      return;
                  ModelListResult result;
                  if (!r.answered()) {
                      result.error =
                          ApiError::fromNetwork(r.networkError, r.networkErrorString, base);
                      done(result);
                      return;
                  }
                  if (r.status == 401) {
                      result.error = ApiError::fromHttp(r.status, r.body, base);
                      done(result);
                      return;
                  }
                  bool ok = false;
                  if (r.ok())
                      result.models = api == NativeApi::V1
                                          ? LmStudioWire::parseV1Models(r.json().object(), &ok)
                                          : LmStudioWire::parseV0Models(r.json().object(), &ok);
                  if (ok) {
                      self->m_api = api;
                      done(result);
                      return;
                  }
                  // This LM Studio does not have that API: fall back to the next one.
                  if (api == NativeApi::V1) {
                      self->tryList(NativeApi::V0, context, std::move(done));
                  } else {
                      self->m_api = NativeApi::None;
                      self->listOpenAiModels(context, std::move(done));
                  }
              });
}
