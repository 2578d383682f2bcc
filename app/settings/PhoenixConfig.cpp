#include "PhoenixConfig.h"

#include "net/HostAddress.h"
#include "net/UrlCredentials.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// A JSON string token, quotes included, as text.
QString decodeJsonString(const QByteArray &token)
{
    const QJsonDocument doc = QJsonDocument::fromJson('[' + token + ']');
    return doc.array().isEmpty() ? QString() : doc.array().first().toString();
}

// A JSON scalar as compact text ("\"llama3.2\"", "0.7", "true").
QByteArray scalarText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

using Members = QList<std::pair<QString, QByteArray>>;

// An object of already written members, indented by two spaces per level.
QByteArray objectText(const Members &members, int level)
{
    if (members.isEmpty())
        return QByteArrayLiteral("{}");
    const QByteArray indent(2 * (level + 1), ' ');
    QByteArray out = QByteArrayLiteral("{\n");
    for (qsizetype i = 0; i < members.size(); ++i) {
        out += indent + scalarText(members.at(i).first) + ": " + members.at(i).second;
        if (i + 1 < members.size())
            out += ',';
        out += '\n';
    }
    out += QByteArray(2 * level, ' ') + '}';
    return out;
}

QString nameSlug(const ServerProfile &profile)
{
    const QString kind =
        profile.kind == ServerKind::Unknown ? u"server"_s : serverKindId(profile.kind);
    const int port = profile.url.port(profile.url.scheme() == u"https" ? 443 : 80);
    return kind + u'-' + QString::number(port);
}

} // namespace

QString PhoenixConfig::dockerHostName()
{
    return u"host.docker.internal"_s;
}

QStringList PhoenixConfig::orderedKeys(const QJsonObject &object, const QStringList &textOrder)
{
    QStringList order;
    order.reserve(object.size());
    QSet<QString> seen;
    seen.reserve(object.size());
    for (const QString &key : textOrder) {
        if (object.contains(key) && !seen.contains(key)) {
            seen.insert(key);
            order.append(key);
        }
    }
    for (const QString &key : object.keys()) {
        if (!seen.contains(key))
            order.append(key);
    }
    return order;
}

QStringList PhoenixConfig::providerKeyOrder(const QByteArray &json)
{
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        bool providers = false; // the top-level "providers" object
        QString lastKey;        // top level only
    };
    QList<Frame> stack;
    QStringList keys;
    QSet<QString> seen; // a linear scan, however many keys the object has
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        switch (json.at(i)) {
        case '{': {
            Frame frame;
            frame.object = true;
            frame.expectKey = true;
            frame.providers =
                stack.size() == 1 && stack.first().object && stack.first().lastKey == u"providers";
            stack.append(frame);
            break;
        }
        case '[':
            stack.append(Frame{});
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
            break;
        case '"': {
            qsizetype end = i + 1;
            while (end < n && json.at(end) != '"')
                end += json.at(end) == '\\' ? 2 : 1;
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                Frame &frame = stack.last();
                frame.expectKey = false;
                if (stack.size() == 1 || frame.providers) {
                    const QString key = decodeJsonString(json.mid(i, end - i + 1));
                    if (stack.size() == 1)
                        frame.lastKey = key;
                    else if (!seen.contains(key)) {
                        seen.insert(key);
                        keys.append(key);
                    }
                }
            }
            i = end;
            break;
        }
        default:
            break;
        }
    }
    return keys;
}

PhoenixImport PhoenixConfig::fromJson(const QByteArray &json, bool runningOnHost)
{
    const auto fail = [](const QString &message) {
        PhoenixImport failed;
        failed.error = ApiError::invalid(message);
        return failed;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("This is not a valid phoenix.json: %1 at character %2. Correct the file "
                       "(a JSON checker shows the place), then import it again.")
                        .arg(parseError.errorString(), QString::number(parseError.offset)));
    if (!doc.isObject() || !doc.object().value(u"providers").isObject())
        return fail(tr("This file has no “providers” object, so it is not a Phoenix gateway "
                       "configuration. Choose the phoenix.json the gateway reads."));

    const QJsonObject root = doc.object();
    const QJsonObject providers = root.value(u"providers").toObject();
    const QStringList order = orderedKeys(providers, providerKeyOrder(json));

    PhoenixImport result;
    result.defaultProvider = root.value(u"defaultProvider").toString();
    QHash<QString, QString> byAddress; // profile id -> the first provider with that address

    for (const QString &name : std::as_const(order)) {
        const QJsonValue value = providers.value(name);
        if (!value.isObject()) {
            result.warnings.append(
                tr("Provider “%1” is not a JSON object; it was skipped.").arg(name));
            continue;
        }
        const QJsonObject p = value.toObject();
        const QString baseUrl = p.value(u"baseUrl").toString().trimmed();
        if (baseUrl.isEmpty()) {
            result.warnings.append(tr("Provider “%1” has no baseUrl; it was skipped.").arg(name));
            continue;
        }
        QUrl url(baseUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty()) {
            result.warnings.append(tr("Provider “%1” was skipped: its baseUrl “%2” is not an "
                                      "http:// or https:// address.")
                                       .arg(name, baseUrl));
            continue;
        }

        ServerProfile profile;
        profile.name = name;
        profile.gatewayName = name;
        if (runningOnHost && url.host().compare(dockerHostName(), Qt::CaseInsensitive) == 0) {
            url.setHost(u"127.0.0.1"_s);
            profile.viaDockerHost = true;
        }
        // Never kept in an address (an empty "@" included, which export would drop): the
        // gateway's own apiKey field is where a key belongs.
        const bool credentials = UrlCredentials::has(url);
        // Nor a fragment: it is never sent to a server, and "#" written back inside one
        // reads as another address.
        url = UrlCredentials::stripped(url).adjusted(QUrl::RemoveFragment);
        if (credentials) {
            result.warnings.append(tr("Provider “%1”: the user name and password in its baseUrl "
                                      "were left out. Set the password as the server's API "
                                      "token in Servers if it needs one.")
                                       .arg(name));
        }
        profile.url = url;

        const QJsonValue apiType = p.value(u"apiType");
        if (!apiType.isString() || apiType.toString().isEmpty()) {
            result.warnings.append(tr("Provider “%1” has no apiType; LocalForge will detect "
                                      "which kind of server answers.")
                                       .arg(name));
        } else {
            profile.kind = serverKindFromId(apiType.toString().toLower());
            if (profile.kind == ServerKind::Unknown)
                result.warnings.append(tr("Provider “%1” has an apiType LocalForge does not "
                                          "know (“%2”); it will detect which kind of server "
                                          "answers.")
                                           .arg(name, apiType.toString()));
        }

        const QJsonValue enabled = p.value(u"enabled");
        if (enabled.isBool())
            profile.enabled = enabled.toBool();
        else if (!enabled.isUndefined() && !enabled.isNull())
            result.warnings.append(
                tr("Provider “%1”: “enabled” is neither true nor false; it was taken as true.")
                    .arg(name));

        profile.defaultModel = p.value(u"defaultModel").toString();

        const auto number = [&](const QJsonObject &o, const QString &key) -> std::optional<double> {
            const QJsonValue v = o.value(key);
            if (v.isDouble())
                return v.toDouble();
            if (!v.isUndefined() && !v.isNull())
                result.warnings.append(
                    tr("Provider “%1”: “%2” is not a number; it was ignored.").arg(name, key));
            return std::nullopt;
        };
        const auto wholeNumber = [&](const QJsonObject &o,
                                     const QString &key) -> std::optional<int> {
            const std::optional<double> v = number(o, key);
            if (!v)
                return std::nullopt;
            if (*v != std::floor(*v) || *v < std::numeric_limits<int>::min() ||
                *v > std::numeric_limits<int>::max()) {
                result.warnings.append(
                    tr("Provider “%1”: “%2” is not a whole number; it was ignored.")
                        .arg(name, key));
                return std::nullopt;
            }
            return int(*v);
        };

        if (const std::optional<double> ms = number(p, u"timeout"_s)) {
            const double seconds = std::ceil(*ms / 1000.0);
            if (*ms <= 0 || seconds > std::numeric_limits<int>::max()) {
                result.warnings.append(
                    tr("Provider “%1”: the timeout %2 ms is not usable; it was ignored.")
                        .arg(name, QString::number(*ms)));
            } else {
                profile.defaults.timeoutSeconds = int(seconds);
                if (std::fmod(*ms, 1000.0) != 0)
                    result.warnings.append(tr("Provider “%1”: the timeout %2 ms was rounded up "
                                              "to %3 s; exporting writes %4 ms.")
                                               .arg(name, QString::number(*ms),
                                                    QString::number(int(seconds)),
                                                    QString::number(qint64(seconds) * 1000)));
            }
        }
        profile.defaults.maxTokens = wholeNumber(p, u"maxTokens"_s);
        profile.defaults.temperature = number(p, u"temperature"_s);
        const QJsonValue options = p.value(u"options");
        if (options.isObject()) {
            const QJsonObject o = options.toObject();
            profile.defaults.numCtx = wholeNumber(o, u"num_ctx"_s);
            profile.defaults.numGpu = wholeNumber(o, u"num_gpu"_s);
            profile.defaults.numThread = wholeNumber(o, u"num_thread"_s);
        } else if (!options.isUndefined() && !options.isNull()) {
            result.warnings.append(
                tr("Provider “%1”: “options” is not a JSON object; it was ignored.").arg(name));
        }

        const QString id = profile.id();
        if (const auto earlier = byAddress.constFind(id); earlier != byAddress.cend())
            result.warnings.append(
                tr("Providers “%1” and “%2” have the same address, %3.").arg(*earlier, name, id));
        else
            byAddress.insert(id, name);
        result.profiles.append(profile);
    }

    if (!result.defaultProvider.isEmpty() &&
        std::none_of(result.profiles.cbegin(), result.profiles.cend(),
                     [&result](const ServerProfile &profile) {
                         return profile.gatewayName == result.defaultProvider;
                     }))
        result.warnings.append(tr("The default provider “%1” is not among the imported providers.")
                                   .arg(result.defaultProvider));
    return result;
}

ServerProfile PhoenixConfig::reimported(const ServerProfile &imported,
                                        const ServerProfile &existing)
{
    ServerProfile merged = imported;
    if (!existing.name.isEmpty())
        merged.name = existing.name;
    merged.defaults = existing.defaults;
    merged.defaults.mergeFrom(imported.defaults);
    if (merged.kind == ServerKind::Unknown)
        merged.kind = existing.kind;
    if (merged.defaultModel.isEmpty())
        merged.defaultModel = existing.defaultModel;
    merged.hasToken = existing.hasToken;
    return merged;
}

QByteArray PhoenixConfig::toJson(const QList<ServerProfile> &profiles,
                                 const QString &defaultProvider)
{
    QSet<QString> used;
    const auto unique = [&used](const QString &base) {
        QString name = base;
        for (int i = 2; used.contains(name); ++i)
            name = base + u'-' + QString::number(i);
        used.insert(name);
        return name;
    };
    // Names the user or the gateway chose first, so that generated ones never take them.
    QStringList names(profiles.size());
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const ServerProfile &p = profiles.at(i);
        const QString chosen = p.gatewayName.isEmpty() ? p.name : p.gatewayName;
        if (!chosen.isEmpty())
            names[i] = unique(chosen);
    }
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (names.at(i).isEmpty())
            names[i] = unique(nameSlug(profiles.at(i)));
    }

    Members providers;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const ServerProfile &p = profiles.at(i);
        QUrl url = UrlCredentials::stripped(p.url);
        if (p.viaDockerHost && Net::isLoopbackHost(url.host()))
            url.setHost(dockerHostName());

        Members m;
        m.append({u"enabled"_s, scalarText(p.enabled)});
        m.append({u"baseUrl"_s, scalarText(url.toString(QUrl::FullyEncoded))});
        if (!p.defaultModel.isEmpty())
            m.append({u"defaultModel"_s, scalarText(p.defaultModel)});
        if (p.defaults.timeoutSeconds)
            m.append({u"timeout"_s, scalarText(qint64(*p.defaults.timeoutSeconds) * 1000)});
        if (p.defaults.maxTokens)
            m.append({u"maxTokens"_s, scalarText(*p.defaults.maxTokens)});
        if (p.defaults.temperature)
            m.append({u"temperature"_s, scalarText(*p.defaults.temperature)});
        if (p.kind != ServerKind::Unknown)
            m.append({u"apiType"_s, scalarText(serverKindId(p.kind))});
        Members options;
        if (p.defaults.numCtx)
            options.append({u"num_ctx"_s, scalarText(*p.defaults.numCtx)});
        if (p.defaults.numGpu)
            options.append({u"num_gpu"_s, scalarText(*p.defaults.numGpu)});
        if (p.defaults.numThread)
            options.append({u"num_thread"_s, scalarText(*p.defaults.numThread)});
        if (!options.isEmpty())
            m.append({u"options"_s, objectText(options, 3)});
        providers.append({names.at(i), objectText(m, 2)});
    }

    Members root;
    if (!defaultProvider.isEmpty())
        root.append({u"defaultProvider"_s, scalarText(defaultProvider)});
    root.append({u"providers"_s, objectText(providers, 1)});
    return objectText(root, 0) + '\n';
}
