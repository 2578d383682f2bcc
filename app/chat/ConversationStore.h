#pragma once

#include "ChatMessage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// Conversations saved as one JSON file each, written atomically (QSaveFile): a failed write
// leaves the previous file as it was. A file that cannot be read is reported and moved aside
// (never overwritten); the others load.
class ConversationStore final
{
    Q_DECLARE_TR_FUNCTIONS(ConversationStore)

public:
    struct Conversation
    {
        QString id;    // the file name without .json
        QString title; // empty: named after its first question
        QString systemPrompt;
        QList<ChatMessage> messages;
        QDateTime updatedAt;

        // The title, or the start of the first question when there is none.
        QString displayTitle() const;
    };

    explicit ConversationStore(const QString &folder);
    QString folder() const { return m_folder; }

    // Writes one conversation; false (and why) when it could not. `written`: the file's size.
    bool save(const Conversation &conversation, QString *error = nullptr,
              qint64 *written = nullptr) const;
    // Reads every conversation; unreadable files are moved to "<name>.unreadable" and named in
    // `problems`.
    // The most recently changed first.
    QList<Conversation> loadAll(QStringList *problems = nullptr) const;
    // Deletes a conversation's file; false (and why) when it could not.
    bool remove(const QString &id, QString *error = nullptr) const;

    static QJsonObject toJson(const Conversation &conversation);
    static std::optional<Conversation> fromJson(const QJsonObject &json);
    // A message still streaming when it was saved was cut short: it comes back interrupted.
    static ChatMessage messageFromJson(const QJsonObject &json);
    static QJsonObject messageToJson(const ChatMessage &message);

private:
    QString m_folder;
};
