// How long one discovery round takes, as `localforge --scan` runs it (a fresh network manager,
// the five default candidates), and how many connections it opens: with nothing running (every
// port refuses), with three servers up, and with a dead remote host among them. With the path
// of the localforge binary as argument it also times `localforge --scan` itself.
#include "FakeLlamaServer.h"
#include "FakeLmStudioServer.h"
#include "FakeOllamaServer.h"
#include "FakeRawTcpService.h"
#include "discovery/Discovery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {
quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    return s.serverPort(); // closed again when s goes
}

QUrl local(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

// One round, as --scan runs it; returns its wall time in ms.
double round(const QList<DiscoveryCandidate> &candidates)
{
    QNetworkAccessManager nam;
    DiscoveryConfig config;
    config.candidates = candidates;
    config.intervalMs = 0;
    Discovery discovery(&nam, config);
    QEventLoop loop;
    QObject::connect(&discovery, &Discovery::roundFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    discovery.start();
    loop.exec();
    return double(clock.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

void report(const char *what, const QList<DiscoveryCandidate> &candidates, int runs,
            const char *goal)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i)
        times.append(round(candidates));
    std::printf("scan round, %s: median %.0f ms, best %.0f ms over %d rounds (%s)\n", what,
                median(times), *std::min_element(times.cbegin(), times.cend()), runs, goal);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    QList<DiscoveryCandidate> refused;
    for (int i = 0; i < 5; ++i)
        refused.append({local(closedPort())});
    report("nothing running (5 ports refuse)", refused, 9, "goal < 300 ms");

    FakeOllamaServer ollama;
    FakeLmStudioServer lmstudio;
    FakeLlamaServer llama;
    ollama.listen();
    lmstudio.listen();
    llama.listen();
    QList<DiscoveryCandidate> three = {{ollama.baseUrl(), ServerKind::Ollama},
                                       {lmstudio.baseUrl(), ServerKind::LmStudio},
                                       {llama.baseUrl(), ServerKind::LlamaCpp},
                                       refused[0],
                                       refused[1]};
    report("three servers up, two ports refuse", three, 9, "goal < 300 ms");

    // A port that accepts and never answers: connections it gets in one round.
    FakeRawTcpService silent;
    silent.setBanner({});
    silent.listen();
    QList<DiscoveryCandidate> withSilent = refused;
    withSilent.append({silent.baseUrl()});
    report("one port accepts and never answers", withSilent, 1, "bounded by the 1.5 s probe");
    std::printf("connections opened to the silent port in that round: %d (goal 1)\n",
                silent.connectionCount());

    // A remote host that does not answer at all (a black-holed address).
    QList<DiscoveryCandidate> dead = refused;
    dead.append({QUrl(QStringLiteral("http://10.255.255.1:11434"))});
    report("dead remote host 10.255.255.1", dead, 1, "bounded by the 1.5 s probe");

    if (argc > 1) {
        QList<double> times;
        for (int i = 0; i < 5; ++i) {
            QProcess scan;
            QElapsedTimer clock;
            clock.start();
            scan.start(QString::fromLocal8Bit(argv[1]), {QStringLiteral("--scan")});
            scan.waitForFinished(30000);
            times.append(double(clock.nsecsElapsed()) / 1e6);
        }
        std::printf("`localforge --scan` (whatever runs on the default ports): median %.0f ms, "
                    "best %.0f ms over 5 runs\n",
                    median(times), *std::min_element(times.cbegin(), times.cend()));
    }
    return 0;
}
