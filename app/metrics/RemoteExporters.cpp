#include "RemoteExporters.h"

#include "net/Http.h"
#include "net/Prometheus.h"
#include "net/UrlCredentials.h"

#include <QNetworkReply>
#include <QStringList>

namespace {
constexpr int TimeoutMs = 2000;
constexpr double MiB = 1024.0 * 1024.0;
} // namespace

QString ExporterHost::shownUrl(const QUrl &url)
{
    return UrlCredentials::stripped(url).toString();
}

QString ExporterHost::toText() const
{
    return QStringList{name, shownUrl(nodeUrl), shownUrl(dcgmUrl)}.join(u'\t');
}

ExporterHost ExporterHost::fromText(const QString &text)
{
    const QStringList parts = text.split(u'\t');
    ExporterHost h;
    h.name = parts.value(0);
    if (!parts.value(1).isEmpty())
        h.nodeUrl = QUrl(parts.value(1));
    if (!parts.value(2).isEmpty())
        h.dcgmUrl = QUrl(parts.value(2));
    return h;
}

RemoteExporters::RemoteExporters(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

RemoteExporters::Figures RemoteExporters::fromNodeExporter(const QByteArray &text)
{
    const QList<Prometheus::Sample> s = Prometheus::parse(text);
    Figures f;
    f.ramTotal = Prometheus::sum(s, QStringLiteral("node_memory_MemTotal_bytes"));
    const auto available = Prometheus::sum(s, QStringLiteral("node_memory_MemAvailable_bytes"));
    if (f.ramTotal && available)
        f.ramUsed = *f.ramTotal - *available;
    return f;
}

RemoteExporters::Figures RemoteExporters::fromDcgm(const QByteArray &text)
{
    const QList<Prometheus::Sample> s = Prometheus::parse(text);
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
}

void RemoteExporters::poll()
{
    for (const ExporterHost &h : std::as_const(m_hosts)) {
        fetch(h.name, h.nodeUrl, &RemoteExporters::fromNodeExporter);
        fetch(h.name, h.dcgmUrl, &RemoteExporters::fromDcgm);
    }
}

void RemoteExporters::fetch(const QString &host, const QUrl &url, Converter convert)
{
    if (!url.isValid() || url.isEmpty())
        return;
    const QString key = host + u'\n' + url.toString();
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
        onAnswer(host, url, convert, response);
    });
    m_inFlight.insert(key, reply);
}

void RemoteExporters::onAnswer(const QString &host, const QUrl &url, Converter convert,
                               const Http::Response &r)
{
    if (!r.ok()) {
        // Qt's error text may quote the address, user info included.
        const QString why = r.answered() ? QString::number(r.status)
                                         : UrlCredentials::strippedText(r.networkErrorString);
        Q_EMIT failed(
            host,
            tr("The exporter at %1 did not answer (%2).").arg(ExporterHost::shownUrl(url), why));
        return;
    }
    Figures f = convert(r.body);
    f.host = host;
    Q_EMIT figures(f);
}
