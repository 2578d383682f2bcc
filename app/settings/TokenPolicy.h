#pragma once

#include <QUrl>

// Whether sending a token to `url` would show it to the network: plain http to a host that is
// not this machine. (https is encrypted; loopback never leaves the machine.)
bool tokenTravelsInClear(const QUrl &url);
