#pragma once

#include "review/Review.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Merging a review whose save lost the race (ReviewTable::save said Conflict): the user's unsaved
// edits ("mine") against the review stored now ("theirs", with its version), knowing, when kept,
// the version the user started from ("base").
//
// Compared per field (verdict, score, summary) and per flag. Flags are matched by (turn, category)
// — the n-th flag of a pair with the n-th of the same pair on the other side — so a flag is only
// mine, only theirs, or on both sides with another comment (changed). With a base, a difference
// one side made alone is merged automatically (3-way: the side that changed wins, a flag one side
// removed goes); without one, or when both changed, it is a conflict the user decides. A flag
// is never dropped by default: conflicting flags of both sides are kept until the user unticks
// them. result() carries theirs' version, so saving it succeeds unless someone saved again.
class ReviewMerge
{
    Q_DECLARE_TR_FUNCTIONS(ReviewMerge)

public:
    enum class Field : quint8 { Verdict, Score, Summary };
    enum class Side : quint8 { Mine, Theirs };

    // A field that differs between mine and theirs.
    struct FieldChoice
    {
        Field field = Field::Verdict;
        bool conflicting = true; // both changed it (or no base): the user chooses
        Side side = Side::Mine; // what the result takes (automatic: the side that changed)
    };

    // A flag of one side that the other side does not have as it is. A changed flag gives two
    // (mine and theirs, same turn and category).
    struct FlagChoice
    {
        enum class Kind : quint8 { OnlyMine, OnlyTheirs, Changed };
        Kind kind = Kind::OnlyMine;
        Side side = Side::Mine; // whose flag this is
        ReviewFlag flag;
        bool conflicting = true; // the user decides (automatic otherwise)
        bool keep = true;
    };

    ReviewMerge() = default;
    // base: the review the edits started from (as loaded or last saved); nullopt when unknown.
    static ReviewMerge compare(const std::optional<Review> &base, const Review &mine,
                               const Review &theirs);

    const std::optional<Review> &base() const { return m_base; }
    const Review &mine() const { return m_mine; }
    const Review &theirs() const { return m_theirs; }

    // Every field that differs, in Field order; every flag that differs, mine's first.
    const QList<FieldChoice> &fields() const { return m_fields; }
    const QList<FlagChoice> &flags() const { return m_flags; }
    bool hasConflicts() const; // something the user must decide
    bool isConflicting(Field field) const;

    // The user's choices (choose() and keepFlag() may also overrule an automatic one).
    void choose(Field field, Side side);
    void keepFlag(int index, bool keep);
    // Every conflicting field to that side; every conflicting flag kept when it is that side's,
    // dropped when it is the other's ("Keep mine for all" / "Take theirs for all").
    void chooseAll(Side side);

    // The merged review at theirs' version: each field from its chosen side, the flags both
    // sides share plus the kept ones (mine's order, then theirs' additions), mine's call and
    // reviewer (theirs' when mine has none), the later of the two edit times.
    Review result() const;

    // Words for people: "Verdict", "Score", "Summary"; a field's value on one side.
    static QString fieldName(Field field);
    static QString valueText(const Review &review, Field field);

private:
    QList<ReviewFlag> mergedFlags() const;

    std::optional<Review> m_base;
    Review m_mine;
    Review m_theirs;
    QList<FieldChoice> m_fields;
    QList<FlagChoice> m_flags;
};
