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
    // The selected conversation (F2, Delete).
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
    // By id: a menu's action acts on the row it was opened on, whatever the list shows by then.
    void renameConversation(const QString &id);
    void deleteConversation(const QString &id);
    QString selectedId() const;

    Core *m_core;
    QLineEdit *m_search;
    QListWidget *m_list;
    QPushButton *m_new;
    QStringList m_matching; // the last search's answer, shown again at once when the list changes
    QString m_matchingFor;  // the search text it answered
};
