#pragma once

#include "StreamedAnswer.h"
#include "chat/ChatMessage.h"
#include "chat/LongRuns.h"

#include <QHash>
#include <QSet>
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
    // Shows a whole conversation at once.
    void setMessages(const QList<ChatMessage> &messages);
    // Keeps the first `count` messages.
    void truncate(int count);
    // Adds a message at the end (a streaming answer starts empty).
    void appendMessage(const ChatMessage &message);
    // Text arriving for the message being streamed (the last one).
    void appendDelta(const QString &content, const QString &thinking);
    // The streamed message is over: writes what is pending and its stats or error line.
    void finishMessage(const ChatMessage &message);
    // Writes pending deltas now (the frame timer does this on its own).
    void flushPending();
    // The streamed text of the last message as the view shows it while it streams (what has
    // been written so far, without the breaks the view adds to keep paragraphs short; its
    // thinking and the line saying a long one goes on included, carriage returns left out).
    QString streamedText() const { return m_live.text(); }
    // Characters of the message being streamed that came past what the view lays out live
    // (as many as a finished message shows before folding the rest): counted, not written.
    qsizetype streamedHidden() const { return m_live.hidden(); }

    int messageCount() const { return int(m_messages.size()); }
    // Text of the code blocks of a message, in order (what "Copy code" copies).
    QStringList codeBlocks(int message) const;
    bool isThinkingExpanded(int message) const { return m_expanded.contains(message); }
    void setThinkingExpanded(int message, bool expanded);
    // Parts of a message too long to lay out at once are folded (see LongRuns): their full
    // text, in order, and whether one is shown whole.
    QStringList folds(int message) const;
    bool isFoldOpen(int message, int fold) const;
    void setFoldOpen(int message, int fold, bool open);
    // Follows a link of the conversation: an action LocalForge wrote itself (the answer's own
    // links never act), or a web link, opened in the browser once its address was confirmed.
    void activateLink(const QUrl &url);
    // The action links of a message (for tests and keyboard users): "copy", "regenerate", ...
    QList<QUrl> actionLinks() const;

Q_SIGNALS:
    void regenerateRequested();
    void editRequested();
    // A short message for the user to see for a moment: something copied, a change that waits.
    void confirmation(const QString &text);

protected:
    // Answers are untrusted text: no local file, image or page is ever loaded for them.
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void renderFrom(int index);
    void renderMessage(int index);
    void insertHeader(int index);
    void insertBody(int index);
    void insertThinking(int index);
    void insertFolded(QTextCursor &cursor, int index, QStringView text, LongRuns::Syntax syntax,
                      const QTextCharFormat &format, const LongRuns::Limits &limits);
    void insertFold(QTextCursor &cursor, int index, QStringView text, LongRuns::Syntax syntax,
                    const LongRuns::Segment &segment, const QTextCharFormat &format);
    void insertMarkdown(QTextCursor &cursor, const QString &markdown);
    bool confirmOpen(const QUrl &url);
    void decorateCodeBlocks(int index, int from, int to);
    void insertFooter(int index);
    void insertLink(QTextCursor &cursor, const QString &text, const QString &action);
    // Whether a change to `message` waits for the answer being streamed after it.
    bool deferWhileStreaming(int message);
    void scrollToEndIfFollowing(bool wasAtEnd);
    bool isAtEnd() const;

    // The document being written: a detached one while a whole conversation is built.
    QTextDocument *doc() const { return m_building ? m_building : document(); }
    QTextDocument *m_building = nullptr;
    QList<ChatMessage> m_messages;
    QList<int> m_starts;  // where each message begins in the document
    QSet<int> m_expanded; // finished messages whose thinking is shown
    QHash<int, QStringList> m_code;
    // Where each folded part is in its message: the view keeps no copy of the text.
    struct Fold
    {
        bool thinking = false;
        qsizetype from = 0;
        qsizetype length = 0;
    };
    QStringView foldText(int message, const Fold &fold) const;
    QHash<int, QList<Fold>> m_folds;
    QSet<QPair<int, int>> m_openFolds;
    // Written into every action link: a link in an answer cannot know it, so cannot act.
    const QString m_key;
    QString m_pendingContent;
    QString m_pendingThinking;
    int m_bodyStart = 0; // where the body of the last message begins
    StreamedAnswer m_live;
    int m_renderAfterAnswer = -1; // the first message to write again once it is complete
    QTimer m_frame;
};
