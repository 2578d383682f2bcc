#include "PullProgress.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace {
constexpr qint64 WindowMs = 500;
constexpr double Smoothing = 0.3; // weight of the newest window

// Sizes come from the server: sums stop at the largest value instead of overflowing.
qint64 addSizes(qint64 a, qint64 b)
{
    return b > std::numeric_limits<qint64>::max() - a ? std::numeric_limits<qint64>::max() : a + b;
}
} // namespace

bool PullProgress::apply(const QJsonObject &line, qint64 nowMs)
{
    if (m_phase == Phase::Done || m_phase == Phase::Failed)
        return m_phase != Phase::Failed;
    if (line.contains(u"error")) {
        m_phase = Phase::Failed;
        const QJsonValue e = line.value(u"error");
        m_error = e.isString() ? e.toString() : e.toObject().value(u"message").toString();
        return false;
    }
    const QString status = line.value(u"status").toString();
    const QString digest = line.value(u"digest").toString();
    const Phase before = m_phase;
    if (!digest.isEmpty() && line.contains(u"total")) {
        const qint64 total = std::max<qint64>(0, line.value(u"total").toInteger());
        const qint64 completed =
            std::clamp<qint64>(line.value(u"completed").toInteger(0), 0, total);
        if (digest != m_current && m_blobs.contains(m_current))
            m_blobs[m_current].finished =
                true; // the previous blob is done even if its last tick was short
        auto it = m_blobs.find(digest);
        if (it == m_blobs.end()) {
            it = m_blobs.insert(digest, Blob{total, completed, completed, false});
            m_order.append(digest);
            m_present = addSizes(m_present, completed); // resumed part, or a cached blob
            ++m_activity;
        } else {
            it->total = std::max(it->total, total);
            it->completed = std::max(it->completed, completed); // rollbacks are not shown
            if (std::exchange(it->lastSeen, completed) != completed)
                ++m_activity; // even below the most seen: the lost part is coming again
        }
        m_current = digest;
        m_phase = Phase::Downloading;
    } else if (status == u"pulling manifest") {
        m_phase = Phase::Manifest;
    } else if (status.startsWith(u"verifying")) {
        finishAll();
        m_phase = Phase::Verifying;
    } else if (status == u"writing manifest") {
        finishAll();
        m_phase = Phase::Writing;
    } else if (status.startsWith(u"removing")) {
        finishAll();
        m_phase = Phase::Cleaning;
    } else if (status == u"success") {
        finishAll();
        m_phase = Phase::Done;
    }
    if (m_phase != before)
        ++m_activity;
    sampleSpeed(nowMs);
    return true;
}

void PullProgress::finishAll()
{
    for (Blob &b : m_blobs) {
        b.finished = true;
        b.completed = b.total;
    }
}

qint64 PullProgress::completedBytes() const
{
    qint64 sum = 0;
    for (const Blob &b : m_blobs)
        sum = addSizes(sum, b.finished ? b.total : b.completed);
    return sum;
}

qint64 PullProgress::totalBytes() const
{
    qint64 sum = 0;
    for (const Blob &b : m_blobs)
        sum = addSizes(sum, b.total);
    return sum;
}

double PullProgress::fraction() const
{
    if (m_phase == Phase::Done)
        return 1.0;
    // Each blob's count only grows (its most seen, and its total once finished): the fraction
    // falls only when a new blob, or a larger total, joins.
    const qint64 total = totalBytes();
    return total > 0 ? std::clamp(double(completedBytes()) / double(total), 0.0, 1.0) : 0.0;
}

std::optional<double> PullProgress::etaSeconds() const
{
    if (m_phase == Phase::Done)
        return 0.0;
    if (!m_speed || *m_speed <= 0.0)
        return std::nullopt;
    return double(std::max<qint64>(0, totalBytes() - completedBytes())) / *m_speed;
}

void PullProgress::sampleSpeed(qint64 nowMs)
{
    const qint64 bytes = completedBytes() - m_present;
    if (!m_windowStartMs) {
        m_windowStartMs = nowMs;
        m_windowStartBytes = bytes;
        return;
    }
    const qint64 elapsed = nowMs - *m_windowStartMs;
    if (elapsed < WindowMs)
        return;
    const double rate =
        double(std::max<qint64>(0, bytes - m_windowStartBytes)) * 1000.0 / double(elapsed);
    m_speed = m_speed ? Smoothing * rate + (1.0 - Smoothing) * *m_speed : rate;
    m_windowStartMs = nowMs;
    m_windowStartBytes = bytes;
}
