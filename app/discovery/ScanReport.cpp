#include "ScanReport.h"

#include <QJsonArray>
#include <QJsonObject>

QList<ServerInfo> ScanReport::answered(const QList<ServerInfo> &servers)
{
    QList<ServerInfo> out;
    for (const ServerInfo &s : servers) {
        if (s.status == ServerStatus::Up || s.status == ServerStatus::Foreign ||
            s.status == ServerStatus::NeedsToken || s.userAdded)
            out.append(s);
    }
    return out;
}

bool ScanReport::foundAny(const QList<ServerInfo> &servers)
{
    return std::any_of(servers.cbegin(), servers.cend(), [](const ServerInfo &s) {
        return s.kind != ServerKind::Unknown &&
               (s.status == ServerStatus::Up || s.status == ServerStatus::NeedsToken);
    });
}

QJsonDocument ScanReport::json(const QList<ServerInfo> &servers)
{
    QJsonArray list;
    for (const ServerInfo &s : answered(servers)) {
        QJsonObject o{{QStringLiteral("url"), s.id()},
                      {QStringLiteral("kind"), serverKindId(s.kind)},
                      {QStringLiteral("kindName"), serverKindName(s.kind)},
                      {QStringLiteral("status"), serverStatusId(s.status)},
                      {QStringLiteral("version"), s.version},
                      {QStringLiteral("models"), s.modelCount},
                      {QStringLiteral("latencyMs"), s.latencyMs}};
        if (!s.apiLevel.isEmpty())
            o.insert(QStringLiteral("apiLevel"), s.apiLevel);
        if (s.problem.isError())
            o.insert(QStringLiteral("problem"), s.problem.message);
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("servers"), list}});
}

QString ScanReport::text(const QList<ServerInfo> &servers)
{
    const QList<ServerInfo> shown = answered(servers);
    if (shown.isEmpty())
        return tr("No LLM server found. Start Ollama (`ollama serve`) or LM Studio's server, "
                  "or name a host with OLLAMA_HOST.") +
               u'\n';
    QString out;
    for (const ServerInfo &s : shown) {
        QString line = s.id().leftJustified(28) + u' ';
        if (s.status == ServerStatus::Up || s.status == ServerStatus::NeedsToken) {
            QString kind = serverKindName(s.kind);
            if (!s.version.isEmpty())
                kind += u' ' + s.version;
            line += kind.leftJustified(24) + u' ';
            line += (s.modelCount >= 0 ? tr("%n model(s)", nullptr, s.modelCount) : tr("? models"))
                        .leftJustified(12);
            line += tr("%1 ms").arg(s.latencyMs);
            if (s.status == ServerStatus::NeedsToken)
                line += QStringLiteral("  ") + tr("(needs a token)");
        } else {
            line += s.problem.message;
        }
        out += line + u'\n';
    }
    return out;
}
