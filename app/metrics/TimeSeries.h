#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <vector>

// A bounded series of timestamped values: a ring that keeps the newest `capacity` samples (an
// hour at 2 Hz by default). Its memory grows with the samples up to that, never beyond, so a
// series that gets few samples costs little. Timestamps are milliseconds on one
// clock shared by every series, so they draw on one time axis.
class TimeSeries final
{
public:
    struct Sample
    {
        qint64 timeMs = 0;
        double value = 0.0;
    };

    explicit TimeSeries(qsizetype capacity = 7200);

    void append(qint64 timeMs, double value);
    qsizetype size() const { return m_count; }
    qsizetype capacity() const { return m_capacity; }
    bool isEmpty() const { return m_count == 0; }
    Sample at(qsizetype i) const; // 0 = oldest
    Sample last() const { return at(m_count - 1); }
    // Samples with timeMs >= fromMs, reduced to about maxPoints points at most: each bucket (a
    // stretch of the clock) keeps its minimum and maximum, so peaks survive the downsampling
    // of long windows, and a new sample leaves the buckets before its own as they were.
    QList<QPointF> window(qint64 fromMs, int maxPoints) const;
    std::size_t memoryBytes() const { return m_ring.capacity() * sizeof(Sample) + sizeof(*this); }
    // Keeps the newest min(size, capacity) samples.
    void setCapacity(qsizetype capacity);
    void clear()
    {
        m_ring.clear();
        m_count = 0;
        m_head = 0;
    }

private:
    std::vector<Sample> m_ring; // grows to m_capacity, then wraps
    qsizetype m_capacity;
    qsizetype m_head = 0; // next write
    qsizetype m_count = 0;
};
