#pragma once

#include "FakeHttpServer.h"

// An HTTP service that is none of the LLM servers: an Apache default page. Every request
// gets 200 text/html "<html><body>It works!</body></html>" with "Server: Apache/2.4.62 (Debian)".
class FakeForeignService final : public FakeHttpServer
{
    Q_OBJECT
public:
    explicit FakeForeignService(QObject *parent = nullptr);

protected:
    void handle(const RecordedRequest &request, Responder &responder) override;
};
