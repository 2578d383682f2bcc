#pragma once

#include "ConversationStore.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

class ChatSession;
class FileCommitter;
class QThreadPool;
class QTimer;

// Every saved conversation, and which one the chat session shows. The current one is saved
// after every message and every second while an answer streams, so a crash or a kill loses
// at most a second of an answer. New, open, rename, delete and search.
class ConversationLibrary final : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        QString id;
        QString title;
        QDateTime updatedAt;
        int messageCount = 0;
    };

    ConversationLibrary(const QString &folder, ChatSession *chat, QObject *parent = nullptr);
    ~ConversationLibrary() override;

    QString folder() const;
    // Reads the folder and opens the most recent conversation.
    void load();
    // Files that could not be read (at start, or when opened).
    QStringList loadProblems() const { return m_loadProblems; }
    // Read only: conversations are shown, never written, moved or deleted (a LocalForge
    // running beside another one).
    void setReadOnly(bool readOnly) { m_store.setReadOnly(readOnly); }
    bool isReadOnly() const { return m_store.isReadOnly(); }

    // The most recently changed first; the current one is listed once it has a message.
    QList<Summary> summaries() const;
    // Ids of the conversations whose title or messages contain `text` (case-insensitive), in
    // the list's order. Reads here every conversation not read yet, and keeps it.
    QStringList search(const QString &text) const;
    // The same without stalling the window: conversations not in memory are read on a thread
    // of their own and let go. `done` gets the ids on `context`'s thread, unless a later search
    // came first (only the last one answers) or `context` is gone.
    void searchInBackground(const QString &text, QObject *context,
                            std::function<void(const QStringList &)> done);
    QString currentId() const { return m_currentId; }
    std::optional<ConversationStore::Conversation> conversation(const QString &id) const;

    // Starts an empty conversation (the current one stays saved).
    void newConversation();
    // Shows a saved conversation; false when an answer is still coming or the id is unknown.
    bool open(const QString &id);
    // Gives a conversation a new title and saves it; an error says why it could not.
    ApiError rename(const QString &id, const QString &title);
    // Deletes a conversation's file; deleting the current one starts a new conversation.
    ApiError remove(const QString &id);
    // Writes the current conversation now.
    void saveNow();
    // Writes it now when a save is due (before quitting).
    void flush();
    // Returns when every save made so far is in its file (saves finish on another thread).
    void waitForSaved() const;
    // How long after a streamed piece the conversation is written again: a second, longer for
    // a large conversation, so a runaway answer is not rewritten whole every second (each
    // rewrite costs its size: at most about a megabyte a second is written while it streams).
    int streamingSaveIntervalMs() const;

Q_SIGNALS:
    void listChanged();
    void currentChanged(const QString &id);
    // A save failed: the previous copy on disk is kept.
    void saveFailed(const QString &message);
    // A conversation listed at start could not be read when opened (`message` says why).
    void openFailed(const QString &message);

private:
    ConversationStore::Conversation current() const;
    void scheduleSave();
    int indexOf(const QString &id) const;
    // Reads the messages of m_saved[i] when only its header is known; an error when it cannot.
    ApiError ensureLoaded(int i) const;
    void reportSave(const ApiError &error);
    // Writes `c` and has it put in place; false (said through saveFailed) when it could not.
    bool write(const ConversationStore::Conversation &c);
    void keepUntilSaved();
    // Returns when no save of this conversation is on its way.
    void waitForSaved(const QString &id) const;
    static QString idOf(const QString &file);

    ConversationStore m_store;
    QPointer<ChatSession> m_chat;
    // As last saved; those not opened yet hold their header only (read on demand).
    mutable QList<ConversationStore::Conversation> m_saved;
    QString m_currentId;
    QString m_currentTitle;
    QString m_unsentPrompt; // written for a new conversation, left before its first message
    mutable QStringList m_loadProblems;
    QTimer *m_saveTimer;
    FileCommitter *m_committer;
    QThreadPool *m_searchPool;
    std::shared_ptr<std::atomic<int>> m_searchGeneration = std::make_shared<std::atomic<int>>(0);
    QSet<QString> m_keptUntilSaved; // left before their last save was in place
    QSet<QString> m_unsaved;        // their last save failed: saved again at the latest on quit
    bool m_restoring = false;
    bool m_changed = false; // the current conversation changed since it was opened or saved
    QString m_lastError;
    qint64 m_lastSavedBytes = 0;
};
