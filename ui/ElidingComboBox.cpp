#include "ElidingComboBox.h"

#include <QStyleOptionComboBox>
#include <QStylePainter>

ElidingComboBox::ElidingComboBox(QWidget *parent)
    : QComboBox(parent)
{}

QString ElidingComboBox::shownText() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QRect field =
        style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    int room = field.width();
    if (!option.currentIcon.isNull())
        room -= option.iconSize.width() + 4;
    room = std::max(0, room);
    const QFontMetrics metrics = fontMetrics();
    const QString &text = option.currentText;
    // What follows two spaces is a mark ("(loaded)"): kept whole while the name keeps a little.
    if (const qsizetype at = text.lastIndexOf(QStringLiteral("  "));
        at > 0 && metrics.horizontalAdvance(text) > room) {
        const QString mark = text.sliced(at);
        const int left = room - metrics.horizontalAdvance(mark);
        if (left > metrics.horizontalAdvance(QStringLiteral("MM…")))
            return metrics.elidedText(text.first(at), Qt::ElideMiddle, left) + mark;
    }
    return metrics.elidedText(text, Qt::ElideMiddle, room);
}

void ElidingComboBox::paintEvent(QPaintEvent *)
{
    // As QComboBox paints itself, with the text shortened.
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    if (currentIndex() < 0 && !placeholderText().isEmpty()) {
        option.palette.setBrush(QPalette::ButtonText, option.palette.placeholderText());
        option.currentText = placeholderText();
    } else {
        option.currentText = shownText();
    }
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}
