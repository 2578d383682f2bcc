#include "AnswerClock.h"

void AnswerClock::requestSent(qint64 ns)
{
    *this = AnswerClock(m_windowNs);
    m_sent = ns;
}

void AnswerClock::chunk(qint64 ns)
{
    if (!m_first)
        m_first = ns;
    m_last = ns;
    ++m_chunks;
    const qint64 bucket = bucketOf(ns);
    advanceTo(bucket);
    if (bucket > m_newest - Buckets)
        ++m_counts[std::size_t(((bucket % Buckets) + Buckets) % Buckets)];
}

qint64 AnswerClock::bucketOf(qint64 ns) const
{
    // Rounded down for times before zero too.
    return ns >= 0 ? ns / m_bucketNs : -((-ns + m_bucketNs - 1) / m_bucketNs);
}

void AnswerClock::advanceTo(qint64 bucket) const
{
    if (bucket <= m_newest)
        return;
    // Slices that fall out of the window are emptied as time moves past them.
    for (qint64 b = std::max(m_newest + 1, bucket - Buckets + 1); b <= bucket; ++b)
        m_counts[std::size_t(((b % Buckets) + Buckets) % Buckets)] = 0;
    m_newest = bucket;
}

std::optional<double> AnswerClock::timeToFirstTokenSeconds() const
{
    if (!m_sent || !m_first)
        return std::nullopt;
    return double(*m_first - *m_sent) / 1e9;
}

std::optional<double> AnswerClock::tokensPerSecond() const
{
    if (!m_first || m_chunks < 2 || m_last - *m_first < LeastSpanNs)
        return std::nullopt;
    return double(m_chunks - 1) / (double(m_last - *m_first) / 1e9);
}

double AnswerClock::liveTokensPerSecond(qint64 nowNs) const
{
    if (!m_first)
        return 0.0;
    const qint64 now = bucketOf(nowNs);
    advanceTo(now);
    qint64 count = 0;
    for (const int n : m_counts)
        count += n;
    if (count == 0)
        return 0.0;
    // The slices cover from the start of the oldest to now.
    const qint64 covered = (Buckets - 1) * m_bucketNs + (nowNs - now * m_bucketNs);
    const qint64 sinceFirst = nowNs - *m_first;
    if (sinceFirst < covered) {
        // Early in the answer the window is not full yet: the first piece opens the time
        // counted, as in tokensPerSecond(). Counted too, it would read as a thousand a second
        // a millisecond after it, and that one point would set a chart's scale.
        if (sinceFirst <= 0 || count < 2)
            return 0.0;
        return double(count - 1) / (double(sinceFirst) / 1e9);
    }
    return double(count) / (double(covered) / 1e9);
}

std::optional<double> AnswerClock::elapsedSeconds(qint64 nowNs) const
{
    if (!m_sent)
        return std::nullopt;
    return double(nowNs - *m_sent) / 1e9;
}
