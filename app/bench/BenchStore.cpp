#include "BenchStore.h"

#include "BenchExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString PromptsFile = QStringLiteral("prompts.json");
}

BenchStore::BenchStore(const QString &folder)
    : m_folder(folder)
{}

QString BenchStore::folderBeside(const QString &conversationFolder)
{
    return QFileInfo(conversationFolder).dir().filePath(QStringLiteral("benchmarks"));
}

ApiError BenchStore::save(const BenchResult &result) const
{
    if (!QDir().mkpath(m_folder))
        return ApiError::file(
            tr("Could not create the folder %1 for benchmarks. Check its permissions.")
                .arg(m_folder));
    return BenchExport::write(QDir(m_folder).filePath(result.id + QStringLiteral(".json")),
                              result.toJsonBytes());
}

QList<BenchResult> BenchStore::list(QStringList *problems) const
{
    QList<BenchResult> out;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (name == PromptsFile)
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            if (problems)
                problems->append(
                    tr("Could not read %1: %2.").arg(file.fileName(), file.errorString()));
            continue;
        }
        Result<BenchResult> result = BenchResult::fromJsonBytes(file.readAll());
        if (!result.ok()) {
            if (problems)
                problems->append(tr("Skipped %1: %2").arg(file.fileName(), result.error.message));
            continue;
        }
        result.value.id = QFileInfo(name).completeBaseName();
        out.append(result.value);
    }
    std::sort(out.begin(), out.end(),
              [](const BenchResult &a, const BenchResult &b) { return a.startedAt > b.startedAt; });
    return out;
}

ApiError BenchStore::remove(const QString &id) const
{
    QFile file(QDir(m_folder).filePath(id + QStringLiteral(".json")));
    if (!file.remove())
        return ApiError::file(
            tr("Could not delete %1: %2.").arg(file.fileName(), file.errorString()));
    return {};
}

QList<BenchPrompt> BenchStore::userPrompts(QString *problem) const
{
    QFile file(QDir(m_folder).filePath(PromptsFile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    file.close();
    if (!doc.isArray()) {
        // Kept aside under a name of its own: the next prompt added must not write over the
        // user's prompts.
        const QString why = error.error != QJsonParseError::NoError ? error.errorString()
                                                                    : tr("not a list of prompts");
        const QDir dir(m_folder);
        for (int n = 1; n < 1000; ++n) {
            const QString aside =
                dir.filePath(n == 1 ? QStringLiteral("prompts.unreadable.json")
                                    : QStringLiteral("prompts.unreadable.%1.json").arg(n));
            if (QFile::exists(aside))
                continue;
            if (problem)
                *problem = QFile::rename(file.fileName(), aside)
                               ? tr("Your own benchmark prompts could not be read (%1). The file "
                                    "was moved to %2; copy them from there.")
                                     .arg(why, aside)
                               : tr("Your own benchmark prompts could not be read (%1) from %2.")
                                     .arg(why, file.fileName());
            break;
        }
        return {};
    }
    QList<BenchPrompt> out;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const BenchPrompt p{o.value(u"id").toString(), o.value(u"name").toString(),
                            o.value(u"text").toString()};
        if (!p.id.isEmpty() && !p.text.isEmpty())
            out.append(p);
    }
    return out;
}

ApiError BenchStore::saveUserPrompts(const QList<BenchPrompt> &prompts) const
{
    QDir().mkpath(m_folder);
    QJsonArray array;
    for (const BenchPrompt &p : prompts)
        array.append(QJsonObject{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("name"), p.name},
                                 {QStringLiteral("text"), p.text}});
    return BenchExport::write(QDir(m_folder).filePath(PromptsFile),
                              QJsonDocument(array).toJson(QJsonDocument::Indented));
}
