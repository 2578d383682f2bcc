#pragma once

#include "FakeJson.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace FakeJson {

// Order-preserving JSON value for answers the fakes edit at run time (QJsonObject sorts its
// keys; the real servers do not). Numbers keep their source text. Writes compact (Go,
// nlohmann) or indented like JavaScript's JSON.stringify(value, null, 2) (LM Studio).
class Node
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    Node() = default; // null
    static Node boolean(bool value);
    static Node integer(qint64 value);
    static Node real(double value); // shortest round-trip text ("9.099", "4")
    static Node rawNumber(const QByteArray &text);
    static Node string(const QString &value);
    static Node array();
    static Node object();
    // Parses JSON text; a null Node and *ok == false on malformed input.
    static Node parse(const QByteArray &json, bool *ok = nullptr);
    // From a Qt JSON value (object keys then come in Qt's sorted order).
    static Node fromQt(const QJsonValue &value);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }
    QString toString() const;      // string value, else empty
    qint64 toInteger() const;      // number value (truncated), else 0
    bool toBool() const;           // bool value, else false
    QByteArray numberText() const; // number text as written

    // Objects (in insertion order).
    bool contains(QStringView key) const;
    Node value(QStringView key) const;                  // null Node when absent
    Node *find(QStringView key);                        // nullptr when absent
    void insert(const QString &key, const Node &value); // replaces in place, else appends
    void insertAfter(QStringView after, const QString &key, const Node &value);
    void remove(QStringView key);
    QStringList keys() const;

    // Arrays.
    qsizetype size() const; // items of an array, members of an object
    const Node &at(qsizetype index) const;
    Node &operator[](qsizetype index);
    void append(const Node &value);
    void removeAt(qsizetype index);

    QByteArray toCompact(Escaping escaping = Escaping::Standard) const;
    QByteArray toIndented(int indent = 2, Escaping escaping = Escaping::Standard) const;

private:
    void write(QByteArray *out, Escaping escaping, int indent, int depth) const;

    Type m_type = Type::Null;
    bool m_bool = false;
    QByteArray m_number;
    QString m_string;
    std::vector<QString> m_keys; // objects
    std::vector<Node> m_values;  // object members or array items
};

} // namespace FakeJson
