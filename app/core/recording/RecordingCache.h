#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>

class QSaveFile;

// Downloaded recordings on disk, so reopening a call plays at once. Entries live in the
// application cache directory, named by a SHA-256 of their key (the URL), are written through
// QSaveFile (a failed download never leaves a partial entry), and are bounded: an entry above
// maxEntryBytes is never stored, and past maxTotalBytes the least recently used are evicted.
class RecordingCache
{
    Q_DECLARE_TR_FUNCTIONS(RecordingCache)

public:
    struct Limits
    {
        qint64 maxTotalBytes = qint64(1024) * 1024 * 1024; // 1 GiB
        qint64 maxEntryBytes = qint64(256) * 1024 * 1024; // a 4-hour dual-channel WAV fits
    };

    RecordingCache();
    RecordingCache(const QString &directory, Limits limits);

    static QString defaultDirectory(); // <CacheLocation>/recordings
    static QString keyFor(const QUrl &url);

    const QString &directory() const { return m_directory; }
    const Limits &limits() const { return m_limits; }

    // The entry's file when it exists (and marks it as just used), else an empty string.
    QString lookup(const QString &key) const;
    QString pathFor(const QString &key) const;

    // Opens a new entry for writing; nullptr and *error when the directory is unusable.
    std::unique_ptr<QSaveFile> begin(const QString &key, QString *error) const;
    // Commits an entry opened by begin() (checked), then evicts old entries. Returns the path.
    QString commit(QSaveFile &file, QString *error) const;
    // Removes least recently used entries until the total fits, never `keep`.
    void evict(const QString &keep = QString()) const;

private:
    QString m_directory;
    Limits m_limits;
};
