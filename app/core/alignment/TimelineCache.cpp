#include "alignment/TimelineCache.h"

#include "alignment/TimelineJson.h"

#include "base/AtomicFileWriter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace {
const QString entrySuffix = QStringLiteral(".timeline.json");
constexpr qint64 maxEntryBytes = 16 * 1024 * 1024;
} // namespace

TimelineCache::TimelineCache()
    : TimelineCache(defaultDirectory())
{ }

TimelineCache::TimelineCache(const QString &directory, int maxEntries)
    : m_directory(directory)
    , m_maxEntries(std::max(1, maxEntries))
{ }

QString TimelineCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/timelines");
}

QByteArray TimelineCache::contentHash(const QString &path, QString *error)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        if (error)
            *error = tr("The recording cannot be read: %1").arg(file.errorString());
        return {};
    }
    return hash.result();
}

QByteArray TimelineCache::transcriptHash(const QList<Turn> &turns)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Turn &turn : turns) {
        const char speaker = char('0' + int(turn.speaker));
        hash.addData(QByteArrayView(&speaker, 1));
        const QByteArray text = turn.text.toUtf8();
        const QByteArray length = QByteArray::number(text.size()) + ':';
        hash.addData(length);
        hash.addData(text);
    }
    return hash.result();
}

QString TimelineCache::keyFor(const QByteArray &contentHash, const QList<Turn> &turns)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(contentHash);
    hash.addData(transcriptHash(turns));
    hash.addData(QByteArray::number(engineVersion));
    return QString::fromLatin1(hash.result().toHex());
}

QString TimelineCache::pathFor(const QString &key) const
{
    return m_directory + u'/' + key + entrySuffix;
}

std::optional<Timeline> TimelineCache::lookup(const QString &key, const QList<Turn> &turns) const
{
    QFile file(pathFor(key));
    if (key.isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() > maxEntryBytes)
        return std::nullopt;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
    file.close();
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject object = json.object();
    if (object.value(QLatin1String("engine_version")).toInt(-1) != engineVersion
        || object.value(QLatin1String("key")).toString() != key)
        return std::nullopt;
    QString error;
    const auto document = TimelineJson::fromJson(object, &error);
    if (!document || document->timeline.turns.size() != turns.size())
        return std::nullopt;
    for (int i = 0; i < turns.size(); ++i) {
        if (document->speakers.at(i) != turns.at(i).speaker)
            return std::nullopt;
    }
    // "Recently used" is the modification time, as in the recording cache.
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return document->timeline;
}

bool TimelineCache::store(const QString &key, const Timeline &timeline, const QList<Turn> &turns,
                          QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("the cache folder %1 cannot be created")
                         .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QJsonObject object = TimelineJson::toJson(timeline, turns, QString());
    object.insert(QStringLiteral("engine_version"), engineVersion);
    object.insert(QStringLiteral("key"), key);
    if (!AtomicFileWriter::write(pathFor(key), QJsonDocument(object).toJson(QJsonDocument::Compact),
                                 error))
        return false;
    evict(key);
    return true;
}

void TimelineCache::evict(const QString &keep) const
{
    QDir dir(m_directory);
    const QFileInfoList entries =
        dir.entryInfoList({QStringLiteral("*") + entrySuffix}, QDir::Files,
                          QDir::Time | QDir::Reversed); // oldest first
    const QString keepName = keep + entrySuffix;
    qsizetype remaining = entries.size();
    for (const QFileInfo &entry : std::as_const(entries)) {
        if (remaining <= m_maxEntries)
            break;
        if (entry.fileName() != keepName && QFile::remove(entry.absoluteFilePath()))
            --remaining;
    }
}
