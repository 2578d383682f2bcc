// Conversation reader (the reading side of ConversationStore: a saved file's bytes to a
// conversation). Invariants: whatever reads is written back and reads again to the same
// conversation (parse -> serialise -> parse), the written JSON text parses to the same
// object, so does what a save writes a piece at a time, a message never comes back as still
// streaming, and a conversation without a title is named by at most 60 characters.
#include "FuzzSupport.h"
#include "chat/ConversationStore.h"
#include "chat/ConversationWriter.h"

#include <QBuffer>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size).toByteArray();
    // What loading a conversation file does with its bytes.
    const std::optional<ConversationStore::Conversation> read =
        ConversationStore::fromJson(QJsonDocument::fromJson(bytes).object());
    if (!read)
        return 0;
    for (const ChatMessage &m : read->messages)
        FUZZ_CHECK(m.state != ChatMessage::State::Streaming);
    if (read->title.trimmed().isEmpty())
        FUZZ_CHECK(read->displayTitle().size() <= 60);
    else
        FUZZ_CHECK(read->displayTitle() == read->title.trimmed());

    const QJsonObject written = ConversationStore::toJson(*read);
    const QByteArray text = QJsonDocument(written).toJson(QJsonDocument::Indented);
    FUZZ_CHECK(QJsonDocument::fromJson(text).object() == written);
    // What a save writes, a piece at a time, reads as that same object.
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    FUZZ_CHECK(ConversationWriter(&file).write(*read));
    FUZZ_CHECK(QJsonDocument::fromJson(file.data()).object() == written);

    const std::optional<ConversationStore::Conversation> again =
        ConversationStore::fromJson(QJsonDocument::fromJson(text).object());
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->title == read->title);
    FUZZ_CHECK(again->systemPrompt == read->systemPrompt);
    FUZZ_CHECK(again->updatedAt == read->updatedAt);
    FUZZ_CHECK(again->messages.size() == read->messages.size());
    for (qsizetype i = 0; i < read->messages.size(); ++i) {
        const ChatMessage &a = read->messages.at(i);
        const ChatMessage &b = again->messages.at(i);
        FUZZ_CHECK(b.role == a.role);
        FUZZ_CHECK(b.content == a.content);
        FUZZ_CHECK(b.thinking == a.thinking);
        FUZZ_CHECK(b.state == a.state);
        FUZZ_CHECK(b.errorText == a.errorText);
        FUZZ_CHECK(b.createdAt == a.createdAt);
    }
    FUZZ_CHECK(ConversationStore::toJson(*again) == written);
    return 0;
}
