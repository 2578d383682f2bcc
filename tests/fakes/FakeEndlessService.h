#pragma once

#include "FakeHttpServer.h"

// A port whose every answer is 200 with a body that never ends (a log tail, a camera stream, a
// misconfigured proxy): `pieceBytes` per chunk, one chunk per token interval, until the client
// goes away. With line breaks the body is many short lines; without, one endless line.
class FakeEndlessService final : public FakeHttpServer
{
    Q_OBJECT
public:
    explicit FakeEndlessService(QObject *parent = nullptr);

    void setPieceBytes(int bytes);
    void setLineBreaks(bool lineBreaks);
    qint64 bytesOffered() const { return m_offered; } // generated so far, over all requests

protected:
    void handle(const RecordedRequest &request, Responder &responder) override;

private:
    int m_pieceBytes = 64 * 1024;
    bool m_lineBreaks = true;
    qint64 m_offered = 0;
};
