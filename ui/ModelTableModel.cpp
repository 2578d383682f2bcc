#include "ModelTableModel.h"

#include "Format.h"

#include <QLocale>

void ModelTableModel::setModels(const ModelList &models)
{
    beginResetModel();
    m_models = models;
    endResetModel();
}

bool ModelTableModel::setLoadedIds(const QSet<QString> &ids)
{
    if (ids == m_loadedIds)
        return false;
    m_loadedIds = ids;
    if (!m_models.isEmpty())
        Q_EMIT dataChanged(index(0, Loaded), index(rowCount() - 1, Loaded));
    return true;
}

int ModelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int ModelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Family:
        return tr("Family");
    case Parameters:
        return tr("Parameters");
    case Quantization:
        return tr("Quantization");
    case Size:
        return tr("Size");
    case Context:
        return tr("Context");
    case Modified:
        return tr("Modified");
    case Capabilities:
        return tr("Capabilities");
    case Loaded:
        return tr("Loaded");
    default:
        return {};
    }
}

QVariant ModelTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_models.size())
        return {};
    const ModelInfo &m = m_models[index.row()];
    if (role == IdRole)
        return m.id;
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort && role != Qt::ToolTipRole)
        return {};
    const QLocale l;
    switch (index.column()) {
    case Name:
        return m.displayName.isEmpty() ? m.id : m.displayName;
    case Family:
        return m.family;
    case Parameters:
        return m.parameterSize;
    case Quantization:
        return m.quantization;
    case Size:
        if (sort)
            return m.sizeBytes;
        return m.sizeBytes >= 0 ? Format::fileSize(m.sizeBytes) : QString();
    case Context:
        if (sort)
            return m.contextLength;
        return m.contextLength > 0 ? l.toString(m.contextLength) : QString();
    case Modified:
        if (sort)
            return m.modifiedAt;
        return m.modifiedAt.isValid()
                   ? l.toString(m.modifiedAt.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    case Capabilities:
        return m.capabilities.join(QStringLiteral(", "));
    case Loaded:
        if (sort)
            return isLoaded(m);
        return isLoaded(m) ? tr("loaded") : QString();
    default:
        return {};
    }
}

bool ModelTableModel::isColumnEmpty(int column) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (!data(index(row, column), Qt::DisplayRole).toString().isEmpty())
            return false;
    }
    return true;
}
