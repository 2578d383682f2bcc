#include "ParameterStore.h"

#include "Settings.h"
#include "net/JsonFields.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ParameterStore {

namespace {
QString keyFor(const QString &serverId, const QString &model)
{
    // Server ids and model names hold '/' and ':', which QSettings would read as groups.
    return QString::fromLatin1(QUrl::toPercentEncoding(serverId)) + u'/' +
           (model.isEmpty() ? u"*"_s : QString::fromLatin1(QUrl::toPercentEncoding(model)));
}

ChatParameters read(const Settings &settings, const QString &serverId, const QString &model)
{
    const QString text = settings.value(SettingKeys::ChatParametersPrefix, keyFor(serverId, model));
    return fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

void write(Settings &settings, const QString &serverId, const QString &model,
           const ChatParameters &parameters)
{
    settings.setValue(
        SettingKeys::ChatParametersPrefix,
        QString::fromUtf8(QJsonDocument(toJson(parameters)).toJson(QJsonDocument::Compact)),
        keyFor(serverId, model));
}

std::optional<int> asInt(const std::optional<qint64> &v)
{
    return v ? std::optional<int>(int(*v)) : std::nullopt;
}
} // namespace

QJsonObject toJson(const ChatParameters &p)
{
    QJsonObject o;
    JsonFields::put(o, u"temperature"_s, p.temperature);
    JsonFields::put(o, u"top_p"_s, p.topP);
    JsonFields::put(o, u"max_tokens"_s, p.maxTokens);
    JsonFields::put(o, u"seed"_s, p.seed);
    JsonFields::put(o, u"num_ctx"_s, p.numCtx);
    JsonFields::put(o, u"num_gpu"_s, p.numGpu);
    JsonFields::put(o, u"num_thread"_s, p.numThread);
    JsonFields::put(o, u"think"_s, p.think);
    JsonFields::put(o, u"timeout"_s, p.timeoutSeconds);
    if (!p.keepAlive.isEmpty())
        o.insert(u"keep_alive"_s, p.keepAlive);
    return o;
}

ChatParameters fromJson(const QJsonObject &o)
{
    ChatParameters p;
    p.temperature = JsonFields::number(o, u"temperature");
    p.topP = JsonFields::number(o, u"top_p");
    p.maxTokens = asInt(JsonFields::integer(o, u"max_tokens"));
    p.seed = asInt(JsonFields::integer(o, u"seed"));
    p.numCtx = asInt(JsonFields::integer(o, u"num_ctx"));
    p.numGpu = asInt(JsonFields::integer(o, u"num_gpu"));
    p.numThread = asInt(JsonFields::integer(o, u"num_thread"));
    if (o.value(u"think").isBool())
        p.think = o.value(u"think").toBool();
    p.timeoutSeconds = asInt(JsonFields::integer(o, u"timeout"));
    p.keepAlive = o.value(u"keep_alive").toString();
    return p;
}

ChatParameters serverDefaults(const Settings &settings, const QString &serverId)
{
    return read(settings, serverId, {});
}

void setServerDefaults(Settings &settings, const QString &serverId, const ChatParameters &p)
{
    write(settings, serverId, {}, p);
}

ChatParameters modelParameters(const Settings &settings, const QString &serverId,
                               const QString &model)
{
    return model.isEmpty() ? ChatParameters() : read(settings, serverId, model);
}

void setModelParameters(Settings &settings, const QString &serverId, const QString &model,
                        const ChatParameters &p)
{
    if (!model.isEmpty())
        write(settings, serverId, model, p);
}

ChatParameters effective(const Settings &settings, const QString &serverId, const QString &model)
{
    ChatParameters p;
    p.keepAlive = settings.value(SettingKeys::KeepAlivePrefix, serverId);
    p.mergeFrom(serverDefaults(settings, serverId));
    p.mergeFrom(modelParameters(settings, serverId, model));
    return p;
}

} // namespace ParameterStore
