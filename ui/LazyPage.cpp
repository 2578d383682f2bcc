#include "LazyPage.h"

#include <QVBoxLayout>

LazyPage::LazyPage(Factory make, QWidget *parent)
    : QWidget(parent)
    , m_make(std::move(make))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::page()
{
    if (!m_page) {
        m_page = m_make();
        m_make = nullptr;
        layout()->addWidget(m_page);
        if (isVisible())
            m_page->show(); // now, not after the next event loop round
    }
    return m_page;
}

void LazyPage::showEvent(QShowEvent *event)
{
    page();
    QWidget::showEvent(event);
}
