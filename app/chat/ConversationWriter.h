#pragma once

#include "ConversationStore.h"

#include <QByteArray>

class QIODevice;

// Writes a conversation as the JSON that ConversationStore reads, a piece at a time: a long
// answer is escaped straight into the file while it streams, never held a second time as a
// document or as one block of bytes. Parsed back, the text is the object
// ConversationStore::toJson builds.
class ConversationWriter final
{
public:
    explicit ConversationWriter(QIODevice *device);

    // False when the device took fewer bytes than it was given (a full disk): its
    // errorString() says why.
    bool write(const ConversationStore::Conversation &conversation);
    qint64 bytesWritten() const { return m_written; }

private:
    void raw(QByteArrayView bytes);
    void string(QStringView text);
    void member(QByteArrayView name, QStringView text);
    void message(const ChatMessage &message, bool last);
    bool flush(qsizetype keep);

    QIODevice *m_device;
    QByteArray m_buffer;
    qint64 m_written = 0;
    bool m_ok = true;
};
