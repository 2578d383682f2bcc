#pragma once

#include "Capabilities.h"
#include "ServerKind.h"

#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

// A server LocalForge talks to. Capabilities it lacks return nullptr.
class Provider : public QObject
{
    Q_OBJECT

public:
    ~Provider() override;

    ServerKind kind() const { return m_kind; }
    QUrl baseUrl() const { return m_baseUrl; }

    virtual ChatCapability *chat() { return nullptr; }
    virtual ModelListCapability *modelList() { return nullptr; }
    virtual ModelStoreCapability *store() { return nullptr; }
    virtual ModelLoadCapability *loader() { return nullptr; }
    virtual ModelDetailsCapability *detailsProvider() { return nullptr; }
    virtual ServerMetricsCapability *serverMetrics() { return nullptr; }
    // Why this server cannot download, or delete, models over its API, and what to do instead;
    // empty when it can.
    virtual QString cannotDownloadReason();
    virtual QString cannotDeleteReason();

protected:
    Provider(ServerKind kind, const QUrl &baseUrl, QNetworkAccessManager *nam, QObject *parent);

    QNetworkRequest request(const QString &path, int timeoutMs = 0) const;
    // A request for a list the server keeps (its models, its loaded models), with a byte limit
    // far above any real one: a list of hundreds of thousands of entries, read whole and laid
    // out on every refresh, would freeze the window each time.
    enum class ListKind { Models, Loaded };
    QNetworkRequest listRequest(const QString &path, int timeoutMs, ListKind kind) const;
    QNetworkAccessManager *network() const { return m_nam; }
    // POSTs a load request to `path` and calls `done` once it is answered, or with
    // ApiError::loadTimeout once options.timeout passed without a whole answer.
    void postLoad(const QString &path, const QByteArray &body, const QString &model,
                  const LoadOptions &options, QObject *context, DoneCallback done) const;

private:
    ServerKind m_kind;
    QUrl m_baseUrl;
    QNetworkAccessManager *m_nam;
};
