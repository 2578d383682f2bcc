#pragma once

#include "providers/ChatTypes.h"

#include <QJsonObject>
#include <QString>

class Settings;

// Chat parameters kept per server (its defaults) and per server and model (what the user
// changed for that model), in the settings table as JSON. What a request uses is the server's
// defaults, then the model's own values on top; unset fields stay the server's business.
namespace ParameterStore {

QJsonObject toJson(const ChatParameters &parameters);
ChatParameters fromJson(const QJsonObject &json);

ChatParameters serverDefaults(const Settings &settings, const QString &serverId);
void setServerDefaults(Settings &settings, const QString &serverId,
                       const ChatParameters &parameters);
ChatParameters modelParameters(const Settings &settings, const QString &serverId,
                               const QString &model);
void setModelParameters(Settings &settings, const QString &serverId, const QString &model,
                        const ChatParameters &parameters);
// Server defaults (and the server's keep-alive choice from the Models page), then the model's.
ChatParameters effective(const Settings &settings, const QString &serverId, const QString &model);

} // namespace ParameterStore
