#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTextCharFormat>
#include <QTextDocument>
#include <QTimer>

class QTextCursor;

// The answer being streamed, as the chat view writes it at the end of its document. Its line
// breaks are kept inside short blocks; of its thinking and of its answer, each, as much is laid
// out as a finished message shows before folding the rest, and past that a line says the
// thinking goes on, or counts what comes of the answer. Knows where it wrote what, so gives the
// streamed text back. The view's memory stays bounded however long the answer.
class StreamedAnswer final
{
    Q_DECLARE_TR_FUNCTIONS(StreamedAnswer)

public:
    struct Formats
    {
        QTextCharFormat body;
        QTextCharFormat thinking;
        QTextCharFormat note; // the lines about what is not laid out
    };

    StreamedAnswer();
    // Starts over, for an answer whose body begins at `bodyStart` in `doc`.
    void start(QTextDocument *doc, int bodyStart, const Formats &formats);
    // Forgets what it wrote (the message is written whole, or gone).
    void stop();
    // Writes pieces that came, the thinking before the answer.
    void write(const QString &content, const QString &thinking);
    // What has been written so far, without the breaks added to keep blocks short (the thinking
    // and the line saying a long one goes on included; "\r\n" and a "\r" alone each as "\n").
    QString text() const;
    // Characters of the answer that came past the limit: counted, not written.
    qsizetype hidden() const { return m_hidden; }

private:
    struct Part
    {
        qsizetype written = 0;
        bool cut = false;
    };
    // Writes what fits of `text` in `part`'s limit; returns how much did not fit.
    qsizetype writeWithin(QTextCursor &c, Part &part, const QString &text,
                          const QTextCharFormat &format);
    void insert(QTextCursor &c, const QString &text, const QTextCharFormat &format);
    void updateNote();

    QPointer<QTextDocument> m_doc;
    int m_bodyStart = 0;
    Formats m_formats;
    QList<int> m_softBreaks; // positions of the breaks added inside long lines
    QList<int> m_lineBreaks; // positions of its line breaks, written as line separators
    Part m_content;
    Part m_thinking;
    bool m_inThinking = false; // what was written last is thinking
    bool m_pendingCr = false;  // a "\r" came last: a break, unless "\n" follows
    qsizetype m_hidden = 0;    // characters of the answer past the limit
    int m_note = -1;           // where the line counting them begins
    QTimer m_noteTimer;
};
