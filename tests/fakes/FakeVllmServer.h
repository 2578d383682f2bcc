#pragma once

#include "FakeHttpServer.h"

// Fake vLLM OpenAI-compatible server (default port 8000). GET /version, GET /health (200, empty
// body), GET /v1/models, POST /v1/chat/completions (standard OpenAI SSE or stream:false).
// Unknown paths: 404 {"detail":"Not Found"}; wrong method: 405 {"detail":"Method Not Allowed"}.
class FakeVllmServer final : public FakeHttpServer
{
    Q_OBJECT
public:
    explicit FakeVllmServer(QObject *parent = nullptr);

    QString modelId() const; // the served model (vllm-v1-models.json)
    // Older releases' errors: flat {"object":"error","message",...} (vllm-error-legacy.json)
    // instead of {"error":{...}}. Default: false.
    void setFlatErrors(bool flat);
    // The usage chunk with "choices": null instead of [] (as some releases send it). Default:
    // false.
    void setUsageChoicesNull(bool null);

protected:
    void handle(const RecordedRequest &request, Responder &responder) override;

private:
    void handleChat(const RecordedRequest &request, Responder &responder);

    QString m_modelId;
    bool m_flatErrors = false;
    bool m_usageChoicesNull = false;
};
