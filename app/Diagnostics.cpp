#include "Diagnostics.h"

#include "Core.h"
#include "Version.h"
#include "chat/ChatSession.h"
#include "metrics/GpuInfo.h"
#include "metrics/MemoryInfo.h"
#include "models/ModelCatalog.h"
#include "net/UrlCredentials.h"
#include "providers/ProviderRegistry.h"
#include "settings/PhoenixGateway.h"
#include "settings/TokenStore.h"

#include <QSysInfo>

namespace {
QString gib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0 * 1024.0), 'f', 1) +
           QStringLiteral(" GiB");
}

} // namespace

QString Diagnostics::report(const Core &core)
{
    QStringList out;
    auto heading = [&out](const QString &title) {
        if (!out.isEmpty())
            out << QString();
        out << QStringLiteral("## ") + title;
    };
    heading(tr("LocalForge"));
    out << tr("LocalForge %1, Qt %2 (built with %3)")
               .arg(QStringLiteral(LOCALFORGE_VERSION), QString::fromLatin1(qVersion()),
                    QStringLiteral(QT_VERSION_STR));
    out << tr("%1, kernel %2 %3, %4")
               .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                    QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture());

    heading(tr("Memory and GPUs"));
    if (const auto m = MemoryInfo::current())
        out << tr("RAM: %1 available of %2").arg(gib(m->availableBytes), gib(m->totalBytes));
    else
        out << tr("RAM: not known on this system");
    const QList<GpuStatus> gpus = core.gpus()->gpus();
    if (gpus.isEmpty())
        out << tr("GPU: no NVIDIA GPU answered (NVML, nvidia-smi)");
    for (const GpuStatus &g : gpus) {
        if (!g.memoryKnown)
            out << tr("GPU %1: %2, memory shared with the system (%3)")
                       .arg(g.index)
                       .arg(g.name, core.gpus()->source());
        else
            out << tr("GPU %1: %2, %3 used of %4 (%5)")
                       .arg(g.index)
                       .arg(g.name, gib(g.memoryUsedBytes), gib(g.memoryTotalBytes),
                            core.gpus()->source());
    }

    heading(tr("Servers"));
    const QString active = core.providers()->activeServerId();
    for (const ServerInfo &s : core.discovery()->servers()) {
        QString kind = serverKindName(s.kind);
        if (s.kind == ServerKind::Unknown && s.expectedKind != ServerKind::Unknown)
            kind = tr("%1 expected").arg(serverKindName(s.expectedKind));
        if (!s.version.isEmpty())
            kind += u' ' + s.version;
        QString line = QStringLiteral("- %1: %2, %3").arg(s.id(), kind, serverStatusId(s.status));
        if (s.modelCount >= 0)
            line += QStringLiteral(", ") + tr("%n model(s)", nullptr, s.modelCount);
        if (s.latencyMs >= 0)
            line += QStringLiteral(", %1 ms").arg(s.latencyMs);
        if (s.id() == active)
            line += QStringLiteral(", ") + tr("active");
        if (const auto p = core.profile(s.id())) {
            if (!p->name.isEmpty())
                line += QStringLiteral(", ") + tr("named “%1”").arg(p->name);
            if (p->kind != ServerKind::Unknown)
                line += QStringLiteral(", ") + tr("kind forced to %1").arg(serverKindName(p->kind));
        }
        if (core.tokens()->hasToken(s.id()))
            line += QStringLiteral(", ") + tr("has a token (not shown)");
        out << line;
        if (s.problem.isError())
            out << QStringLiteral("  ") + s.problem.message;
        const ModelList models = core.models()->models(s.id());
        if (!models.isEmpty()) {
            QStringList names;
            for (const ModelInfo &m : models)
                names << (m.loaded ? tr("%1 (loaded)").arg(m.id) : m.id);
            out << QStringLiteral("  ") + tr("Models: %1").arg(names.join(QStringLiteral(", ")));
        }
    }
    if (core.discovery()->servers().isEmpty())
        out << tr("No server found.");

    if (const PhoenixGateway *g = core.gateway(); g && g->isAvailable()) {
        heading(tr("Phoenix gateway"));
        for (const PhoenixGateway::ProviderHealth &p : g->providers())
            out << QStringLiteral("- %1: %2").arg(p.name, p.healthy ? tr("healthy") : p.detail) +
                       (p.name == g->activeProvider() ? QStringLiteral(", ") + tr("active")
                                                      : QString());
    }

    heading(tr("Last errors"));
    int errors = 0;
    const QList<ChatMessage> &messages = core.chat()->messages();
    for (qsizetype i = messages.size() - 1; i >= 0 && errors < 10; --i) {
        const ChatMessage &m = messages[i];
        if (m.errorText.isEmpty())
            continue;
        out << QStringLiteral("- %1 %2 (%3): %4")
                   .arg(m.createdAt.toString(Qt::ISODate), m.model, m.serverId, m.errorText);
        ++errors;
    }
    if (errors == 0)
        out << tr("None in this conversation.");
    // What servers said and what older versions saved may hold a secret: no address keeps its
    // user name and password, and no token shows, wherever it came from.
    QString text = UrlCredentials::strippedText(out.join(u'\n') + u'\n');
    for (const QString &id : core.tokens()->serverIds()) {
        const QString token = core.tokens()->token(id);
        if (token.size() >= 4)
            text.replace(token, QStringLiteral("•••"));
    }
    return text;
}
