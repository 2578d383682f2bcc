#pragma once

#include <QtGlobal>

#include <deque>
#include <optional>

// Client-side timing of one streamed answer, from timestamps in nanoseconds (any monotonic
// clock). Pure, so it is tested with made-up times.
class AnswerClock final
{
public:
    explicit AnswerClock(qint64 windowNs = 2'000'000'000)
        : m_windowNs(windowNs)
    {}

    void requestSent(qint64 ns);
    // A streamed piece of output (≈ one token for most servers).
    void chunk(qint64 ns);

    int chunks() const { return m_chunks; }
    // Request sent → first piece of output (prompt processing and model load included).
    std::optional<double> timeToFirstTokenSeconds() const;
    // Pieces after the first, over the time from the first to the last.
    std::optional<double> tokensPerSecond() const;
    // Pieces per second over the last window, for a live chart.
    double liveTokensPerSecond(qint64 nowNs) const;
    std::optional<double> elapsedSeconds(qint64 nowNs) const;

private:
    qint64 m_windowNs;
    std::optional<qint64> m_sent;
    std::optional<qint64> m_first;
    qint64 m_last = 0;
    int m_chunks = 0;
    mutable std::deque<qint64> m_recent;
};
