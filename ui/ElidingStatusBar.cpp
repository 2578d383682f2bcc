#include "ElidingStatusBar.h"

#include <QPainter>
#include <QSizeGrip>
#include <QStyleOption>

ElidingStatusBar::ElidingStatusBar(QWidget *parent)
    : QStatusBar(parent)
{
    connect(this, &QStatusBar::messageChanged, this, &ElidingStatusBar::updateToolTip);
}

QRect ElidingStatusBar::messageRect() const
{
    // From the left margin QStatusBar uses to the first widget shown on the right.
    QRect r = rect().adjusted(15, 0, -15, 0);
    for (const QWidget *w : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (w->isVisible() && w->geometry().left() > r.left())
            r.setRight(std::min(r.right(), w->geometry().left() - 8));
    }
    return r;
}

QString ElidingStatusBar::shownMessage() const
{
    const QString message = currentMessage();
    if (message.isEmpty())
        return message;
    return fontMetrics().elidedText(message, Qt::ElideRight, std::max(0, messageRect().width()));
}

void ElidingStatusBar::paintEvent(QPaintEvent *event)
{
    if (currentMessage().isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    // As QStatusBar draws a message and the frames of the widgets kept beside it, the message
    // within the room left of them.
    QPainter p(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &option, &p, this);
    for (QWidget *w : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!w->isVisible() || qobject_cast<QSizeGrip *>(w))
            continue;
        QStyleOption frame(0);
        frame.rect = w->geometry().adjusted(-2, -1, 2, 1);
        frame.palette = palette();
        frame.state = QStyle::State_None;
        style()->drawPrimitive(QStyle::PE_FrameStatusBarItem, &frame, &p, w);
    }
    p.setPen(palette().windowText().color());
    p.drawText(messageRect(), Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine,
               shownMessage());
    // The room may have changed since the message came (a resize, the count grew, a problem).
    updateToolTip();
}

void ElidingStatusBar::updateToolTip()
{
    const QString message = currentMessage();
    const QString tip = !message.isEmpty() && shownMessage() != message ? message : QString();
    if (toolTip() != tip)
        setToolTip(tip);
}
