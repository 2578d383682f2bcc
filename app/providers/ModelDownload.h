#pragma once

#include "PullProgress.h"
#include "net/ApiError.h"

#include <QObject>

#include <optional>

// One download of a model by a server (an Ollama pull, an LM Studio download job). Emits
// progressed() as figures change and finished() exactly once; cancel() stops it quickly and
// then finishes it without an error.
class ModelDownload : public QObject
{
    Q_OBJECT

public:
    struct Snapshot
    {
        PullProgress::Phase phase = PullProgress::Phase::Starting;
        double fraction = 0.0;
        qint64 completedBytes = 0;
        qint64 totalBytes = 0;
        qint64 alreadyPresentBytes = 0;
        std::optional<double> bytesPerSecond;
        std::optional<double> etaSeconds;
        // Downloading, but no new byte for a while: no speed and no ETA then. Refetching: the
        // server fetches a lost part again (its count went back and has not caught up yet).
        bool waitingForData = false;
        bool refetching = false;
        bool paused = false;  // the server holds the download until its user resumes it
        quint64 activity = 0; // moves whenever the server shows it is working (stall checks)
    };

    Snapshot snapshot() const { return m_snapshot; }
    bool isFinished() const { return m_finished; }
    virtual void cancel() = 0;

Q_SIGNALS:
    void progressed();
    void finished(const ApiError &error);

protected:
    using QObject::QObject;
    void update(const Snapshot &snapshot);
    void finish(const ApiError &error = {});

private:
    Snapshot m_snapshot;
    bool m_finished = false;
};
