#pragma once

#include "BenchResult.h"

#include <QCoreApplication>

// Past benchmarks, one JSON file each in a folder (written atomically, like conversations),
// and the user's own prompts (prompts.json in the same folder).
class BenchStore final
{
    Q_DECLARE_TR_FUNCTIONS(BenchStore)

public:
    explicit BenchStore(const QString &folder);
    // "benchmarks" beside the conversations folder (in the application's data folder).
    static QString folderBeside(const QString &conversationFolder);
    QString folder() const { return m_folder; }

    // Each of these writes: a File error says why it could not.
    ApiError save(const BenchResult &result) const;
    // Newest first. Files that cannot be read are named in *problems and left alone.
    QList<BenchResult> list(QStringList *problems = nullptr) const;
    ApiError remove(const QString &id) const;

    // A file that cannot be read is moved aside (`problem` says where), not written over.
    QList<BenchPrompt> userPrompts(QString *problem = nullptr) const;
    ApiError saveUserPrompts(const QList<BenchPrompt> &prompts) const;

private:
    QString m_folder;
};
