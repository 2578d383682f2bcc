#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <utility>

// Splits a byte stream into lines on '\n' (a trailing '\r' is dropped). Lines are cut as
// bytes, before any decoding, so a UTF-8 character split across two reads stays whole.
// Pure: no Qt object, no allocation per line when a read holds complete lines.
// A line longer than MaxLineBytes is never buffered: the splitter stops there (overflowed()),
// hands out no more lines and keeps nothing, so a server that never ends a line cannot make
// it grow without bound.
class LineSplitter final
{
public:
    static constexpr qsizetype MaxLineBytes = 16 * 1024 * 1024;

    // Calls onLine(QByteArrayView line) for every complete line in the bytes seen so far.
    template<typename OnLine>
    void feed(QByteArrayView bytes, OnLine &&onLine)
    {
        qsizetype start = 0;
        while (start < bytes.size() && !m_overflowed) {
            const qsizetype newline = bytes.indexOf('\n', start);
            const qsizetype end = newline < 0 ? bytes.size() : newline;
            if (m_partial.size() + (end - start) > MaxLineBytes) {
                overflow();
                return;
            }
            if (newline < 0) {
                m_partial.append(bytes.sliced(start));
                return;
            }
            QByteArrayView piece = bytes.sliced(start, newline - start);
            if (!m_partial.isEmpty()) {
                m_partial.append(piece);
                onLine(stripCarriageReturn(QByteArrayView(m_partial)));
                m_partial.clear();
            } else {
                onLine(stripCarriageReturn(piece));
            }
            start = newline + 1;
        }
    }

    // At the end of the stream: hands over the last line if it had no terminator.
    template<typename OnLine>
    void finish(OnLine &&onLine)
    {
        if (m_partial.isEmpty() || m_overflowed)
            return;
        const QByteArray last = std::exchange(m_partial, QByteArray());
        onLine(stripCarriageReturn(QByteArrayView(last)));
    }

    qsizetype pendingBytes() const { return m_partial.size(); }
    // A line went past MaxLineBytes: nothing more comes out of this stream.
    bool overflowed() const { return m_overflowed; }
    void reset()
    {
        m_partial.clear();
        m_overflowed = false;
    }

private:
    static QByteArrayView stripCarriageReturn(QByteArrayView line)
    {
        return line.endsWith('\r') ? line.chopped(1) : line;
    }
    void overflow()
    {
        m_overflowed = true;
        m_partial = QByteArray(); // frees the buffer, not just empties it
    }

    QByteArray m_partial;
    bool m_overflowed = false;
};
