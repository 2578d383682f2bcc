#pragma once

#include "providers/ServerKind.h"

#include <QHash>
#include <QString>

// Resident memory of the LLM servers' processes, summed per kind of server: Ollama and its
// runners, LM Studio and its workers, llama-server, vLLM. Read from a /proc tree on Linux (the
// real one, or a captured one in tests), from libproc (proc_pid_rusage) on macOS.
//
// On Linux, a process under 1 GiB counts its proportional share (Pss, from smaps_rollup) when
// it can be read: LM Studio's helpers each map the same libraries, and their VmRSS summed
// counts those pages once per helper. A bigger process (the one holding a model) counts its
// VmRSS: its sharing is small beside it, and Pss would have the kernel walk all its pages at
// each sample. A process of another user (a system service) has no readable smaps_rollup and
// counts its VmRSS.
class ProcessSampler final
{
public:
    explicit ProcessSampler(const QString &procRoot = QStringLiteral("/proc"));

    struct Process
    {
        qint64 pid = 0;
        ServerKind kind = ServerKind::Unknown;
        qint64 residentBytes = 0;
        QString name;
    };

    // Which server a process belongs to, from its name and command line. Pure.
    static ServerKind classify(const QString &comm, const QString &cmdline);
    // VmRSS from /proc/<pid>/status text. Pure.
    static qint64 residentBytesFromStatus(const QByteArray &status);
    // Pss from /proc/<pid>/smaps_rollup text, or -1 without one. Pure.
    static qint64 proportionalBytesFromRollup(const QByteArray &rollup);
    // Below this VmRSS, a process counts its Pss when it can be read.
    static constexpr qint64 ProportionalBelowBytes = qint64(1) << 30;

    QList<Process> scan() const;
    QHash<ServerKind, qint64> residentByKind() const;

private:
    QString m_root;
};
