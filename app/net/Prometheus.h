#pragma once

#include <QByteArray>
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

QList<Sample> parse(const QByteArray &text);
// The sum of every sample called `name` whose labels include `match`.
std::optional<double> sum(const QList<Sample> &samples, const QString &name,
                          const QHash<QString, QString> &match = {});

} // namespace Prometheus
