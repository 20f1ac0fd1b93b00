#include "review/ReviewSession.h"

#include "review/ReviewStore.h"

ReviewSession::ReviewSession(ReviewStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(debounceMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ReviewSession::flush);
}

ReviewSession::~ReviewSession()
{
    flush();
}

void ReviewSession::setCall(const QString &callId, const QList<Turn> &turns)
{
    flush();
    m_review = Review();
    m_review.callId = callId;
    if (m_store)
        m_review = m_store->load(callId);
    m_base = m_review;
    m_turns = turns;
    m_saveError.clear();
    m_conflict = false;
    m_merge.reset();
    m_announcedVersion = -1;
    indexFlags();
    setState(SaveState::Idle);
    emit reviewChanged();
    emit flagsChanged();
}

void ReviewSession::setVerdict(Review::Verdict verdict)
{
    if (m_review.verdict == verdict)
        return;
    m_review.verdict = verdict;
    edited(false);
}

void ReviewSession::setScore(std::optional<int> score)
{
    if (score)
        score = qBound(Review::minScore, *score, Review::maxScore);
    if (m_review.score == score)
        return;
    m_review.score = score;
    edited(false);
}

void ReviewSession::setSummary(const QString &summary)
{
    if (m_review.summary == summary)
        return;
    m_review.summary = summary;
    edited(false);
}

void ReviewSession::setReviewer(const QString &reviewer)
{
    if (m_review.reviewer == reviewer)
        return;
    if (m_review.version > 0 && !m_review.storedReviewer)
        m_review.storedReviewer = m_review.reviewer; // the stored row, moved by the next save
    m_review.reviewer = reviewer;
    edited(false);
}

int ReviewSession::addFlag(int turnIndex, const QString &category, const QString &comment)
{
    ReviewFlag flag;
    flag.turnIndex = turnIndex;
    flag.category = category;
    flag.comment = comment;
    if (turnIndex >= 0 && turnIndex < m_turns.size()) {
        flag.speaker = m_turns.at(turnIndex).speaker;
        flag.quote = m_turns.at(turnIndex).text;
    }
    m_review.flags.append(flag);
    edited(true);
    return int(m_review.flags.size()) - 1;
}

void ReviewSession::updateFlag(int index, const QString &category, const QString &comment)
{
    if (index < 0 || index >= m_review.flags.size())
        return;
    ReviewFlag &flag = m_review.flags[index];
    if (flag.category == category && flag.comment == comment)
        return;
    flag.category = category;
    flag.comment = comment;
    edited(true);
}

void ReviewSession::removeFlag(int index)
{
    if (index < 0 || index >= m_review.flags.size())
        return;
    m_review.flags.removeAt(index);
    edited(true);
}

QList<ReviewFlag> ReviewSession::flagsForTurn(int turnIndex) const
{
    QList<ReviewFlag> result;
    for (const int index : m_flagsByTurn.value(turnIndex))
        result.append(m_review.flags.at(index));
    return result;
}

bool ReviewSession::flush()
{
    if (m_state != SaveState::Pending && m_state != SaveState::Failed)
        return true;
    m_saveTimer.stop();
    if (m_review.callId.isEmpty())
        return true;
    for (int attempt = 0;; ++attempt) {
        QString error = tr("The review database is closed.");
        const ReviewStore::SaveResult result =
            m_store ? m_store->save(m_review, &error) : ReviewStore::SaveResult();
        if (result) {
            m_review.version = result.version; // the next save starts from what this one wrote
            m_review.storedReviewer.reset(); // and from the row it wrote, keyed by its reviewer
            m_base = m_review;
            m_conflict = false;
            m_merge.reset();
            m_saveError.clear();
            setState(SaveState::Saved);
            return true;
        }
        m_conflict = result.status == ReviewStore::SaveResult::Status::Conflict;
        // Lost the race: merge with what is stored and try again, unless the user must choose.
        if (m_conflict && attempt < maxMergeAttempts && mergeWithStored())
            continue;
        m_saveError = error;
        setState(SaveState::Failed);
        if (m_merge && m_merge->theirs().version != m_announcedVersion) {
            m_announcedVersion = m_merge->theirs().version;
            emit mergeNeeded();
        }
        return false;
    }
}

bool ReviewSession::mergeWithStored()
{
    if (!m_store)
        return false;
    const Review theirs = m_store->load(m_review.callId);
    const ReviewMerge merge = ReviewMerge::compare(m_base, m_review, theirs);
    if (merge.hasConflicts()) {
        m_merge = merge;
        return false;
    }
    // Only one side changed each thing: take both, show theirs' part, save at their version.
    m_review = merge.result();
    m_base = theirs;
    m_merge.reset();
    indexFlags();
    emit reviewChanged();
    emit flagsChanged();
    return true;
}

bool ReviewSession::applyMerge(const Review &merged)
{
    if (!m_merge || merged.callId != m_review.callId)
        return false;
    m_base = m_merge->theirs();
    m_review = merged;
    m_merge.reset();
    indexFlags();
    setState(SaveState::Pending);
    emit reviewChanged();
    emit flagsChanged();
    return flush();
}

void ReviewSession::edited(bool flagsToo)
{
    if (m_review.callId.isEmpty())
        return;
    m_review.reviewedAt = QDateTime::currentDateTimeUtc();
    if (m_review.reviewer.isEmpty() && !m_defaultReviewer.isEmpty()) {
        if (m_review.version > 0 && !m_review.storedReviewer)
            m_review.storedReviewer = m_review.reviewer; // an unnamed review, taken over
        m_review.reviewer = m_defaultReviewer;
    }
    if (flagsToo)
        indexFlags();
    setState(SaveState::Pending);
    m_saveTimer.start();
    emit reviewChanged();
    if (flagsToo)
        emit flagsChanged();
}

void ReviewSession::setState(SaveState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit saveStateChanged(state);
}

void ReviewSession::indexFlags()
{
    m_flagsByTurn.clear();
    for (int i = 0; i < m_review.flags.size(); ++i)
        m_flagsByTurn[m_review.flags.at(i).turnIndex].append(i);
}
