#pragma once

#include "metrics/RemoteExporters.h"

#include <QDialog>

class QLabel;
class QTableWidget;

// The remote hosts whose Prometheus exporters the monitor reads: a name, a node exporter URL
// (RAM) and an NVIDIA DCGM exporter URL (GPU memory and load).
class ExportersDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportersDialog(const QList<ExporterHost> &hosts, QWidget *parent = nullptr);
    QList<ExporterHost> hosts() const;
    void accept() override;

private:
    void addRow(const ExporterHost &host);

    QTableWidget *m_table;
    QLabel *m_error;
};
