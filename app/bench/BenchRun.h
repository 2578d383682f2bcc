#pragma once

#include <QString>

#include <optional>

// One measured answer of a benchmark: what the server reported and what LocalForge measured,
// both kept. Unset figures were not reported (or could not be measured).
struct BenchRun
{
    int target = 0; // index into the plan's targets
    QString promptId;
    int repetition = 0; // 0-based
    bool cold = false;  // the model was unloaded before this run
    // Set when a cold run was asked for but the server cannot unload: the run is warm.
    QString warmOnlyReason;

    std::optional<double> loadSeconds;
    std::optional<double> timeToFirstTokenSeconds; // LocalForge: request sent -> first token
    std::optional<double> promptTokensPerSecond;   // as the server reports it
    std::optional<double> serverEvalTokensPerSecond;
    std::optional<double> clientEvalTokensPerSecond; // measured by LocalForge
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    std::optional<double> totalSeconds;
    std::optional<qint64> peakServerRssBytes; // the server's processes, from the metrics hub
    std::optional<qint64> peakSystemRamBytes;
    std::optional<qint64> gpuMemoryBytes;

    QString error; // empty when the run succeeded

    // The prompt id of the answer that loads the model before warm runs: recorded only when it
    // failed (the model's measured runs then never came).
    static inline const QString WarmUp = QStringLiteral("warm-up");

    bool ok() const { return error.isEmpty(); }
    bool isWarmUp() const { return promptId == WarmUp; }
    // How far LocalForge's eval rate is from the server's, in percent of the server's.
    std::optional<double> evalDifferencePercent() const;
    bool operator==(const BenchRun &other) const = default;
};
