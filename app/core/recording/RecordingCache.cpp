#include "recording/RecordingCache.h"

#include "base/Logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
const QString entrySuffix = QStringLiteral(".recording");
}

RecordingCache::RecordingCache()
    : RecordingCache(defaultDirectory(), Limits())
{ }

RecordingCache::RecordingCache(const QString &directory, Limits limits)
    : m_directory(directory)
    , m_limits(limits)
{ }

QString RecordingCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/recordings");
}

QString RecordingCache::keyFor(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

QString RecordingCache::pathFor(const QString &key) const
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return m_directory + u'/' + QString::fromLatin1(hash.toHex()) + entrySuffix;
}

QString RecordingCache::lookup(const QString &key) const
{
    const QString path = pathFor(key);
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0)
        return {};
    QFile file(path);
    // "Recently used" is the modification time: touching it keeps an entry from eviction.
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return path;
}

std::unique_ptr<QSaveFile> RecordingCache::begin(const QString &key, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("the cache folder %1 cannot be created")
                         .arg(QDir::toNativeSeparators(m_directory));
        return nullptr;
    }
    auto file = std::make_unique<QSaveFile>(pathFor(key));
    if (!file->open(QIODevice::WriteOnly)) {
        if (error)
            *error = file->errorString();
        return nullptr;
    }
    return file;
}

QString RecordingCache::commit(QSaveFile &file, QString *error) const
{
    // QSaveFile::commit() in 6.4 can succeed after a short write: the writer checked every
    // write; here the flush, the commit and the error state are checked too.
    const bool ok = file.flush() && file.commit() && file.error() == QFileDevice::NoError;
    if (!ok) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return {};
    }
    const QString path = file.fileName();
    evict(path);
    return path;
}

void RecordingCache::evict(const QString &keep) const
{
    QDir dir(m_directory);
    // Newest first, so the oldest are at the end.
    QFileInfoList entries = dir.entryInfoList({u'*' + entrySuffix}, QDir::Files, QDir::Time);
    qint64 total = 0;
    for (const QFileInfo &entry : entries)
        total += entry.size();
    while (total > m_limits.maxTotalBytes && !entries.isEmpty()) {
        const QFileInfo oldest = entries.takeLast();
        if (oldest.absoluteFilePath() == QFileInfo(keep).absoluteFilePath())
            continue;
        if (QFile::remove(oldest.absoluteFilePath())) {
            total -= oldest.size();
            qCDebug(lcNetwork) << "evicted a cached recording of" << oldest.size() << "bytes";
        }
    }
}
