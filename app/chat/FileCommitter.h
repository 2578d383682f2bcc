#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>

// The end of an atomic file write, away from the window's thread: waits until the disk has the
// written file (fdatasync), then puts it in place of its target (a rename over it, so a reader
// finds the old file or the new one, never a part of one). A disk can take long to answer (a
// slow or busy drive, a model download writing gigabytes beside it): the window does not wait
// for it. Commits run one at a time in the order they were asked for, so the last save of a file
// is the one that stays; a commit with a newer one of the same file queued behind it is dropped.
class FileCommitter final : public QObject
{
    Q_OBJECT

public:
    // Waits until the disk has what was written to `fd`; false when it cannot (errno says why).
    using Sync = std::function<bool(int fd)>;

    explicit FileCommitter(QObject *parent = nullptr);
    // Finishes what was asked for first: a file saved before quitting is in place.
    ~FileCommitter() override;

    // Puts `written` (complete and closed) in place of `target` once the disk has it. On failure
    // `written` is removed, `target` stays as it was, and failed() says why.
    void commit(const QString &written, const QString &target);
    // Whether a commit of `target` has not been reported yet.
    bool isPending(const QString &target) const;
    // Returns when every commit asked for is done: before a file is read or deleted.
    void waitForDone();
    // What waits for the disk (fdatasync unless set): tests hold it.
    void setSync(Sync sync);

    // One commit, here and now: an empty string, or why it failed (as above).
    static QString commitNow(const QString &written, const QString &target, const Sync &sync);
    static bool syncToDisk(int fd);

Q_SIGNALS:
    // On this object's thread, once the last commit asked for `target` is in place.
    void committed(const QString &target);
    void failed(const QString &target, const QString &cause);

private:
    void done(const QString &target, quint64 generation, const QString &cause);

    QThreadPool m_pool;
    Sync m_sync;
    mutable QMutex m_lock;
    // Under m_lock: the newest commit asked for each target, until it is reported (the older
    // ones are done before it: they run in order).
    QHash<QString, quint64> m_latest;
    quint64 m_generation = 0;
};
