#include "base/JsonEscapes.h"

#include <cstring>

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of "\uXXXX" starting at p (p[0] == '\\'), or -1 when it is not one.
int escapedUnit(const char *p, const char *end)
{
    if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
        return -1;
    int unit = 0;
    for (int i = 2; i < 6; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

// Characters that may travel raw: printable, not '"' or '\\', not a noncharacter (which a
// UTF-8 decoder may treat differently from an escape).
bool rawSafe(char32_t cp)
{
    return cp >= 0x20 && cp != '"' && cp != '\\' && !(cp >= 0xFDD0 && cp <= 0xFDEF)
        && (cp & 0xFFFE) != 0xFFFE;
}

char *appendUtf8(char *out, char32_t cp)
{
    if (cp < 0x80) {
        *out++ = char(cp);
    } else if (cp < 0x800) {
        *out++ = char(0xC0 | (cp >> 6));
        *out++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = char(0xE0 | (cp >> 12));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    } else {
        *out++ = char(0xF0 | (cp >> 18));
        *out++ = char(0x80 | ((cp >> 12) & 0x3F));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    }
    return out;
}

} // namespace

namespace JsonEscapes {

QByteArray simplified(const QByteArray &json)
{
    const char *in = json.constData();
    const char *const end = in + json.size();
    if (json.isEmpty() || !std::memchr(in, '\\', size_t(json.size())))
        return json; // nothing to do: share, do not copy

    // Every rewrite shortens: "\n" (2 bytes) -> 1, "\uXXXX" (6) -> at most 3, a pair (12) -> 4.
    QByteArray out(json.size(), Qt::Uninitialized);
    char *o = out.data();
    bool inString = false;
    while (in < end) {
        const char c = *in;
        if (!inString || (c != '\\' && c != '"')) {
            inString = inString || c == '"';
            *o++ = c;
            ++in;
            continue;
        }
        if (c == '"') {
            inString = false;
            *o++ = c;
            ++in;
            continue;
        }
        // An escape inside a string.
        if (end - in < 2) {
            *o++ = *in++;
            continue;
        }
        switch (in[1]) {
        case 'n':
            *o++ = '\n';
            in += 2;
            continue;
        case 'r':
            *o++ = '\r';
            in += 2;
            continue;
        case 't':
            *o++ = '\t';
            in += 2;
            continue;
        case '/':
            *o++ = '/';
            in += 2;
            continue;
        case 'u': {
            const int unit = escapedUnit(in, end);
            if (unit >= 0 && (unit < 0xD800 || unit > 0xDFFF) && rawSafe(char32_t(unit))) {
                o = appendUtf8(o, char32_t(unit));
                in += 6;
                continue;
            }
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const int low = escapedUnit(in + 6, end);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    const char32_t cp =
                        0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                    if (rawSafe(cp)) {
                        o = appendUtf8(o, cp);
                        in += 12;
                        continue;
                    }
                }
            }
            break;
        }
        default:
            break;
        }
        // Any other escape (\" \\ \b \f, control characters, lone surrogates, invalid ones)
        // stays as it was.
        *o++ = *in++;
        *o++ = *in++;
    }
    out.truncate(o - out.constData());
    return out;
}

} // namespace JsonEscapes
