#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// Prometheus exporters of a remote host (a GPU box): node exporter for RAM, NVIDIA's DCGM
// exporter for GPU memory and load. LocalForge only reads them; it installs no agent.
struct ExporterHost
{
    QString name; // shown in the legend
    QUrl nodeUrl; // e.g. http://gpu-box:9100/metrics
    QUrl dcgmUrl; // e.g. http://gpu-box:9400/metrics

    // One settings entry. Never with a user name or password: settings are stored in clear.
    QString toText() const;
    // An address as it may be shown, logged or stored: without user name and password.
    static QString shownUrl(const QUrl &url);
    static ExporterHost fromText(const QString &text);
    bool isValid() const { return !name.isEmpty() && (nodeUrl.isValid() || dcgmUrl.isValid()); }
};

// Reads every configured exporter (asynchronously) and hands over figures in bytes and percent.
class RemoteExporters final : public QObject
{
    Q_OBJECT

public:
    struct Figures
    {
        QString host;
        std::optional<double> ramUsed, ramTotal, gpuUsed, gpuTotal, gpuLoad;
    };

    RemoteExporters(QNetworkAccessManager *nam, QObject *parent = nullptr);
    void setHosts(const QList<ExporterHost> &hosts) { m_hosts = hosts; }
    QList<ExporterHost> hosts() const { return m_hosts; }
    // One round of requests; figures() is emitted per host and exporter as answers come.
    void poll();

    // Pure conversions of exporter text.
    static Figures fromNodeExporter(const QByteArray &text);
    static Figures fromDcgm(const QByteArray &text);

Q_SIGNALS:
    void figures(const RemoteExporters::Figures &figures);
    void failed(const QString &host, const QString &message);

private:
    QNetworkAccessManager *m_nam;
    QList<ExporterHost> m_hosts;
    int m_inFlight = 0;
};
