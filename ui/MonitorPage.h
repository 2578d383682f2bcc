#pragma once

#include <QTimer>
#include <QWidget>

class Core;
class MonitorCharts;
class QComboBox;
class QLabel;
class QPushButton;

// Live memory, GPU and tokens/s on one timeline, with a window, pause and exports.
class MonitorPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MonitorPage(Core *core, QWidget *parent = nullptr);

    bool exportCsv(const QString &file, QString *error = nullptr) const;
    // For tests and accessibility: the remote hosts' problems shown, empty when none is.
    QString exporterNotice() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    bool isCovered() const;
    void showExporterProblems();
    void exportPng();
    void exportCsvInteractive();

    Core *m_core;
    MonitorCharts *m_charts;
    QLabel *m_exporterNotice;
    QComboBox *m_window;
    QPushButton *m_pause;
    QTimer m_refresh;
};
