#pragma once

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
