#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The Prometheus text exposition format (node exporter, NVIDIA's DCGM exporter,
// llama-server's and vLLM's /metrics). Pure.
namespace Prometheus {

struct Sample
{
    QString name;
    QHash<QString, QString> labels;
    double value = 0.0;
};

// Every sample in `text`; or, given `names`, only the samples called one of them: the other
// lines are passed over before anything is made of them (a node exporter's page has hundreds
// of lines, of which the monitor reads two).
QList<Sample> parse(QByteArrayView text, const QList<QByteArrayView> &names = {});
// The sum of every sample called `name` whose labels include `match`.
std::optional<double> sum(const QList<Sample> &samples, const QString &name,
                          const QHash<QString, QString> &match = {});

} // namespace Prometheus
