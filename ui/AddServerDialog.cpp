#include "AddServerDialog.h"

#include "discovery/Discovery.h"
#include "settings/TokenPolicy.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddServerDialog::AddServerDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add a server"));
    setObjectName(QStringLiteral("addServerDialog"));
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setAccessibleName(tr("Server address"));
    m_address->setPlaceholderText(QStringLiteral("http://192.168.1.20:11434"));
    m_hint = new QLabel(tr("The address of an Ollama, LM Studio, llama.cpp, vLLM or other "
                           "OpenAI-compatible server: a GPU box, a Docker host, another port."));
    m_hint->setWordWrap(true);
    m_keepPassword = new QCheckBox(tr("Keep the password as this server's API token (in the "
                                      "system keychain, not in the address)"));
    m_keepPassword->setObjectName(QStringLiteral("keepPasswordAsToken"));
    m_keepPassword->setAccessibleName(tr("Keep the password as the API token"));
    m_keepPassword->setChecked(true);
    m_keepPassword->setHidden(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_keepPassword);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &AddServerDialog::validate);
    validate();
    resize(460, sizeHint().height());
}

QUrl AddServerDialog::url() const
{
    return normalizeServerUrl(m_address->text());
}

QString AddServerDialog::token() const
{
    QString secret;
    normalizeServerUrl(m_address->text(), &secret);
    return !m_keepPassword->isHidden() && m_keepPassword->isChecked() ? secret : QString();
}

void AddServerDialog::validate()
{
    const bool empty = m_address->text().trimmed().isEmpty();
    const bool ok = url().isValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    QString secret;
    normalizeServerUrl(m_address->text(), &secret);
    const bool withPassword = ok && !secret.isEmpty();
    // Over plain http to another host the token would travel in clear: not kept unless the
    // user ticks it.
    if (withPassword && m_keepPassword->isHidden())
        m_keepPassword->setChecked(!tokenTravelsInClear(url()));
    m_keepPassword->setHidden(!withPassword);
    if (withPassword && tokenTravelsInClear(url()))
        m_hint->setText(tr("The user name and password are left out of the address. %1 is "
                           "reached over plain http: a token sent there can be read on the "
                           "network.")
                            .arg(url().host()));
    else if (withPassword)
        m_hint->setText(tr("The user name and password are left out of the address."));
    else if (!empty && !ok)
        m_hint->setText(tr("“%1” is not a server address. Write it as host:port or "
                           "http://host:port, for example 192.168.1.20:11434.")
                            .arg(m_address->text().trimmed()));
    else
        m_hint->setText(tr("The address of an Ollama, LM Studio, llama.cpp, vLLM or other "
                           "OpenAI-compatible server: a GPU box, a Docker host, another port."));
}
