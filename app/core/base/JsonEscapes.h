#pragma once

#include <QByteArray>

// Speeds up QJsonDocument::fromJson on long strings full of escapes (a transcript has a "\n"
// per line): Qt 6.4 decodes a string that holds any escape one character at a time, about
// ten times slower than one without. simplified() rewrites, inside JSON strings only, the
// escapes that have an exact raw equivalent Qt accepts (\n, \r, \t, \/ and \uXXXX of a
// printable character, surrogate pairs included) and leaves every other byte as it was, so
// fromJson() gives the same document (or fails) either way. Checked by a differential fuzzer.
namespace JsonEscapes {
QByteArray simplified(const QByteArray &json);
} // namespace JsonEscapes
