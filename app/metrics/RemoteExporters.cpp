#include "RemoteExporters.h"

#include "net/Http.h"
#include "net/Prometheus.h"
#include "net/UrlCredentials.h"

#include <QNetworkReply>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
constexpr int TimeoutMs = 2000;
constexpr double MiB = 1024.0 * 1024.0;

// An exporter's requests and problems are kept by host name and address.
QString keyOf(const QString &host, const QUrl &url)
{
    return host + u'\n' + url.toString();
}
} // namespace

QString ExporterHost::shownUrl(const QUrl &url)
{
    return UrlCredentials::stripped(url).toString();
}

QString ExporterHost::toText() const
{
    return QStringList{name, shownUrl(nodeUrl), shownUrl(dcgmUrl)}.join(u'\t');
}

bool ExporterHost::isExporterUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") &&
           !url.host().isEmpty();
}

ExporterHost ExporterHost::fromText(const QString &text)
{
    const QStringList parts = text.split(u'\t');
    ExporterHost h;
    QString name;
    for (const QChar c : parts.value(0)) {
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            name += c;
    }
    h.name = name.simplified().left(MaxNameLength);
    const auto address = [](const QString &part) {
        const QUrl url = UrlCredentials::stripped(QUrl(part.trimmed(), QUrl::StrictMode));
        return isExporterUrl(url) ? url : QUrl();
    };
    h.nodeUrl = address(parts.value(1));
    h.dcgmUrl = address(parts.value(2));
    return h;
}

RemoteExporters::RemoteExporters(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

RemoteExporters::Figures RemoteExporters::fromNodeExporter(const QByteArray &text)
{
    const QList<Prometheus::Sample> s =
        Prometheus::parse(text, {"node_memory_MemTotal_bytes", "node_memory_MemAvailable_bytes"});
    Figures f;
    f.ramTotal = Prometheus::sum(s, QStringLiteral("node_memory_MemTotal_bytes"));
    const auto available = Prometheus::sum(s, QStringLiteral("node_memory_MemAvailable_bytes"));
    if (f.ramTotal && available)
        f.ramUsed = *f.ramTotal - *available;
    return f;
}

RemoteExporters::Figures RemoteExporters::fromDcgm(const QByteArray &text)
{
    const QList<Prometheus::Sample> s = Prometheus::parse(
        text, {"DCGM_FI_DEV_FB_USED", "DCGM_FI_DEV_FB_FREE", "DCGM_FI_DEV_GPU_UTIL"});
    Figures f;
    const auto used = Prometheus::sum(s, QStringLiteral("DCGM_FI_DEV_FB_USED")); // MiB
    const auto free = Prometheus::sum(s, QStringLiteral("DCGM_FI_DEV_FB_FREE"));
    if (used)
        f.gpuUsed = *used * MiB;
    if (used && free)
        f.gpuTotal = (*used + *free) * MiB;
    int gpus = 0;
    double load = 0;
    for (const Prometheus::Sample &x : s) {
        if (x.name == u"DCGM_FI_DEV_GPU_UTIL") {
            load += x.value;
            ++gpus;
        }
    }
    if (gpus > 0)
        f.gpuLoad = load / gpus;
    return f;
}

void RemoteExporters::setHosts(const QList<ExporterHost> &hosts)
{
    m_hosts = hosts;
    ++m_generation;
    const QList<QPointer<QNetworkReply>> out = m_inFlight.values();
    m_inFlight.clear();
    for (const QPointer<QNetworkReply> &reply : out) {
        if (reply)
            reply->abort(); // its answer is for the old generation: dropped
    }
    // Problems start afresh: a host that is kept is reported again if it still fails.
    QStringList had;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        had.append(it.key().section(u'\n', 0, 0));
    m_problems.clear();
    had.removeDuplicates();
    for (const QString &host : std::as_const(had))
        Q_EMIT recovered(host);
}

QStringList RemoteExporters::problems() const
{
    QStringList out;
    for (const ExporterHost &h : m_hosts) {
        for (const QUrl &url : {h.nodeUrl, h.dcgmUrl}) {
            const QString message = m_problems.value(keyOf(h.name, url));
            if (!message.isEmpty())
                out.append(tr("“%1”: %2").arg(h.name, message));
        }
    }
    out.removeDuplicates();
    return out;
}

void RemoteExporters::poll()
{
    for (const ExporterHost &h : std::as_const(m_hosts)) {
        fetch(h.name, h.nodeUrl, Kind::Node);
        fetch(h.name, h.dcgmUrl, Kind::Dcgm);
    }
}

void RemoteExporters::fetch(const QString &host, const QUrl &url, Kind kind)
{
    if (!ExporterHost::isExporterUrl(url))
        return;
    const QString key = keyOf(host, url);
    if (m_inFlight.value(key))
        return; // its last answer is still coming
    QNetworkRequest req(url);
    req.setTransferTimeout(TimeoutMs);
    Http::limit(req, MaxBodyBytes, TotalTimeMs);
    const quint64 generation = m_generation;
    QNetworkReply *reply = Http::get(m_nam, req, this, [=, this](const Http::Response &response) {
        if (generation != m_generation)
            return; // for hosts that were replaced since
        m_inFlight.remove(key);
        onAnswer(host, url, kind, response);
    });
    m_inFlight.insert(key, reply);
}

void RemoteExporters::onAnswer(const QString &host, const QUrl &url, Kind kind,
                               const Http::Response &r)
{
    Figures f;
    if (r.ok())
        f = kind == Kind::Node ? fromNodeExporter(r.body) : fromDcgm(r.body);
    f.host = host;
    const QString key = keyOf(host, url);
    const QString message = problem(url, kind, r, f);
    if (!message.isEmpty()) {
        if (m_problems.value(key) != message) { // said once, until it changes or recovers
            m_problems.insert(key, message);
            Q_EMIT failed(host, message);
        }
        return;
    }
    Q_EMIT figures(f);
    if (m_problems.remove(key) > 0)
        Q_EMIT recovered(host);
}

QString RemoteExporters::problem(const QUrl &url, Kind kind, const Http::Response &r,
                                 const Figures &f)
{
    const QUrl shown = UrlCredentials::stripped(url);
    const QString address = shown.toString();
    const QString example =
        kind == Kind::Node ? u"http://gpu-box:9100/metrics"_s : u"http://gpu-box:9400/metrics"_s;
    const QString exporter = kind == Kind::Node ? tr("node exporter") : tr("DCGM exporter");
    if (r.ok()) {
        if (f.ramTotal || f.ramUsed || f.gpuUsed || f.gpuTotal || f.gpuLoad)
            return {};
        return tr("%1 answered, but not with %2 metrics. Use the exporter's /metrics address, "
                  "for example %3.")
            .arg(address, exporter, example);
    }
    if (r.answered() && r.overrun == Http::Response::Overrun::None) {
        if (r.status == 401 || r.status == 403)
            return tr("%1 asks for a password (HTTP %2). LocalForge does not store exporter "
                      "passwords: let the %3 answer without one on your local network, or put it "
                      "behind a reverse proxy that lets in only this computer.")
                .arg(address, QString::number(r.status), exporter);
        if (r.status == 404)
            return tr("%1 has no such page (HTTP 404). Use the %2's /metrics address, for "
                      "example %3.")
                .arg(address, exporter, example);
        return tr("%1 answered with HTTP %2. Check that the %3 is running there, and its log.")
            .arg(address, QString::number(r.status), exporter);
    }
    if (r.networkError == QNetworkReply::ConnectionRefusedError)
        return tr("Nothing answers on %1. Check that the %2 is running on that host and that "
                  "its port is open to this computer.")
            .arg(address, exporter);
    if (r.overrun == Http::Response::Overrun::TooLarge)
        return tr("%1 sent more than %2 MB, so LocalForge stopped reading. Check that this is "
                  "the %3's /metrics address, for example %4.")
            .arg(address, QString::number(MaxBodyBytes / (1024 * 1024)), exporter, example);
    if (r.overrun == Http::Response::Overrun::TooSlow)
        return tr("%1 kept sending for more than %2 s, so LocalForge stopped reading. Check that "
                  "the %3 and the network to it are not overloaded.")
            .arg(address, QString::number(TotalTimeMs / 1000), exporter);
    if (r.networkError == QNetworkReply::TimeoutError ||
        r.networkError == QNetworkReply::OperationCanceledError)
        return tr("%1 did not answer in time. Check that the %2 is running and reachable from "
                  "this computer.")
            .arg(address, exporter);
    // A name not found, a connection cut...: ApiError says which. Qt's words may quote the
    // address, user info included.
    return UrlCredentials::strippedText(r.error(shown).message);
}
