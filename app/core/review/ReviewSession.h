#pragma once

#include "model/Turn.h"
#include "review/Review.h"
#include "review/ReviewMerge.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class ReviewStore;

// The review of the call on screen, saved as the reviewer types: every edit restarts a short
// timer and the review is written when it fires, when the call changes, or on flush(). The
// save state says whether what is shown is on disk.
//
// A save that lost the race (another window or reviewer saved the review since it was loaded)
// never overwrites theirs: the edits are merged with the stored review (ReviewMerge, 3-way from
// the version they started from); what only one side changed is merged and saved at once, and
// when both changed something the merge waits in pendingMerge() for the user (mergeNeeded()).
//
// The transcript delegate reads flags through flagsForTurn() and repaints on flagsChanged().
class ReviewSession : public QObject
{
    Q_OBJECT

public:
    enum class SaveState {
        Idle, // no call, or nothing edited since it was opened
        Pending, // edited, not yet written ("Saving…")
        Saved, // written and committed
        Failed, // the last write failed; the edits are kept and retried on the next edit
    };
    Q_ENUM(SaveState)

    static constexpr int debounceMs = 300;

    explicit ReviewSession(ReviewStore *store, QObject *parent = nullptr);
    ~ReviewSession() override; // flushes

    // Flushes the previous call's review, then loads this one's. turns are used to quote
    // flagged turns.
    void setCall(const QString &callId, const QList<Turn> &turns = {});
    QString callId() const { return m_review.callId; }
    const Review &review() const { return m_review; }
    const QList<Turn> &turns() const { return m_turns; }

    // Used as the reviewer of a review that names none (from the settings).
    void setDefaultReviewer(const QString &name) { m_defaultReviewer = name; }

    void setVerdict(Review::Verdict verdict);
    void setScore(std::optional<int> score);
    void setSummary(const QString &summary);
    void setReviewer(const QString &reviewer);

    // Adds a flag on a turn (quote and speaker filled from the call); returns its index.
    int addFlag(int turnIndex, const QString &category, const QString &comment = {});
    void updateFlag(int index, const QString &category, const QString &comment);
    void removeFlag(int index);

    // Flags on one turn, in the order they were set; indexes into review().flags.
    QList<int> flagIndexesForTurn(int turnIndex) const { return m_flagsByTurn.value(turnIndex); }
    QList<ReviewFlag> flagsForTurn(int turnIndex) const;

    bool flush(); // writes a pending edit now; true when nothing is left unsaved
    SaveState saveState() const { return m_state; }
    QString saveError() const { return m_saveError; }
    // The last save failed because the stored review changed since it was loaded (another
    // window or reviewer); the edits are kept but will not overwrite it.
    bool hasConflict() const { return m_conflict; }
    // That conflict merged with the stored review, when something in it needs the user's choice
    // (ReviewMergeDialog); the edits stay as they are until applyMerge().
    const std::optional<ReviewMerge> &pendingMerge() const { return m_merge; }
    // Takes the user's merge (pendingMerge()->result() after their choices, at the stored
    // version), shows it and saves it; false when it could not be saved (again: another race).
    bool applyMerge(const Review &merged);

    static constexpr int maxMergeAttempts = 3; // automatic merges per flush, if others keep saving

signals:
    void reviewChanged(); // any field, and after a call was loaded
    // A save conflicted in a way only the user can settle: pendingMerge() is set. Once per
    // stored version, so edits after a cancelled merge do not ask again for the same change.
    void mergeNeeded();
    void flagsChanged(); // the flags changed: repaint flagged bubbles
    void saveStateChanged(SaveState state);

private:
    void edited(bool flagsToo);
    void setState(SaveState state);
    void indexFlags();
    // After a Conflict: merges the edits with the stored review; true when that settled it
    // (the merged review is on screen and ready to save), false when the user must choose.
    bool mergeWithStored();

    QPointer<ReviewStore> m_store; // may go first when both are children of one owner
    Review m_review;
    QList<Turn> m_turns;
    QHash<int, QList<int>> m_flagsByTurn;
    QString m_defaultReviewer;
    QTimer m_saveTimer;
    SaveState m_state = SaveState::Idle;
    QString m_saveError;
    bool m_conflict = false;
    std::optional<Review> m_base; // the stored review the edits started from
    std::optional<ReviewMerge> m_merge;
    int m_announcedVersion = -1; // the stored version mergeNeeded() was last emitted for
};
