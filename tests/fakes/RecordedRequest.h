#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>

// One HTTP request as a FakeHttpServer received it (bytes exactly as sent by the client).
struct RecordedRequest
{
    QByteArray method;                            // "GET", "POST", ...
    QByteArray path;                              // request target up to '?', still percent-encoded
    QByteArray query;                             // text after '?', without the '?'
    QList<QPair<QByteArray, QByteArray>> headers; // in arrival order, names as sent
    QByteArray body;                              // decoded body (Content-Length or chunked)

    // Value of the first header named `name` (case-insensitive); empty if absent.
    QByteArray header(const QByteArray &name) const;
};

Q_DECLARE_METATYPE(RecordedRequest)
