#include "ServerInfo.h"

QString serverStatusId(ServerStatus status)
{
    switch (status) {
    case ServerStatus::Up:
        return QStringLiteral("up");
    case ServerStatus::Down:
        return QStringLiteral("down");
    case ServerStatus::Foreign:
        return QStringLiteral("foreign");
    case ServerStatus::NeedsToken:
        return QStringLiteral("needs-token");
    case ServerStatus::NotProbed:
        break;
    }
    return QStringLiteral("unknown");
}
