#pragma once

#include "FakeHttpServer.h"

#include <QStringList>

// Fake LM Studio (default port 1234). GET /v1/models, GET /api/v1/models (ApiLevel::V1),
// GET /api/v0/models (V1, V0Only), POST /v1/chat/completions (SSE or stream:false).
// Every other path or method: HTTP 200 {"error":"Unexpected endpoint or method. (GET /x)"}.
class FakeLmStudioServer final : public FakeHttpServer
{
    Q_OBJECT
public:
    enum class ApiLevel {
        V1,        // LM Studio >= 0.4: /api/v1/* and /api/v0/*
        V0Only,    // 0.3.6 .. 0.3.x: /api/v0/* only
        OpenAiOnly // older: only the OpenAI-compatible /v1/*
    };
    Q_ENUM(ApiLevel)

    explicit FakeLmStudioServer(QObject *parent = nullptr);

    void setApiLevel(ApiLevel level);
    ApiLevel apiLevel() const;
    // Non-empty: every request needs "Authorization: Bearer <token>", else 401
    // error-auth-required.json. Default: empty (auth off).
    void setRequireToken(const QByteArray &token);
    QStringList modelIds() const; // identifiers chat accepts (all fixture model lists)

protected:
    void handle(const RecordedRequest &request, Responder &responder) override;

private:
    void handleChat(const RecordedRequest &request, Responder &responder);
    bool knowsModel(const QString &model) const;

    ApiLevel m_apiLevel = ApiLevel::V1;
    QByteArray m_token;
    QStringList m_modelIds;
};
