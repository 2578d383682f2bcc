#pragma once

#include "providers/ServerKind.h"

#include <QHash>
#include <QString>

// Resident memory of the LLM servers' processes, summed per kind of server: Ollama and its
// runners, LM Studio and its workers, llama-server, vLLM. Read from a /proc tree on Linux (the
// real one, or a captured one in tests), from libproc (proc_pid_rusage) on macOS.
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

    QList<Process> scan() const;
    QHash<ServerKind, qint64> residentByKind() const;

private:
    QString m_root;
};
