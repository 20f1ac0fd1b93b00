#include "recording/RecordingFormat.h"

#include <QByteArray>
#include <QFile>

QString RecordingFormat::suffixOf(const QString &localFile)
{
    QFile file(localFile);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("audio");
    return suffixOfHeader(file.read(64));
}

QString RecordingFormat::suffixOfHeader(const QByteArray &header)
{
    if (header.startsWith("RIFF") && header.mid(8, 4) == "WAVE")
        return QStringLiteral("wav");
    if (header.startsWith("OggS"))
        return header.contains("OpusHead") ? QStringLiteral("opus") : QStringLiteral("ogg");
    if (header.startsWith("fLaC"))
        return QStringLiteral("flac");
    if (header.startsWith("ID3")
        || (header.size() >= 2 && quint8(header[0]) == 0xFF && (quint8(header[1]) & 0xE0) == 0xE0))
        return QStringLiteral("mp3");
    if (header.mid(4, 4) == "ftyp")
        return QStringLiteral("m4a");
    return QStringLiteral("audio");
}
