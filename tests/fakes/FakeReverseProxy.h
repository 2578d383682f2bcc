#pragma once

#include "FakeHttpServer.h"

// nginx in front of an LLM server that is not there (502 Bad Gateway) or that does not answer
// in time (504 Gateway Time-out, after `delayMs`): every request gets nginx's own HTML error
// page, as a real reverse proxy sends it.
class FakeReverseProxy final : public FakeHttpServer
{
    Q_OBJECT
public:
    explicit FakeReverseProxy(int status = 502, QObject *parent = nullptr);

    void setStatus(int status); // 502 or 504
    void setDelayMs(int ms);    // how long the proxy waits for the upstream first

protected:
    void handle(const RecordedRequest &request, Responder &responder) override;

private:
    int m_status;
    int m_delayMs = 0;
};
