#pragma once

#include "LineSplitter.h"

#include <QJsonObject>
#include <QString>

#include <vector>

// One line of an NDJSON stream: either a JSON object or a line that is not one.
struct NdjsonItem
{
    QJsonObject object;
    bool valid = false;
    QByteArray raw;     // the line as received, kept for messages about bad lines
    QString parseError; // set when valid is false
};

// Incremental parser for newline-delimited JSON (Ollama's streams). Pure: fed from readyRead,
// tested by splitting real payloads at every byte boundary. Blank lines are skipped.
class NdjsonParser final
{
public:
    std::vector<NdjsonItem> feed(QByteArrayView bytes);
    // End of stream: parses a last line that had no newline.
    std::vector<NdjsonItem> finish();
    qsizetype pendingBytes() const { return m_lines.pendingBytes(); }
    // A line longer than LineSplitter::MaxLineBytes came: the stream cannot be read further.
    bool overflowed() const { return m_lines.overflowed(); }

private:
    static void parseLine(QByteArrayView line, std::vector<NdjsonItem> &out);

    LineSplitter m_lines;
};
