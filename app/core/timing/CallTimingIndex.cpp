#include "timing/CallTimingIndex.h"

#include "base/AtomicFileWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>

#include <algorithm>

namespace {
constexpr int formatVersion = 1;
constexpr qint64 maxIndexBytes = 8 * 1024 * 1024;
// TimelineCache's entry names (alignment/TimelineCache.cpp): <key>.timeline.json.
const QString timelineSuffix = QStringLiteral(".timeline.json");

// One writer at a time in this process (batch writers align on several threads).
QMutex &writeMutex()
{
    static QMutex mutex;
    return mutex;
}

QJsonObject toJson(const CallTimingIndex::Entry &entry)
{
    QJsonObject object;
    object.insert(QStringLiteral("p90_ms"),
                  entry.assistantP90Ms >= 0 ? QJsonValue(double(entry.assistantP90Ms))
                                            : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("barge_ins"), entry.bargeIns);
    object.insert(QStringLiteral("assistant_barge_ins"), entry.assistantBargeIns);
    object.insert(QStringLiteral("key"), entry.timelineKey);
    object.insert(QStringLiteral("at"), double(entry.recordedAt));
    return object;
}

bool fromJson(const QJsonValue &value, CallTimingIndex::Entry *entry)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    const QJsonValue p90 = object.value(QStringLiteral("p90_ms"));
    const QJsonValue bargeIns = object.value(QStringLiteral("barge_ins"));
    const QJsonValue byAssistant = object.value(QStringLiteral("assistant_barge_ins"));
    if (!(p90.isNull() || p90.isDouble()) || !bargeIns.isDouble() || !byAssistant.isDouble())
        return false;
    entry->assistantP90Ms = p90.isNull() ? -1 : qint64(p90.toDouble());
    entry->bargeIns = bargeIns.toInt(-1);
    entry->assistantBargeIns = byAssistant.toInt(-1);
    entry->timelineKey = object.value(QStringLiteral("key")).toString();
    entry->recordedAt = qint64(object.value(QStringLiteral("at")).toDouble());
    // A key names a file: anything but the cache's hex keys is a damaged (or hostile) index.
    const bool keyOk = std::all_of(entry->timelineKey.cbegin(), entry->timelineKey.cend(),
                                   [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
    return keyOk && entry->bargeIns >= 0 && entry->assistantBargeIns >= 0
        && entry->assistantBargeIns <= entry->bargeIns && entry->assistantP90Ms >= -1;
}
} // namespace

CallTimingIndex::Entry CallTimingIndex::Entry::from(const TimingReport &report,
                                                    const QString &timelineKey)
{
    Entry entry;
    entry.assistantP90Ms = report.assistantLatency.p90Ms;
    entry.bargeIns = int(report.bargeIns.size());
    entry.assistantBargeIns =
        int(std::count_if(report.bargeIns.cbegin(), report.bargeIns.cend(),
                          [](const TimingReport::BargeIn &b) { return b.by == Speaker::Bot; }));
    entry.timelineKey = timelineKey;
    return entry;
}

CallTimingIndex::CallTimingIndex()
    : CallTimingIndex(defaultDirectory())
{ }

CallTimingIndex::CallTimingIndex(const QString &directory, int maxEntries)
    : m_directory(directory)
    , m_maxEntries(std::max(1, maxEntries))
{ }

QString CallTimingIndex::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/timelines");
}

QString CallTimingIndex::path() const
{
    return m_directory + QStringLiteral("/calls.index.json");
}

QHash<QString, CallTimingIndex::Entry> CallTimingIndex::readAll() const
{
    QHash<QString, Entry> entries;
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxIndexBytes)
        return entries;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("version")).toInt() != formatVersion)
        return entries;
    const QJsonObject calls = root.value(QStringLiteral("calls")).toObject();
    for (auto it = calls.begin(); it != calls.end(); ++it) {
        Entry entry;
        if (!it.key().isEmpty() && fromJson(it.value(), &entry))
            entries.insert(it.key(), entry);
    }
    return entries;
}

QHash<QString, CallTimingIndex::Entry> CallTimingIndex::load() const
{
    QHash<QString, Entry> entries = readAll();
    const QDir dir(m_directory);
    for (auto it = entries.begin(); it != entries.end();) {
        const QString &key = it->timelineKey;
        if (!key.isEmpty() && !QFileInfo::exists(dir.filePath(key + timelineSuffix)))
            it = entries.erase(it);
        else
            ++it;
    }
    return entries;
}

bool CallTimingIndex::record(const QString &callId, Entry entry, QString *error) const
{
    if (callId.isEmpty())
        return false;
    QMutexLocker lock(&writeMutex());
    QHash<QString, Entry> entries = readAll();
    entry.recordedAt = QDateTime::currentMSecsSinceEpoch();
    entries.insert(callId, entry);
    if (entries.size() > m_maxEntries) {
        QList<QPair<qint64, QString>> byAge;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            byAge.append({it->recordedAt, it.key()});
        std::sort(byAge.begin(), byAge.end());
        for (qsizetype i = 0; i < byAge.size() - m_maxEntries; ++i)
            entries.remove(byAge.at(i).second);
    }
    QJsonObject calls;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        calls.insert(it.key(), toJson(it.value()));
    QJsonObject root;
    root.insert(QStringLiteral("version"), formatVersion);
    root.insert(QStringLiteral("calls"), calls);
    QString writeError;
    if (!QDir().mkpath(m_directory)
        || !AtomicFileWriter::write(path(), QJsonDocument(root).toJson(QJsonDocument::Compact),
                                    &writeError)) {
        if (error)
            *error = writeError;
        return false;
    }
    return true;
}
