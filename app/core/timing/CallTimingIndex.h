#pragma once

#include "timing/TimingReport.h"

#include <QHash>
#include <QString>

// Which calls were aligned, and what their timing said, for the places that list many calls
// (the browse table, the review report) and cannot align each one: call ID -> the assistant's
// P90 latency and the barge-in counts, with the timeline cache key the figures came from. One
// small JSON file in the timeline cache's folder, written through AtomicFileWriter whenever a
// call is aligned (window, --timeline/--findings/--export, batch --with-timing). An entry whose
// timeline has left the cache is not reported: the figures are only as current as the cache.
class CallTimingIndex
{
public:
    struct Entry
    {
        qint64 assistantP90Ms = -1; // -1: the assistant never answered the caller
        int bargeIns = 0; // by either side
        int assistantBargeIns = 0; // the assistant speaking over the caller
        QString timelineKey; // TimelineCache key; empty when unknown (then always reported)
        qint64 recordedAt = 0; // ms since the epoch, for eviction

        static Entry from(const TimingReport &report, const QString &timelineKey);
        friend bool operator==(const Entry &a, const Entry &b)
        {
            return a.assistantP90Ms == b.assistantP90Ms && a.bargeIns == b.bargeIns
                && a.assistantBargeIns == b.assistantBargeIns && a.timelineKey == b.timelineKey;
        }
    };

    static constexpr int defaultMaxEntries = 5000; // ~ 150 bytes each

    CallTimingIndex(); // in defaultDirectory()
    explicit CallTimingIndex(const QString &directory, int maxEntries = defaultMaxEntries);

    // <CacheLocation>/timelines: TimelineCache::defaultDirectory(), which the core cannot link.
    static QString defaultDirectory();
    QString path() const; // <directory>/calls.index.json

    // Every entry whose timeline is still cached (or that names none); empty when there is no
    // index or it is unreadable.
    QHash<QString, Entry> load() const;
    // Adds or replaces the call's entry (the oldest go past maxEntries). Safe to call from
    // several threads of one process; two processes may lose one of two simultaneous writes.
    bool record(const QString &callId, Entry entry, QString *error = nullptr) const;

private:
    QHash<QString, Entry> readAll() const;

    QString m_directory;
    int m_maxEntries;
};
