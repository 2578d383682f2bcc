#include "HostAddress.h"

#include <QNetworkInterface>

namespace {
QString normalized(QString host)
{
    host = host.trimmed();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host.endsWith(u'.'))
        host.chop(1);
    return host.toLower();
}

// An IPv4-mapped IPv6 address as its IPv4 address; others as they are.
QHostAddress unmapped(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
} // namespace

bool Net::isLoopbackHost(const QString &host)
{
    const QString h = normalized(host);
    if (h == u"localhost" || h.endsWith(u".localhost"))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && unmapped(address).isLoopback();
}

bool Net::isThisMachine(const QString &host)
{
    return isThisMachine(host, QNetworkInterface::allAddresses());
}

bool Net::isThisMachine(const QString &host, const QList<QHostAddress> &ownAddresses)
{
    if (isLoopbackHost(host))
        return true;
    const QHostAddress address(normalized(host));
    if (address.isNull())
        return false;
    const QHostAddress plain = unmapped(address);
    if (plain == QHostAddress(QHostAddress::AnyIPv4) ||
        plain == QHostAddress(QHostAddress::AnyIPv6))
        return true;
    for (const QHostAddress &own : ownAddresses) {
        QHostAddress mine = unmapped(own);
        mine.setScopeId({});
        QHostAddress asked = plain;
        asked.setScopeId({});
        if (mine == asked)
            return true;
    }
    return false;
}

bool Net::sameServer(const QUrl &a, const QUrl &b)
{
    auto portOf = [](const QUrl &url) { return url.port(url.scheme() == u"https" ? 443 : 80); };
    if (a.scheme() != b.scheme() || portOf(a) != portOf(b) || a.path() != b.path())
        return false;
    const QString ha = a.host().toLower();
    const QString hb = b.host().toLower();
    return ha == hb || (isThisMachine(ha) && isThisMachine(hb));
}

QString Net::hostPort(const QUrl &url)
{
    const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
    return url.port() > 0 ? host + u':' + QString::number(url.port()) : host;
}
