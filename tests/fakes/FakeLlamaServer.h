#pragma once

#include "FakeHttpServer.h"

// Fake llama.cpp llama-server (default port 8080). GET / (web UI page), GET /health and
// /v1/health, GET /props, GET /v1/models and /models, GET /slots, POST /v1/chat/completions and
// /chat/completions. Unknown paths: 404 llama-server-error-not-found.json. No version endpoint.
class FakeLlamaServer final : public FakeHttpServer
{
    Q_OBJECT
public:
    explicit FakeLlamaServer(QObject *parent = nullptr);

    // Model still loading: /health 503 llama-server-health-loading.json, /v1/models with
    // "meta": null, every other endpoint 503 with the same body.
    void setLoading(bool loading);
    bool isLoading() const;
    // Build b6097 stream layout: usage + timings on the finish chunk, always.
    void setLegacyB6097(bool legacy);
    // Send a ": ping" comment block between streamed chunks (--sse-ping-interval).
    void setPingComments(bool enabled);

protected:
    void handle(const RecordedRequest &request, Responder &responder) override;

private:
    void handleChat(const RecordedRequest &request, Responder &responder);

    bool m_loading = false;
    bool m_legacy = false;
    bool m_ping = false;
    QByteArray m_buildInfo;
    QString m_modelId;
};
