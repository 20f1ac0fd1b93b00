#pragma once

#include "alignment/Timeline.h"

#include "model/Turn.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Timelines on disk, so a call opens aligned at once the second time. An entry is keyed by the
// SHA-256 of the recording's content (not its URL: a signed URL changes, the audio does not),
// of the transcript's turns, and of the engine version (a better engine recomputes). Entries
// are TimelineJson files written through AtomicFileWriter, validated in full when read (a
// damaged or foreign file is a miss), and bounded in number (least recently used go first).
class TimelineCache
{
    Q_DECLARE_TR_FUNCTIONS(TimelineCache)

public:
    // Raise when the engine's output changes (2: mono voice clusters; 3: voice mixtures and
    // first phrases over the interrupted voice, issue 12).
    static constexpr int engineVersion = 3;
    static constexpr int defaultMaxEntries = 2000; // ~ 100 bytes per turn: a few MB

    TimelineCache();
    explicit TimelineCache(const QString &directory, int maxEntries = defaultMaxEntries);

    static QString defaultDirectory(); // <CacheLocation>/timelines
    const QString &directory() const { return m_directory; }

    // SHA-256 of a file's bytes, streamed; empty and *error when it cannot be read.
    static QByteArray contentHash(const QString &path, QString *error = nullptr);
    static QByteArray transcriptHash(const QList<Turn> &turns);
    static QString keyFor(const QByteArray &contentHash, const QList<Turn> &turns);

    QString pathFor(const QString &key) const;
    // The stored timeline when present, valid and matching the turns (count and speakers).
    std::optional<Timeline> lookup(const QString &key, const QList<Turn> &turns) const;
    bool store(const QString &key, const Timeline &timeline, const QList<Turn> &turns,
               QString *error) const;

private:
    void evict(const QString &keep) const;

    QString m_directory;
    int m_maxEntries;
};
