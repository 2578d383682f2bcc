#include "ElidedLabel.h"

#include <QEvent>

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    // Its whole width when there is room, down to "…" when there is not.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text, const QStringList &shorter)
{
    m_text = text;
    m_shorter = shorter;
    updateGeometry(); // its width when whole changed
    elide();
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {m_shorter.isEmpty() ? fontMetrics().horizontalAdvance(QStringLiteral("…")) : 0,
            QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_text), QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        elide();
    }
}

void ElidedLabel::elide()
{
    QString shown;
    if (m_shorter.isEmpty()) {
        shown = fontMetrics().elidedText(m_text, Qt::ElideMiddle, width());
    } else {
        for (const QString &form : QStringList{m_text} + m_shorter) {
            if (fontMetrics().horizontalAdvance(form) <= width()) {
                shown = form;
                break;
            }
        }
    }
    if (shown != text())
        setText(shown);
    setToolTip(shown == m_text ? QString() : m_text);
}
