#pragma once

#include "net/ApiError.h"
#include "net/Http.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// Client of a running Phoenix gateway: its health (GET /api/health) and which provider it routes
// requests to (POST /api/provider/switch). Asynchronous; never blocks.
//
// Health bodies understood (with any HTTP status, when the body is such an object):
//   {"status": "ok", "activeProvider": "ollama",
//    "providers": {"ollama": {"status": "healthy"},
//                  "lmstudio": {"status": "unhealthy", "error": "connect ECONNREFUSED"}}}
//   {"status": "ok", "active": "ollama",
//    "providers": [{"name": "ollama", "status": "up", "healthy": true}, ...]}
// The active provider is read from "activeProvider", else "active", else "defaultProvider". A
// provider is healthy when its "healthy" is true, or, without "healthy", when its status is one
// of ok, up, healthy, online, ready (any case). A provider may also be a bare status string or a
// bare boolean. Object-shaped providers keep the body's order.
class PhoenixGateway final : public QObject
{
    Q_OBJECT

public:
    struct ProviderHealth
    {
        QString name;
        bool healthy = false;
        QString detail; // the gateway's words: the provider's error, else its status
        bool operator==(const ProviderHealth &other) const = default;
    };

    static QUrl defaultUrl();                    // http://127.0.0.1:18789
    static constexpr int HealthTimeoutMs = 2000; // without a byte
    // A health answer is a few hundred bytes per provider: one that is larger, takes longer or
    // lists more providers than a panel can show is not used (badResponse says why).
    static constexpr qint64 HealthMaxBytes = 256 * 1024;
    static constexpr int HealthTotalMs = 2 * HealthTimeoutMs;
    static constexpr qsizetype MaxProviders = 500;
    static constexpr int SwitchTimeoutMs = 10000;

    explicit PhoenixGateway(QNetworkAccessManager *nam, const QUrl &baseUrl = defaultUrl(),
                            QObject *parent = nullptr);

    QUrl baseUrl() const;

    // Asks for the gateway's health; healthChanged() follows when the answer (or the failure)
    // is in, whether or not anything changed. A refresh started while another runs replaces it.
    void refresh();
    // Asks the gateway to route requests to the provider `name`; switched() follows. On success
    // the active provider is updated from the answer and the health refreshed. A switch asked
    // while another is out replaces it: switched() follows for the newest one only. Asking
    // again for the provider already being switched to sends nothing more.
    void switchProvider(const QString &name);
    bool isSwitching() const;

    // The gateway answered its last health request with a health document.
    bool isAvailable() const;
    bool isRefreshing() const;
    // The gateway's overall status word ("ok"...); empty when it sends none.
    QString status() const;
    QString activeProvider() const;
    QList<ProviderHealth> providers() const;
    // What went wrong in the last request (health or switch); none after a success.
    ApiError lastError() const;

Q_SIGNALS:
    void healthChanged();
    // message: for the user, what now happens or what went wrong and what to do.
    void switched(bool ok, const QString &message);

private:
    void onHealth(const Http::Response &response);
    void onSwitched(const QString &name, const Http::Response &response);
    ApiError networkError(const Http::Response &response) const;
    ApiError badResponse(const QString &detail) const;

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QPointer<QNetworkReply> m_healthReply;
    quint64 m_healthSerial = 0;
    QPointer<QNetworkReply> m_switchReply;
    QString m_switchingTo;
    quint64 m_switchSerial = 0;
    bool m_available = false;
    QString m_status;
    QString m_activeProvider;
    QList<ProviderHealth> m_providers;
    ApiError m_lastError;
};
