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
        m_failure = Failure::Server;
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
        auto it = m_blobs.find(digest);
        if (it == m_blobs.end() && m_blobs.size() >= MaxLayers) {
            m_phase = Phase::Failed;
            m_failure = Failure::TooManyLayers;
            m_error = tr("The server sent progress for more than %1 different layers, and a "
                         "model has fewer than a hundred, so the download was stopped. Check "
                         "that the address points at Ollama itself and not at a proxy that "
                         "changes its answers, then try again.")
                          .arg(MaxLayers);
            return false;
        }
        // The previous blob is done even if its last tick was short.
        if (const auto previous = m_blobs.find(m_current);
            digest != m_current && previous != m_blobs.end())
            setBlob(*previous, previous->total, previous->completed, true);
        if (it == m_blobs.end()) {
            it = m_blobs.insert(digest, Blob{0, 0, completed, false});
            setBlob(*it, total, completed, false);
            m_order.append(digest);
            m_present = addSizes(m_present, completed); // resumed part, or a cached blob
            ++m_activity;
        } else {
            // Rollbacks are not shown.
            setBlob(*it, std::max(it->total, total), std::max(it->completed, completed),
                    it->finished);
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

qint64 PullProgress::Sum::value() const
{
    const qint64 high = this->high + (low >> 32);
    if (high > (std::numeric_limits<qint64>::max() >> 32))
        return std::numeric_limits<qint64>::max();
    return (high << 32) | (low & 0xffffffff);
}

void PullProgress::setBlob(Blob &blob, qint64 total, qint64 completed, bool finished)
{
    m_total.add(blob.total, -1);
    m_shown.add(blob.shown(), -1);
    blob.total = total;
    blob.completed = completed;
    blob.finished = finished;
    m_total.add(blob.total);
    m_shown.add(blob.shown());
}

void PullProgress::finishAll()
{
    for (Blob &b : m_blobs)
        setBlob(b, b.total, b.total, true);
}

qint64 PullProgress::completedBytes() const
{
    return m_shown.value();
}

qint64 PullProgress::totalBytes() const
{
    return m_total.value();
}

bool PullProgress::refetching() const
{
    const auto it = m_blobs.constFind(m_current);
    return m_waiting && it != m_blobs.cend() && it->lastSeen < it->completed;
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
    const double eta = double(std::max<qint64>(0, totalBytes() - completedBytes())) / *m_speed;
    return eta <= MaxEtaSeconds ? std::optional(eta) : std::nullopt;
}

void PullProgress::sampleSpeed(qint64 nowMs)
{
    const qint64 bytes = completedBytes() - m_present;
    if (!m_windowStartMs) {
        m_windowStartMs = nowMs;
        m_windowStartBytes = bytes;
        m_mostBytes = bytes;
        m_gainMs = nowMs;
        return;
    }
    if (bytes > m_mostBytes) {
        m_mostBytes = bytes;
        m_gainMs = nowMs;
    }
    // Lines that bring no byte (a wait, a lost part fetched again) would decay the speed toward
    // zero and the ETA toward years: past NoDataMs there is no speed, and the next one starts
    // fresh from the bytes that come after the wait.
    m_waiting = m_phase == Phase::Downloading && nowMs - m_gainMs >= NoDataMs;
    if (m_waiting) {
        m_speed.reset();
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
