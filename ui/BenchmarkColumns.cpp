#include "BenchmarkColumns.h"

#include "BenchmarkTableModel.h"
#include "settings/Settings.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>

using T = BenchmarkTableModel;

BenchmarkColumns::BenchmarkColumns(QHeaderView *header, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_header(header)
    , m_settings(settings)
{
    m_header->setSectionsMovable(true);
    place();
    // Kept with the number of columns it was saved for: a table of another release, with
    // columns added or taken away, starts from the first order instead of hiding the wrong ones.
    const QByteArray kept = m_settings.value(SettingKeys::BenchmarkColumns);
    const qsizetype colon = kept.indexOf(':');
    if (colon > 0 && kept.left(colon).toInt() == T::ColumnCount &&
        m_header->restoreState(kept.mid(colon + 1))) {
        m_header->showSection(T::ModelColumn);
        m_header->setSectionHidden(T::MachineColumn, !m_comparing);
        // A sort is the user's for one look, not for every start: plan order again.
        m_header->setSortIndicator(-1, Qt::AscendingOrder);
    }
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, &BenchmarkColumns::showMenu);
    connect(m_header, &QHeaderView::sectionMoved, this, &BenchmarkColumns::save);
}

void BenchmarkColumns::place()
{
    for (int column = 0; column < T::ColumnCount; ++column) {
        m_header->showSection(column);
        m_header->moveSection(m_header->visualIndex(column), column);
    }
    m_header->setSectionHidden(T::MachineColumn, !m_comparing);
    m_header->moveSection(m_header->visualIndex(T::ClientEvalColumn),
                          m_header->visualIndex(T::ModelColumn) + 1);
    m_header->moveSection(m_header->visualIndex(T::TtftColumn),
                          m_header->visualIndex(T::ClientEvalColumn) + 1);
    m_header->moveSection(m_header->visualIndex(T::TotalColumn),
                          m_header->visualIndex(T::TtftColumn) + 1);
}

void BenchmarkColumns::save()
{
    m_settings.setValue(
        SettingKeys::BenchmarkColumns,
        QByteArray(QByteArray::number(T::ColumnCount) + ':' + m_header->saveState()));
}

void BenchmarkColumns::setShown(int column, bool shown)
{
    if (column < 0 || column >= T::ColumnCount || column == T::ModelColumn ||
        column == T::MachineColumn)
        return;
    m_header->setSectionHidden(column, !shown);
    save();
}

void BenchmarkColumns::reset()
{
    place();
    m_header->resizeSections(QHeaderView::ResizeToContents);
    m_settings.setValue(SettingKeys::BenchmarkColumns, QByteArray());
}

void BenchmarkColumns::setComparing(bool comparing)
{
    m_comparing = comparing;
    m_header->setSectionHidden(T::MachineColumn, !comparing);
}

void BenchmarkColumns::showMenu(const QPoint &at)
{
    QMenu menu(m_header);
    menu.setObjectName(QStringLiteral("benchColumnsMenu"));
    // In the order they show, each ticked when shown.
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int column = m_header->logicalIndex(visual);
        if (column == T::MachineColumn)
            continue;
        QAction *action = menu.addAction(
            m_header->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        action->setEnabled(column != T::ModelColumn);
        connect(action, &QAction::toggled, this, [this, column](bool on) { setShown(column, on); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset columns")), &QAction::triggered, this,
            &BenchmarkColumns::reset);
    menu.exec(m_header->viewport()->mapToGlobal(at));
}
