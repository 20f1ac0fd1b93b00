#include "api/CallIdList.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <cstdio>

QStringList CallIdList::parse(const QByteArray &text)
{
    QStringList ids;
    const QString content = QString::fromUtf8(text);
    for (QStringView line : QStringView(content).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        ids.append(line.toString());
    }
    return withoutDuplicates(ids);
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
    if (!opened) {
        *error = standardInput ? tr("Could not read the call IDs from standard input.")
                               : tr("Could not read the call IDs from %1: %2.")
                                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    // Bounded: a stray binary or an endless pipe must not fill memory.
    const QByteArray text = file.read(maxBytes + 1);
    if (text.size() > maxBytes) {
        *error = tr("The list of call IDs is larger than %n MB; split it into smaller files.",
                    nullptr, int(maxBytes / (1024 * 1024)));
        return {};
    }
    return parse(text);
}
