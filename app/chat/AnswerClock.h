#pragma once

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <limits>
#include <optional>

// Client-side timing of one streamed answer, from timestamps in nanoseconds (any monotonic
// clock). Pure, so it is tested with made-up times.
class AnswerClock final
{
public:
    explicit AnswerClock(qint64 windowNs = 2'000'000'000)
        : m_windowNs(windowNs)
        , m_bucketNs(std::max<qint64>(1, windowNs / Buckets))
    {}

    void requestSent(qint64 ns);
    // A streamed piece of output (≈ one token for most servers).
    void chunk(qint64 ns);

    int chunks() const { return m_chunks; }
    // Request sent → first piece of output (prompt processing and model load included).
    std::optional<double> timeToFirstTokenSeconds() const;
    // Pieces after the first, over the time from the first to the last; none when they all
    // came within LeastSpanNs (an answer held by a proxy and given at once, read in one go,
    // would read as hundreds of thousands a second).
    std::optional<double> tokensPerSecond() const;
    static constexpr qint64 LeastSpanNs = 50'000'000;
    // Pieces per second over the last window, for a live chart.
    double liveTokensPerSecond(qint64 nowNs) const;
    std::optional<double> elapsedSeconds(qint64 nowNs) const;

private:
    // The last window is counted in slices of 1/100 of it: the same memory and work per piece
    // at 5 or at 5,000 pieces a second.
    static constexpr int Buckets = 100;
    qint64 bucketOf(qint64 ns) const;
    void advanceTo(qint64 bucket) const;

    qint64 m_windowNs;
    qint64 m_bucketNs;
    std::optional<qint64> m_sent;
    std::optional<qint64> m_first;
    qint64 m_last = 0;
    int m_chunks = 0;
    mutable std::array<int, Buckets> m_counts{};
    // The slice of the latest time seen (none yet: far enough back that every slice is empty).
    mutable qint64 m_newest = std::numeric_limits<qint64>::min() / 2;
};
