#pragma once

#include "providers/ModelInfo.h"

#include <QAbstractTableModel>
#include <QSet>

// One server's models as a sortable table.
class ModelTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Family,
        Parameters,
        Quantization,
        Size,
        Context,
        Modified,
        Capabilities,
        Loaded,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setModels(const ModelList &models);
    const ModelList &models() const { return m_models; }
    // Models the server says are in memory now (Ollama's list does not say; its /api/ps does),
    // on top of those its list marks loaded. True when that changed what is shown.
    bool setLoadedIds(const QSet<QString> &ids);
    bool isLoaded(const ModelInfo &model) const
    {
        return model.loaded || m_loadedIds.contains(model.id);
    }
    // True when no model has anything to show in `column`.
    bool isColumnEmpty(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ModelList m_models;
    QSet<QString> m_loadedIds;
};
