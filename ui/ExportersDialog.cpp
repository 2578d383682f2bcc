#include "ExportersDialog.h"

#include "net/UrlCredentials.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ExportersDialog::ExportersDialog(const QList<ExporterHost> &hosts, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Remote hosts"));
    setObjectName(QStringLiteral("exportersDialog"));
    auto *intro =
        new QLabel(tr("The monitor can chart the RAM and GPUs of a remote host (a GPU box, a "
                      "Docker host) from its Prometheus exporters: node exporter for RAM "
                      "(usually port 9100) and NVIDIA's DCGM exporter for the GPUs (usually "
                      "port 9400). LocalForge only reads them."));
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("exporterTable"));
    m_table->setAccessibleName(tr("Remote hosts"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Node exporter URL"), tr("DCGM exporter URL")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (const ExporterHost &h : hosts)
        addRow(h);
    auto *add = new QPushButton(tr("Add host"));
    add->setObjectName(QStringLiteral("addExporterHost"));
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("removeExporterHost"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({tr("gpu-box"), QUrl(QStringLiteral("http://gpu-box:9100/metrics")),
                QUrl(QStringLiteral("http://gpu-box:9400/metrics"))});
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("exportersError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #cf222e;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 360);
}

void ExportersDialog::addRow(const ExporterHost &host)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(host.name));
    // Never a password on screen, even one that came in with imported settings.
    m_table->setItem(row, 1, new QTableWidgetItem(ExporterHost::shownUrl(host.nodeUrl)));
    m_table->setItem(row, 2, new QTableWidgetItem(ExporterHost::shownUrl(host.dcgmUrl)));
}

QList<ExporterHost> ExportersDialog::hosts() const
{
    QList<ExporterHost> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ExporterHost h;
        h.name = m_table->item(row, 0)->text().trimmed().replace(u'.', u'_');
        const QString node = m_table->item(row, 1)->text().trimmed();
        const QString dcgm = m_table->item(row, 2)->text().trimmed();
        // accept() refuses credentials; they are never handed on in any case.
        if (!node.isEmpty())
            h.nodeUrl = UrlCredentials::stripped(QUrl::fromUserInput(node));
        if (!dcgm.isEmpty())
            h.dcgmUrl = UrlCredentials::stripped(QUrl::fromUserInput(dcgm));
        out.append(h);
    }
    return out;
}

void ExportersDialog::accept()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column : {1, 2}) {
            const QString text = m_table->item(row, column)->text().trimmed();
            const QUrl url = text.isEmpty() ? QUrl() : QUrl::fromUserInput(text);
            if (!text.isEmpty() && !ExporterHost::isExporterUrl(url)) {
                // Not read from anyway (a file, another scheme): said, not dropped unseen.
                m_error->setText(tr("The address of “%1” (%2) is not an exporter's: it must "
                                    "start with http:// or https://, such as "
                                    "http://gpu-box:9100/metrics.")
                                     .arg(m_table->item(row, 0)->text().trimmed(), text));
                m_error->show();
                m_table->setCurrentCell(row, column);
                return;
            }
            if (!UrlCredentials::has(url))
                continue;
            m_error->setText(
                tr("The address of “%1” (%2) holds a user name or password (“user:password@”). "
                   "LocalForge does not keep it: its settings are stored in clear, where anyone "
                   "who can read them would see the password. Remove it from the address, and "
                   "let the exporter answer without a password on your local network, or put it "
                   "behind a reverse proxy that lets in only this computer.")
                    .arg(m_table->item(row, 0)->text().trimmed(), ExporterHost::shownUrl(url)));
            m_error->show();
            m_table->setCurrentCell(row, column);
            return;
        }
    }
    for (const ExporterHost &h : hosts()) {
        if (!h.isValid()) {
            m_error->setText(tr("Each host needs a name and at least one exporter URL, starting "
                                "with http:// or https://, such as "
                                "http://gpu-box:9100/metrics."));
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}
