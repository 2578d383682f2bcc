#pragma once

#include "chat/ConversationStore.h"

#include <QWidget>

class Core;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// The saved conversations: search, new, open (a click, or Enter), rename, delete, export.
class ConversationsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationsPanel(Core *core, QWidget *parent = nullptr);

    void setFilter(const QString &text);
    void renameCurrent();
    void deleteCurrent();

Q_SIGNALS:
    void exportRequested(const QString &id);
    void problem(const QString &message);

private:
    void reload();
    // Lists the conversations whose ids are in `matching`.
    void showMatching(const QStringList &matching);
    void openItem(QListWidgetItem *item);
    void showMenu(const QPoint &pos);
    std::optional<ConversationStore::Conversation> selected() const;

    Core *m_core;
    QLineEdit *m_search;
    QListWidget *m_list;
    QPushButton *m_new;
};
