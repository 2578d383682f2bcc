#include "GatewayPanel.h"

#include "Format.h"
#include "settings/PhoenixGateway.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

GatewayPanel::GatewayPanel(PhoenixGateway *gateway, QWidget *parent)
    : QWidget(parent)
    , m_gateway(gateway)
{
    setObjectName(QStringLiteral("gatewayPanel"));
    m_title = new QLabel;
    m_title->setTextFormat(Qt::PlainText);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("gatewayProviders"));
    m_list->setAccessibleName(tr("Phoenix gateway providers"));
    m_list->setToolTip(
        tr("Click a provider, or choose it and press Enter, to make it the one the gateway uses"));
    m_list->setMaximumHeight(110);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("gatewayMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // the gateway's own words, shown as written
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addWidget(m_message);
    connect(m_gateway, &PhoenixGateway::healthChanged, this, &GatewayPanel::reload);
    connect(m_gateway, &PhoenixGateway::switched, this, [this](bool ok, const QString &message) {
        m_message->setText(message);
        m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e"));
    });
    // A click, or Enter (and double-click) on the current provider: the keyboard reaches it too.
    connect(m_list, &QListWidget::itemClicked, this, &GatewayPanel::switchTo);
    connect(m_list, &QListWidget::itemActivated, this, &GatewayPanel::switchTo);
    reload();
}

void GatewayPanel::switchTo(QListWidgetItem *item)
{
    const QString name = item->data(Qt::UserRole).toString();
    if (name == m_gateway->activeProvider())
        return;
    m_message->setText(tr("Switching to %1…").arg(name));
    m_message->setStyleSheet({});
    m_gateway->switchProvider(name); // asked twice (click, then activation): sent once
}

QString GatewayPanel::message() const
{
    return m_message->text();
}

void GatewayPanel::reload()
{
    setVisible(m_gateway->isAvailable());
    if (!m_gateway->isAvailable())
        return;
    m_title->setText(tr("Phoenix gateway · %1").arg(Format::hostPort(m_gateway->baseUrl())));
    // Rebuilt at every refresh: the current provider stays current, so that keyboard users
    // keep their place.
    const QListWidgetItem *current = m_list->currentItem();
    const QString currentName = current ? current->data(Qt::UserRole).toString() : QString();
    QSignalBlocker block(m_list);
    m_list->clear();
    for (const PhoenixGateway::ProviderHealth &p : m_gateway->providers()) {
        const bool active = p.name == m_gateway->activeProvider();
        auto *item = new QListWidgetItem(
            QStringLiteral("● ") + p.name + (active ? QStringLiteral("  ✓") : QString()), m_list);
        item->setData(Qt::UserRole, p.name);
        item->setForeground(p.healthy ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb3, 0x26, 0x1e));
        item->setToolTip(p.healthy ? tr("%1: healthy").arg(p.name)
                                   : tr("%1: not healthy (%2)").arg(p.name, p.detail));
        // Said in words too, not by colour and mark alone.
        item->setData(Qt::AccessibleTextRole,
                      active ? (p.healthy ? tr("%1, healthy, in use").arg(p.name)
                                          : tr("%1, not healthy, in use").arg(p.name))
                             : (p.healthy ? tr("%1, healthy").arg(p.name)
                                          : tr("%1, not healthy").arg(p.name)));
        if (active) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        if (!currentName.isEmpty() && p.name == currentName)
            m_list->setCurrentItem(item);
    }
}
