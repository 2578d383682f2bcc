#pragma once

#include <QLabel>

class MetricsHub;

// One line under the chat: RAM, the servers' memory and tokens/s, live, so a demo shows both
// without switching pages.
class MetricsStrip final : public QLabel
{
    Q_OBJECT

public:
    explicit MetricsStrip(MetricsHub *hub, QWidget *parent = nullptr);
    void update();

private:
    MetricsHub *m_hub;
};
