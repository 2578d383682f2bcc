#pragma once

#include <QObject>

class QHeaderView;
class QPoint;
class Settings;

// The benchmark table's columns. First, the speed figures right after the model (LocalForge's
// rate, the time to the first token, the total); then as the user leaves them (dragged into
// another order, hidden from the header's menu), kept in the settings for the next start. The
// model always shows; the machine shows while another machine is compared. Widths follow the
// figures shown.
class BenchmarkColumns final : public QObject
{
    Q_OBJECT

public:
    BenchmarkColumns(QHeaderView *header, Settings &settings, QObject *parent = nullptr);

    void setShown(int column, bool shown);
    // Every column, in the first order; the next start too.
    void reset();
    void setComparing(bool comparing);
    // The order and hidden columns as they are now.
    void save();

private:
    void place();
    void showMenu(const QPoint &at);

    QHeaderView *m_header;
    Settings &m_settings;
    bool m_comparing = false;
};
