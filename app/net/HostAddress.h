#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

// Where a host named in a server address is, decided in one place. `host` is what QUrl::host()
// gives (no brackets) or what a user typed (brackets, a trailing dot and any case are accepted).
namespace Net {

// Traffic to it never leaves this machine: "localhost" and any "*.localhost" name (RFC 6761),
// 127.0.0.0/8, ::1 and the IPv4-mapped ::ffff:127.x.y.z.
bool isLoopbackHost(const QString &host);

// It is this machine: a loopback host, the unspecified addresses 0.0.0.0 and :: (a connection
// to them reaches this machine), or one of this machine's own addresses (`ownAddresses`,
// QNetworkInterface::allAddresses() by default). A name other than localhost is not resolved:
// it counts as another machine.
bool isThisMachine(const QString &host);
bool isThisMachine(const QString &host, const QList<QHostAddress> &ownAddresses);

// The two addresses reach the same server: same scheme, port and path, and the same host or
// this machine under two names ("localhost" and "127.0.0.1", "0.0.0.0", its own address).
bool sameServer(const QUrl &a, const QUrl &b);

// "host:port" as messages name a server; an IPv6 address in brackets so its port reads apart
// from it ("[::1]:11434"). No port when the address names none.
QString hostPort(const QUrl &url);

} // namespace Net
