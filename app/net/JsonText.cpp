#include "JsonText.h"

#include <QChar>

namespace {

char *unicodeEscape(char *p, char16_t c)
{
    static constexpr char Hex[] = "0123456789abcdef";
    *p++ = '\\';
    *p++ = 'u';
    *p++ = Hex[(c >> 12) & 0xf];
    *p++ = Hex[(c >> 8) & 0xf];
    *p++ = Hex[(c >> 4) & 0xf];
    *p++ = Hex[c & 0xf];
    return p;
}

char *shortEscape(char *p, char16_t c)
{
    char letter = 0;
    switch (c) {
    case u'"':
        letter = '"';
        break;
    case u'\\':
        letter = '\\';
        break;
    case u'\b':
        letter = 'b';
        break;
    case u'\f':
        letter = 'f';
        break;
    case u'\n':
        letter = 'n';
        break;
    case u'\r':
        letter = 'r';
        break;
    case u'\t':
        letter = 't';
        break;
    default:
        return unicodeEscape(p, c);
    }
    *p++ = '\\';
    *p++ = letter;
    return p;
}

} // namespace

void JsonText::appendEscaped(QByteArray &out, QStringView text)
{
    // At most six bytes for one UTF-16 unit (a \u escape); the rest is cut off at the end.
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size());
    char *p = out.data() + start;
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\')
                *p++ = char(c);
            else
                p = shortEscape(p, c);
        } else if (c < 0x800) {
            *p++ = char(0xc0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(c, s[++i]);
            *p++ = char(0xf0 | (u >> 18));
            *p++ = char(0x80 | ((u >> 12) & 0x3f));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            p = unicodeEscape(p, c);
        } else {
            *p++ = char(0xe0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        }
    }
    out.truncate(p - out.constData());
}
