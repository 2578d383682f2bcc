#include "ConversationWriter.h"

#include "net/JsonText.h"

#include <QIODevice>
#include <QJsonDocument>

namespace {
// What is escaped at once, and how much the buffer holds before it goes to the device.
constexpr qsizetype PieceChars = 8 * 1024;
constexpr qsizetype BufferBytes = 64 * 1024;
} // namespace

ConversationWriter::ConversationWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(BufferBytes + 6 * PieceChars);
}

bool ConversationWriter::flush(qsizetype keep)
{
    if (m_buffer.size() <= keep || !m_ok)
        return m_ok;
    // A short write is written again until the device says why it cannot.
    for (qsizetype done = 0; done < m_buffer.size();) {
        const qint64 n = m_device->write(m_buffer.constData() + done, m_buffer.size() - done);
        if (n <= 0) {
            m_ok = false;
            break;
        }
        done += n;
        m_written += n;
    }
    m_buffer.resize(0); // the room reserved stays for what comes next
    return m_ok;
}

void ConversationWriter::raw(QByteArrayView bytes)
{
    m_buffer.append(bytes);
    flush(BufferBytes);
}

void ConversationWriter::string(QStringView text)
{
    m_buffer.append('"');
    for (qsizetype from = 0; from < text.size() && m_ok;) {
        qsizetype n = std::min(text.size() - from, PieceChars);
        // A surrogate pair stays in one piece.
        if (from + n < text.size() && text[from + n - 1].isHighSurrogate())
            --n;
        JsonText::appendEscaped(m_buffer, text.sliced(from, n));
        from += n;
        flush(BufferBytes);
    }
    m_buffer.append('"');
}

void ConversationWriter::member(QByteArrayView name, QStringView text)
{
    raw(name);
    string(text);
}

void ConversationWriter::message(const ChatMessage &m, bool last)
{
    // The long texts are written piece by piece; the other fields, short, as a JSON object.
    ChatMessage fields = m;
    fields.content.clear();
    fields.thinking.clear();
    QJsonObject rest = ConversationStore::messageToJson(fields);
    rest.remove(QStringLiteral("content"));
    const QByteArray others = QJsonDocument(rest).toJson(QJsonDocument::Compact);
    member("        {\"content\": ", m.content);
    if (!m.thinking.isEmpty())
        member(", \"thinking\": ", m.thinking);
    if (others.size() > 2) {
        raw(", ");
        raw(QByteArrayView(others).sliced(1));
    } else {
        raw("}");
    }
    raw(last ? "\n" : ",\n");
}

bool ConversationWriter::write(const ConversationStore::Conversation &c)
{
    raw("{\n    \"format\": ");
    raw(QByteArray::number(ConversationStore::FormatVersion));
    raw(",\n    \"messages\": [\n");
    for (qsizetype i = 0; i < c.messages.size() && m_ok; ++i)
        message(c.messages[i], i + 1 == c.messages.size());
    raw("    ]");
    if (!c.systemPrompt.isEmpty())
        member(",\n    \"systemPrompt\": ", c.systemPrompt);
    member(",\n    \"title\": ", c.title);
    if (c.updatedAt.isValid())
        member(",\n    \"updatedAt\": ", c.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    raw("\n}\n");
    return flush(0);
}
