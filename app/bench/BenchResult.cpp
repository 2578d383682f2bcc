#include "BenchResult.h"

#include "metrics/MemoryInfo.h"
#include "net/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSysInfo>

namespace {

const QString Format = QStringLiteral("localforge-benchmark");

QJsonObject runToJson(const BenchRun &r)
{
    QJsonObject o{{QStringLiteral("target"), r.target},
                  {QStringLiteral("prompt"), r.promptId},
                  {QStringLiteral("repetition"), r.repetition},
                  {QStringLiteral("cold"), r.cold}};
    if (!r.warmOnlyReason.isEmpty())
        o.insert(QStringLiteral("warmOnly"), r.warmOnlyReason);
    JsonFields::put(o, QStringLiteral("loadSeconds"), r.loadSeconds);
    JsonFields::put(o, QStringLiteral("ttftSeconds"), r.timeToFirstTokenSeconds);
    JsonFields::put(o, QStringLiteral("promptTokensPerSecond"), r.promptTokensPerSecond);
    JsonFields::put(o, QStringLiteral("evalTokensPerSecondServer"), r.serverEvalTokensPerSecond);
    JsonFields::put(o, QStringLiteral("evalTokensPerSecondClient"), r.clientEvalTokensPerSecond);
    JsonFields::put(o, QStringLiteral("promptTokens"), r.promptTokens);
    JsonFields::put(o, QStringLiteral("completionTokens"), r.completionTokens);
    JsonFields::put(o, QStringLiteral("totalSeconds"), r.totalSeconds);
    JsonFields::put(o, QStringLiteral("peakServerRssBytes"), r.peakServerRssBytes);
    JsonFields::put(o, QStringLiteral("peakSystemRamBytes"), r.peakSystemRamBytes);
    JsonFields::put(o, QStringLiteral("gpuMemoryBytes"), r.gpuMemoryBytes);
    if (!r.error.isEmpty())
        o.insert(QStringLiteral("error"), r.error);
    return o;
}

BenchRun runFromJson(const QJsonObject &o)
{
    BenchRun r;
    r.target = o.value(u"target").toInt();
    r.promptId = o.value(u"prompt").toString();
    r.repetition = o.value(u"repetition").toInt();
    r.cold = o.value(u"cold").toBool();
    r.warmOnlyReason = o.value(u"warmOnly").toString();
    r.loadSeconds = JsonFields::number(o, u"loadSeconds");
    r.timeToFirstTokenSeconds = JsonFields::number(o, u"ttftSeconds");
    r.promptTokensPerSecond = JsonFields::number(o, u"promptTokensPerSecond");
    r.serverEvalTokensPerSecond = JsonFields::number(o, u"evalTokensPerSecondServer");
    r.clientEvalTokensPerSecond = JsonFields::number(o, u"evalTokensPerSecondClient");
    r.promptTokens = JsonFields::integer(o, u"promptTokens");
    r.completionTokens = JsonFields::integer(o, u"completionTokens");
    r.totalSeconds = JsonFields::number(o, u"totalSeconds");
    r.peakServerRssBytes = JsonFields::integer(o, u"peakServerRssBytes");
    r.peakSystemRamBytes = JsonFields::integer(o, u"peakSystemRamBytes");
    r.gpuMemoryBytes = JsonFields::integer(o, u"gpuMemoryBytes");
    r.error = o.value(u"error").toString();
    return r;
}

} // namespace

BenchMachine BenchMachine::current(const QStringList &gpuNames)
{
    BenchMachine m;
    m.name = QSysInfo::machineHostName();
    m.os = QSysInfo::prettyProductName();
    m.cpu = QSysInfo::currentCpuArchitecture();
    if (const auto memory = MemoryInfo::current())
        m.ramBytes = memory->totalBytes;
    m.gpus = gpuNames;
    return m;
}

QJsonObject BenchResult::toJson() const
{
    QJsonArray prompts;
    for (const BenchPrompt &p : plan.prompts)
        prompts.append(QJsonObject{{QStringLiteral("id"), p.id},
                                   {QStringLiteral("name"), p.name},
                                   {QStringLiteral("text"), p.text}});
    QJsonArray targets;
    for (const BenchTarget &t : plan.targets)
        targets.append(QJsonObject{{QStringLiteral("server"), t.serverId},
                                   {QStringLiteral("kind"), serverKindId(t.kind)},
                                   {QStringLiteral("model"), t.model}});
    QJsonArray runList;
    for (const BenchRun &r : runs)
        runList.append(runToJson(r));
    const QJsonObject settings{{QStringLiteral("runs"), plan.runs},
                               {QStringLiteral("maxTokens"), plan.maxTokens},
                               {QStringLiteral("mode"), BenchPlan::modeId(plan.mode)},
                               {QStringLiteral("temperature"), plan.temperature},
                               {QStringLiteral("seed"), plan.seed},
                               {QStringLiteral("timeoutSeconds"), plan.timeoutSeconds},
                               {QStringLiteral("prompts"), prompts}};
    const QJsonObject machineJson{
        {QStringLiteral("name"), machine.name},
        {QStringLiteral("os"), machine.os},
        {QStringLiteral("cpu"), machine.cpu},
        {QStringLiteral("ramBytes"), machine.ramBytes},
        {QStringLiteral("gpus"), QJsonArray::fromStringList(machine.gpus)}};
    return QJsonObject{{QStringLiteral("format"), Format},
                       {QStringLiteral("version"), FormatVersion},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("machine"), machineJson},
                       {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("finishedAt"), finishedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("stopped"), stopped},
                       {QStringLiteral("settings"), settings},
                       {QStringLiteral("targets"), targets},
                       {QStringLiteral("runs"), runList}};
}

QByteArray BenchResult::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<BenchResult> BenchResult::fromJson(const QJsonObject &json)
{
    if (json.value(u"format").toString() != Format)
        return {.error = ApiError::invalid(
                    tr("This is not a LocalForge benchmark file. Export one with Benchmark → "
                       "Export → JSON on the other machine."))};
    if (json.value(u"version").toInt() > FormatVersion)
        return {.error = ApiError::invalid(
                    tr("This benchmark file was written by a newer LocalForge (format %1). "
                       "Update LocalForge to read it.")
                        .arg(json.value(u"version").toInt()))};
    BenchResult r;
    r.id = json.value(u"id").toString();
    const QJsonObject m = json.value(u"machine").toObject();
    r.machine.name = m.value(u"name").toString();
    r.machine.os = m.value(u"os").toString();
    r.machine.cpu = m.value(u"cpu").toString();
    r.machine.ramBytes = m.value(u"ramBytes").toInteger();
    for (const QJsonValue &g : m.value(u"gpus").toArray())
        r.machine.gpus.append(g.toString());
    r.startedAt = QDateTime::fromString(json.value(u"startedAt").toString(), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(json.value(u"finishedAt").toString(), Qt::ISODateWithMs);
    r.stopped = json.value(u"stopped").toBool();
    const QJsonObject s = json.value(u"settings").toObject();
    r.plan.runs = s.value(u"runs").toInt(3);
    r.plan.maxTokens = s.value(u"maxTokens").toInt(256);
    r.plan.mode = BenchPlan::modeFromId(s.value(u"mode").toString());
    r.plan.temperature = s.value(u"temperature").toDouble(0.0);
    r.plan.seed = s.value(u"seed").toInt(42);
    r.plan.timeoutSeconds = s.value(u"timeoutSeconds").toInt(300);
    for (const QJsonValue &v : s.value(u"prompts").toArray()) {
        const QJsonObject p = v.toObject();
        r.plan.prompts.append(
            {p.value(u"id").toString(), p.value(u"name").toString(), p.value(u"text").toString()});
    }
    for (const QJsonValue &v : json.value(u"targets").toArray()) {
        const QJsonObject t = v.toObject();
        r.plan.targets.append({t.value(u"server").toString(),
                               serverKindFromId(t.value(u"kind").toString()),
                               t.value(u"model").toString()});
    }
    for (const QJsonValue &v : json.value(u"runs").toArray()) {
        const BenchRun run = runFromJson(v.toObject());
        if (run.target < 0 || run.target >= r.plan.targets.size())
            return {.error = ApiError::invalid(
                        tr("The benchmark file is damaged: a run names model number %1, and "
                           "the file lists %2. Export it again on the other machine.")
                            .arg(run.target + 1)
                            .arg(r.plan.targets.size()))};
        r.runs.append(run);
    }
    return {.value = r, .error = {}};
}

Result<BenchResult> BenchResult::fromJsonBytes(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject())
        return {.error = ApiError::invalid(tr("The file is not valid JSON (%1 at byte %2).")
                                               .arg(parseError.errorString())
                                               .arg(parseError.offset))};
    return fromJson(doc.object());
}

QString BenchResult::title() const
{
    QStringList models;
    for (const BenchTarget &t : plan.targets) {
        if (!models.contains(t.model))
            models.append(t.model);
    }
    // In the user's format, as the results' machine column and legend write it.
    QString title = QLocale().toString(startedAt.toLocalTime(), QLocale::ShortFormat);
    if (!machine.name.isEmpty())
        title += QStringLiteral(" · ") + machine.name;
    return title + QStringLiteral(" · ") + models.join(QStringLiteral(", "));
}
