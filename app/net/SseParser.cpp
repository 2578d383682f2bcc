#include "SseParser.h"

std::vector<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    std::vector<SseEvent> out;
    m_lines.feed(bytes, [this, &out](QByteArrayView line) { processLine(line, out); });
    return out;
}

std::vector<SseEvent> SseParser::finish()
{
    std::vector<SseEvent> out;
    m_lines.finish([this, &out](QByteArrayView line) { processLine(line, out); });
    if (!overflowed())
        dispatch(out);
    return out;
}

void SseParser::processLine(QByteArrayView line, std::vector<SseEvent> &out)
{
    if (m_overflowed)
        return;
    if (m_firstLine) {
        m_firstLine = false;
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':') {
        ++m_comments;
        return;
    }
    QByteArrayView field = line;
    QByteArrayView value;
    const qsizetype colon = line.indexOf(':');
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == "data") {
        if (m_current.data.size() + value.size() + 1 > MaxEventBytes) {
            m_overflowed = true;
            m_current = SseEvent(); // frees what was gathered
            m_hasData = false;
            m_hasFields = false;
            return;
        }
        if (m_hasData)
            m_current.data.append('\n');
        m_current.data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_current.event = value.toByteArray();
    } else if (field == "id") {
        m_current.id = value.toByteArray();
    } else if (field == "error") {
        m_current.errorField = value.toByteArray();
    } else {
        return; // retry: and unknown fields are ignored
    }
    m_hasFields = true;
}

void SseParser::dispatch(std::vector<SseEvent> &out)
{
    if (m_hasFields && (m_hasData || !m_current.errorField.isEmpty()))
        out.push_back(std::move(m_current));
    m_current = SseEvent();
    m_hasData = false;
    m_hasFields = false;
}
