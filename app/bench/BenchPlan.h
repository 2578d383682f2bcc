#pragma once

#include "providers/ServerKind.h"

#include <QList>
#include <QString>

// One model on one server, as a benchmark names it.
struct BenchTarget
{
    QString serverId; // the server's base URL, e.g. "http://127.0.0.1:11434"
    ServerKind kind = ServerKind::Unknown;
    QString model;

    bool operator==(const BenchTarget &other) const = default;
};

// A prompt every model answers. The text is never translated: the same words on every machine
// keep the runs comparable.
struct BenchPrompt
{
    QString id; // "short", "code", "summary-fr" for the built-in ones; "user-N" otherwise
    QString name;
    QString text;

    bool operator==(const BenchPrompt &other) const = default;
};

// What a benchmark runs: every target answers every prompt `runs` times, at temperature 0 with
// a fixed seed, in warm runs, cold runs (the model unloaded first) or both.
struct BenchPlan
{
    enum class Mode { Warm, Cold, WarmAndCold };

    QList<BenchTarget> targets;
    QList<BenchPrompt> prompts;
    int runs = 3;
    int maxTokens = 256;
    Mode mode = Mode::Warm;
    double temperature = 0.0;
    int seed = 42;
    int timeoutSeconds = 300;

    static QString modeId(Mode mode); // "warm", "cold", "warm-and-cold"
    static Mode modeFromId(const QString &id);
};
