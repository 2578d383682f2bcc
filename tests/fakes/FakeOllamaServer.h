#pragma once

#include "FakeHttpServer.h"

#include <QJsonArray>
#include <QStringList>

// Fake Ollama (default port 11434). Routes: GET|HEAD /, GET|HEAD /api/version,
// GET|HEAD /api/tags, GET /api/ps, GET /v1/models, POST /api/show, POST /api/chat
// (NDJSON stream, stream:false, think, load/unload with messages:[]). Anything else:
// 404 "404 page not found" (text/plain), like Go's default mux.
class FakeOllamaServer final : public FakeHttpServer
{
    Q_OBJECT
public:
    explicit FakeOllamaServer(QObject *parent = nullptr);

    void setVersion(const QString &version);         // default: version.json ("0.12.6")
    void setModels(const QJsonArray &models);        // replaces the "models" of tags.json;
                                                     // /v1/models and chat's model check follow
    void setRunningModels(const QJsonArray &models); // replaces the "models" of ps.json
    void setThinking(const QStringList &tokens);     // default: chat-thinking-stream.ndjson's
    QStringList thinking() const;
    QStringList modelNames() const; // "name"s from /api/tags

protected:
    void handle(const RecordedRequest &request, Responder &responder) override;

private:
    void handleChat(const RecordedRequest &request, Responder &responder);
    bool knowsModel(const QString &name) const;

    QByteArray m_versionJson;
    QByteArray m_tagsJson;
    QByteArray m_v1ModelsJson;
    QByteArray m_psJson;
    QStringList m_modelNames;
    QStringList m_thinking;
};
