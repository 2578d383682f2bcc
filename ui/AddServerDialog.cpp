#include "AddServerDialog.h"

#include "Format.h"
#include "discovery/Discovery.h"
#include "net/HostAddress.h"
#include "settings/TokenPolicy.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {
// "gpu-box", "192.168.1.20", "[::1]", "gpu-box/ollama", "gpu-box:", "user:pw@gpu-box": no
// scheme and no port, which would mean port 80. A number alone is a port on this machine.
bool namesNoPort(const QString &text)
{
    static const QRegularExpression hostOnly(
        QStringLiteral("^(?:[^:/\\[\\]]+|\\[[^\\]]*\\]):?(?:/.*)?$"));
    static const QRegularExpression number(QStringLiteral("^:?\\d+$"));
    return !text.contains(u"://") && !number.match(text).hasMatch() &&
           hostOnly.match(text.section(u'@', -1)).hasMatch();
}

} // namespace

AddServerDialog::AddServerDialog(const QStringList &known, QWidget *parent)
    : QDialog(parent)
    , m_known(known)
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

QString AddServerDialog::existing() const
{
    return existingFor(url());
}

QString AddServerDialog::existingFor(const QUrl &typed) const
{
    if (!typed.isValid())
        return {};
    for (const QString &id : m_known) {
        if (Net::sameServer(typed, QUrl(id)))
            return id;
    }
    return {};
}

QString AddServerDialog::whyNotAnAddress(const QString &text) const
{
    static const QRegularExpression port(QStringLiteral(":(\\d+)/?$"));
    if (const QRegularExpressionMatch m = port.match(text); m.hasMatch()) {
        const qint64 number = m.captured(1).left(9).toLongLong();
        if (number < 1 || number > 65535)
            return tr("%1 is not a port: ports go from 1 to 65535.").arg(m.captured(1));
    }
    const QString host =
        text.section(QStringLiteral("://"), -1).section(u'/', 0, 0).section(u'@', -1);
    if (host.count(u':') >= 2 && !host.contains(u'['))
        return tr("Put an IPv6 address in brackets, its port after them: for example "
                  "[fe80::1]:11434.");
    return tr("“%1” is not a server address. Write it as host:port or http://host:port, for "
              "example 192.168.1.20:11434.")
        .arg(text);
}

void AddServerDialog::validate()
{
    const QString text = m_address->text().trimmed();
    const bool empty = text.isEmpty();
    QString secret;
    const QUrl typed = normalizeServerUrl(text, &secret);
    // A name alone would be port 80, where no LLM server listens by default: the port is asked
    // for. With a scheme ("https://llm.example.org") the scheme's port is meant.
    const bool noPort = !empty && namesNoPort(text);
    const bool ok = typed.isValid() && !noPort;
    const QString already = ok ? existingFor(typed) : QString();
    QPushButton *add = m_buttons->button(QDialogButtonBox::Ok);
    add->setEnabled(ok);
    add->setText(already.isEmpty() ? tr("Add") : tr("Show it"));
    // A listed server's token is changed in its settings (Servers…), not here.
    const bool withPassword = ok && !secret.isEmpty() && already.isEmpty();
    // Over plain http to another host the token would travel in clear: not kept unless the
    // user ticks it, and asked again whenever the address changes from one case to the other.
    const int inClear = withPassword ? int(tokenTravelsInClear(typed)) : -1;
    if (withPassword && inClear != m_inClear)
        m_keepPassword->setChecked(!inClear);
    if (withPassword)
        m_inClear = inClear;
    m_keepPassword->setHidden(!withPassword);
    if (!already.isEmpty())
        m_hint->setText(tr("This server is already in the list, as %1: Show it selects it.")
                            .arg(Format::hostPort(QUrl(already))));
    else if (noPort)
        m_hint->setText(tr("Add the port: for example %1:11434 (Ollama) or %1:1234 (LM Studio).")
                            .arg(Net::hostPort(typed))); // no port typed: the host alone
    else if (withPassword && inClear == 1)
        m_hint->setText(tr("The user name and password are left out of the address. %1 is "
                           "reached over plain http: a token sent there can be read on the "
                           "network.")
                            .arg(typed.host()));
    else if (withPassword)
        m_hint->setText(tr("The user name and password are left out of the address."));
    else if (!empty && !ok)
        m_hint->setText(whyNotAnAddress(text));
    else
        m_hint->setText(tr("The address of an Ollama, LM Studio, llama.cpp, vLLM or other "
                           "OpenAI-compatible server: a GPU box, a Docker host, another port."));
    // Read out with the field, as the reason Add is disabled.
    m_address->setAccessibleDescription(m_hint->text());
}
