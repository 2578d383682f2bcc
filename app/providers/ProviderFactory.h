#pragma once

#include "ServerKind.h"

#include <QUrl>

class Provider;
class QNetworkAccessManager;
class QObject;

// The provider class for a kind of server; nullptr for ServerKind::Unknown.
Provider *createProvider(ServerKind kind, const QUrl &baseUrl, QNetworkAccessManager *nam,
                         QObject *parent);
