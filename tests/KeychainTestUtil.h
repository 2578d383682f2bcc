#pragma once

// What tests look at to prove where a token is kept: the keychain itself (through a job of its
// own, not LocalForge's cache) and the bytes of every file in a folder.
#include "settings/TokenStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStringList>
#include <qt6keychain/keychain.h>

#include <optional>

inline std::optional<QString> keychainEntry(const QString &serverId)
{
    QKeychain::ReadPasswordJob job(TokenStore::serviceName());
    job.setAutoDelete(false);
    job.setKey(serverId);
    QSignalSpy done(&job, &QKeychain::Job::finished);
    job.start();
    if (!done.wait(10000) || job.error() != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

// Every file under `folder` whose bytes contain `needle`.
inline QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits.append(f.fileName());
    }
    return hits;
}
