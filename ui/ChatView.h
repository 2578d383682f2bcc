#pragma once

#include "chat/ChatMessage.h"

#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>

// The conversation as one document. A streamed answer is appended at the end through a text
// cursor, never by re-setting the document, and deltas are coalesced to the frame rate, so a
// token costs the same at the start and at the end of a long answer.
class ChatView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ChatView(QWidget *parent = nullptr);

    void clearMessages();
    // Adds a message at the end (a streaming answer starts empty).
    void appendMessage(const ChatMessage &message);
    // Text arriving for the message being streamed (the last one).
    void appendDelta(const QString &content, const QString &thinking);
    // The streamed message is over: writes what is pending and its stats or error line.
    void finishMessage(const ChatMessage &message);
    // Writes pending deltas now (the frame timer does this on its own).
    void flushPending();

protected:
    // Answers are untrusted text: no local file, image or page is ever loaded for them.
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void insertHeader(const ChatMessage &message);
    void insertBody(const ChatMessage &message);
    void styleCodeBlocks(int from, int to);
    void insertFooter(const ChatMessage &message);
    void insertStreamed(QTextCursor &cursor, const QString &text, const QTextCharFormat &format);
    void scrollToEndIfFollowing(bool wasAtEnd);
    bool isAtEnd() const;

    QString m_pendingContent;
    QString m_pendingThinking;
    bool m_inThinking = false;
    int m_bodyStart = 0; // where the body of the last message begins
    QTimer m_frame;
};
