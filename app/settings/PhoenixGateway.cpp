#include "PhoenixGateway.h"

#include "PhoenixConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>

#include <initializer_list>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString HealthPath = u"/api/health"_s;
const QString SwitchPath = u"/api/provider/switch"_s;

bool isHealthyWord(const QString &status)
{
    for (const QStringView word : {u"ok", u"up", u"healthy", u"online", u"ready"}) {
        if (status.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString firstString(const QJsonObject &o, std::initializer_list<QStringView> keys)
{
    for (const QStringView key : keys) {
        const QJsonValue v = o.value(key);
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
        if (v.isObject() && v.toObject().value(u"name").isString())
            return v.toObject().value(u"name").toString();
    }
    return {};
}

PhoenixGateway::ProviderHealth providerHealth(const QString &name, const QJsonValue &value)
{
    PhoenixGateway::ProviderHealth h;
    h.name = name;
    if (value.isBool()) {
        h.healthy = value.toBool();
        return h;
    }
    if (value.isString()) {
        h.healthy = isHealthyWord(value.toString());
        h.detail = value.toString();
        return h;
    }
    const QJsonObject o = value.toObject();
    const QString status = o.value(u"status").toString();
    const QJsonValue healthy = o.value(u"healthy");
    h.healthy = healthy.isBool() ? healthy.toBool() : isHealthyWord(status);
    h.detail = ApiError::extractServerMessage(o.value(u"error"));
    if (h.detail.isEmpty())
        h.detail = firstString(o, {u"message", u"detail"});
    if (h.detail.isEmpty())
        h.detail = status;
    return h;
}

struct Health
{
    QString status;
    QString active;
    QList<PhoenixGateway::ProviderHealth> providers;
};

// A health document: an object with a "status" string or a "providers" object or array.
std::optional<Health> parseHealth(const QByteArray &body, const QJsonObject &o)
{
    const QJsonValue providers = o.value(u"providers");
    if (!o.value(u"status").isString() && !providers.isObject() && !providers.isArray())
        return std::nullopt;
    Health health;
    health.status = o.value(u"status").toString();
    health.active = firstString(o, {u"activeProvider", u"active", u"defaultProvider"});
    if (providers.isObject()) {
        const QJsonObject byName = providers.toObject();
        const QStringList order =
            PhoenixConfig::orderedKeys(byName, PhoenixConfig::providerKeyOrder(body));
        for (const QString &name : order)
            health.providers.append(providerHealth(name, byName.value(name)));
    } else {
        for (const QJsonValue &item : providers.toArray()) {
            const QString name = firstString(item.toObject(), {u"name", u"provider", u"id"});
            if (!name.isEmpty())
                health.providers.append(providerHealth(name, item));
        }
    }
    return health;
}

QString hostPort(const QUrl &url)
{
    return url.host() + u':' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

} // namespace

QUrl PhoenixGateway::defaultUrl()
{
    return QUrl(u"http://127.0.0.1:18789"_s);
}

PhoenixGateway::PhoenixGateway(QNetworkAccessManager *nam, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_baseUrl(baseUrl)
{}

QUrl PhoenixGateway::baseUrl() const
{
    return m_baseUrl;
}

bool PhoenixGateway::isAvailable() const
{
    return m_available;
}

bool PhoenixGateway::isRefreshing() const
{
    return !m_healthReply.isNull();
}

QString PhoenixGateway::status() const
{
    return m_status;
}

QString PhoenixGateway::activeProvider() const
{
    return m_activeProvider;
}

QList<PhoenixGateway::ProviderHealth> PhoenixGateway::providers() const
{
    return m_providers;
}

ApiError PhoenixGateway::lastError() const
{
    return m_lastError;
}

void PhoenixGateway::refresh()
{
    const quint64 serial = ++m_healthSerial;
    if (QNetworkReply *previous = m_healthReply.data()) {
        m_healthReply = nullptr;
        previous->abort(); // its answer no longer matches the serial
    }
    QNetworkRequest request = Http::request(m_baseUrl, HealthPath, HealthTimeoutMs);
    Http::limit(request, HealthMaxBytes, HealthTotalMs);
    m_healthReply = Http::get(m_nam, request, this, [this, serial](const Http::Response &response) {
        if (serial == m_healthSerial)
            onHealth(response);
    });
}

void PhoenixGateway::onHealth(const Http::Response &response)
{
    m_healthReply = nullptr;
    m_available = false;
    m_status.clear();
    m_activeProvider.clear();
    m_providers.clear();

    std::optional<Health> health;
    QJsonParseError parseError{};
    QJsonDocument doc;
    qsizetype providerCount = 0;
    if (response.answered() && response.overrun == Http::Response::Overrun::None) {
        doc = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
            const QJsonValue providers = doc.object().value(u"providers");
            providerCount = providers.isObject()  ? providers.toObject().size()
                            : providers.isArray() ? providers.toArray().size()
                                                  : 0;
            if (providerCount <= MaxProviders)
                health = parseHealth(response.body, doc.object());
        }
    }

    if (health) {
        m_available = true;
        m_status = health->status;
        m_activeProvider = health->active;
        m_providers = health->providers;
        m_lastError = {};
    } else if (!response.answered()) {
        m_lastError = networkError(response);
    } else if (response.overrun != Http::Response::Overrun::None) {
        m_lastError = response.error(m_baseUrl); // too large or too slow: says which
    } else if (!response.ok()) {
        m_lastError = ApiError::fromHttp(response.status, response.body, m_baseUrl);
        const QString said = m_lastError.serverMessage.isEmpty()
                                 ? QString()
                                 : tr(" It said: “%1”.").arg(m_lastError.serverMessage);
        m_lastError.message = tr("The Phoenix gateway at %1 answered its health check with HTTP "
                                 "%2.%3 Check that this is the gateway's address (port 18789 by "
                                 "default) and look at its log (docker logs).")
                                  .arg(hostPort(m_baseUrl), QString::number(response.status), said);
    } else if (parseError.error != QJsonParseError::NoError) {
        m_lastError =
            badResponse(tr("not JSON: %1 at character %2")
                            .arg(parseError.errorString(), QString::number(parseError.offset)));
    } else if (providerCount > MaxProviders) {
        m_lastError = ApiError::badResponse(m_baseUrl, u"too many providers"_s);
        m_lastError.message =
            tr("%1 lists %2 providers in its health check, more than the %3 LocalForge shows, so "
               "it was not used. Check that this is the Phoenix gateway's address (port 18789 by "
               "default) and its phoenix.json.")
                .arg(hostPort(m_baseUrl), QString::number(providerCount),
                     QString::number(MaxProviders));
    } else {
        m_lastError = badResponse(tr("JSON without a status or a list of providers"));
    }
    Q_EMIT healthChanged();
}

void PhoenixGateway::switchProvider(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] { Q_EMIT switched(false, tr("Choose the provider the gateway should use.")); },
            Qt::QueuedConnection);
        return;
    }
    if (m_switchReply && name == m_switchingTo)
        return; // already asked: its answer is on the way
    // Only the newest switch is answered for: an earlier one's answer, which may come last,
    // would name a provider the gateway no longer uses.
    const quint64 serial = ++m_switchSerial;
    if (QNetworkReply *previous = m_switchReply.data()) {
        m_switchReply = nullptr;
        previous->abort(); // its answer no longer matches the serial
    }
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"provider"_s, name}}).toJson(QJsonDocument::Compact);
    QNetworkRequest request = Http::request(m_baseUrl, SwitchPath, SwitchTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    m_switchingTo = name;
    m_switchReply = Http::post(m_nam, request, body, this,
                               [this, name, serial](const Http::Response &response) {
                                   if (serial == m_switchSerial)
                                       onSwitched(name, response);
                               });
}

bool PhoenixGateway::isSwitching() const
{
    return !m_switchReply.isNull();
}

void PhoenixGateway::onSwitched(const QString &name, const Http::Response &response)
{
    m_switchReply = nullptr;
    m_switchingTo.clear();
    if (!response.answered()) {
        m_lastError = networkError(response);
        Q_EMIT switched(false, m_lastError.message);
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonObject o = doc.object();
    const QString said = ApiError::extractServerMessage(response.body);

    if (response.ok() && parseError.error == QJsonParseError::NoError && doc.isObject() &&
        o.value(u"ok").toBool(true) && !o.contains(u"error")) {
        const QString active = o.value(u"activeProvider").toString();
        m_activeProvider = active.isEmpty() ? name : active;
        m_lastError = {};
        Q_EMIT healthChanged();
        Q_EMIT switched(
            true, tr("The Phoenix gateway now sends requests to “%1”.").arg(m_activeProvider));
        refresh();
        return;
    }

    ApiError e;
    if (!response.ok()) {
        e = ApiError::fromHttp(response.status, response.body, m_baseUrl);
    } else if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        m_lastError = badResponse(tr("its answer to the switch is not JSON"));
        Q_EMIT switched(false, m_lastError.message);
        return;
    } else {
        e = ApiError::fromServerMessage(said);
    }
    if (response.status >= 500)
        e.message = said.isEmpty()
                        ? tr("The Phoenix gateway failed to switch to “%1” (HTTP %2). Check its "
                             "log (docker logs).")
                              .arg(name, QString::number(response.status))
                        : tr("The Phoenix gateway failed to switch to “%1”: “%2” (HTTP %3). Check "
                             "its log (docker logs).")
                              .arg(name, said, QString::number(response.status));
    else
        e.message = said.isEmpty()
                        ? tr("The Phoenix gateway refused to switch to “%1”. Choose one of the "
                             "providers it lists, or add this one to phoenix.json and restart "
                             "the gateway.")
                              .arg(name)
                        : tr("The Phoenix gateway refused to switch to “%1”: “%2”. Choose one of "
                             "the providers it lists, or add this one to phoenix.json and "
                             "restart the gateway.")
                              .arg(name, said);
    m_lastError = e;
    Q_EMIT switched(false, e.message);
}

ApiError PhoenixGateway::networkError(const Http::Response &response) const
{
    ApiError e =
        ApiError::fromNetwork(response.networkError, response.networkErrorString, m_baseUrl, 0);
    if (e.kind == ApiError::Kind::Refused)
        e.message = tr("Nothing answers on %1: the Phoenix gateway is not running there. Start "
                       "its container (docker start), or check the address and port.")
                        .arg(hostPort(m_baseUrl));
    else if (e.kind == ApiError::Kind::Timeout)
        e.message = tr("The Phoenix gateway at %1 did not answer in time. Check that its "
                       "container is running (docker ps) and not stuck.")
                        .arg(hostPort(m_baseUrl));
    return e;
}

ApiError PhoenixGateway::badResponse(const QString &detail) const
{
    ApiError e = ApiError::badResponse(m_baseUrl, detail);
    e.message = tr("%1 answered, but not as a Phoenix gateway (%2). Check that this is the "
                   "gateway's address (port 18789 by default).")
                    .arg(hostPort(m_baseUrl), detail);
    return e;
}
