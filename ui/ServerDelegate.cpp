#include "ServerDelegate.h"

#include "ServerListModel.h"

#include <QApplication>

#include <QPainter>
#include <algorithm>

namespace {
QColor statusColor(ServerStatus status)
{
    switch (status) {
    case ServerStatus::Up:
        return QColor(0x2e, 0xa0, 0x43);
    case ServerStatus::NeedsToken:
        return QColor(0xd9, 0x8e, 0x04);
    case ServerStatus::Foreign:
        return QColor(0xcf, 0x22, 0x2e);
    case ServerStatus::Down:
    case ServerStatus::NotProbed:
        break;
    }
    return QColor(0x8c, 0x95, 0x9f);
}
constexpr int Padding = 8;
constexpr int Dot = 10;
} // namespace

QSize ServerDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // A small least width: the list gives each row its whole width, and rows elide, so a
    // narrowed sidebar never scrolls sideways nor keeps rows of its old width.
    const QFontMetrics fm(option.font);
    const int least = Dot + Padding * 3 + fm.averageCharWidth() * 8;
    return {least, fm.height() * 2 + Padding * 2 + 2};
}

void ServerDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const auto status = ServerStatus(index.data(ServerListModel::StatusRole).toInt());
    const bool active = index.data(ServerListModel::ActiveRole).toBool();
    const QFontMetrics fm(option.font);

    painter->setPen(Qt::NoPen);
    painter->setBrush(statusColor(status));
    painter->drawEllipse(QRect(r.left(), r.top() + (fm.height() - Dot) / 2, Dot, Dot));

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QFont title = option.font;
    title.setBold(active);
    painter->setFont(title);
    painter->setPen(text);
    const QRect titleRect(r.left() + Dot + 6, r.top(), r.width() - Dot - 6, fm.height());
    QString titleText = index.data(Qt::DisplayRole).toString();
    if (active)
        titleText += QStringLiteral("  ✓");
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(title).elidedText(titleText, Qt::ElideRight, titleRect.width()));

    QColor sub = text;
    sub.setAlphaF(0.65f);
    painter->setPen(sub);
    painter->setFont(option.font);
    const QRect subRect(titleRect.left(), titleRect.bottom() + 2, titleRect.width(), fm.height());
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(ServerListModel::SubtitleRole).toString(),
                                    Qt::ElideMiddle, subRect.width()));
    painter->restore();
}
