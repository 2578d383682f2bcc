#include "LmStudioProvider.h"

#include "LmStudioDownload.h"
#include "LmStudioWire.h"
#include "net/Http.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

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
        m_v1Asked.start();
        tryList(NativeApi::V1, context, std::move(done));
        break;
    case NativeApi::V0:
        // Now and then the 0.4 API again: LM Studio may have been updated while it ran.
        if (m_v1Asked.hasExpired(m_recheckMs)) {
            m_v1Asked.start();
            tryList(NativeApi::V1, context, std::move(done));
        } else {
            tryList(NativeApi::V0, context, std::move(done));
        }
        break;
    case NativeApi::None:
        listOpenAiModels(context, std::move(done));
        break;
    }
}

QString LmStudioProvider::cannotDownloadReason()
{
    if (store())
        return {};
    // Not read yet, or its last read failed (a token needed, a proxy's error): which LM Studio
    // it is is not known, and the list says what went wrong.
    if (m_api == NativeApi::Unknown)
        return tr("Downloads are offered once LocalForge has read this LM Studio's model list "
                  "(the list says what keeps it from reading it).");
    return tr("This LM Studio is older than 0.4 and cannot download over its API: "
              "run `lms get <model>` instead.");
}

QString LmStudioProvider::cannotDeleteReason()
{
    return tr("LM Studio cannot delete models over its API: use its My Models tab.");
}

void LmStudioProvider::tryList(NativeApi api, QObject *context,
                               std::function<void(const ModelListResult &)> done)
{
    const QString path =
        api == NativeApi::V1 ? QStringLiteral("/api/v1/models") : QStringLiteral("/api/v0/models");
    QPointer<LmStudioProvider> self(this);
    const QUrl base = baseUrl();
    Http::get(network(), listRequest(path, ListTimeoutMs, ListKind::Models), context,
              [self, api, base, context, done = std::move(done)](const Http::Response &r) mutable {
                  ModelListResult result;
                  if (!self) {
                      result.error = ApiError::serverRemoved(base);
                      done(result);
                      return;
                  }
                  if (!r.answered()) {
                      result.error =
                          ApiError::fromNetwork(r.networkError, r.networkErrorString, base);
                      done(result);
                      return;
                  }
                  // Only an answer that says the API is not there moves to an older one: LM
                  // Studio's 200 "Unexpected endpoint", 404 or 405. Any other failure (a token
                  // needed, a proxy's 502, a busy server) is said as it is, and the next read asks
                  // the same API again: a passing fault must not leave a 0.4 server without load,
                  // unload and downloads.
                  if (r.ok() && !LmStudioWire::isUnexpectedEndpoint(r.json().object())) {
                      const Result<ModelList> parsed =
                          api == NativeApi::V1
                              ? LmStudioWire::parseV1Models(r.json().object(), base)
                              : LmStudioWire::parseV0Models(r.json().object(), base);
                      result.models = parsed.value;
                      result.error = parsed.error;
                      // A list it cannot read (a proxy's sign-in page) is said as such; what
                      // this server has is known again at the next read.
                      if (parsed.ok())
                          self->m_api = api;
                      done(result);
                      return;
                  }
                  const bool absentSaid = r.ok() || ((r.status == 404 || r.status == 405) &&
                                                     r.overrun == Http::Response::Overrun::None);
                  if (!absentSaid) {
                      result.error = r.error(base);
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

ModelDownload *LmStudioProvider::pull(const QString &name, QObject *parent)
{
    return new LmStudioDownload(name, baseUrl(), network(), m_pollMs, parent);
}

void LmStudioProvider::deleteModel(const QString &, QObject *context, DoneCallback done)
{
    QTimer::singleShot(0, context, [done = std::move(done)] {
        ApiError e;
        e.kind = ApiError::Kind::BadResponse;
        e.message = tr("LM Studio has no way to delete a model over its API. Delete it in LM "
                       "Studio's My Models tab, or remove its folder.");
        done(e);
    });
}

void LmStudioProvider::loadedModels(QObject *context,
                                    std::function<void(const LoadedModelsResult &)> done)
{
    listModels(context, [done = std::move(done)](const ModelListResult &r) {
        LoadedModelsResult result;
        result.error = r.error;
        for (const ModelInfo &m : r.models) {
            if (!m.loaded)
                continue;
            const QStringList instances =
                m.loadedInstanceIds.isEmpty() ? QStringList{m.id} : m.loadedInstanceIds;
            for (const QString &instance : instances) {
                LoadedModel l;
                l.id = m.id;
                l.instanceId = instance;
                l.contextLength = m.loadedContextLength;
                l.sizeBytes = m.sizeBytes; // on disk: LM Studio reports no memory figure
                result.models.append(l);
            }
        }
        done(result);
    });
}

void LmStudioProvider::unload(const LoadedModel &model, QObject *context, DoneCallback done)
{
    if (m_api != NativeApi::V1) {
        QTimer::singleShot(0, context, [id = model.id, done = std::move(done)] {
            ApiError e;
            e.kind = ApiError::Kind::BadResponse;
            e.message = tr("This LM Studio is older than 0.4 and cannot unload over its API. Run "
                           "`lms unload %1`, or update LM Studio.")
                            .arg(id);
            done(e);
        });
        return;
    }
    const QUrl base = baseUrl();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("instance_id"), model.instanceId}})
            .toJson(QJsonDocument::Compact);
    Http::post(network(), request(QStringLiteral("/api/v1/models/unload"), ListTimeoutMs), body,
               context,
               [base, done = std::move(done)](const Http::Response &r) { done(r.error(base)); });
}

void LmStudioProvider::load(const QString &model, const LoadOptions &options, QObject *context,
                            DoneCallback done)
{
    if (m_api != NativeApi::V1) {
        QTimer::singleShot(0, context, [model, done = std::move(done)] {
            ApiError e;
            e.kind = ApiError::Kind::BadResponse;
            e.message = tr("This LM Studio is older than 0.4 and cannot load over its API. Run "
                           "`lms load %1`, or update LM Studio.")
                            .arg(model);
            done(e);
        });
        return;
    }
    QJsonObject body{{QStringLiteral("model"), model}};
    if (options.contextLength > 0)
        body.insert(QStringLiteral("context_length"), options.contextLength);
    // Loading blocks until the model is in memory.
    postLoad(QStringLiteral("/api/v1/models/load"),
             QJsonDocument(body).toJson(QJsonDocument::Compact), model, options, context,
             std::move(done));
}
