#include "TokenPolicy.h"

#include "net/HostAddress.h"

bool tokenTravelsInClear(const QUrl &url)
{
    // Traffic to this machine (even to its own LAN address) never goes over the wire.
    return url.scheme() == u"http" && !Net::isThisMachine(url.host());
}
