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
    m_recent.push_back(ns);
    while (!m_recent.empty() && m_recent.front() < ns - m_windowNs)
        m_recent.pop_front();
}

std::optional<double> AnswerClock::timeToFirstTokenSeconds() const
{
    if (!m_sent || !m_first)
        return std::nullopt;
    return double(*m_first - *m_sent) / 1e9;
}

std::optional<double> AnswerClock::tokensPerSecond() const
{
    if (!m_first || m_chunks < 2 || m_last <= *m_first)
        return std::nullopt;
    return double(m_chunks - 1) / (double(m_last - *m_first) / 1e9);
}

double AnswerClock::liveTokensPerSecond(qint64 nowNs) const
{
    while (!m_recent.empty() && m_recent.front() < nowNs - m_windowNs)
        m_recent.pop_front();
    if (m_recent.empty() || !m_first)
        return 0.0;
    // Early in the answer the window is not full yet: divide by the time actually covered.
    const qint64 span = std::min(m_windowNs, nowNs - *m_first);
    if (span <= 0)
        return 0.0;
    return double(m_recent.size()) / (double(span) / 1e9);
}

std::optional<double> AnswerClock::elapsedSeconds(qint64 nowNs) const
{
    if (!m_sent)
        return std::nullopt;
    return double(nowNs - *m_sent) / 1e9;
}
