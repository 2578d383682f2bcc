#pragma once

#include "FakeHttpServer.h"

// Fake Phoenix gateway (default port 18789): GET /api/health and POST /api/provider/switch.
// Health, object shape (default):
//   {"status":"ok","activeProvider":"ollama","providers":{"ollama":{"status":"healthy"},
//    "lmstudio":{"status":"unhealthy","error":"connect ECONNREFUSED"}}}
// array shape:
//   {"status":"ok","active":"ollama","providers":[{"name":"ollama","status":"up","healthy":true},
//    {"name":"lmstudio","status":"down","healthy":false,"error":"connect ECONNREFUSED"}]}
// Switch: {"provider":"<name>"} -> 200 {"ok":true,"activeProvider":"<name>"}; an unknown name ->
// 404 (or the status set) {"error":"Unknown provider: <name>"}; no name -> 400.
// Other paths: 404 {"error":"Not found"}.
class FakePhoenixGateway final : public FakeHttpServer
{
    Q_OBJECT
public:
    struct Provider
    {
        QString name;
        bool healthy = true;
        QString error; // sent with an unhealthy provider
    };
    enum class HealthShape { Object, Array };
    // Applies to both routes: 500 {"error":"Internal Server Error"}, or 200 with bytes that are
    // not JSON.
    enum class Failure { None, Http500, Garbage };

    explicit FakePhoenixGateway(QObject *parent = nullptr); // ollama and lmstudio, ollama active

    void setProviders(const QList<Provider> &providers); // in the order the health lists them
    QList<Provider> providers() const;
    void setProviderHealth(const QString &name, bool healthy, const QString &error = {});
    void setActiveProvider(const QString &name);
    QString activeProvider() const;
    void setHealthShape(HealthShape shape);
    void setUnknownProviderStatus(int status); // 404 by default; the gateway may send 400
    void setFailure(Failure failure);

protected:
    void handle(const RecordedRequest &request, Responder &responder) override;

private:
    QByteArray healthJson() const;
    void handleSwitch(const RecordedRequest &request, Responder &responder);

    QList<Provider> m_providers;
    QString m_active;
    HealthShape m_shape = HealthShape::Object;
    int m_unknownStatus = 404;
    Failure m_failure = Failure::None;
};
