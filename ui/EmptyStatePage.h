#pragma once

#include <QWidget>

class QLabel;

// Shown while no server is running: how to start one, and a way to add a remote host.
class EmptyStatePage final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStatePage(QWidget *parent = nullptr);
    void setScanning(bool scanning);

Q_SIGNALS:
    void addServerRequested();
    void rescanRequested();

private:
    QLabel *m_status;
};
