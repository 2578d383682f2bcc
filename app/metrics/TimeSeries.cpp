#include "TimeSeries.h"

#include <algorithm>

TimeSeries::TimeSeries(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{}

void TimeSeries::append(qint64 timeMs, double value)
{
    if (qsizetype(m_ring.size()) < m_capacity) {
        // Still filling: grows in steps, never past the capacity.
        if (m_ring.size() == m_ring.capacity())
            m_ring.reserve(std::size_t(
                std::min<qsizetype>(m_capacity, std::max<qsizetype>(16, 2 * m_ring.size()))));
        m_ring.push_back({timeMs, value});
    } else {
        m_ring[std::size_t(m_head)] = {timeMs, value};
    }
    m_head = (m_head + 1) % m_capacity;
    m_count = std::min(m_count + 1, m_capacity);
}

void TimeSeries::setCapacity(qsizetype capacity)
{
    capacity = std::max<qsizetype>(1, capacity);
    if (capacity == this->capacity())
        return;
    const qsizetype keep = std::min(m_count, capacity);
    std::vector<Sample> ring;
    ring.reserve(std::size_t(keep));
    for (qsizetype i = 0; i < keep; ++i)
        ring.push_back(at(m_count - keep + i));
    m_ring = std::move(ring);
    m_capacity = capacity;
    m_count = keep;
    m_head = keep % capacity;
}

TimeSeries::Sample TimeSeries::at(qsizetype i) const
{
    const qsizetype start = (m_head - m_count + capacity()) % capacity();
    return m_ring[std::size_t((start + i) % capacity())];
}

QList<QPointF> TimeSeries::window(qint64 fromMs, int maxPoints) const
{
    // First sample inside the window (times only grow).
    qsizetype lo = 0, hi = m_count;
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (at(mid).timeMs < fromMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    const qsizetype n = m_count - lo;
    QList<QPointF> out;
    if (n <= 0)
        return out;
    if (maxPoints <= 1 || n <= maxPoints) {
        out.reserve(n);
        for (qsizetype i = lo; i < m_count; ++i)
            out.append(QPointF(double(at(i).timeMs), at(i).value));
        return out;
    }
    // Buckets on the clock, not counted from the window's first sample: a new sample then
    // changes only the last bucket, and the line drawn before it stays as it was. Their length
    // is a round figure (1, 2 or 5 times a power of ten), the same from one call to the next.
    // One bucket less than fits: the window's edges cut into a bucket at each end.
    const qsizetype buckets = std::max<qsizetype>(1, maxPoints / 2 - 1);
    const qint64 span =
        std::max<qint64>(1, at(m_count - 1).timeMs - std::max(fromMs, at(lo).timeMs));
    const qint64 least = (span + buckets - 1) / buckets;
    qint64 bucketMs = 1;
    for (qint64 decade = 1; bucketMs < least; decade *= 10) {
        for (const qint64 step : {1, 2, 5}) {
            bucketMs = step * decade;
            if (bucketMs >= least)
                break;
        }
    }
    // Times are on a clock that starts at 0 (they never go below). Room for fewer than two
    // buckets: the window is one.
    auto bucketOf = [bucketMs, whole = maxPoints < 4](qint64 t) {
        return whole ? 0 : std::max<qint64>(0, t) / bucketMs;
    };
    out.reserve(buckets * 2 + 4);
    for (qsizetype begin = lo; begin < m_count;) {
        const qint64 bucket = bucketOf(at(begin).timeMs);
        qsizetype low = begin, high = begin; // indices: two samples may share a millisecond
        qsizetype i = begin + 1;
        for (; i < m_count; ++i) {
            const Sample s = at(i);
            if (bucketOf(s.timeMs) != bucket)
                break;
            if (s.value < at(low).value)
                low = i;
            if (s.value > at(high).value)
                high = i;
        }
        begin = i;
        const Sample first = at(std::min(low, high));
        out.append(QPointF(double(first.timeMs), first.value));
        if (low != high) {
            const Sample second = at(std::max(low, high));
            out.append(QPointF(double(second.timeMs), second.value));
        }
    }
    return out;
}
