#pragma once

#include "ChatMessage.h"
#include "net/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// Conversations saved as one JSON file each, written atomically (written whole beside the old
// one, then renamed over it once the disk has it, see FileCommitter): a failed write leaves the
// previous file as it was and says why. Only a corrupt file is moved aside (to a name of its
// own, never over an earlier copy); a file that cannot be opened, or that a newer LocalForge
// wrote, stays where it is and is reported. At start only the headers are needed:
// an index beside the files keeps each one's title, date and size, so only files changed since
// are parsed; a conversation's messages are read when it is opened.
class ConversationStore final
{
    Q_DECLARE_TR_FUNCTIONS(ConversationStore)

public:
    // The version written into each file; a file with another one is not read.
    static constexpr int FormatVersion = 1;

    struct Conversation
    {
        QString id;    // the file name without .json
        QString title; // empty: named after its first question
        QString systemPrompt;
        QList<ChatMessage> messages;
        QDateTime updatedAt;
        // False when only the header was read (loadHeaders): messages is empty until load().
        bool messagesLoaded = true;
        int headerMessageCount = 0; // with messagesLoaded false: how many messages it has
        QString headerTitle;        // with messagesLoaded false: displayTitle()

        // The title, or the start of the first question when there is none.
        QString displayTitle() const;
        // Lets go of the messages, keeping what the list shows (they are in the file).
        void keepHeaderOnly();
    };

    explicit ConversationStore(const QString &folder);
    QString folder() const { return m_folder; }
    // The file a conversation is saved in.
    QString fileOf(const QString &id) const;

    // A conversation written in full beside its file, not yet in its place.
    struct Written
    {
        QString file;   // complete and closed
        QString target; // where it goes: FileCommitter puts it there once the disk has it
        qint64 bytes = 0;
    };
    // Writes one conversation next to its file, without waiting for the disk: the window's
    // autosave, whose FileCommitter finishes it on another thread. A File error says why not.
    Result<Written> write(const Conversation &conversation) const;
    // Writes one conversation and puts it in place, here and now: the file's size, or a File
    // error saying why it could not (the previous file is kept).
    Result<qint64> save(const Conversation &conversation) const;
    // The error for a save that failed because of `cause`.
    static ApiError saveError(const QString &path, const QString &cause);
    // Reads every conversation; problems are named in `problems` (a corrupt file is moved to
    // "<name>.unreadable", or "<name>.2.unreadable"... when that exists; a file that cannot be
    // opened or has a newer format stays in place). The most recently changed first.
    QList<Conversation> loadAll(QStringList *problems = nullptr) const;
    // The same list with headers only (messagesLoaded false), from the index where a file has
    // not changed since it was indexed; the index is brought up to date.
    QList<Conversation> loadHeaders(QStringList *problems = nullptr) const;
    // One conversation with its messages, or a File error saying why it cannot be read now.
    Result<Conversation> load(const QString &id) const;
    // Read only: nothing is ever written, moved or deleted (a second LocalForge, --scan).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    static QString indexFileName() { return QStringLiteral("conversations.index"); }
    // Deletes a conversation's file; a File error says why it could not.
    ApiError remove(const QString &id) const;
    // Deletes what a save cut short left beside the files (a crash between write() and its
    // commit); the number of files deleted.
    int removeLeftovers() const;

    static QJsonObject toJson(const Conversation &conversation);
    static std::optional<Conversation> fromJson(const QJsonObject &json);
    // A message still streaming when it was saved was cut short: it comes back interrupted.
    static ChatMessage messageFromJson(const QJsonObject &json);
    static QJsonObject messageToJson(const ChatMessage &message);

private:
    enum class ReadStatus { Ok, CannotOpen, Corrupt, Newer };
    struct ReadResult
    {
        ReadStatus status = ReadStatus::Ok;
        std::optional<Conversation> conversation;
        QString reason; // CannotOpen: the system's error text
    };
    static ReadResult readFile(const QString &path);
    // Says what happened to a file that did not load (moving a corrupt one aside).
    QString problemWith(const QString &name, const ReadResult &result) const;

    QString m_folder;
    bool m_readOnly = false;
};
