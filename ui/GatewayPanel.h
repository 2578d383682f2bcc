#pragma once

#include <QWidget>

class PhoenixGateway;
class QLabel;
class QListWidget;
class QListWidgetItem;

// The Phoenix gateway running on this machine, when there is one: each provider with its
// health, the active one marked; one click (or Enter) makes another provider the active one.
class GatewayPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit GatewayPanel(PhoenixGateway *gateway, QWidget *parent = nullptr);

    QString message() const;

private:
    void reload();
    void switchTo(QListWidgetItem *item);

    PhoenixGateway *m_gateway;
    QLabel *m_title;
    QListWidget *m_list;
    QLabel *m_message;
};
