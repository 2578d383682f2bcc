#include "ServerProfile.h"

#include "ParameterStore.h"
#include "net/UrlCredentials.h"

using namespace Qt::StringLiterals;

QJsonObject ServerProfile::toJson() const
{
    QJsonObject o{{u"url"_s, id()}};
    if (!name.isEmpty())
        o.insert(u"name"_s, name);
    if (kind != ServerKind::Unknown)
        o.insert(u"kind"_s, serverKindId(kind));
    if (!defaultModel.isEmpty())
        o.insert(u"defaultModel"_s, defaultModel);
    const QJsonObject params = ParameterStore::toJson(defaults);
    if (!params.isEmpty())
        o.insert(u"defaults"_s, params);
    if (!enabled)
        o.insert(u"enabled"_s, false);
    if (hasToken)
        o.insert(u"hasToken"_s, true);
    if (!gatewayName.isEmpty())
        o.insert(u"gatewayName"_s, gatewayName);
    if (viaDockerHost)
        o.insert(u"viaDockerHost"_s, true);
    return o;
}

ServerProfile ServerProfile::fromJson(const QJsonObject &o)
{
    ServerProfile p;
    p.url = UrlCredentials::stripped(QUrl(o.value(u"url").toString()));
    p.name = o.value(u"name").toString();
    p.kind =
        o.contains(u"kind") ? serverKindFromId(o.value(u"kind").toString()) : ServerKind::Unknown;
    p.defaultModel = o.value(u"defaultModel").toString();
    p.defaults = ParameterStore::fromJson(o.value(u"defaults").toObject());
    p.enabled = o.value(u"enabled").toBool(true);
    p.hasToken = o.value(u"hasToken").toBool(false);
    p.gatewayName = o.value(u"gatewayName").toString();
    p.viaDockerHost = o.value(u"viaDockerHost").toBool(false);
    return p;
}
