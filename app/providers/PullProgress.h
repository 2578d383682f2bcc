#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Model-level progress of an Ollama pull, from its NDJSON lines. Pure: fed lines and the time
// they arrived. Holds through the documented quirks: totals and completed counts are per blob,
// `completed` is omitted while 0, a resumed pull starts with a large `completed`, cached blobs
// show completed == total at once, `completed` goes backwards after a failed part, the last
// line of a blob can stay below its total, safetensors models send one aggregate line, and
// errors arrive as {"error": ...} inside a 200 stream. The fraction never goes past 1 and never
// back for a rollback; it steps back only when a layer the server starts later adds to the total
// (Ollama names each layer as it starts it: a vision model's projector comes after its weights,
// and a bar held full through it would say "done" for minutes). The speed is never negative.
class PullProgress final
{
public:
    enum class Phase {
        Starting,
        Manifest,
        Downloading,
        Verifying,
        Writing,
        Cleaning,
        Done,
        Failed
    };

    // Returns false when the line reported an error (phase() is then Failed).
    bool apply(const QJsonObject &line, qint64 nowMs);

    Phase phase() const { return m_phase; }
    QString errorMessage() const { return m_error; }
    qint64 completedBytes() const;
    qint64 totalBytes() const;
    // Bytes that were already on the server when this pull began (resumed or cached).
    qint64 alreadyPresentBytes() const { return m_present; }
    double fraction() const; // 0..1, lower only when the total grew
    // Counts every sign of work: a byte count that moved either way (a rollback being fetched
    // again shows no gain for a long while), a new layer, a new phase. For stall checks.
    quint64 activity() const { return m_activity; }
    std::optional<double> bytesPerSecond() const { return m_speed; }
    std::optional<double> etaSeconds() const;
    int blobCount() const { return int(m_order.size()); }

private:
    struct Blob
    {
        qint64 total = 0;
        qint64 completed = 0; // the most seen, clamped to total
        qint64 lastSeen = 0;  // as the last line said
        bool finished = false;
    };
    void finishAll();
    void sampleSpeed(qint64 nowMs);

    QHash<QString, Blob> m_blobs;
    QStringList m_order;
    QString m_current;
    Phase m_phase = Phase::Starting;
    QString m_error;
    qint64 m_present = 0;
    quint64 m_activity = 0;
    // Speed: bytes gained over windows of at least WindowMs, smoothed.
    std::optional<qint64> m_windowStartMs;
    qint64 m_windowStartBytes = 0;
    std::optional<double> m_speed;
};
