#include "FakeForeignService.h"

FakeForeignService::FakeForeignService(QObject *parent)
    : FakeHttpServer(parent)
{
    setDefaultHeaders({{QByteArrayLiteral("Server"), QByteArrayLiteral("Apache/2.4.62 (Debian)")}});
}

void FakeForeignService::handle(const RecordedRequest &request, Responder &responder)
{
    Q_UNUSED(request)
    responder.send(200, QByteArrayLiteral("text/html"),
                   QByteArrayLiteral("<html><body>It works!</body></html>\n"),
                   {{QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes")},
                    {QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding")}});
}
