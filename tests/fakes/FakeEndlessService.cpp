#include "FakeEndlessService.h"

#include <QPointer>

FakeEndlessService::FakeEndlessService(QObject *parent)
    : FakeHttpServer(parent)
{
    setDefaultHeaders({{QByteArrayLiteral("Server"), QByteArrayLiteral("tail-server/1.0")}});
}

void FakeEndlessService::setPieceBytes(int bytes)
{
    m_pieceBytes = std::max(1, bytes);
}

void FakeEndlessService::setLineBreaks(bool lineBreaks)
{
    m_lineBreaks = lineBreaks;
}

void FakeEndlessService::handle(const RecordedRequest &request, Responder &responder)
{
    Q_UNUSED(request)
    StreamPlan plan;
    plan.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    QPointer<FakeEndlessService> self(this);
    const int size = m_pieceBytes;
    const bool lines = m_lineBreaks;
    plan.generator = [self, size, lines](bool *) {
        QByteArray piece(size, 'a');
        if (lines) {
            for (qsizetype i = 79; i < piece.size(); i += 80)
                piece[i] = '\n';
        }
        if (self)
            self->m_offered += piece.size();
        return piece; // never last
    };
    responder.stream(plan);
}
