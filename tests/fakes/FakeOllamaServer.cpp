#include "FakeOllamaServer.h"

#include "FakeJson.h"
#include "FakeResources.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using FakeJson::Escaping;
using FakeJson::Node;

namespace {

// Reference values of chat-stream.ndjson (12 tokens), used when no token interval is set so
// that a stream of the fixture's own tokens reproduces the fixture's metrics exactly.
constexpr qint64 FixtureEvalDuration = 191959084;
constexpr qint64 FixtureEvalCount = 12;
constexpr qint64 FixtureLoadDuration = 41295167;
constexpr qint64 FixturePromptEvalCount = 31;
constexpr qint64 FixturePromptEvalDuration = 24573166;
constexpr qint64 FixtureOverhead = 282465125 - 41295167 - 24573166 - 191959084;
constexpr qint64 NominalTokenNs = 16'000'000;

constexpr int DefaultContextLength = 4096;
constexpr qint64 KvBytesPerToken = 114688; // llama3.2 3B: 28 layers x 8 KV heads x 128 x 2 x f16
constexpr int AutoPullTicks = 20;
constexpr qint64 SyntheticModelBytes = 1'000'000'000;

const QByteArray UnknownManifestError =
    QByteArrayLiteral("pull model manifest: file does not exist");
const QByteArray NetworkError = QByteArrayLiteral("max retries exceeded: EOF");

QByteArray goString(const QString &s)
{
    return FakeJson::string(s, Escaping::Go);
}

QByteArray errorJson(const QString &message)
{
    return "{\"error\":" + goString(message) + '}';
}

QStringList namesOf(const QByteArray &tagsJson)
{
    QStringList names;
    const QJsonArray models =
        QJsonDocument::fromJson(tagsJson).object().value(u"models"_s).toArray();
    for (const QJsonValue &model : models) {
        const QString name = model.toObject().value(u"name"_s).toString();
        names.append(name.isEmpty() ? model.toObject().value(u"model"_s).toString() : name);
    }
    return names;
}

bool isGetOrHead(const RecordedRequest &request)
{
    return request.method == "GET" || request.method == "HEAD";
}

// "llama3.2" -> "llama3.2:latest"; a tag after the last '/' is kept.
QString canonicalName(const QString &name)
{
    QString n = name.trimmed();
    const qsizetype slash = n.lastIndexOf(u'/');
    if (!n.mid(slash + 1).contains(u':'))
        n += u":latest"_s;
    return n;
}

QString entryName(const Node &entry)
{
    const Node name = entry.value(u"name");
    return name.isString() ? name.toString() : entry.value(u"model").toString();
}

qint64 createdSeconds(const QString &rfc3339)
{
    QDateTime modified = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    if (!modified.isValid()) { // more than millisecond precision: drop the fraction
        static const QRegularExpression fraction(u"\\.\\d+"_s);
        modified = QDateTime::fromString(QString(rfc3339).remove(fraction), Qt::ISODate);
    }
    return modified.isValid() ? modified.toSecsSinceEpoch() : 0;
}

// Same mapping as Ollama's openai.ToListCompletion.
QByteArray v1ModelsFrom(const Node &models)
{
    QByteArray data;
    for (qsizetype i = 0; i < models.size(); ++i) {
        const Node &model = models.at(i);
        const QString name = entryName(model);
        const qint64 created = createdSeconds(model.value(u"modified_at").toString());
        const qsizetype slash = name.indexOf(u'/');
        const QString owner = slash > 0 ? name.left(slash) : u"library"_s;
        if (!data.isEmpty())
            data += ',';
        data += "{\"id\":" + goString(name) +
                ",\"object\":\"model\",\"created\":" + QByteArray::number(created) +
                ",\"owned_by\":" + goString(owner) + '}';
    }
    return "{\"object\":\"list\",\"data\":[" + data + "]}";
}

// Model "details" in the key order of Ollama's api.ModelDetails.
Node detailsNode(const QJsonObject &details)
{
    static const QStringList order = {u"parent_model"_s,   u"format"_s,
                                      u"family"_s,         u"families"_s,
                                      u"parameter_size"_s, u"quantization_level"_s};
    const QString family = details.value(u"family"_s).toString(u"llama"_s);
    QJsonObject d = details;
    if (!d.contains(u"parent_model"_s))
        d.insert(u"parent_model"_s, QString());
    if (!d.contains(u"format"_s))
        d.insert(u"format"_s, u"gguf"_s);
    if (!d.contains(u"family"_s))
        d.insert(u"family"_s, family);
    if (!d.contains(u"families"_s))
        d.insert(u"families"_s, QJsonArray{family});
    if (!d.contains(u"parameter_size"_s))
        d.insert(u"parameter_size"_s, QString());
    if (!d.contains(u"quantization_level"_s))
        d.insert(u"quantization_level"_s, QString());
    Node node = Node::object();
    for (const QString &key : order)
        node.insert(key, Node::fromQt(d.value(key)));
    for (auto it = d.begin(); it != d.end(); ++it) {
        if (!order.contains(it.key()))
            node.insert(it.key(), Node::fromQt(it.value()));
    }
    return node;
}

QJsonObject details(const QString &family, const QString &parameterSize,
                    const QString &quantization)
{
    return QJsonObject{{u"parent_model"_s, QString()},
                       {u"format"_s, u"gguf"_s},
                       {u"family"_s, family},
                       {u"families"_s, QJsonArray{family}},
                       {u"parameter_size"_s, parameterSize},
                       {u"quantization_level"_s, quantization}};
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Manifest layers of a model without a configured plan: weights, template, license, params,
// config (the last four with typical sizes), digests derived from the name.
QList<FakeOllamaServer::PullBlob> syntheticBlobs(const QString &canonical, qint64 total)
{
    const QList<qint64> small = {1402, 1084, 127, 485};
    qint64 smallSum = 0;
    for (qint64 s : small)
        smallSum += s;
    QList<qint64> sizes;
    if (total > smallSum * 2) {
        sizes.append(total - smallSum);
        sizes.append(small);
    } else {
        sizes.append(qMax<qint64>(1, total));
    }
    QList<FakeOllamaServer::PullBlob> blobs;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        blobs.append(
            {u"sha256:"_s + sha256Hex(canonical + u'/' + QString::number(i)), sizes.at(i)});
    }
    return blobs;
}

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

// Go's time.ParseDuration ("300ms", "-1.5h", "1h30m", "0").
bool parseGoDuration(QStringView s, qint64 *ns)
{
    if (s.isEmpty())
        return false;
    qsizetype i = 0;
    bool negative = false;
    if (s.at(0) == u'-' || s.at(0) == u'+') {
        negative = s.at(0) == u'-';
        ++i;
    }
    if (s.mid(i) == u"0") {
        *ns = 0;
        return true;
    }
    if (i >= s.size())
        return false;
    double total = 0;
    while (i < s.size()) {
        const qsizetype numberStart = i;
        while (i < s.size() && (s.at(i).isDigit() || s.at(i) == u'.'))
            ++i;
        if (i == numberStart)
            return false;
        bool ok = false;
        const double number = s.mid(numberStart, i - numberStart).toDouble(&ok);
        if (!ok)
            return false;
        const qsizetype unitStart = i;
        while (i < s.size() && !s.at(i).isDigit() && s.at(i) != u'.')
            ++i;
        const QStringView unit = s.mid(unitStart, i - unitStart);
        double factor = 0;
        if (unit == u"ns")
            factor = 1;
        else if (unit == u"us" || unit == u"\u00b5s" || unit == u"\u03bcs")
            factor = 1e3;
        else if (unit == u"ms")
            factor = 1e6;
        else if (unit == u"s")
            factor = 1e9;
        else if (unit == u"m")
            factor = 60e9;
        else if (unit == u"h")
            factor = 3600e9;
        else
            return false;
        total += number * factor;
    }
    *ns = std::llround(negative ? -total : total);
    return true;
}

// now + Go's maximum time.Duration (~292 years): what a negative keep_alive shows.
QByteArray foreverText(qint64 nowNs)
{
    constexpr qint64 maxSeconds = std::numeric_limits<qint64>::max() / 1'000'000'000;
    constexpr qint64 maxNanos = std::numeric_limits<qint64>::max() % 1'000'000'000;
    qint64 seconds = nowNs / 1'000'000'000 + maxSeconds;
    qint64 nanos = nowNs % 1'000'000'000 + maxNanos;
    seconds += nanos / 1'000'000'000;
    nanos %= 1'000'000'000;
    QByteArray text = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)
                          .toString(u"yyyy-MM-dd'T'HH:mm:ss"_s)
                          .toLatin1();
    if (nanos > 0) {
        QByteArray fraction = QByteArray::number(nanos).rightJustified(9, '0');
        while (fraction.endsWith('0'))
            fraction.chop(1);
        text += '.' + fraction;
    }
    return text + 'Z';
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
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

FakeOllamaServer::FakeOllamaServer(QObject *parent)
    : FakeHttpServer(parent)
    , m_versionJson(fixture(u"ollama/version.json"_s))
    , m_tagsJson(fixture(u"ollama/tags.json"_s))
    , m_v1ModelsJson(fixture(u"ollama/v1-models.json"_s))
{
    m_tags = Node::parse(m_tagsJson);
    m_modelNames = namesOf(m_tagsJson);
    setAnswer(FakeJson::ndjsonMessageTokens(fixture(u"ollama/chat-stream.ndjson"_s), u"content"_s));
    m_thinking = FakeJson::ndjsonMessageTokens(fixture(u"ollama/chat-thinking-stream.ndjson"_s),
                                               u"thinking"_s);

    m_pullable = {u"llama3.2"_s, u"llama3.2:1b"_s, u"phi3"_s, u"mistral"_s, u"qwen2.5:0.5b"_s};
    // Real manifests (pull.ndjson, pull-quirks.ndjson); template and licenses are shared.
    const PullBlob tmpl{
        u"sha256:966de95ca8a62200913e3f8bfbf84c8494536f1b94b49166851e76644e966396"_s, 1429};
    const PullBlob license1{
        u"sha256:fcc5a6bec9daf9b561a68827b67ab6088e1dba9d1fa2a50d7bbcc8384e0a265d"_s, 7711};
    const PullBlob license2{
        u"sha256:a70ff7e570d97baaf4e62ac6e6ad9975e04caa6d900d3742d37698494479e0cd"_s, 6016};
    const PullBlob params{
        u"sha256:56bb8bd477a519ffa694fc449c2413c6f0e1d3b1c88fa7e3c9d88d3ae49d4dcb"_s, 96};
    m_plans.insert(
        u"llama3.2:latest"_s,
        {{{u"sha256:dde5aa3fc5ffc17176b5e8bdc82f587b24b2678c6c66101bf7da77af9f7ccdff"_s,
           2019377376},
          tmpl,
          license1,
          license2,
          params,
          {u"sha256:34bb5ab01051a11372a91f95f3fbbc51173eed8e7f13ec395b9ae9b8bd0e242b"_s, 561}},
         details(u"llama"_s, u"3.2B"_s, u"Q4_K_M"_s),
         QByteArrayLiteral("a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72")});
    m_plans.insert(
        u"llama3.2:1b"_s,
        {{{u"sha256:74701a8c35f6c8d9a4b91f3f3497643001d63e0c7a84e085bed452548fa88d45"_s,
           1321082688},
          tmpl,
          license1,
          license2,
          params,
          {u"sha256:4f659a1e86d7f5a33c389f7991e7224b7ee6ad0358b53437d54c02d2e1b1118d"_s, 485}},
         details(u"llama"_s, u"1.2B"_s, u"Q8_0"_s),
         QByteArrayLiteral("baf6a787fdffd633537aa2eb51cfd54cb93ff08e28040095462bb63daf552878")});
    const auto synthetic = [this](const QString &name, qint64 total, const QJsonObject &d) {
        m_plans.insert(
            name, {syntheticBlobs(name, total), d, sha256Hex(name + u"/manifest"_s).toLatin1()});
    };
    synthetic(u"phi3:latest"_s, 2176178913, details(u"phi3"_s, u"3.8B"_s, u"Q4_0"_s));
    synthetic(u"mistral:latest"_s, 4113301824, details(u"llama"_s, u"7.2B"_s, u"Q4_0"_s));
    synthetic(u"qwen2.5:0.5b"_s, 397821319, details(u"qwen2"_s, u"494.03M"_s, u"Q4_K_M"_s));
}

FakeOllamaServer::~FakeOllamaServer() = default;

void FakeOllamaServer::setVersion(const QString &version)
{
    m_versionJson = "{\"version\":" + goString(version) + '}';
}

void FakeOllamaServer::setModels(const QJsonArray &models)
{
    m_tagsJson = QJsonDocument(QJsonObject{{u"models"_s, models}}).toJson(QJsonDocument::Compact);
    m_tags = Node::parse(m_tagsJson);
    m_modelNames = namesOf(m_tagsJson);
    m_v1ModelsJson = v1ModelsFrom(m_tags.value(u"models"));
}

void FakeOllamaServer::setRunningModels(const QJsonArray &models)
{
    m_psFixedJson =
        QJsonDocument(QJsonObject{{u"models"_s, models}}).toJson(QJsonDocument::Compact);
    m_psFixed = true;
    m_running.clear();
    for (const QJsonValue &model : models) {
        Running r;
        r.fixed = Node::fromQt(model);
        r.name = entryName(r.fixed);
        m_running.append(r);
    }
}

void FakeOllamaServer::setThinking(const QStringList &tokens)
{
    m_thinking = tokens;
}

QStringList FakeOllamaServer::thinking() const
{
    return m_thinking;
}

QStringList FakeOllamaServer::modelNames() const
{
    return m_modelNames;
}

void FakeOllamaServer::setPullableModels(const QStringList &names)
{
    m_pullable = names;
}

QStringList FakeOllamaServer::pullableModels() const
{
    return m_pullable;
}

void FakeOllamaServer::setPullPlan(const QString &model, const QList<PullBlob> &blobs,
                                   const QJsonObject &details)
{
    const QString name = canonicalName(model);
    m_plans.insert(name, {blobs, details, sha256Hex(name + u"/manifest"_s).toLatin1()});
    const bool listed = std::any_of(m_pullable.cbegin(), m_pullable.cend(),
                                    [&](const QString &n) { return canonicalName(n) == name; });
    if (!listed)
        m_pullable.append(model);
}

QList<FakeOllamaServer::PullBlob> FakeOllamaServer::pullPlan(const QString &model) const
{
    return planFor(model).blobs;
}

void FakeOllamaServer::setPullBytesPerTick(qint64 bytes)
{
    m_pullBytesPerTick = qMax<qint64>(0, bytes);
}

qint64 FakeOllamaServer::pullBytesPerTick() const
{
    return m_pullBytesPerTick;
}

void FakeOllamaServer::setPullQuirks(bool on)
{
    m_pullQuirks = on;
}

void FakeOllamaServer::setPullSafetensors(bool on)
{
    m_pullSafetensors = on;
}

void FakeOllamaServer::setPullScript(const QList<QByteArray> &lines)
{
    m_pullScript.clear();
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        m_pullScript.append(line.endsWith('\n') ? line : line + '\n');
    }
}

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

void FakeOllamaServer::setVramFraction(double fraction)
{
    m_vramFraction = std::clamp(fraction, 0.0, 1.0);
}

void FakeOllamaServer::setUnloadDelayMs(int ms)
{
    m_unloadDelayMs = qMax(0, ms);
}

QStringList FakeOllamaServer::runningModelNames() const
{
    purgeRunning();
    QStringList names;
    for (const Running &r : std::as_const(m_running))
        names.append(r.name);
    return names;
}

bool FakeOllamaServer::knowsModel(const QString &name) const
{
    return !name.isEmpty() &&
           (m_modelNames.contains(name) || m_modelNames.contains(name + u":latest"_s));
}

qsizetype FakeOllamaServer::installedIndex(const QString &model) const
{
    if (model.trimmed().isEmpty())
        return -1;
    const QString canonical = canonicalName(model);
    const Node models = m_tags.value(u"models");
    for (qsizetype i = 0; i < models.size(); ++i) {
        const QString name = entryName(models.at(i));
        if (name == model || name == canonical || canonicalName(name) == canonical)
            return i;
    }
    return -1;
}

QString FakeOllamaServer::installedName(const QString &model) const
{
    const qsizetype index = installedIndex(model);
    return index < 0 ? QString() : entryName(m_tags.value(u"models").at(index));
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

void FakeOllamaServer::tagsChanged()
{
    m_tagsJson = m_tags.toCompact(Escaping::Go);
    m_modelNames.clear();
    const Node models = m_tags.value(u"models");
    for (qsizetype i = 0; i < models.size(); ++i)
        m_modelNames.append(entryName(models.at(i)));
    m_v1ModelsJson = v1ModelsFrom(models);
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

void FakeOllamaServer::handle(const RecordedRequest &request, Responder &responder)
{
    const QByteArray &path = request.path;
    if (path == "/" && isGetOrHead(request)) {
        responder.sendText(200, QByteArrayLiteral("Ollama is running"));
    } else if (path == "/api/version" && isGetOrHead(request)) {
        responder.sendJson(200, m_versionJson);
    } else if (path == "/api/tags" && isGetOrHead(request)) {
        responder.sendJson(200, m_tagsJson);
    } else if (path == "/api/ps" && request.method == "GET") {
        responder.sendJson(200, psJson());
    } else if (path == "/v1/models" && request.method == "GET") {
        responder.sendJson(200, m_v1ModelsJson);
    } else if (path == "/api/show" && request.method == "POST") {
        handleShow(request, responder);
    } else if (path == "/api/chat" && request.method == "POST") {
        handleChat(request, responder);
    } else if (path == "/api/generate" && request.method == "POST") {
        handleGenerate(request, responder);
    } else if (path == "/api/pull" && request.method == "POST") {
        handlePull(request, responder);
    } else if (path == "/api/delete" && request.method == "DELETE") {
        handleDelete(request, responder);
    } else {
        FakeHttpServer::handle(request, responder); // 404 page not found
    }
}

void FakeOllamaServer::handleShow(const RecordedRequest &request, Responder &responder)
{
    const QJsonObject body = FakeJson::parseObject(request.body);
    const QString model = body.value(u"model"_s).toString(body.value(u"name"_s).toString());
    if (!knowsModel(model)) {
        responder.sendJson(404, errorJson(u"model '"_s + model + u"' not found"_s));
        return;
    }
    static const Node show = Node::parse(fixture(u"ollama/show.json"_s));
    Node answer = show;
    const qsizetype index = installedIndex(model);
    if (index >= 0) {
        const Node details = m_tags.value(u"models").at(index).value(u"details");
        if (details.isObject())
            answer.insert(u"details"_s, details);
    }
    responder.sendJson(200, answer.toCompact(Escaping::Go));
}

// --- pull ----------------------------------------------------------------------------------

void FakeOllamaServer::handlePull(const RecordedRequest &request, Responder &responder)
{
    if (request.body.trimmed().isEmpty()) {
        responder.sendJson(400, errorJson(u"missing request body"_s));
        return;
    }
    QString parseError;
    const QJsonObject body = FakeJson::parseObject(request.body, &parseError);
    if (!parseError.isEmpty()) {
        responder.sendJson(400, errorJson(parseError));
        return;
    }
    const QString model = body.value(u"model"_s).toString(body.value(u"name"_s).toString());
    if (model.trimmed().isEmpty()) {
        responder.sendJson(400, errorJson(u"model is required"_s));
        return;
    }
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

// --- delete --------------------------------------------------------------------------------

void FakeOllamaServer::handleDelete(const RecordedRequest &request, Responder &responder)
{
    if (request.body.trimmed().isEmpty()) {
        responder.sendJson(400, errorJson(u"missing request body"_s));
        return;
    }
    QString parseError;
    const QJsonObject body = FakeJson::parseObject(request.body, &parseError);
    if (!parseError.isEmpty()) {
        responder.sendJson(400, errorJson(parseError));
        return;
    }
    const QString model = body.value(u"model"_s).toString(body.value(u"name"_s).toString());
    if (model.trimmed().isEmpty()) {
        responder.sendJson(400, errorJson(u"model is required"_s));
        return;
    }
    const qsizetype index = installedIndex(model);
    if (index < 0) {
        responder.sendJson(404, errorJson(u"model '"_s + model + u"' not found"_s));
        return;
    }
    const QString name = installedName(model);
    const QList<PullBlob> blobs = planFor(name).blobs;
    m_tags.find(u"models")->removeAt(index);
    tagsChanged();
    for (const PullBlob &blob : blobs) { // layers no other installed model uses go away
        if (installedLayerSize(blob.digest) == 0) {
            m_stored.remove(blob.digest);
            m_blobSizes.remove(blob.digest);
        }
    }
    const QString canonical = canonicalName(name);
    const auto removed =
        m_running.removeIf([&](const Running &r) { return canonicalName(r.name) == canonical; });
    if (removed > 0)
        m_psFixed = false;
    responder.send(200, QByteArray(), QByteArray());
}

// --- /api/ps -------------------------------------------------------------------------------

bool FakeOllamaServer::parseKeepAlive(const QJsonValue &value, KeepAlive *out, QString *error)
{
    *out = KeepAlive();
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (seconds < 0)
            out->pinned = true;
        else
            out->ns = std::llround(seconds * 1e9);
        return true;
    }
    if (value.isString()) {
        const QString text = value.toString();
        qint64 ns = 0;
        bool ok = parseGoDuration(text, &ns);
        if (!ok) { // a bare number of seconds, e.g. "-1"
            const double seconds = text.toDouble(&ok);
            ns = std::llround(seconds * 1e9);
        }
        if (!ok) {
            *error = u"time: invalid duration \""_s + text + u'"';
            return false;
        }
        if (ns < 0)
            out->pinned = true;
        else
            out->ns = ns;
        return true;
    }
    *error = u"json: cannot unmarshal keep_alive"_s;
    return false;
}

void FakeOllamaServer::noteLoaded(const QString &model, const KeepAlive &keepAlive,
                                  int contextLength, qint64 busyMs)
{
    const qsizetype index = installedIndex(model);
    if (index < 0)
        return;
    const Node entry = m_tags.value(u"models").at(index);
    Running r;
    r.name = entryName(entry);
    r.contextLength = contextLength;
    r.size = entry.value(u"size").toInteger() + qint64(contextLength) * KvBytesPerToken;
    r.sizeVram = std::llround(double(r.size) * m_vramFraction);
    r.digest = entry.value(u"digest").toString();
    r.details = entry.value(u"details");
    const qint64 now = FakeJson::nowNs();
    if (keepAlive.pinned) {
        r.pinned = true;
        r.pinnedText = foreverText(now);
        r.expiresNs = std::numeric_limits<qint64>::max();
        r.removeAtMs = -1;
    } else {
        r.expiresNs = now + busyMs * 1'000'000 + keepAlive.ns;
        r.removeAtMs = r.expiresNs / 1'000'000 + m_unloadDelayMs;
    }
    const QString canonical = canonicalName(r.name);
    bool replaced = false;
    for (Running &existing : m_running) {
        if (canonicalName(existing.name) == canonical) {
            existing = r;
            replaced = true;
            break;
        }
    }
    if (!replaced)
        m_running.append(r);
    m_psFixed = false;
}

void FakeOllamaServer::noteUnloaded(const QString &model)
{
    const QString canonical = canonicalName(model);
    const QString installed = installedName(model);
    const qint64 now = FakeJson::nowNs();
    for (Running &r : m_running) {
        const QString c = canonicalName(r.name);
        if (c != canonical && (installed.isEmpty() || c != canonicalName(installed)))
            continue;
        r.pinned = false;
        r.expiresNs = now;
        r.removeAtMs = now / 1'000'000 + m_unloadDelayMs;
        if (r.fixed.isObject())
            r.fixed.insert(u"expires_at"_s,
                           Node::string(QString::fromLatin1(FakeJson::rfc3339Nano(now))));
        m_psFixed = false;
    }
}

void FakeOllamaServer::purgeRunning() const
{
    const qint64 now = nowMs();
    const auto removed = m_running.removeIf(
        [now](const Running &r) { return r.removeAtMs >= 0 && r.removeAtMs <= now; });
    if (removed > 0)
        m_psFixed = false;
}

QByteArray FakeOllamaServer::psJson() const
{
    purgeRunning();
    if (m_psFixed)
        return m_psFixedJson;
    // Fixed entries first (as given), then by longest remaining keep-alive.
    QList<Running> live;
    Node models = Node::array();
    for (const Running &r : std::as_const(m_running)) {
        if (r.fixed.isObject())
            models.append(r.fixed);
        else
            live.append(r);
    }
    std::stable_sort(live.begin(), live.end(),
                     [](const Running &a, const Running &b) { return a.expiresNs > b.expiresNs; });
    for (const Running &r : std::as_const(live)) {
        Node entry = Node::object();
        entry.insert(u"name"_s, Node::string(r.name));
        entry.insert(u"model"_s, Node::string(r.name));
        entry.insert(u"size"_s, Node::integer(r.size));
        entry.insert(u"digest"_s, Node::string(r.digest));
        entry.insert(u"details"_s, r.details.isObject() ? r.details : detailsNode({}));
        const QByteArray expires = r.pinned ? r.pinnedText : FakeJson::rfc3339Nano(r.expiresNs);
        entry.insert(u"expires_at"_s, Node::string(QString::fromLatin1(expires)));
        entry.insert(u"size_vram"_s, Node::integer(r.sizeVram));
        entry.insert(u"context_length"_s, Node::integer(r.contextLength));
        models.append(entry);
    }
    Node root = Node::object();
    root.insert(u"models"_s, models);
    return root.toCompact(Escaping::Go);
}

// --- chat / generate -----------------------------------------------------------------------

namespace {

int contextLengthOf(const QJsonObject &body)
{
    const int numCtx = body.value(u"options"_s).toObject().value(u"num_ctx"_s).toInt(0);
    return numCtx > 0 ? numCtx : DefaultContextLength;
}

bool thinkingRequested(const QJsonObject &body)
{
    const QJsonValue think = body.value(u"think"_s);
    return think.isBool() ? think.toBool()
                          : (think.isString() && !think.toString().isEmpty() &&
                             think.toString() != u"false"_s);
}

// Final-object metrics (Go's omitempty drops zero values), from the token count and pacing.
QByteArray finalMetrics(qint64 count, int intervalMs, int delayMs)
{
    const qint64 evalDuration =
        intervalMs > 0
            ? count * qint64(intervalMs) * 1'000'000
            : std::llround(double(FixtureEvalDuration) * double(count) / double(FixtureEvalCount));
    const qint64 loadDuration = delayMs > 0 ? qint64(delayMs) * 1'000'000 : FixtureLoadDuration;
    const qint64 totalDuration =
        loadDuration + FixturePromptEvalDuration + evalDuration + FixtureOverhead;
    QByteArray metrics =
        ",\"total_duration\":" + QByteArray::number(totalDuration) +
        ",\"load_duration\":" + QByteArray::number(loadDuration) +
        ",\"prompt_eval_count\":" + QByteArray::number(FixturePromptEvalCount) +
        ",\"prompt_eval_duration\":" + QByteArray::number(FixturePromptEvalDuration);
    if (count > 0) {
        metrics += ",\"eval_count\":" + QByteArray::number(count) +
                   ",\"eval_duration\":" + QByteArray::number(evalDuration);
    }
    return metrics + '}';
}

} // namespace

void FakeOllamaServer::handleChat(const RecordedRequest &request, Responder &responder)
{
    if (request.body.trimmed().isEmpty()) {
        responder.sendJson(400, errorJson(u"missing request body"_s));
        return;
    }
    QString parseError;
    const QJsonObject body = FakeJson::parseObject(request.body, &parseError);
    if (!parseError.isEmpty()) {
        responder.sendJson(400, errorJson(parseError));
        return;
    }
    KeepAlive keepAlive;
    if (!parseKeepAlive(body.value(u"keep_alive"_s), &keepAlive, &parseError)) {
        responder.sendJson(400, errorJson(parseError));
        return;
    }
    const QString model = body.value(u"model"_s).toString();
    if (model.isEmpty()) {
        responder.sendJson(400, errorJson(u"model is required"_s));
        return;
    }
    if (!knowsModel(model)) {
        responder.sendJson(404, errorJson(u"model '"_s + model + u"' not found"_s));
        return;
    }
    if (fault() == Fault::Http500) {
        responder.sendJson(500, errorJson(u"llama runner process has terminated: exit status 2"_s));
        return;
    }

    const int delayMs = delayBeforeFirstChunkMs();
    const int intervalMs = tokenIntervalMs();
    const QByteArray modelJson = goString(model);
    const qint64 startNs = FakeJson::nowNs() + qint64(delayMs) * 1'000'000;
    const auto prefix = [&](qint64 ns) -> QByteArray {
        return "{\"model\":" + modelJson + ",\"created_at\":\"" + FakeJson::rfc3339Nano(ns) + '"';
    };
    const bool unload = !keepAlive.pinned && keepAlive.ns == 0;

    // messages: [] only loads (or with keep_alive 0 unloads) the model: one plain object.
    const QJsonValue messages = body.value(u"messages"_s);
    if (messages.isArray() && messages.toArray().isEmpty()) {
        if (unload)
            noteUnloaded(model);
        else
            noteLoaded(model, keepAlive, contextLengthOf(body), delayMs);
        responder.sendJson(
            200,
            prefix(startNs) +
                ",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,"
                "\"done_reason\":\"" +
                (unload ? "unload" : "load") + "\"}",
            delayMs);
        return;
    }

    const QStringList thinkingTokens = thinkingRequested(body) ? m_thinking : QStringList();
    const QStringList tokens = answer();
    const qint64 count = thinkingTokens.size() + tokens.size();
    const qint64 tokenNs = intervalMs > 0 ? qint64(intervalMs) * 1'000'000 : NominalTokenNs;
    noteLoaded(model, keepAlive, contextLengthOf(body), delayMs + count * intervalMs);
    const QByteArray metrics =
        ",\"done\":true,\"done_reason\":\"stop\"" + finalMetrics(count, intervalMs, delayMs);

    if (!FakeJson::wantsStream(body, true)) {
        QByteArray message =
            "{\"role\":\"assistant\",\"content\":" + goString(FakeJson::joined(tokens));
        if (!thinkingTokens.isEmpty())
            message += ",\"thinking\":" + goString(FakeJson::joined(thinkingTokens));
        message += '}';
        responder.sendJson(200,
                           prefix(startNs + count * tokenNs) + ",\"message\":" + message + metrics,
                           delayMs + int(count) * intervalMs);
        return;
    }

    StreamPlan plan;
    plan.contentType = QByteArrayLiteral("application/x-ndjson");
    qint64 index = 0;
    for (const QString &token : thinkingTokens) {
        plan.chunks.append(prefix(startNs + index++ * tokenNs) +
                           ",\"message\":{\"role\":\"assistant\",\"content\":\"\",\"thinking\":" +
                           goString(token) + "},\"done\":false}\n");
    }
    for (const QString &token : tokens) {
        plan.chunks.append(prefix(startNs + index++ * tokenNs) +
                           ",\"message\":{\"role\":\"assistant\",\"content\":" + goString(token) +
                           "},\"done\":false}\n");
    }
    plan.chunks.append(prefix(startNs + index * tokenNs) +
                       ",\"message\":{\"role\":\"assistant\",\"content\":\"\"}" + metrics + '\n');
    plan.errorChunk = errorJson(u"an error was encountered while running the model"_s) + '\n';
    plan.garbageChunk = QByteArrayLiteral("\xff\xfe\x01 this is not JSON {\"model\":\n");
    responder.stream(plan);
}

void FakeOllamaServer::handleGenerate(const RecordedRequest &request, Responder &responder)
{
    if (request.body.trimmed().isEmpty()) {
        responder.sendJson(400, errorJson(u"missing request body"_s));
        return;
    }
    QString parseError;
    const QJsonObject body = FakeJson::parseObject(request.body, &parseError);
    if (!parseError.isEmpty()) {
        responder.sendJson(400, errorJson(parseError));
        return;
    }
    KeepAlive keepAlive;
    if (!parseKeepAlive(body.value(u"keep_alive"_s), &keepAlive, &parseError)) {
        responder.sendJson(400, errorJson(parseError));
        return;
    }
    const QString model = body.value(u"model"_s).toString();
    if (model.isEmpty()) {
        responder.sendJson(400, errorJson(u"model is required"_s));
        return;
    }
    if (!knowsModel(model)) {
        responder.sendJson(404, errorJson(u"model '"_s + model + u"' not found"_s));
        return;
    }
    if (fault() == Fault::Http500) {
        responder.sendJson(500, errorJson(u"llama runner process has terminated: exit status 2"_s));
        return;
    }

    const int delayMs = delayBeforeFirstChunkMs();
    const int intervalMs = tokenIntervalMs();
    const QByteArray modelJson = goString(model);
    const qint64 startNs = FakeJson::nowNs() + qint64(delayMs) * 1'000'000;
    const auto prefix = [&](qint64 ns) -> QByteArray {
        return "{\"model\":" + modelJson + ",\"created_at\":\"" + FakeJson::rfc3339Nano(ns) + '"';
    };
    const bool unload = !keepAlive.pinned && keepAlive.ns == 0;

    // No prompt: load, or with keep_alive 0 unload (generate-unload.json layout).
    if (body.value(u"prompt"_s).toString().isEmpty()) {
        if (unload)
            noteUnloaded(model);
        else
            noteLoaded(model, keepAlive, contextLengthOf(body), delayMs);
        responder.sendJson(200,
                           prefix(startNs) + ",\"response\":\"\",\"done\":true,\"done_reason\":\"" +
                               (unload ? "unload" : "load") + "\"}",
                           delayMs);
        return;
    }

    const QStringList thinkingTokens = thinkingRequested(body) ? m_thinking : QStringList();
    const QStringList tokens = answer();
    const qint64 count = thinkingTokens.size() + tokens.size();
    const qint64 tokenNs = intervalMs > 0 ? qint64(intervalMs) * 1'000'000 : NominalTokenNs;
    noteLoaded(model, keepAlive, contextLengthOf(body), delayMs + count * intervalMs);
    const QByteArray metrics = ",\"done\":true,\"done_reason\":\"stop\",\"context\":[1,2,3]" +
                               finalMetrics(count, intervalMs, delayMs);

    if (!FakeJson::wantsStream(body, true)) {
        QByteArray fields = ",\"response\":" + goString(FakeJson::joined(tokens));
        if (!thinkingTokens.isEmpty())
            fields += ",\"thinking\":" + goString(FakeJson::joined(thinkingTokens));
        responder.sendJson(200, prefix(startNs + count * tokenNs) + fields + metrics,
                           delayMs + int(count) * intervalMs);
        return;
    }

    StreamPlan plan;
    plan.contentType = QByteArrayLiteral("application/x-ndjson");
    qint64 index = 0;
    for (const QString &token : thinkingTokens) {
        plan.chunks.append(prefix(startNs + index++ * tokenNs) +
                           ",\"response\":\"\",\"thinking\":" + goString(token) +
                           ",\"done\":false}\n");
    }
    for (const QString &token : tokens) {
        plan.chunks.append(prefix(startNs + index++ * tokenNs) +
                           ",\"response\":" + goString(token) + ",\"done\":false}\n");
    }
    plan.chunks.append(prefix(startNs + index * tokenNs) + ",\"response\":\"\"" + metrics + '\n');
    plan.errorChunk = errorJson(u"an error was encountered while running the model"_s) + '\n';
    plan.garbageChunk = QByteArrayLiteral("\xff\xfe\x01 this is not JSON {\"model\":\n");
    responder.stream(plan);
}
