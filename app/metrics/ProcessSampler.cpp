#include "ProcessSampler.h"

#include <QDir>
#include <QFile>

ProcessSampler::ProcessSampler(const QString &procRoot)
    : m_root(procRoot)
{}

ServerKind ProcessSampler::classify(const QString &comm, const QString &cmdline)
{
    const QString name = comm.trimmed().toLower();
    const QString cmd = cmdline.toLower();
    // Ollama: the server and its runners ("ollama runner ...", older "ollama_llama_server").
    if (name == u"ollama" || name.startsWith(u"ollama_llama_se") || name == u"ollama runner" ||
        cmd.startsWith(u"ollama ") || cmd.contains(u"/ollama "))
        return ServerKind::Ollama;
    if (name == u"llama-server" || cmd.contains(u"llama-server"))
        return ServerKind::LlamaCpp;
    // LM Studio: the app, its helpers and the headless daemon.
    if (name.startsWith(u"lm studio") || name.startsWith(u"lm-studio") || name == u"lms" ||
        name.startsWith(u"llmster") || cmd.contains(u"lm studio") || cmd.contains(u"lm-studio") ||
        cmd.contains(u"/.lmstudio/"))
        return ServerKind::LmStudio;
    if (cmd.contains(u"vllm serve") || cmd.contains(u"vllm.entrypoints") || name == u"vllm")
        return ServerKind::Vllm;
    return ServerKind::Unknown;
}

qint64 ProcessSampler::residentBytesFromStatus(const QByteArray &status)
{
    for (const QByteArray &line : status.split('\n')) {
        if (!line.startsWith("VmRSS:"))
            continue;
        const QList<QByteArray> parts = line.sliced(6).simplified().split(' ');
        bool ok = false;
        const qint64 kb = parts.value(0).toLongLong(&ok);
        return ok ? kb * 1024 : 0;
    }
    return 0;
}

QList<ProcessSampler::Process> ProcessSampler::scan() const
{
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
        out.append({pid, kind, residentBytesFromStatus(statusFile.readAll()), comm});
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
