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
        QString id; // the file name without .json
        QString title;
        QList<ChatMessage> messages;
    };

    explicit ConversationStore(const QString &folder);
    QString folder() const { return m_folder; }

    // Writes one conversation; false (and why) when it could not.
    bool save(const Conversation &conversation, QString *error = nullptr) const;
    // Reads every conversation; unreadable files are moved to "<name>.unreadable" and named in
    // `problems`.
    QList<Conversation> loadAll(QStringList *problems = nullptr) const;

    static QJsonObject toJson(const Conversation &conversation);
    static std::optional<Conversation> fromJson(const QJsonObject &json);
    // A message still streaming when it was saved was cut short: it comes back interrupted.
    static ChatMessage messageFromJson(const QJsonObject &json);
    static QJsonObject messageToJson(const ChatMessage &message);

private:
    QString m_folder;
};
