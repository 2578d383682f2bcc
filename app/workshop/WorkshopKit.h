#pragma once

#include "chat/ApiSnippets.h"
#include "net/ApiError.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The files participants need to set up their machine: a Docker Compose file (Ollama and n8n,
// with an NVIDIA GPU variant), a script that pulls the workshop's models, the n8n workflow and
// the Python client of "API call…", and a French LISEZMOI.md with the same steps.
class WorkshopKit final
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopKit)

public:
    // What the compose file's commented GPU block starts and ends with (a line each).
    static constexpr const char *GpuBegin = "# --- NVIDIA GPU: begin ---";
    static constexpr const char *GpuEnd = "# --- NVIDIA GPU: end ---";

    struct Options
    {
        QStringList models;  // pulled by pull-models.sh; the first one is used in the examples
        ChatRequest request; // what the Python client and the n8n workflow send (the messages
                             // of a sample question when it has none)
    };

    static QString dockerCompose();
    static QString pullScript(const QStringList &models);
    static QString readme(const QStringList &models);
    // The Python client (http://localhost:11434) and the n8n workflow (n8n in the compose
    // file reaches Ollama as http://ollama:11434), from ApiSnippets.
    static QString pythonClient(const Options &options);
    static QString n8nWorkflow(const Options &options);
    // The file names the kit holds, in the order they are written.
    static QStringList fileNames();

    // The kit's files already in `folder` whose text is not what the kit would write (the
    // user's own docker-compose.yml, say, or a kit exported for other models).
    static QStringList wouldReplace(const QString &folder, const Options &options);

    enum class Existing { Keep, Replace };
    // Writes every file into `folder` (created when missing), each one atomically. A File error,
    // with what happened and what to do, when one could not be written, or, unless told to
    // replace them, when files of other text have the kit's names there (nothing is written).
    static ApiError write(const QString &folder, const Options &options,
                          Existing existing = Existing::Keep);

private:
    static ChatRequest sampleRequest(const Options &options);
    static QList<QPair<QString, QString>> files(const Options &options);
};
