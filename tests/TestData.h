#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Reads tests/data/<relative> (the protocol fixtures copied from shared/protocol).
inline QByteArray testData(const QString &relative)
{
    QFile f(QStringLiteral(LOCALFORGE_TEST_DATA "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return f.readAll();
}

inline QJsonObject testJson(const QString &relative)
{
    return QJsonDocument::fromJson(testData(relative)).object();
}

// An nvidia-smi in `folder` that prints what a box with two GPUs printed; empty if it could
// not be written.
inline QString twoGpusNvidiaSmi(const QString &folder)
{
    const QString script = QDir(folder).filePath(QStringLiteral("nvidia-smi"));
    QFile f(script);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\ncat '" LOCALFORGE_TEST_DATA "/captured/nvidia-smi-two-gpus.csv'\n");
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return script;
}
