#pragma once

#include "BenchPlan.h"
#include "BenchRun.h"
#include "net/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// The machine a benchmark ran on, so two machines' results can be told apart side by side.
struct BenchMachine
{
    QString name; // host name, or what the user calls it ("M3 Ultra")
    QString os;
    QString cpu;
    qint64 ramBytes = 0;
    QStringList gpus;

    static BenchMachine current(const QStringList &gpuNames = {});
    bool operator==(const BenchMachine &other) const = default;
};

// A benchmark as it ran (or stopped): its plan, the machine, and every run that finished.
// Saved and exported as JSON; another machine's JSON reads back into the same thing.
class BenchResult final
{
    Q_DECLARE_TR_FUNCTIONS(BenchResult)

public:
    static constexpr int FormatVersion = 1;

    QString id; // file name without .json, from the start time
    BenchPlan plan;
    BenchMachine machine;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool stopped = false; // the user stopped it: the runs that finished are kept
    QList<BenchRun> runs;

    QJsonObject toJson() const;
    // An Invalid error when `json` is not a LocalForge benchmark (or a damaged one).
    static Result<BenchResult> fromJson(const QJsonObject &json);
    static Result<BenchResult> fromJsonBytes(const QByteArray &bytes);
    QByteArray toJsonBytes() const;
    // A short title for lists: "2026-12-01 05:10 · llama3.2, phi3".
    QString title() const;
    bool operator==(const BenchResult &other) const = default;
};
