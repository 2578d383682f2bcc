#include "ServerListModel.h"

#include "Format.h"
#include "discovery/Discovery.h"
#include "providers/ProviderRegistry.h"

ServerListModel::ServerListModel(Discovery *discovery, ProviderRegistry *registry, QObject *parent)
    : QAbstractListModel(parent)
    , m_discovery(discovery)
    , m_registry(registry)
    , m_rows(discovery->servers())
    , m_activeId(registry->activeServerId())
{
    // Rows are kept as the registry uses the servers (of their forced kind, if any).
    for (ServerInfo &row : m_rows)
        row = registry->effective(row);
    connect(discovery, &Discovery::serverUpdated, this, &ServerListModel::onUpdated);
    connect(discovery, &Discovery::serverRemoved, this, &ServerListModel::onRemoved);
    // A kind forced or no longer forced changes how the row reads and whether it is usable.
    connect(registry, &ProviderRegistry::providerChanged, this, [this](const QString &id) {
        const int row = rowOf(id);
        const auto found = m_discovery->server(id);
        if (row < 0 || !found)
            return;
        m_rows[row] = m_registry->effective(*found);
        Q_EMIT dataChanged(index(row), index(row));
    });
    connect(registry, &ProviderRegistry::activeServerChanged, this, [this](const QString &id) {
        const int before = rowOf(m_activeId);
        m_activeId = id;
        for (int row : {before, rowOf(id)}) {
            if (row >= 0)
                Q_EMIT dataChanged(index(row), index(row),
                                   {ActiveRole, Qt::FontRole, Qt::AccessibleTextRole});
        }
    });
}

int ServerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void ServerListModel::setNames(const QHash<QString, QString> &names)
{
    if (names == m_names)
        return;
    m_names = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole});
}

int ServerListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id() == id)
            return i;
    }
    return -1;
}

int ServerListModel::usableCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const ServerInfo &s) { return s.isUsable(); }));
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ServerInfo &s = m_rows[index.row()];
    const QString name = m_names.value(s.id());
    const QString title = name.isEmpty() ? Format::serverTitle(s)
                                         : name + QStringLiteral(" · ") + Format::serverTitle(s);
    switch (role) {
    case Qt::DisplayRole:
        return title;
    case Qt::AccessibleTextRole: {
        // The one in use is shown by a tick and bold text: said in words too.
        QString text = title + QStringLiteral(", ") + Format::serverSubtitle(s);
        if (s.id() == m_activeId)
            text += QStringLiteral(", ") + tr("in use");
        return text;
    }
    case Qt::ToolTipRole:
        return Format::plainForRichText(s.problem.isError() ? s.problem.message
                                                            : Format::serverSubtitle(s));
    case IdRole:
        return s.id();
    case StatusRole:
        return int(s.status);
    case KindRole:
        return int(s.kind);
    case SubtitleRole:
        return Format::serverSubtitle(s);
    case ActiveRole:
        return s.id() == m_activeId;
    case ProblemRole:
        return s.problem.message;
    case UsableRole:
        return s.isUsable();
    default:
        return {};
    }
}

Qt::ItemFlags ServerListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Every row can be clicked (to see why it is not usable); the switcher filters on UsableRole.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void ServerListModel::onUpdated(const ServerInfo &info)
{
    const int row = rowOf(info.id());
    if (!info.isListed()) {
        if (row >= 0)
            onRemoved(info.id());
        return;
    }
    if (row >= 0) {
        m_rows[row] = m_registry->effective(info);
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    // Keep discovery's order (the default ports first, then the user's), whatever order the
    // probes finish in.
    const QList<ServerInfo> order = m_discovery->servers();
    auto position = [&order](const QString &id) {
        for (int i = 0; i < order.size(); ++i) {
            if (order[i].id() == id)
                return i;
        }
        return int(order.size());
    };
    const int mine = position(info.id());
    int at = 0;
    while (at < m_rows.size() && position(m_rows[at].id()) < mine)
        ++at;
    beginInsertRows({}, at, at);
    m_rows.insert(at, m_registry->effective(info));
    endInsertRows();
}

void ServerListModel::onRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}
