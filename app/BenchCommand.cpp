#include "BenchCommand.h"

#include "Core.h"
#include "bench/BenchExport.h"
#include "bench/BenchRunner.h"
#include "bench/BenchStore.h"
#include "bench/BenchSummary.h"
#include "metrics/GpuInfo.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"

#include <QTextStream>

#include <cstdio>

namespace {

void printError(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
    std::fflush(stderr);
}

// "llama3.2" names "llama3.2:latest" on Ollama.
QString findModel(const QStringList &ids, const QString &wanted)
{
    for (const QString &id : ids) {
        if (id == wanted)
            return id;
    }
    for (const QString &id : ids) {
        if (id == wanted + QStringLiteral(":latest"))
            return id;
    }
    return {};
}

} // namespace

BenchCommand::BenchCommand(Core *core, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_runner(new BenchRunner(
          [core](const QString &id) { return core->providers()->provider(id); }, this))
{
    m_runner->setMetrics(core->metrics());
    connect(m_runner, &BenchRunner::finished, this, &BenchCommand::onBenchFinished);
    connect(m_runner, &BenchRunner::activity, this, [this](const QString &text) {
        printError(
            QStringLiteral("[%1/%2] ").arg(m_runner->stepsDone() + 1).arg(m_runner->stepsTotal()) +
            text);
    });
}

BenchCommand::Spec BenchCommand::parseSpec(const QString &text)
{
    const qsizetype at = text.lastIndexOf(u'@');
    if (at <= 0)
        return {text.trimmed(), {}};
    return {text.left(at).trimmed(), text.mid(at + 1).trimmed()};
}

ApiError BenchCommand::prepare(const QStringList &specs)
{
    m_specs.clear();
    m_serverIds.clear();
    if (specs.isEmpty())
        return ApiError::invalid(
            tr("Name at least one model: localforge --bench MODEL[@SERVER_URL] [MODEL...]"));
    for (const QString &text : specs) {
        const Spec spec = parseSpec(text);
        if (spec.model.isEmpty())
            return ApiError::invalid(tr("“%1” names no model. Write MODEL or MODEL@SERVER_URL, "
                                        "e.g. llama3.2@127.0.0.1:11434.")
                                         .arg(text));
        QString id;
        if (!spec.serverText.isEmpty()) {
            const QUrl url = normalizeServerUrl(spec.serverText);
            if (!url.isValid())
                return ApiError::invalid(tr("“%1” is not a server address. Write it like "
                                            "127.0.0.1:11434 or http://gpu-box:11434.")
                                             .arg(spec.serverText));
            id = m_core->discovery()->addUserUrl(url);
        }
        m_specs.append(spec);
        m_serverIds.append(id);
    }
    return {};
}

void BenchCommand::start()
{
    connect(m_core->discovery(), &Discovery::roundFinished, this, [this] {
        if (!m_started) {
            m_started = true;
            onServersFound();
        }
    });
}

void BenchCommand::quit(int code, const QString &message)
{
    m_message = message;
    if (!message.isEmpty())
        printError(message);
    Q_EMIT finished(code);
}

void BenchCommand::onServersFound()
{
    QStringList needed;
    for (qsizetype i = 0; i < m_specs.size(); ++i) {
        const QString &id = m_serverIds[i];
        if (id.isEmpty())
            continue;
        const auto info = m_core->discovery()->server(id);
        Provider *provider = m_core->providers()->provider(id);
        if (!info || !info->isUsable() || !provider || !provider->modelList()) {
            QString why = info && info->problem.isError() ? info->problem.message : QString();
            if (why.isEmpty())
                why = tr("Start the server, or check the address.");
            quit(1, tr("No LLM server answers on %1. %2").arg(id, why));
            return;
        }
        if (!needed.contains(id))
            needed.append(id);
    }
    if (m_serverIds.contains(QString())) { // a model without a server: ask every server found
        for (const ServerInfo &s : m_core->discovery()->servers()) {
            if (s.isUsable() && m_core->providers()->provider(s.id()) &&
                m_core->providers()->provider(s.id())->modelList() && !needed.contains(s.id()))
                needed.append(s.id());
        }
        if (needed.isEmpty()) {
            quit(1, tr("No LLM server found. Start Ollama (`ollama serve`) or LM Studio's "
                       "server, or name the server: MODEL@SERVER_URL."));
            return;
        }
    }
    m_listsPending = int(needed.size());
    for (const QString &id : std::as_const(needed)) {
        m_core->providers()->provider(id)->modelList()->listModels(
            this, [this, id](const ModelListResult &r) {
                QStringList ids;
                for (const ModelInfo &m : r.models)
                    ids.append(m.id);
                m_lists.insert(id, ids);
                if (r.error.isError())
                    m_listErrors.insert(id, r.error.message);
                if (--m_listsPending == 0)
                    onListsReady();
            });
    }
}

void BenchCommand::onListsReady()
{
    m_plan.targets.clear();
    for (qsizetype i = 0; i < m_specs.size(); ++i) {
        const Spec &spec = m_specs[i];
        QString server = m_serverIds[i];
        QString model;
        if (!server.isEmpty()) {
            model = findModel(m_lists.value(server), spec.model);
            if (model.isEmpty() && m_listErrors.contains(server)) {
                // Why the list could not be read (a token, a timeout), not "no such model".
                quit(1, tr("Could not list the models of %1: %2")
                            .arg(server, m_listErrors.value(server)));
                return;
            }
            if (model.isEmpty()) {
                const QStringList there = m_lists.value(server);
                quit(1, tr("%1 has no model named %2. It has: %3. Pull it first (for Ollama: "
                           "`ollama pull %2`).")
                            .arg(server, spec.model,
                                 there.isEmpty() ? tr("none") : there.join(QStringLiteral(", "))));
                return;
            }
        } else {
            for (const ServerInfo &s : m_core->discovery()->servers()) {
                if (!m_lists.contains(s.id()))
                    continue;
                model = findModel(m_lists.value(s.id()), spec.model);
                if (!model.isEmpty()) {
                    server = s.id();
                    break;
                }
            }
            if (model.isEmpty()) {
                QString message = tr("No server found has a model named %1. Pull it first (for "
                                     "Ollama: `ollama pull %1`), or name its server: "
                                     "%1@SERVER_URL.")
                                      .arg(spec.model);
                for (auto it = m_listErrors.cbegin(); it != m_listErrors.cend(); ++it)
                    message +=
                        u'\n' + tr("Could not list the models of %1: %2").arg(it.key(), it.value());
                quit(1, message);
                return;
            }
        }
        m_plan.targets.append({server, m_core->providers()->provider(server)->kind(), model});
    }
    QStringList gpus;
    for (const GpuStatus &g : m_core->gpus()->gpus())
        gpus.append(g.name);
    m_runner->setMachine(BenchMachine::current(gpus));
    if (const ApiError why = m_runner->start(m_plan); why.isError())
        quit(1, why.message);
}

void BenchCommand::onBenchFinished()
{
    const BenchResult &result = m_runner->result();
    QTextStream out(stdout);
    switch (m_output) {
    case Output::Json:
        out << result.toJsonBytes();
        break;
    case Output::Csv:
        out << BenchExport::csv(result);
        break;
    case Output::Table:
        out << BenchExport::markdown({result});
        for (const BenchSummary::Row &row : BenchSummary::rows(result)) {
            if (!row.error.isEmpty())
                out << u'\n'
                    << tr("%1 on %2: %3").arg(row.target.model, row.target.serverId, row.error)
                    << u'\n';
        }
        for (const BenchRun &r : result.runs) {
            if (!r.warmOnlyReason.isEmpty()) {
                out << u'\n' << tr("Warm only: %1").arg(r.warmOnlyReason) << u'\n';
                break;
            }
        }
        break;
    }
    out.flush();
    // Kept with the tab's past benchmarks.
    if (!result.runs.isEmpty()) {
        const BenchStore store(BenchStore::folderBeside(m_core->conversationFolder()));
        if (const ApiError error = store.save(result); error.isError())
            printError(error.message);
    }
    const bool anyOk = std::any_of(result.runs.cbegin(), result.runs.cend(),
                                   [](const BenchRun &r) { return r.ok(); });
    quit(anyOk ? 0 : 1, anyOk ? QString() : tr("Every run failed: see the errors above."));
}
