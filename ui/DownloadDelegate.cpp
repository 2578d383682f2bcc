#include "DownloadDelegate.h"

#include "DownloadListModel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int Pad = 6;
constexpr int BarHeight = 10;
} // namespace

QSize DownloadDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {300, fm.height() * 2 + BarHeight + Pad * 4};
}

void DownloadDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const QFontMetrics fm(option.font);
    const QRect r = option.rect.adjusted(Pad, Pad, -Pad, -Pad);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setPen(text);
    painter->drawText(
        QRect(r.left(), r.top(), r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width()));

    QStyleOptionProgressBar bar;
    bar.rect = QRect(r.left(), r.top() + fm.height() + Pad, r.width(), BarHeight);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress =
        int(std::clamp(index.data(DownloadListModel::FractionRole).toDouble(), 0.0, 1.0) * 1000);
    bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
    bar.palette = option.palette;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);

    QColor sub = text;
    sub.setAlphaF(0.7f);
    painter->setPen(sub);
    painter->drawText(QRect(r.left(), bar.rect.bottom() + Pad, r.width(), fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(DownloadListModel::DetailRole).toString(),
                                    Qt::ElideRight, r.width()));
    painter->restore();
}
