#include "TokenPolicy.h"

#include <QHostAddress>

bool tokenTravelsInClear(const QUrl &url)
{
    if (url.scheme() != u"http")
        return false;
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 ||
        host.endsWith(u".localhost", Qt::CaseInsensitive))
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}
