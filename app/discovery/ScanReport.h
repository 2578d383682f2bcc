#pragma once

#include "providers/ServerInfo.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>

// What `localforge --scan` prints.
class ScanReport final
{
    Q_DECLARE_TR_FUNCTIONS(ScanReport)

public:
    // Servers that answered (found, foreign or locked), in discovery order.
    static QList<ServerInfo> answered(const QList<ServerInfo> &servers);
    // True when at least one LLM server was found.
    static bool foundAny(const QList<ServerInfo> &servers);
    static QJsonDocument json(const QList<ServerInfo> &servers);
    static QString text(const QList<ServerInfo> &servers);
};
