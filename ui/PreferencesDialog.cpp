#include "PreferencesDialog.h"

#include "Core.h"
#include "chat/ChatSession.h"
#include "metrics/MetricsHub.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(Core *core, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    m_timeout = new QSpinBox;
    m_timeout->setObjectName(QStringLiteral("requestTimeout"));
    m_timeout->setAccessibleName(tr("Request timeout"));
    m_timeout->setRange(10, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(int(core->chat()->timeout().count()));
    m_timeout->setToolTip(tr("How long to wait while the server sends nothing: a large model can "
                             "take minutes to load before the first token."));
    m_sampling = new QSpinBox;
    m_sampling->setObjectName(QStringLiteral("monitorInterval"));
    m_sampling->setAccessibleName(tr("Monitor sampling interval"));
    m_sampling->setRange(100, 10000);
    m_sampling->setSingleStep(100);
    m_sampling->setSuffix(tr(" ms"));
    m_sampling->setValue(core->metrics()->intervalMs());
    m_sampling->setToolTip(tr("How often the monitor samples memory, GPU and speed (500 ms = 2 "
                              "samples a second; an hour is kept)."));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(core->settings().value(SettingKeys::Language))));
    auto *note = new QLabel(tr("A new language applies the next time LocalForge starts."));
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Request &timeout:"), m_timeout);
    form->addRow(tr("&Monitor sampling:"), m_sampling);
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    // Only written here: Core applies what changed.
    m_core->settings().setValue(SettingKeys::RequestTimeoutSeconds, m_timeout->value());
    m_core->settings().setValue(SettingKeys::Language, m_language->currentData().toString());
    m_core->settings().setValue(SettingKeys::MonitorIntervalMs, m_sampling->value());
    QDialog::accept();
}
