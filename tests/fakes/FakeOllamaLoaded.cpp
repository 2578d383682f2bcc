#include "FakeOllamaServer.h"

#include "FakeJson.h"
#include "FakeOllamaWire.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

// The loaded models of FakeOllamaServer: GET /api/ps, keep_alive, loads and unloads.

using namespace Qt::StringLiterals;
using namespace FakeOllamaWire;
using FakeJson::Escaping;
using FakeJson::Node;

namespace {

constexpr qint64 KvBytesPerToken = 114688; // llama3.2 3B: 28 layers x 8 KV heads x 128 x 2 x f16

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
    return FakeJson::rfc3339Nano(seconds, nanos);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

QStringList FakeOllamaServer::runningModelNames() const
{
    purgeRunning();
    QStringList names;
    for (const Running &r : std::as_const(m_running))
        names.append(r.name);
    return names;
}

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
