#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Lists of call IDs for batch export: from a file or standard input, one ID a line.
class CallIdList
{
    Q_DECLARE_TR_FUNCTIONS(CallIdList)

public:
    // Blank lines and lines starting with '#' are skipped; each line is trimmed; the same ID
    // twice is kept once (both would write the same file).
    static QStringList parse(const QByteArray &text);

    // Reads FILE, or standard input for "-". Empty list + *error when it cannot be read.
    static QStringList read(const QString &path, QString *error);

    static QStringList withoutDuplicates(const QStringList &ids);

    static constexpr qint64 maxBytes = 64 * 1024 * 1024;
};
