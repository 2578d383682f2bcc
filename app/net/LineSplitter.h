#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Splits a byte stream into lines on '\n' (a trailing '\r' is dropped). Lines are cut as
// bytes, before any decoding, so a UTF-8 character split across two reads stays whole.
// Pure: no Qt object, no allocation per line when a read holds complete lines.
class LineSplitter final
{
public:
    // Calls onLine(QByteArrayView line) for every complete line in the bytes seen so far.
    template<typename OnLine>
    void feed(QByteArrayView bytes, OnLine &&onLine)
    {
        qsizetype start = 0;
        while (start < bytes.size()) {
            const qsizetype newline = bytes.indexOf('\n', start);
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
        if (m_partial.isEmpty())
            return;
        const QByteArray last = std::exchange(m_partial, QByteArray());
        onLine(stripCarriageReturn(QByteArrayView(last)));
    }

    qsizetype pendingBytes() const { return m_partial.size(); }
    void reset() { m_partial.clear(); }

private:
    static QByteArrayView stripCarriageReturn(QByteArrayView line)
    {
        return line.endsWith('\r') ? line.chopped(1) : line;
    }

    QByteArray m_partial;
};
