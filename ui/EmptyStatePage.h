#pragma once

#include <QWidget>

class QLabel;

// Shown while no server is running: how to start one, and a way to add a remote host.
class EmptyStatePage final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStatePage(QWidget *parent = nullptr);
    // scanning: a round of probes is on; answered: why each server that answered cannot be
    // used (it needs a token, another program is on its port), in place of "nothing answered";
    // added: why each server the user named (or OLLAMA_HOST) is not running.
    void setScanning(bool scanning, const QStringList &answered = {},
                     const QStringList &added = {});

Q_SIGNALS:
    void addServerRequested();
    void rescanRequested();
    void serversRequested();
    // The Monitor, to watch the machine's memory while a server starts.
    void monitorRequested();

private:
    QLabel *m_title;
    QLabel *m_status;
    QWidget *m_servers; // "Servers…": where a token is set, shown when a server answered
};
