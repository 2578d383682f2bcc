#pragma once

#include "Fingerprint.h"
#include "providers/ServerInfo.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>

class QNetworkAccessManager;

// One probe of one address. A full probe opens one connection first (GET /) and asks the other
// fingerprint paths, all at once, only when something answers there; a quick check asks only
// the cheap model-list path of a server already known. Every answer is capped (MaxBodyBytes),
// and a full probe ends within its time however the port behaves: an answer that is too large
// or too slow counts as "answers, but not as an LLM server". Emits finished() once and deletes
// itself.
class ServerProbe final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Full, Quick };
    // A probe answer may not be larger than this: fingerprint answers are a few KB.
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;

    ServerProbe(const ServerInfo &info, Mode mode, QNetworkAccessManager *nam, int timeoutMs,
                QObject *parent);
    void start();

Q_SIGNALS:
    void finished(const ServerInfo &info);

private:
    void startFull();
    void askTheRest();
    QNetworkRequest probeRequest(const QString &path) const;
    void startQuick();
    void classify();
    void countOllamaModels(const Fingerprint &fp);
    void readLlamaVersion(const ServerInfo &info);
    void done(const ServerInfo &info);

    ServerInfo m_info;
    Mode m_mode;
    QNetworkAccessManager *m_nam;
    int m_timeoutMs;
    ProbeEvidence m_evidence;
    int m_pending = 0;
    QElapsedTimer m_clock; // since the full probe began: its requests share m_timeoutMs
};
