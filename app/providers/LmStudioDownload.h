#pragma once

#include "ModelDownload.h"
#include "net/ApiError.h"
#include "net/Http.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

// LM Studio 0.4+: POST /api/v1/models/download, then its status endpoint polled every second.
// LM Studio has no cancel endpoint: cancel() stops following the job; the app keeps going.
class LmStudioDownload final : public ModelDownload
{
    Q_OBJECT

public:
    LmStudioDownload(const QString &model, const QUrl &base, QNetworkAccessManager *nam, int pollMs,
                     QObject *parent);
    void cancel() override;

private:
    void start();
    void poll();
    void apply(const QJsonObject &status);
    // A failed request: what LM Studio said about this download in a 4xx answer, else what
    // went wrong as for any request (the token, the server's own trouble, the network).
    ApiError failure(const Http::Response &r) const;
    // Why LM Studio did not take or go on with the download, in its words (a 4xx answer, or the
    // {"error": ...} it also sends with a 200).
    ApiError refusal(int status, const QString &serverMessage) const;

    QString m_model;
    QUrl m_base;
    QNetworkAccessManager *m_nam;
    QString m_jobId;
    QTimer m_poll;
    QElapsedTimer m_clock;
    qint64 m_total = 0;
};
