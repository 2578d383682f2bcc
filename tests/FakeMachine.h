#pragma once

// What the Monitor reads of a machine, made up for tests: a server process in a fake /proc
// tree, a GPU box's node and DCGM exporters. (An nvidia-smi is in TestData.h.)
#include "FakeHttpServer.h"
#include "TestData.h"
#include "metrics/RemoteExporters.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QUrl>

// A server process in a fake /proc tree (what ProcessSampler reads), holding `rssKb`, and
// `pssKb` in its smaps_rollup when given.
inline void writeProcess(const QDir &root, int pid, const QByteArray &comm,
                         const QByteArray &cmdline, qint64 rssKb, qint64 pssKb = -1)
{
    const QString dir = QString::number(pid);
    QVERIFY(root.mkpath(dir));
    auto write = [&](const char *name, const QByteArray &bytes) {
        QFile f(root.filePath(dir + u'/' + QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write("comm", comm + '\n');
    QByteArray nul = cmdline;
    nul.replace(' ', '\0');
    write("cmdline", nul + '\0');
    write("status", "Name:\t" + comm + "\nVmPeak:\t  999999 kB\nVmRSS:\t  " +
                        QByteArray::number(rssKb) + " kB\nThreads:\t12\n");
    if (pssKb >= 0) // as Linux writes it: the pages' range, then one line a figure
        write("smaps_rollup",
              "55d0c0a3e000-7ffd5b9e2000 ---p 00000000 00:00 0    [rollup]\nRss:    " +
                  QByteArray::number(rssKb) + " kB\nPss:    " + QByteArray::number(pssKb) +
                  " kB\nPss_Anon:    " + QByteArray::number(pssKb / 2) +
                  " kB\nShared_Clean:    1428 kB\n");
}

// A GPU box's node and DCGM exporters on one port.
inline void serveExporters(FakeHttpServer &exporter)
{
    exporter.setHandler([](const RecordedRequest &r, Responder &responder) {
        const QString file = r.path == "/node" ? QStringLiteral("captured/node-exporter.prom")
                                               : QStringLiteral("captured/dcgm-exporter.prom");
        responder.send(200, "text/plain; version=0.0.4; charset=utf-8", testData(file));
    });
}

inline ExporterHost exporterHost(const FakeHttpServer &exporter, const QString &name)
{
    QUrl node = exporter.baseUrl();
    node.setPath(QStringLiteral("/node"));
    QUrl dcgm = exporter.baseUrl();
    dcgm.setPath(QStringLiteral("/dcgm"));
    return {name, node, dcgm};
}
