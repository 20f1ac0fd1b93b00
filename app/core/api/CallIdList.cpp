#include "api/CallIdList.h"

#include "api/ApiEndpoint.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cstdio>

namespace {

bool hasDigit(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

// The line without its comment: '#' at the start or after a space; a '#' inside a token
// (a URL fragment) is not a comment.
QStringView withoutComment(QStringView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'#' && (i == 0 || line.at(i - 1).isSpace()))
            return line.left(i);
    }
    return line;
}

// The ID a token names, or an empty string. Anunzi IDs hold digits; a word ("call_id",
// "Call", "ID") is never one.
QString idIn(const QString &token)
{
    QString candidate = token;
    if (token.contains(QStringLiteral("://"))) {
        // Only a whole http(s) URL gives its last path segment; a relative path such as
        // "../1234" does not: part of a path would name another resource.
        const QUrl url(token, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"https" && scheme != u"http"))
            return {};
        QString path = url.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        candidate = path.section(u'/', -1);
    } else if (token.contains(u'/') || token.contains(u'\\')) {
        return {};
    }
    while (candidate.endsWith(u'.'))
        candidate.chop(1); // end of a sentence
    return hasDigit(candidate) && ApiEndpoint::isValidCallId(candidate) ? candidate : QString();
}

// Spaces, commas, semicolons, quotes and brackets separate IDs; a colon too, outside a URL
// ("ID:1725...").
QStringList tokensOf(QStringView line)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;\"'()\\[\\]<>]+"));
    QStringList tokens;
    for (const QString &token : line.toString().split(separators, Qt::SkipEmptyParts)) {
        if (token.contains(QStringLiteral("://")))
            tokens.append(token);
        else
            tokens.append(token.split(u':', Qt::SkipEmptyParts));
    }
    return tokens;
}

} // namespace

CallIdList::Parsed CallIdList::parse(const QString &text)
{
    Parsed result;
    QSet<QString> seen;
    for (const QStringView line : QStringView(text).tokenize(u'\n')) {
        QStringList words; // reported only when the line gave no ID
        bool lineHasId = false;
        for (const QString &token : tokensOf(withoutComment(line))) {
            const QString id = idIn(token);
            if (id.isEmpty()) {
                (hasDigit(token) ? result.rejected : words).append(token.left(maxRejectedChars));
                continue;
            }
            lineHasId = true;
            if (!seen.contains(id)) {
                seen.insert(id);
                result.ids.append(id);
            }
        }
        if (!lineHasId)
            result.rejected += words;
    }
    return result;
}

QStringList CallIdList::withoutDuplicates(const QStringList &ids)
{
    QStringList unique;
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    return unique;
}

QStringList CallIdList::read(const QString &path, QString *error)
{
    QFile file;
    const bool standardInput = path == u"-";
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly)
                                      : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    const QString source = standardInput ? tr("standard input") : QDir::toNativeSeparators(path);
    if (!opened) {
        *error = standardInput
            ? tr("Could not read the call IDs from standard input.")
            : tr("Could not read the call IDs from %1: %2.").arg(source, file.errorString());
        return {};
    }
    // Bounded: a stray binary or an endless pipe must not fill memory.
    const QByteArray text = file.read(maxBytes + 1);
    if (text.size() > maxBytes) {
        *error = tr("The list of call IDs is larger than %n MB; split it into smaller files.",
                    nullptr, int(maxBytes / (1024 * 1024)));
        return {};
    }
    const Parsed parsed = parse(QString::fromUtf8(text));
    if (!parsed.rejected.isEmpty()) {
        *error = tr("%1 holds %n entries that are not call IDs: %2. %3", nullptr,
                    int(parsed.rejected.size()))
                     .arg(source, parsed.rejected.mid(0, 5).join(QStringLiteral(", ")),
                          ApiEndpoint::callIdRules());
        return {};
    }
    return parsed.ids;
}
