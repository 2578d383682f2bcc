#include "FakeOllamaServer.h"

#include "FakeJson.h"
#include "FakeOllamaWire.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>
#include <memory>

// POST /api/pull of FakeOllamaServer: the simulated download (NDJSON progress, resumable
// partial layers) and what a finished pull installs.

using namespace Qt::StringLiterals;
using namespace FakeOllamaWire;
using FakeJson::Node;

namespace {

constexpr int AutoPullTicks = 20;
constexpr qint64 SyntheticModelBytes = 1'000'000'000;

const QByteArray UnknownManifestError =
    QByteArrayLiteral("pull model manifest: file does not exist");
const QByteArray NetworkError = QByteArrayLiteral("max retries exceeded: EOF");

QByteArray statusLine(const QByteArray &status)
{
    return "{\"status\":\"" + status + "\"}\n";
}

// {"status":"pulling <12 hex>","digest":"sha256:<64 hex>","total":N,"completed":M}; Go's
// omitempty drops completed (and total) while 0.
QByteArray layerLine(const QString &status, const QString &digest, qint64 total, qint64 completed)
{
    QByteArray line = "{\"status\":" + goString(status) + ",\"digest\":" + goString(digest);
    if (total > 0)
        line += ",\"total\":" + QByteArray::number(total);
    if (completed > 0)
        line += ",\"completed\":" + QByteArray::number(completed);
    return line + "}\n";
}

QString shortDigest(const QString &digest)
{
    const QString hex = digest.startsWith(u"sha256:"_s) ? digest.mid(7) : digest;
    return hex.left(12);
}

} // namespace

struct FakeOllamaServer::PullRun
{
    enum class Phase { Manifest, Layers, Writing, Success, Done };
    Phase phase = Phase::Manifest;
    QString name; // canonical
    QList<PullBlob> blobs;
    qint64 perTick = 1;
    bool quirks = false;
    bool safetensors = false;
    qsizetype bigIndex = -1;
    qsizetype blob = 0;
    bool started = false;
    int lines = 0;
    qint64 shown = 0;
    bool rolledBack = false;
    QList<QByteArray> script;
    qsizetype scriptIndex = 0;
};

qint64 FakeOllamaServer::installedLayerSize(const QString &digest) const
{
    const Node models = m_tags.value(u"models");
    for (qsizetype i = 0; i < models.size(); ++i) {
        const QList<PullBlob> blobs = planFor(entryName(models.at(i))).blobs;
        for (const PullBlob &blob : blobs) {
            if (blob.digest == digest)
                return blob.size;
        }
    }
    return 0;
}

qint64 FakeOllamaServer::storedBytes(const QString &digest) const
{
    const qint64 installed = installedLayerSize(digest);
    return installed > 0 ? installed : m_stored.value(digest, 0);
}

void FakeOllamaServer::forgetPartials()
{
    for (auto it = m_stored.begin(); it != m_stored.end();) {
        if (it.value() < m_blobSizes.value(it.key(), 0))
            it = m_stored.erase(it);
        else
            ++it;
    }
}

bool FakeOllamaServer::isPullable(const QString &model) const
{
    const QString canonical = canonicalName(model);
    for (const QString &name : m_pullable) {
        if (canonicalName(name) == canonical)
            return true;
    }
    return installedIndex(model) >= 0;
}

FakeOllamaServer::PullPlanData FakeOllamaServer::planFor(const QString &model) const
{
    const QString canonical = canonicalName(model);
    const auto it = m_plans.constFind(canonical);
    if (it != m_plans.constEnd())
        return it.value();
    PullPlanData data;
    data.manifestDigest = sha256Hex(canonical + u"/manifest"_s).toLatin1();
    const qsizetype index = installedIndex(model);
    if (index >= 0) {
        const Node entry = m_tags.value(u"models").at(index);
        data.blobs = syntheticBlobs(canonical, entry.value(u"size").toInteger());
        const QByteArray detailsJson = entry.value(u"details").toCompact();
        data.details = QJsonDocument::fromJson(detailsJson).object();
    } else {
        data.blobs = syntheticBlobs(canonical, SyntheticModelBytes);
    }
    return data;
}

void FakeOllamaServer::setStored(const QString &digest, qint64 bytes, qint64 size)
{
    m_stored.insert(digest, qMax<qint64>(0, bytes));
    if (size > 0)
        m_blobSizes.insert(digest, size);
}

void FakeOllamaServer::finishPull(const QString &model, const QList<PullBlob> &blobs)
{
    qint64 total = 0;
    for (const PullBlob &blob : blobs) {
        setStored(blob.digest, blob.size, blob.size);
        total += blob.size;
    }
    const QByteArray modified = FakeJson::rfc3339Nano(FakeJson::nowNs());
    if (!m_tags.isObject())
        m_tags = Node::object();
    if (!m_tags.contains(u"models"))
        m_tags.insert(u"models"_s, Node::array());
    Node *models = m_tags.find(u"models");
    const qsizetype index = installedIndex(model);
    if (index >= 0) {
        (*models)[index].insert(u"modified_at"_s, Node::string(QString::fromLatin1(modified)));
    } else {
        const QString name = canonicalName(model);
        const PullPlanData data = planFor(model);
        Node entry = Node::object();
        entry.insert(u"name"_s, Node::string(name));
        entry.insert(u"model"_s, Node::string(name));
        entry.insert(u"modified_at"_s, Node::string(QString::fromLatin1(modified)));
        entry.insert(u"size"_s, Node::integer(total));
        entry.insert(u"digest"_s, Node::string(QString::fromLatin1(data.manifestDigest)));
        entry.insert(u"details"_s, detailsNode(data.details));
        models->append(entry);
    }
    tagsChanged();
}

void FakeOllamaServer::handlePull(const RecordedRequest &request, Responder &responder)
{
    const std::optional<QJsonObject> parsed = requestBody(request, responder);
    if (!parsed)
        return;
    const QJsonObject &body = *parsed;
    const std::optional<QString> named = namedModel(body, responder);
    if (!named)
        return;
    const QString &model = *named;
    if (fault() == Fault::Http500) {
        responder.sendJson(500, errorJson(QString::fromLatin1(NetworkError)));
        return;
    }
    const bool stream = FakeJson::wantsStream(body, true);
    const QString name = canonicalName(model);

    StreamPlan plan;
    plan.contentType = QByteArrayLiteral("application/x-ndjson");
    plan.errorChunk = errorJson(QString::fromLatin1(NetworkError)) + '\n';
    plan.garbageChunk = QByteArrayLiteral("\xff\xfe\x01 this is not JSON {\"status\":\n");

    auto run = std::make_shared<PullRun>();
    run->name = name;

    if (!m_pullScript.isEmpty()) {
        if (!stream) {
            const QJsonObject lastLine = QJsonDocument::fromJson(m_pullScript.constLast()).object();
            if (lastLine.contains(u"error"_s)) {
                responder.sendJson(500, m_pullScript.constLast().trimmed());
                return;
            }
            for (const QByteArray &line : std::as_const(m_pullScript)) {
                if (QJsonDocument::fromJson(line).object().value(u"status"_s).toString() ==
                    u"success"_s) {
                    finishPull(model, planFor(model).blobs);
                    break;
                }
            }
            responder.sendJson(200, QByteArrayLiteral("{\"status\":\"success\"}"),
                               delayBeforeFirstChunkMs() +
                                   int(m_pullScript.size()) * tokenIntervalMs());
            return;
        }
        run->script = m_pullScript;
    } else if (!isPullable(model)) {
        if (!stream) {
            responder.sendJson(500, errorJson(QString::fromLatin1(UnknownManifestError)));
            return;
        }
        plan.chunks = {statusLine("pulling manifest"),
                       errorJson(QString::fromLatin1(UnknownManifestError)) + '\n'};
        responder.stream(plan);
        return;
    } else {
        run->blobs = planFor(model).blobs;
        qint64 total = 0;
        qint64 biggest = -1;
        for (qsizetype i = 0; i < run->blobs.size(); ++i) {
            total += run->blobs.at(i).size;
            if (run->blobs.at(i).size > biggest) {
                biggest = run->blobs.at(i).size;
                run->bigIndex = i;
            }
        }
        run->perTick = m_pullBytesPerTick > 0
                           ? m_pullBytesPerTick
                           : qMax<qint64>(1, (total + AutoPullTicks - 1) / AutoPullTicks);
        run->quirks = m_pullQuirks;
        run->safetensors = m_pullSafetensors;
        if (!stream) {
            if (fault() == Fault::ServerError) {
                responder.sendJson(500, errorJson(QString::fromLatin1(NetworkError)));
                return;
            }
            // As long as the stream would take.
            qint64 ticks = 4;
            for (const PullBlob &blob : std::as_const(run->blobs)) {
                const qint64 missing = blob.size - qMin(blob.size, storedBytes(blob.digest));
                ticks += 1 + (missing + run->perTick - 1) / run->perTick;
            }
            finishPull(model, run->blobs);
            const qint64 delay = delayBeforeFirstChunkMs() + ticks * tokenIntervalMs();
            responder.sendJson(200, QByteArrayLiteral("{\"status\":\"success\"}"),
                               int(qMin<qint64>(delay, 600'000)));
            return;
        }
    }

    const QPointer<FakeOllamaServer> self(this);
    plan.generator = [self, run](bool *last) -> QByteArray {
        if (!self) {
            *last = true;
            return {};
        }
        return self->pullStep(*run, last);
    };
    responder.stream(plan);
}

// One progress line of a running pull; advances the stored bytes as it goes.
QByteArray FakeOllamaServer::pullStep(PullRun &r, bool *last)
{
    if (!r.script.isEmpty()) {
        const QByteArray line = r.script.at(r.scriptIndex++);
        *last = r.scriptIndex >= r.script.size();
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString digest = object.value(u"digest"_s).toString();
        const qint64 total = qint64(object.value(u"total"_s).toDouble());
        if (digest.startsWith(u"sha256:"_s) && digest != u"sha256:model"_s &&
            object.contains(u"completed"_s)) {
            setStored(digest, qint64(object.value(u"completed"_s).toDouble()), total);
        }
        if (object.value(u"status"_s).toString() == u"success"_s) {
            QList<PullBlob> blobs;
            if (isPullable(r.name)) {
                blobs = planFor(r.name).blobs;
            } else { // layers as the script names them
                for (const QByteArray &scriptLine : std::as_const(r.script)) {
                    const QJsonObject o = QJsonDocument::fromJson(scriptLine).object();
                    const QString d = o.value(u"digest"_s).toString();
                    const qint64 t = qint64(o.value(u"total"_s).toDouble());
                    if (d.isEmpty() || t <= 0)
                        continue;
                    const auto same = [&](const PullBlob &b) { return b.digest == d; };
                    const auto it = std::find_if(blobs.begin(), blobs.end(), same);
                    if (it == blobs.end())
                        blobs.append({d, t});
                    else
                        it->size = qMax(it->size, t);
                }
            }
            finishPull(r.name, blobs);
        }
        return line;
    }

    switch (r.phase) {
    case PullRun::Phase::Manifest:
        r.phase = PullRun::Phase::Layers;
        return statusLine("pulling manifest");
    case PullRun::Phase::Layers:
        if (r.safetensors) {
            qint64 total = 0;
            qint64 have = 0;
            for (const PullBlob &blob : std::as_const(r.blobs)) {
                total += blob.size;
                have += qMin(blob.size, storedBytes(blob.digest));
            }
            if (r.started) { // fill the layers in order with this tick's bytes
                qint64 budget = r.perTick;
                for (const PullBlob &blob : std::as_const(r.blobs)) {
                    const qint64 stored = qMin(blob.size, storedBytes(blob.digest));
                    const qint64 add = qMin(budget, blob.size - stored);
                    if (add > 0) {
                        setStored(blob.digest, stored + add, blob.size);
                        budget -= add;
                        have += add;
                    }
                    if (budget <= 0)
                        break;
                }
            }
            r.started = true;
            if (have >= total)
                r.phase = PullRun::Phase::Writing; // no verify step on this path
            return layerLine(u"pulling model"_s, u"sha256:model"_s, total, have);
        }
        while (r.blob < r.blobs.size()) {
            const PullBlob blob = r.blobs.at(r.blob);
            qint64 have = qMin(blob.size, storedBytes(blob.digest));
            const QString status = u"pulling "_s + shortDigest(blob.digest);
            if (!r.started) { // first line: 0 (omitted), resumed bytes, or a cache hit
                r.started = true;
                r.lines = 1;
                if (have == 0 && blob.size <= r.perTick) { // small: done within the tick
                    have = blob.size;
                    setStored(blob.digest, have, blob.size);
                }
                r.shown = have;
                if (have >= blob.size) {
                    ++r.blob;
                    r.started = false;
                }
                return layerLine(status, blob.digest, blob.size, have);
            }
            qint64 next = qMin(blob.size, have + r.perTick);
            const bool big = r.quirks && r.blob == r.bigIndex;
            if (big && !r.rolledBack && r.lines >= 3 && r.shown > 0 && next < blob.size) {
                r.rolledBack = true; // a failed part gives its bytes back
                next = qMax<qint64>(0, r.shown - qMax<qint64>(1, r.perTick / 2));
            } else if (big && next >= blob.size) {
                // Done between two ticks: no line shows the total, the next digest starts.
                setStored(blob.digest, blob.size, blob.size);
                ++r.blob;
                r.started = false;
                continue;
            }
            setStored(blob.digest, next, blob.size);
            r.shown = next;
            ++r.lines;
            if (next >= blob.size) {
                ++r.blob;
                r.started = false;
            }
            return layerLine(status, blob.digest, blob.size, next);
        }
        r.phase = PullRun::Phase::Writing;
        return statusLine("verifying sha256 digest");
    case PullRun::Phase::Writing:
        r.phase = PullRun::Phase::Success;
        return statusLine("writing manifest");
    case PullRun::Phase::Success:
        r.phase = PullRun::Phase::Done;
        *last = true;
        finishPull(r.name, r.blobs);
        return statusLine("success");
    case PullRun::Phase::Done:
        break;
    }
    *last = true;
    return {};
}
