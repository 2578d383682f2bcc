#include "JsonTree.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace FakeJson {

namespace {

class Parser
{
public:
    explicit Parser(const QByteArray &text)
        : m_text(text)
    {}

    bool parseDocument(Node *out)
    {
        skipSpace();
        if (!parseValue(out, 0))
            return false;
        skipSpace();
        return m_pos == m_text.size();
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool consume(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    bool literal(const char *word)
    {
        const QByteArray w(word);
        if (m_text.mid(m_pos, w.size()) != w)
            return false;
        m_pos += w.size();
        return true;
    }

    bool parseValue(Node *out, int depth)
    {
        if (depth > 200)
            return false;
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        const char c = m_text.at(m_pos);
        if (c == '{')
            return parseObject(out, depth);
        if (c == '[')
            return parseArray(out, depth);
        if (c == '"') {
            QString s;
            if (!parseString(&s))
                return false;
            *out = Node::string(s);
            return true;
        }
        if (c == 't' && literal("true")) {
            *out = Node::boolean(true);
            return true;
        }
        if (c == 'f' && literal("false")) {
            *out = Node::boolean(false);
            return true;
        }
        if (c == 'n' && literal("null")) {
            *out = Node();
            return true;
        }
        return parseNumber(out);
    }

    bool parseObject(Node *out, int depth)
    {
        ++m_pos; // {
        *out = Node::object();
        if (consume('}'))
            return true;
        for (;;) {
            skipSpace();
            QString key;
            if (m_pos >= m_text.size() || m_text.at(m_pos) != '"' || !parseString(&key))
                return false;
            if (!consume(':'))
                return false;
            Node value;
            if (!parseValue(&value, depth + 1))
                return false;
            out->insert(key, value);
            if (consume(','))
                continue;
            return consume('}');
        }
    }

    bool parseArray(Node *out, int depth)
    {
        ++m_pos; // [
        *out = Node::array();
        if (consume(']'))
            return true;
        for (;;) {
            Node value;
            if (!parseValue(&value, depth + 1))
                return false;
            out->append(value);
            if (consume(','))
                continue;
            return consume(']');
        }
    }

    bool parseNumber(Node *out)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' ||
                c == 'E') {
                ++m_pos;
            } else {
                break;
            }
        }
        const QByteArray text = m_text.mid(start, m_pos - start);
        bool ok = false;
        text.toDouble(&ok);
        if (!ok)
            return false;
        *out = Node::rawNumber(text);
        return true;
    }

    bool hex4(uint *value)
    {
        if (m_pos + 4 > m_text.size())
            return false;
        bool ok = false;
        *value = m_text.mid(m_pos, 4).toUInt(&ok, 16);
        m_pos += 4;
        return ok;
    }

    bool parseString(QString *out)
    {
        ++m_pos; // "
        QByteArray utf8;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos++);
            if (c == '"') {
                *out = QString::fromUtf8(utf8);
                return true;
            }
            if (c != '\\') {
                utf8 += c;
                continue;
            }
            if (m_pos >= m_text.size())
                return false;
            const char e = m_text.at(m_pos++);
            switch (e) {
            case '"':
            case '\\':
            case '/':
                utf8 += e;
                break;
            case 'b':
                utf8 += '\b';
                break;
            case 'f':
                utf8 += '\f';
                break;
            case 'n':
                utf8 += '\n';
                break;
            case 'r':
                utf8 += '\r';
                break;
            case 't':
                utf8 += '\t';
                break;
            case 'u': {
                uint code = 0;
                if (!hex4(&code))
                    return false;
                char32_t codePoint = code;
                if (code >= 0xD800 && code < 0xDC00 && m_text.mid(m_pos, 2) == "\\u") {
                    m_pos += 2;
                    uint low = 0;
                    if (!hex4(&low))
                        return false;
                    codePoint = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                utf8 += QString::fromUcs4(&codePoint, 1).toUtf8();
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

const Node &nullNode()
{
    static const Node null;
    return null;
}

} // namespace

Node Node::boolean(bool value)
{
    Node n;
    n.m_type = Type::Bool;
    n.m_bool = value;
    return n;
}

Node Node::integer(qint64 value)
{
    return rawNumber(QByteArray::number(value));
}

Node Node::real(double value)
{
    return rawNumber(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

Node Node::rawNumber(const QByteArray &text)
{
    Node n;
    n.m_type = Type::Number;
    n.m_number = text;
    return n;
}

Node Node::string(const QString &value)
{
    Node n;
    n.m_type = Type::String;
    n.m_string = value;
    return n;
}

Node Node::array()
{
    Node n;
    n.m_type = Type::Array;
    return n;
}

Node Node::object()
{
    Node n;
    n.m_type = Type::Object;
    return n;
}

Node Node::parse(const QByteArray &json, bool *ok)
{
    Node node;
    Parser parser(json);
    const bool parsed = parser.parseDocument(&node);
    if (ok)
        *ok = parsed;
    return parsed ? node : Node();
}

Node Node::fromQt(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return boolean(value.toBool());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 9.0e15)
            return integer(qint64(d));
        return real(d);
    }
    case QJsonValue::String:
        return string(value.toString());
    case QJsonValue::Array: {
        Node n = array();
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items)
            n.append(fromQt(item));
        return n;
    }
    case QJsonValue::Object: {
        Node n = object();
        const QJsonObject members = value.toObject();
        for (auto it = members.begin(); it != members.end(); ++it)
            n.insert(it.key(), fromQt(it.value()));
        return n;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString Node::toString() const
{
    return m_type == Type::String ? m_string : QString();
}

qint64 Node::toInteger() const
{
    if (m_type != Type::Number)
        return 0;
    bool ok = false;
    const qint64 v = m_number.toLongLong(&ok);
    return ok ? v : qint64(m_number.toDouble());
}

bool Node::toBool() const
{
    return m_type == Type::Bool && m_bool;
}

QByteArray Node::numberText() const
{
    return m_number;
}

bool Node::contains(QStringView key) const
{
    for (const QString &k : m_keys) {
        if (k == key)
            return true;
    }
    return false;
}

Node Node::value(QStringView key) const
{
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key)
            return m_values[i];
    }
    return {};
}

Node *Node::find(QStringView key)
{
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key)
            return &m_values[i];
    }
    return nullptr;
}

void Node::insert(const QString &key, const Node &value)
{
    if (m_type != Type::Object)
        return;
    if (Node *existing = find(key)) {
        *existing = value;
        return;
    }
    m_keys.push_back(key);
    m_values.push_back(value);
}

void Node::insertAfter(QStringView after, const QString &key, const Node &value)
{
    if (m_type != Type::Object)
        return;
    if (Node *existing = find(key)) {
        *existing = value;
        return;
    }
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == after) {
            m_keys.insert(m_keys.begin() + qsizetype(i) + 1, key);
            m_values.insert(m_values.begin() + qsizetype(i) + 1, value);
            return;
        }
    }
    insert(key, value);
}

void Node::remove(QStringView key)
{
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key) {
            m_keys.erase(m_keys.begin() + qsizetype(i));
            m_values.erase(m_values.begin() + qsizetype(i));
            return;
        }
    }
}

QStringList Node::keys() const
{
    QStringList list;
    for (const QString &k : m_keys)
        list.append(k);
    return list;
}

qsizetype Node::size() const
{
    return qsizetype(m_values.size());
}

const Node &Node::at(qsizetype index) const
{
    if (index < 0 || index >= size())
        return nullNode();
    return m_values[size_t(index)];
}

Node &Node::operator[](qsizetype index)
{
    return m_values[size_t(index)];
}

void Node::append(const Node &value)
{
    if (m_type == Type::Array)
        m_values.push_back(value);
}

void Node::removeAt(qsizetype index)
{
    if (m_type == Type::Array && index >= 0 && index < size())
        m_values.erase(m_values.begin() + index);
}

QByteArray Node::toCompact(Escaping escaping) const
{
    QByteArray out;
    write(&out, escaping, 0, 0);
    return out;
}

QByteArray Node::toIndented(int indent, Escaping escaping) const
{
    QByteArray out;
    write(&out, escaping, qMax(0, indent), 0);
    return out;
}

void Node::write(QByteArray *out, Escaping escaping, int indent, int depth) const
{
    const auto newline = [&](int level) {
        if (indent > 0) {
            *out += '\n';
            out->append(QByteArray(qsizetype(indent) * level, ' '));
        }
    };
    switch (m_type) {
    case Type::Null:
        *out += "null";
        return;
    case Type::Bool:
        *out += m_bool ? "true" : "false";
        return;
    case Type::Number:
        *out += m_number;
        return;
    case Type::String:
        *out += FakeJson::string(m_string, escaping);
        return;
    case Type::Array:
    case Type::Object: {
        const bool object = m_type == Type::Object;
        *out += object ? '{' : '[';
        if (m_values.empty()) {
            *out += object ? '}' : ']';
            return;
        }
        for (size_t i = 0; i < m_values.size(); ++i) {
            if (i > 0)
                *out += ',';
            newline(depth + 1);
            if (object) {
                *out += FakeJson::string(m_keys[i], escaping);
                *out += indent > 0 ? ": " : ":";
            }
            m_values[i].write(out, escaping, indent, depth + 1);
        }
        newline(depth);
        *out += object ? '}' : ']';
        return;
    }
    }
}

} // namespace FakeJson
