#include "FakePhoenixGateway.h"

#include "FakeJson.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

FakePhoenixGateway::FakePhoenixGateway(QObject *parent)
    : FakeHttpServer(parent)
    , m_providers({{u"ollama"_s, true, {}}, {u"lmstudio"_s, true, {}}})
    , m_active(u"ollama"_s)
{
    setDefaultHeaders({{QByteArrayLiteral("X-Powered-By"), QByteArrayLiteral("Express")}});
}

void FakePhoenixGateway::setProviders(const QList<Provider> &providers)
{
    m_providers = providers;
}

QList<FakePhoenixGateway::Provider> FakePhoenixGateway::providers() const
{
    return m_providers;
}

void FakePhoenixGateway::setProviderHealth(const QString &name, bool healthy, const QString &error)
{
    for (Provider &p : m_providers) {
        if (p.name == name) {
            p.healthy = healthy;
            p.error = error;
        }
    }
}

void FakePhoenixGateway::setActiveProvider(const QString &name)
{
    m_active = name;
}

QString FakePhoenixGateway::activeProvider() const
{
    return m_active;
}

void FakePhoenixGateway::setHealthShape(HealthShape shape)
{
    m_shape = shape;
}

void FakePhoenixGateway::setUnknownProviderStatus(int status)
{
    m_unknownStatus = status;
}

void FakePhoenixGateway::setFailure(Failure failure)
{
    m_failure = failure;
}

QByteArray FakePhoenixGateway::healthJson() const
{
    QByteArray providers;
    for (const Provider &p : m_providers) {
        if (!providers.isEmpty())
            providers += ',';
        const QByteArray error = p.healthy || p.error.isEmpty()
                                     ? QByteArray()
                                     : ",\"error\":" + FakeJson::string(p.error);
        if (m_shape == HealthShape::Object)
            providers += FakeJson::string(p.name) + ":{\"status\":\"" +
                         (p.healthy ? "healthy" : "unhealthy") + '"' + error + '}';
        else
            providers += "{\"name\":" + FakeJson::string(p.name) + ",\"status\":\"" +
                         (p.healthy ? "up" : "down") +
                         "\",\"healthy\":" + (p.healthy ? "true" : "false") + error + '}';
    }
    if (m_shape == HealthShape::Object)
        return "{\"status\":\"ok\",\"activeProvider\":" + FakeJson::string(m_active) +
               ",\"providers\":{" + providers + "}}";
    return "{\"status\":\"ok\",\"active\":" + FakeJson::string(m_active) + ",\"providers\":[" +
           providers + "]}";
}

void FakePhoenixGateway::handle(const RecordedRequest &request, Responder &responder)
{
    const bool health = request.method == "GET" && request.path == "/api/health";
    const bool switching = request.method == "POST" && request.path == "/api/provider/switch";
    if (!health && !switching) {
        responder.sendJson(404, QByteArrayLiteral("{\"error\":\"Not found\"}"));
        return;
    }
    if (m_failure == Failure::Http500) {
        responder.sendJson(500, QByteArrayLiteral("{\"error\":\"Internal Server Error\"}"));
        return;
    }
    if (m_failure == Failure::Garbage) {
        responder.sendJson(200, QByteArrayLiteral("\xff\xfe<status ok, providers: \x01 not json"));
        return;
    }
    if (health)
        responder.sendJson(200, healthJson());
    else
        handleSwitch(request, responder);
}

void FakePhoenixGateway::handleSwitch(const RecordedRequest &request, Responder &responder)
{
    const QJsonValue provider = FakeJson::parseObject(request.body).value(u"provider"_s);
    if (!provider.isString() || provider.toString().isEmpty()) {
        responder.sendJson(400, QByteArrayLiteral("{\"error\":\"Missing provider\"}"));
        return;
    }
    const QString name = provider.toString();
    for (const Provider &p : std::as_const(m_providers)) {
        if (p.name == name) {
            m_active = name;
            responder.sendJson(200,
                               "{\"ok\":true,\"activeProvider\":" + FakeJson::string(name) + '}');
            return;
        }
    }
    responder.sendJson(m_unknownStatus,
                       "{\"error\":" + FakeJson::string(QString(u"Unknown provider: "_s + name)) +
                           '}');
}
