#include "InlineThinking.h"

namespace {
constexpr QStringView Open = u"<think>";
constexpr QStringView Close = u"</think>";

qsizetype leadingSpace(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i].isSpace())
        ++i;
    return i;
}

// The length of the longest end of `text` that begins `tag` (shorter than the tag).
qsizetype tagStartAtEnd(QStringView text, QStringView tag)
{
    for (qsizetype n = std::min(text.size(), tag.size() - 1); n > 0; --n) {
        if (tag.startsWith(text.last(n)))
            return n;
    }
    return 0;
}
} // namespace

InlineThinking::Piece InlineThinking::feed(const QString &content)
{
    Piece out;
    if (m_state == State::Answer) {
        out.content = content; // the usual case: shared, not copied
        return out;
    }
    m_held += content;
    for (;;) {
        switch (m_state) {
        case State::Start: {
            const QStringView rest = QStringView(m_held).sliced(leadingSpace(m_held));
            if (rest.isEmpty() || (rest.size() < Open.size() && Open.startsWith(rest)))
                return out; // too early to say
            if (rest.startsWith(Open)) {
                m_held = rest.sliced(Open.size()).toString();
                m_state = State::ThinkingStart;
                continue;
            }
            m_state = State::Answer;
            out.content = std::exchange(m_held, QString());
            return out;
        }
        case State::ThinkingStart:
        case State::AfterThinking: {
            const qsizetype space = leadingSpace(m_held);
            if (space == m_held.size()) {
                m_held.clear();
                return out;
            }
            m_held.remove(0, space);
            m_state = m_state == State::ThinkingStart ? State::Thinking : State::Answer;
            continue;
        }
        case State::Thinking: {
            const qsizetype close = m_held.indexOf(Close);
            if (close >= 0) {
                out.thinking += QStringView(m_held).first(close);
                m_held.remove(0, close + Close.size());
                m_state = State::AfterThinking;
                continue;
            }
            const qsizetype keep = tagStartAtEnd(m_held, Close);
            out.thinking += QStringView(m_held).first(m_held.size() - keep);
            m_held.remove(0, m_held.size() - keep);
            return out;
        }
        case State::Answer:
            out.content += std::exchange(m_held, QString());
            return out;
        }
    }
}

InlineThinking::Piece InlineThinking::finish()
{
    Piece out;
    switch (m_state) {
    case State::Start:
    case State::Answer:
        out.content = std::exchange(m_held, QString());
        break;
    case State::Thinking:
        out.thinking = std::exchange(m_held, QString());
        break;
    case State::ThinkingStart:
    case State::AfterThinking:
        m_held.clear();
        break;
    }
    m_state = State::Answer;
    return out;
}
