#include "ConversationsPanel.h"

#include "Core.h"
#include "chat/ChatSession.h"
#include "chat/ConversationLibrary.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

ConversationsPanel::ConversationsPanel(Core *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
{
    setObjectName(QStringLiteral("conversationsPanel"));
    m_new = new QPushButton(tr("New chat"));
    m_new->setObjectName(QStringLiteral("newChatButton"));
    m_new->setToolTip(tr("Start a new conversation (Ctrl+N)"));
    m_new->setShortcut(QKeySequence::New);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("conversationSearch"));
    m_search->setPlaceholderText(tr("Search conversations"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(170);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_new);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);

    ConversationLibrary *library = core->conversations();
    connect(m_new, &QPushButton::clicked, library, &ConversationLibrary::newConversation);
    // The clear button shows only over text, and setting it up (its icon, its fade) costs
    // several milliseconds: it is set up with the first text, not while the window opens.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty() && !m_search->isClearButtonEnabled())
            m_search->setClearButtonEnabled(true);
    });
    connect(m_search, &QLineEdit::textChanged, this, &ConversationsPanel::reload);
    connect(library, &ConversationLibrary::listChanged, this, &ConversationsPanel::reload);
    connect(library, &ConversationLibrary::currentChanged, this, &ConversationsPanel::reload);
    // A click opens, and so does activation (Enter, a double click). Where a style activates on
    // a single click as well, the click has rebuilt the list, so no activation follows it; on
    // the open conversation, opening again does nothing.
    connect(m_list, &QListWidget::itemClicked, this, &ConversationsPanel::openItem);
    connect(m_list, &QListWidget::itemActivated, this, &ConversationsPanel::openItem);
    connect(library, &ConversationLibrary::openFailed, this, &ConversationsPanel::problem);
    connect(m_list, &QListWidget::customContextMenuRequested, this, &ConversationsPanel::showMenu);
    auto *rename = new QShortcut(QKeySequence(Qt::Key_F2), m_list);
    rename->setContext(Qt::WidgetShortcut);
    connect(rename, &QShortcut::activated, this, &ConversationsPanel::renameCurrent);
    auto *remove = new QShortcut(QKeySequence::Delete, m_list);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ConversationsPanel::deleteCurrent);
    reload();
}

void ConversationsPanel::openItem(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    if (!m_core->conversations()->open(id) && id != m_core->conversations()->currentId()) {
        // Another reason (the file cannot be read) comes through openFailed.
        if (m_core->chat()->isStreaming())
            Q_EMIT problem(tr("An answer is still coming. Stop it (Esc) before opening "
                              "another conversation."));
        reload();
    }
}

void ConversationsPanel::setFilter(const QString &text)
{
    m_search->setText(text);
}

QString ConversationsPanel::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConversationsPanel::reload()
{
    // Without a search the list is there at once; with one, it comes when the conversations
    // not in memory have been read on the search thread (the list shown meanwhile stays).
    ConversationLibrary *library = m_core->conversations();
    if (m_search->text().trimmed().isEmpty()) {
        library->searchInBackground({}, this, {}); // a search still running answers no one
        m_matching.clear();
        m_matchingFor.clear();
        showMatching(library->search({}));
        return;
    }
    // The list changed under the same search: meanwhile its last answer, as the list is now (a
    // deleted one gone, a new title shown).
    if (m_matchingFor == m_search->text())
        showMatching(m_matching);
    library->searchInBackground(m_search->text(), this,
                                [this, text = m_search->text()](const QStringList &matching) {
                                    m_matching = matching;
                                    m_matchingFor = text;
                                    showMatching(matching);
                                });
}

void ConversationsPanel::showMatching(const QStringList &matching)
{
    ConversationLibrary *library = m_core->conversations();
    const QString current = library->currentId();
    QSignalBlocker block(m_list);
    m_list->clear();
    const QLocale locale;
    for (const ConversationLibrary::Summary &s : library->summaries()) {
        if (!matching.contains(s.id))
            continue;
        auto *item = new QListWidgetItem(s.title, m_list);
        item->setData(Qt::UserRole, s.id);
        item->setToolTip(
            tr("%1\n%n message(s) · %2", nullptr, s.messageCount)
                .arg(s.title, locale.toString(s.updatedAt.toLocalTime(), QLocale::ShortFormat)));
        if (s.id == current) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
            m_list->setCurrentItem(item);
        }
    }
}

void ConversationsPanel::showMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_list->itemAt(pos);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    QMenu menu(this);
    const QString id = item->data(Qt::UserRole).toString();
    menu.addAction(tr("Rename…"), this, [this, id] { renameConversation(id); });
    menu.addAction(tr("Export…"), this, [this, id] { Q_EMIT exportRequested(id); });
    menu.addSeparator();
    menu.addAction(tr("Delete…"), this, [this, id] { deleteConversation(id); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void ConversationsPanel::renameCurrent()
{
    renameConversation(selectedId());
}

void ConversationsPanel::deleteCurrent()
{
    deleteConversation(selectedId());
}

void ConversationsPanel::renameConversation(const QString &id)
{
    const auto c = id.isEmpty() ? std::nullopt : m_core->conversations()->conversation(id);
    if (!c)
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Rename conversation"), tr("Title:"),
                                                QLineEdit::Normal, c->displayTitle(), &ok);
    if (!ok)
        return;
    if (const ApiError error = m_core->conversations()->rename(c->id, title); error.isError())
        Q_EMIT problem(error.message);
}

void ConversationsPanel::deleteConversation(const QString &id)
{
    const auto c = id.isEmpty() ? std::nullopt : m_core->conversations()->conversation(id);
    if (!c)
        return;
    const auto answer =
        QMessageBox::question(this, tr("Delete conversation"),
                              tr("Delete “%1” and its %n message(s)? This cannot be undone.",
                                 nullptr, int(c->messages.size()))
                                  .arg(c->displayTitle()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const ApiError error = m_core->conversations()->remove(c->id); error.isError())
        Q_EMIT problem(error.message);
}
