#pragma once

#include "net/Http.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
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
    // Read back from the settings, which may come from another machine's export: the name
    // without control characters and at most MaxNameLength long, each address kept only if it
    // is an exporter's (isExporterUrl()), without user name and password.
    static ExporterHost fromText(const QString &text);
    static constexpr int MaxNameLength = 64;
    // http or https with a host: never a local file or another scheme the network reads.
    static bool isExporterUrl(const QUrl &url);
    bool isValid() const
    {
        return !name.isEmpty() && (isExporterUrl(nodeUrl) || isExporterUrl(dcgmUrl));
    }
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

    // An exporter's answer is at most this large and takes at most this long in all, however
    // steadily it trickles in (node exporter sends some 100 KB at once).
    static constexpr qint64 MaxBodyBytes = 4 * 1024 * 1024;
    static constexpr int TotalTimeMs = 5000;

    RemoteExporters(QNetworkAccessManager *nam, QObject *parent = nullptr);
    // Replaces the hosts; the requests still out for the old ones are dropped, unreported.
    void setHosts(const QList<ExporterHost> &hosts);
    QList<ExporterHost> hosts() const { return m_hosts; }
    // One round of requests; figures() is emitted per host and exporter as answers come. An
    // exporter whose last answer is still coming is left out of the round: a slow one neither
    // piles up requests nor holds back the others.
    void poll();
    // What is wrong now, one line per failing exporter in the hosts' order ("“gpu-box”: ..."):
    // for the user, with what to do. Empty when every exporter answers.
    QStringList problems() const;

    // Pure conversions of exporter text.
    static Figures fromNodeExporter(const QByteArray &text);
    static Figures fromDcgm(const QByteArray &text);

Q_SIGNALS:
    void figures(const RemoteExporters::Figures &figures);
    // An exporter of `host` started failing, or fails in another way: once, not at every poll.
    // The message names the address (never with a password) and says what to do.
    void failed(const QString &host, const QString &message);
    // An exporter of `host` that was failing answers again, or was removed.
    void recovered(const QString &host);

private:
    enum class Kind { Node, Dcgm };
    void fetch(const QString &host, const QUrl &url, Kind kind);
    void onAnswer(const QString &host, const QUrl &url, Kind kind, const Http::Response &response);
    // What went wrong, for the user; empty when the answer gave figures.
    static QString problem(const QUrl &url, Kind kind, const Http::Response &response,
                           const Figures &figures);

    QNetworkAccessManager *m_nam;
    QList<ExporterHost> m_hosts;
    // The requests out, by host name and address.
    QHash<QString, QPointer<QNetworkReply>> m_inFlight;
    quint64 m_generation = 0;           // setHosts() counts; an answer for older hosts is dropped
    QHash<QString, QString> m_problems; // by host name and address: the message last sent
};
