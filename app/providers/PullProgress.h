#pragma once

#include <QCoreApplication>
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
// Each line costs the same however many layers came before; a stream that names more layers
// than any model has fails (MaxLayers), instead of growing without end.
class PullProgress final
{
    Q_DECLARE_TR_FUNCTIONS(PullProgress)

public:
    // A real manifest has well under a hundred layers, a tensor model one.
    static constexpr int MaxLayers = 4096;
    // With no new byte for this long the speed is unknown, not a figure decaying to zero.
    static constexpr qint64 NoDataMs = 5000;
    // An ETA past this says nothing a user can act on: none is given.
    static constexpr double MaxEtaSeconds = 99.0 * 3600.0;

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
    enum class Failure {
        None,
        Server,       // the server's {"error": ...} line; errorMessage() holds its words
        TooManyLayers // more than MaxLayers layers; errorMessage() says what to do
    };

    // Returns false when the line reported an error (phase() is then Failed).
    bool apply(const QJsonObject &line, qint64 nowMs);

    Phase phase() const { return m_phase; }
    Failure failure() const { return m_failure; }
    QString errorMessage() const { return m_error; }
    qint64 completedBytes() const;
    qint64 totalBytes() const;
    // Bytes that were already on the server when this pull began (resumed or cached).
    qint64 alreadyPresentBytes() const { return m_present; }
    double fraction() const; // 0..1, lower only when the total grew
    // Counts every sign of work: a byte count that moved either way (a rollback being fetched
    // again shows no gain for a long while), a new layer, a new phase. For stall checks.
    quint64 activity() const { return m_activity; }
    // None until measured, and none while waitingForData().
    std::optional<double> bytesPerSecond() const { return m_speed; }
    // None without a speed, or when it would pass MaxEtaSeconds.
    std::optional<double> etaSeconds() const;
    // Downloading, but no new byte for NoDataMs (as of the last line): the server waits, or
    // fetches a lost part again (refetching(): its count went back and has not caught up).
    bool waitingForData() const { return m_waiting; }
    bool refetching() const;
    int blobCount() const { return int(m_order.size()); }

private:
    struct Blob
    {
        qint64 total = 0;
        qint64 completed = 0; // the most seen, clamped to total
        qint64 lastSeen = 0;  // as the last line said
        bool finished = false;
        qint64 shown() const { return finished ? total : completed; }
    };
    // An exact sum of sizes (each up to the qint64 limit) that can take one back; read as one
    // figure that stops at the largest value instead of overflowing.
    struct Sum
    {
        qint64 high = 0; // of the upper 31 bits of each size
        qint64 low = 0;  // of the lower 32 bits
        void add(qint64 size, int sign = 1)
        {
            high += sign * (size >> 32);
            low += sign * (size & 0xffffffff);
        }
        qint64 value() const;
    };
    void setBlob(Blob &blob, qint64 total, qint64 completed, bool finished);
    void finishAll();
    void sampleSpeed(qint64 nowMs);

    QHash<QString, Blob> m_blobs;
    QStringList m_order;
    QString m_current;
    Phase m_phase = Phase::Starting;
    Failure m_failure = Failure::None;
    QString m_error;
    Sum m_total;
    Sum m_shown;
    qint64 m_present = 0;
    quint64 m_activity = 0;
    // Speed: bytes gained over windows of at least WindowMs, smoothed.
    std::optional<qint64> m_windowStartMs;
    qint64 m_windowStartBytes = 0;
    std::optional<double> m_speed;
    qint64 m_mostBytes = 0; // the most downloaded so far, and when it last grew
    qint64 m_gainMs = 0;
    bool m_waiting = false;
};
