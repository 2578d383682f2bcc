#include "BenchRun.h"

std::optional<double> BenchRun::evalDifferencePercent() const
{
    if (!serverEvalTokensPerSecond || !clientEvalTokensPerSecond || *serverEvalTokensPerSecond <= 0)
        return std::nullopt;
    return (*clientEvalTokensPerSecond - *serverEvalTokensPerSecond) / *serverEvalTokensPerSecond *
           100.0;
}
