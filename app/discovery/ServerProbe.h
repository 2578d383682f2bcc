#pragma once

#include "Fingerprint.h"
#include "providers/ServerInfo.h"

#include <QObject>

class QNetworkAccessManager;

// One probe of one address. A full probe asks every fingerprint path at once; a quick check
// asks only the cheap model-list path of a server already known. Emits finished() once and
// deletes itself.
class ServerProbe final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Full, Quick };

    ServerProbe(const ServerInfo &info, Mode mode, QNetworkAccessManager *nam, int timeoutMs,
                QObject *parent);
    void start();

Q_SIGNALS:
    void finished(const ServerInfo &info);

private:
    void startFull();
    void startQuick();
    void classify();
    void countOllamaModels(const Fingerprint &fp);
    void done(const ServerInfo &info);

    ServerInfo m_info;
    Mode m_mode;
    QNetworkAccessManager *m_nam;
    int m_timeoutMs;
    ProbeEvidence m_evidence;
    int m_pending = 0;
};
