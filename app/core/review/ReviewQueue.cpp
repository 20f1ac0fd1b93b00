#include "review/ReviewQueue.h"

#include "api/CallIdList.h"
#include "review/ReviewStore.h"
#include "scorecards/ScorecardReport.h"

#include <QFile>
#include <QSet>

namespace {

const QString currentKey = QStringLiteral("current");
const QString filterKey = QStringLiteral("filter");
constexpr qint64 maxFileBytes = 16 * 1024 * 1024;

} // namespace

ReviewQueue::ReviewQueue(ReviewStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &ReviewStore::reviewSaved, this, [this](const QString &callId) {
        if (!m_ids.contains(callId))
            return;
        refreshVerdicts();
        emit changed();
    });
    reload();
}

void ReviewQueue::reload()
{
    m_ids = m_store->queueIds();
    const QString filter = m_store->queueValue(filterKey);
    m_filter = filter.isEmpty() ? Filter() : Filter(Review::verdictFromKey(filter));
    const int index = int(m_ids.indexOf(m_store->queueValue(currentKey)));
    m_current = index >= 0 ? index : (m_ids.isEmpty() ? -1 : 0);
    refreshVerdicts();
    emit changed();
}

bool ReviewQueue::setIds(const QStringList &ids, QString *error)
{
    const QStringList unique = CallIdList::withoutDuplicates(ids);
    if (!m_store->setQueueIds(unique, error))
        return false;
    m_ids = unique;
    m_current = m_ids.isEmpty() ? -1 : 0;
    refreshVerdicts();
    saveState();
    emit changed();
    emit currentChanged(currentId());
    return true;
}

bool ReviewQueue::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > maxFileBytes) {
        if (error)
            *error = tr("%1 is too large for a list of call IDs.").arg(path);
        return false;
    }
    // One ID per line; in a CSV only the first column counts.
    QStringList firstColumns;
    const QString text = QString::fromUtf8(file.readAll());
    for (const QStringView line : QStringView(text).tokenize(u'\n'))
        firstColumns.append(line.toString().section(u',', 0, 0));
    // A CSV header ("call_id") is reported by the parser and needs no message here.
    const QStringList ids = CallIdList::parse(firstColumns.join(u'\n')).ids;
    if (ids.isEmpty()) {
        if (error)
            *error = tr("%1 holds no call IDs (one per line).").arg(path);
        return false;
    }
    return setIds(ids, error);
}

QStringList ReviewQueue::visibleIds() const
{
    QStringList result;
    for (const QString &id : m_ids) {
        if (passes(id))
            result.append(id);
    }
    return result;
}

void ReviewQueue::setFilter(Filter filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    saveState();
    emit changed();
}

QString ReviewQueue::currentId() const
{
    return m_current >= 0 && m_current < m_ids.size() ? m_ids.at(m_current) : QString();
}

bool ReviewQueue::setCurrentId(const QString &id)
{
    const int index = int(m_ids.indexOf(id));
    if (index < 0)
        return false;
    if (index != m_current) {
        m_current = index;
        saveState();
        emit changed();
        emit currentChanged(id);
    }
    return true;
}

QString ReviewQueue::next()
{
    const int index = step(+1);
    if (index < 0)
        return QString();
    setCurrentId(m_ids.at(index));
    return m_ids.at(index);
}

QString ReviewQueue::previous()
{
    const int index = step(-1);
    if (index < 0)
        return QString();
    setCurrentId(m_ids.at(index));
    return m_ids.at(index);
}

int ReviewQueue::step(int direction) const
{
    for (int i = m_current + direction; i >= 0 && i < m_ids.size(); i += direction) {
        if (passes(m_ids.at(i)))
            return i;
    }
    return -1;
}

bool ReviewQueue::passes(const QString &id) const
{
    return !m_filter || verdictOf(id) == *m_filter;
}

Review::Verdict ReviewQueue::verdictOf(const QString &id) const
{
    return m_verdicts.value(id, Review::Verdict::None);
}

int ReviewQueue::reviewedCount() const
{
    int count = 0;
    for (const QString &id : m_ids)
        count += verdictOf(id) != Review::Verdict::None;
    return count;
}

QString ReviewQueue::progressText() const
{
    return tr("%1 of %n reviewed", nullptr, size()).arg(reviewedCount());
}

void ReviewQueue::refreshVerdicts()
{
    m_verdicts = m_store->verdicts(m_ids);
    m_scores.clear();
    const ScorecardReport::Evaluations scorecards =
        ScorecardReport::loadAll(m_store->scorecards(), m_ids);
    for (auto it = scorecards.cbegin(); it != scorecards.cend(); ++it)
        m_scores.insert(it.key(), it->result.score);
}

void ReviewQueue::refreshScore(const QString &id)
{
    if (!m_ids.contains(id))
        return;
    const std::optional<ScorecardReport::Evaluation> scorecard =
        ScorecardReport::load(m_store->scorecards(), id);
    m_scores.insert(id, scorecard ? scorecard->result.score : std::nullopt);
    emit changed();
}

void ReviewQueue::saveState()
{
    // Losing the position is harmless (the IDs themselves are saved by setIds).
    m_store->setQueueValue(currentKey, currentId());
    m_store->setQueueValue(filterKey, m_filter ? Review::verdictKey(*m_filter) : QString());
}
