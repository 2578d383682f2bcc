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
    const qsizetype buckets = std::max<qsizetype>(1, maxPoints / 2);
    out.reserve(buckets * 2);
    for (qsizetype b = 0; b < buckets; ++b) {
        const qsizetype begin = lo + n * b / buckets;
        const qsizetype end = lo + n * (b + 1) / buckets;
        if (begin >= end)
            continue;
        Sample mn = at(begin), mx = at(begin);
        for (qsizetype i = begin; i < end; ++i) {
            const Sample s = at(i);
            if (s.value < mn.value)
                mn = s;
            if (s.value > mx.value)
                mx = s;
        }
        const Sample &first = mn.timeMs <= mx.timeMs ? mn : mx;
        const Sample &second = mn.timeMs <= mx.timeMs ? mx : mn;
        out.append(QPointF(double(first.timeMs), first.value));
        if (second.timeMs != first.timeMs)
            out.append(QPointF(double(second.timeMs), second.value));
    }
    return out;
}
