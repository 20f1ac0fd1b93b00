#pragma once

#include "model/Turn.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One flag a reviewer put on a turn. The turn's text is kept with the flag so a report can
// quote it without fetching the call again.
struct ReviewFlag
{
    int turnIndex = -1; // 0-based, as in TranscriptModel rows
    QString category; // a category name as shown when the flag was set
    QString comment;
    Speaker speaker = Speaker::Unknown;
    QString quote; // the turn's text when flagged
    // When the turn starts in the recording, for reports and lists: set from the call's
    // timeline while it is aligned (-1: unknown). Not stored and not part of ==: it belongs to
    // the recording, not to the review.
    qint64 startMs = -1;

    friend bool operator==(const ReviewFlag &a, const ReviewFlag &b)
    {
        return a.turnIndex == b.turnIndex && a.category == b.category && a.comment == b.comment
            && a.speaker == b.speaker && a.quote == b.quote;
    }
};

// One reviewer's review of one call: verdict, optional score, summary, who and when, and the
// flags. A call has one per reviewer.
struct Review
{
    Q_DECLARE_TR_FUNCTIONS(Review)

public:
    enum class Verdict : quint8 { None, Pass, NeedsWork, Fail };

    QString callId;
    Verdict verdict = Verdict::None;
    std::optional<int> score; // 0..100
    QString summary;
    QString reviewer;
    QDateTime reviewedAt; // UTC; invalid until the first edit
    QList<ReviewFlag> flags;
    // The stored row's version this review was loaded at (0: not stored yet). Storage
    // bookkeeping for optimistic concurrency (ReviewTable::save), so not part of ==: two
    // reviews saying the same are equal whichever save they came from.
    int version = 0;
    // The reviewer the stored row is keyed by when it is not reviewer (reviews are keyed by
    // call and reviewer); nullopt: it is reviewer. Like version, bookkeeping for saving, not
    // part of ==: a save updates that row and moves it to reviewer (an unnamed review taken
    // over by a name, a name corrected). Unused while version is 0.
    std::optional<QString> storedReviewer;

    bool isEmpty() const
    {
        return verdict == Verdict::None && !score && summary.isEmpty() && flags.isEmpty();
    }

    static constexpr int minScore = 0;
    static constexpr int maxScore = 100;

    // Stable keys for the database, JSON and CSV ("pass", "needs-work", "fail", "none").
    static QString verdictKey(Verdict verdict);
    static std::optional<Verdict> verdictFromKey(const QString &key);
    // Words for people ("Pass", "Needs work", "Fail", "No verdict").
    static QString verdictName(Verdict verdict);

    friend bool operator==(const Review &a, const Review &b)
    {
        return a.callId == b.callId && a.verdict == b.verdict && a.score == b.score
            && a.summary == b.summary && a.reviewer == b.reviewer && a.reviewedAt == b.reviewedAt
            && a.flags == b.flags;
    }
};
