#pragma once

#include "ModelDownload.h"
#include "net/NdjsonParser.h"

#include <QElapsedTimer>
#include <QPointer>

class QNetworkReply;

// POST /api/pull, its NDJSON progress folded into one model-level progress.
class OllamaPull final : public ModelDownload
{
    Q_OBJECT

public:
    OllamaPull(const QString &model, QNetworkReply *reply, QObject *parent);
    ~OllamaPull() override;
    void cancel() override;

private:
    void onReadyRead();
    void onFinished();
    void consume(const std::vector<NdjsonItem> &items);

    QPointer<QNetworkReply> m_reply;
    QString m_model;
    QUrl m_url;
    NdjsonParser m_parser;
    PullProgress m_progress;
    QElapsedTimer m_clock;
    QByteArray m_errorBody;
    int m_status = 0;
    bool m_cancelled = false;
    int m_validLines = 0;   // JSON lines read: none at all is not Ollama answering
    bool m_tooLong = false; // a line or an error body passed its limit: reading stopped
};
