#include "ProcessSampler.h"

#include <QDir>
#include <QFile>

#include <algorithm>

#ifdef Q_OS_MACOS
#include <libproc.h>
#include <sys/resource.h>

#include <vector>

namespace {
// macOS has no /proc: the process list, names, paths and resident sizes come from libproc.
QList<ProcessSampler::Process> scanMac()
{
    QList<ProcessSampler::Process> out;
    const int count = proc_listallpids(nullptr, 0);
    if (count <= 0)
        return out;
    std::vector<pid_t> pids(std::size_t(count) + 64);
    const int n = proc_listallpids(pids.data(), int(pids.size() * sizeof(pid_t)));
    for (int i = 0; i < n; ++i) {
        const pid_t pid = pids[std::size_t(i)];
        char name[2 * MAXCOMLEN + 1] = {};
        char path[PROC_PIDPATHINFO_MAXSIZE] = {};
        if (proc_name(pid, name, sizeof(name)) <= 0)
            continue;
        proc_pidpath(pid, path, sizeof(path));
        const ServerKind kind =
            ProcessSampler::classify(QString::fromUtf8(name), QString::fromUtf8(path));
        if (kind == ServerKind::Unknown)
            continue;
        rusage_info_v2 usage{};
        if (proc_pid_rusage(pid, RUSAGE_INFO_V2, reinterpret_cast<rusage_info_t *>(&usage)) != 0)
            continue;
        out.append({qint64(pid), kind, qint64(usage.ri_resident_size), QString::fromUtf8(name)});
    }
    return out;
}
} // namespace
#endif

ProcessSampler::ProcessSampler(const QString &procRoot)
    : m_root(procRoot)
{}

ServerKind ProcessSampler::classify(const QString &comm, const QString &cmdline)
{
    const QString name = comm.trimmed().toLower();
    const QString cmd = cmdline.toLower();
    // What runs is the first word of the command line; the rest are its arguments (a
    // `tail -f llama-server.log` is not llama-server).
    const QString program = cmd.section(u' ', 0, 0);
    const QString base = program.section(u'/', -1);
    // Ollama: the server and its runners ("ollama runner ...", older "ollama_llama_server").
    if (name == u"ollama" || name.startsWith(u"ollama_llama_se") || base == u"ollama" ||
        base == u"ollama_llama_server")
        return ServerKind::Ollama;
    if (name == u"llama-server" || base == u"llama-server")
        return ServerKind::LlamaCpp;
    // LM Studio: the app, its helpers and the headless daemon, and the engines it starts
    // from its own folder.
    if (name.startsWith(u"lm studio") || name.startsWith(u"lm-studio") || name == u"lms" ||
        name.startsWith(u"llmster") || program.contains(u"lm studio") ||
        program.contains(u"/.lmstudio/") || program.contains(u"lm-studio"))
        return ServerKind::LmStudio;
    // vLLM runs in Python: its module or its `vllm serve` entry point, and the engine and
    // worker processes it renames (V1: "VLLM::EngineCore", "VLLM::Worker_TP0", which hold
    // the model).
    if (name == u"vllm" || base == u"vllm" || name.startsWith(u"vllm::") ||
        program.startsWith(u"vllm::") || cmd.contains(u" -m vllm.entrypoints") ||
        cmd.contains(u"/vllm serve") || cmd.contains(u" vllm serve"))
        return ServerKind::Vllm;
    return ServerKind::Unknown;
}

namespace {
// The value in kB of the line starting with `key` ("VmRSS:"), in bytes; -1 without one.
qint64 kilobytesLine(const QByteArray &text, const QByteArray &key)
{
    for (const QByteArray &line : text.split('\n')) {
        if (!line.startsWith(key))
            continue;
        const QList<QByteArray> parts = line.sliced(key.size()).simplified().split(' ');
        bool ok = false;
        const qint64 kb = parts.value(0).toLongLong(&ok);
        return ok && kb >= 0 ? kb * 1024 : -1;
    }
    return -1;
}
} // namespace

qint64 ProcessSampler::residentBytesFromStatus(const QByteArray &status)
{
    return std::max<qint64>(0, kilobytesLine(status, "VmRSS:"));
}

qint64 ProcessSampler::proportionalBytesFromRollup(const QByteArray &rollup)
{
    return kilobytesLine(rollup, "Pss:");
}

QList<ProcessSampler::Process> ProcessSampler::scan() const
{
#ifdef Q_OS_MACOS
    if (m_root == u"/proc")
        return scanMac();
#endif
    QList<Process> out;
    const QDir root(m_root);
    const QStringList entries = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile commFile(root.filePath(entry + QStringLiteral("/comm")));
        if (!commFile.open(QIODevice::ReadOnly))
            continue; // the process is gone
        const QString comm = QString::fromUtf8(commFile.readAll()).trimmed();
        QFile cmdFile(root.filePath(entry + QStringLiteral("/cmdline")));
        QString cmdline;
        if (cmdFile.open(QIODevice::ReadOnly))
            cmdline = QString::fromUtf8(cmdFile.readAll().replace('\0', ' ')).trimmed();
        const ServerKind kind = classify(comm, cmdline);
        if (kind == ServerKind::Unknown)
            continue;
        QFile statusFile(root.filePath(entry + QStringLiteral("/status")));
        if (!statusFile.open(QIODevice::ReadOnly))
            continue;
        qint64 resident = residentBytesFromStatus(statusFile.readAll());
        if (resident < ProportionalBelowBytes) {
            QFile rollup(root.filePath(entry + QStringLiteral("/smaps_rollup")));
            if (rollup.open(QIODevice::ReadOnly)) {
                if (const qint64 pss = proportionalBytesFromRollup(rollup.readAll()); pss >= 0)
                    resident = pss;
            }
        }
        out.append({pid, kind, resident, comm});
    }
    return out;
}

QHash<ServerKind, qint64> ProcessSampler::residentByKind() const
{
    QHash<ServerKind, qint64> sums;
    for (const Process &p : scan())
        sums[p.kind] += p.residentBytes;
    return sums;
}
