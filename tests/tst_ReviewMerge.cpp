// ReviewMerge with hand-made reviews: a field or flag one side changed alone is merged
// automatically (3-way, with the base); both sides changing it, or no base, is a conflict the
// user decides; conflicting flags of both sides are kept unless unticked; the result carries
// theirs' version.
#include "review/ReviewMerge.h"

#include <QTest>

namespace {

ReviewFlag flag(int turn, const QString &category, const QString &comment = {})
{
    return {turn, category, comment, turn % 2 ? Speaker::Human : Speaker::Bot,
            QStringLiteral("turn %1").arg(turn)};
}

// The review both reviewers opened: version 3.
Review base()
{
    Review review;
    review.callId = QStringLiteral("c1");
    review.reviewer = QStringLiteral("Ana");
    review.verdict = Review::Verdict::NeedsWork;
    review.score = 60;
    review.summary = QStringLiteral("Asked twice.");
    review.reviewedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    review.flags = {flag(1, QStringLiteral("Repeated itself")),
                    flag(4, QStringLiteral("Rude"), QStringLiteral("tone"))};
    review.version = 3;
    return review;
}

Review theirsFrom(Review review)
{
    review.version = 4;
    review.reviewedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 5), Qt::UTC);
    return review;
}

using Field = ReviewMerge::Field;
using Side = ReviewMerge::Side;
using Kind = ReviewMerge::FlagChoice::Kind;

} // namespace

class tst_ReviewMerge : public QObject
{
    Q_OBJECT

private slots:
    void sameOnBothSidesHasNothingToDo()
    {
        const ReviewMerge merge = ReviewMerge::compare(base(), base(), theirsFrom(base()));
        QVERIFY(merge.fields().isEmpty());
        QVERIFY(merge.flags().isEmpty());
        QVERIFY(!merge.hasConflicts());
        QCOMPARE(merge.result().flags, base().flags);
        QCOMPARE(merge.result().version, 4);
    }

    // Mine changed the score, theirs the summary and verdict: both taken, no question.
    void oneSidedChangesMergeAutomatically()
    {
        Review mine = base();
        mine.score = 75;
        mine.reviewedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 10), Qt::UTC);
        Review theirs = theirsFrom(base());
        theirs.summary = QStringLiteral("Asked twice; then fine.");
        theirs.verdict = Review::Verdict::Pass;
        theirs.reviewer = QStringLiteral("Bo");

        const ReviewMerge merge = ReviewMerge::compare(base(), mine, theirs);
        QVERIFY(!merge.hasConflicts());
        QCOMPARE(merge.fields().size(), 3);
        QCOMPARE(merge.fields().at(0).field, Field::Verdict);
        QCOMPARE(merge.fields().at(0).side, Side::Theirs);
        QCOMPARE(merge.fields().at(1).field, Field::Score);
        QCOMPARE(merge.fields().at(1).side, Side::Mine);
        QCOMPARE(merge.fields().at(2).side, Side::Theirs);
        const Review result = merge.result();
        QCOMPARE(result.verdict, Review::Verdict::Pass);
        QCOMPARE(result.score, std::optional<int>(75));
        QCOMPARE(result.summary, theirs.summary);
        QCOMPARE(result.reviewer, QStringLiteral("Ana")); // the one saving
        QCOMPARE(result.reviewedAt, mine.reviewedAt); // the later edit
        QCOMPARE(result.callId, QStringLiteral("c1"));
        QCOMPARE(result.version, 4);
    }

    // Both changed the score: a conflict, mine by default, the user's choice wins.
    void bothChangedIsAConflict()
    {
        Review mine = base();
        mine.score = 80;
        mine.summary = QStringLiteral("Mine.");
        Review theirs = theirsFrom(base());
        theirs.score = 40;
        theirs.summary = QStringLiteral("Theirs.");
        theirs.verdict = Review::Verdict::Fail;

        ReviewMerge merge = ReviewMerge::compare(base(), mine, theirs);
        QVERIFY(merge.hasConflicts());
        QVERIFY(!merge.isConflicting(Field::Verdict)); // only theirs changed it
        QVERIFY(merge.isConflicting(Field::Score));
        QVERIFY(merge.isConflicting(Field::Summary));
        QCOMPARE(merge.result().score, std::optional<int>(80));
        QCOMPARE(merge.result().verdict, Review::Verdict::Fail);

        merge.choose(Field::Score, Side::Theirs);
        QCOMPARE(merge.result().score, std::optional<int>(40));
        QCOMPARE(merge.result().summary, QStringLiteral("Mine."));

        merge.chooseAll(Side::Theirs);
        QCOMPARE(merge.result().summary, QStringLiteral("Theirs."));
        merge.chooseAll(Side::Mine);
        QCOMPARE(merge.result().score, std::optional<int>(80));
        QCOMPARE(merge.result().summary, QStringLiteral("Mine."));
        QCOMPARE(merge.result().verdict, Review::Verdict::Fail); // automatic, untouched
        QCOMPARE(merge.result().version, 4);
    }

    // Without a base nothing can be told apart: every difference is the user's.
    void withoutBaseEveryDifferenceConflicts()
    {
        Review mine = base();
        mine.score = 75;
        Review theirs = theirsFrom(base());
        theirs.summary = QStringLiteral("Other.");
        const ReviewMerge merge = ReviewMerge::compare(std::nullopt, mine, theirs);
        QCOMPARE(merge.fields().size(), 2);
        QVERIFY(merge.isConflicting(Field::Score));
        QVERIFY(merge.isConflicting(Field::Summary));
        // Mine by default.
        QCOMPARE(merge.result().score, std::optional<int>(75));
        QCOMPARE(merge.result().summary, base().summary);
    }

    // Flags each side added are kept; one removed on one side only goes; a flag one side
    // changed takes that change.
    void oneSidedFlagChangesMergeAutomatically()
    {
        Review mine = base();
        mine.flags.append(flag(7, QStringLiteral("Missed intent"))); // added
        mine.flags[1].comment = QStringLiteral("tone, twice"); // changed
        Review theirs = theirsFrom(base());
        theirs.flags.removeFirst(); // removed "Repeated itself"
        theirs.flags.append(flag(9, QStringLiteral("Should have escalated"))); // added

        const ReviewMerge merge = ReviewMerge::compare(base(), mine, theirs);
        QVERIFY(!merge.hasConflicts());
        const QList<ReviewFlag> flags = merge.result().flags;
        QCOMPARE(flags.size(), 3);
        QCOMPARE(flags.at(0).comment, QStringLiteral("tone, twice"));
        QCOMPARE(flags.at(1).category, QStringLiteral("Missed intent"));
        QCOMPARE(flags.at(2).category, QStringLiteral("Should have escalated"));

        // Every difference is listed, with what happened to it.
        QCOMPARE(merge.flags().size(), 5);
        QCOMPARE(merge.flags().at(0).kind, Kind::OnlyMine); // theirs removed it
        QVERIFY(!merge.flags().at(0).keep);
        QCOMPARE(merge.flags().at(1).kind, Kind::Changed);
        QCOMPARE(merge.flags().at(1).side, Side::Mine);
        QVERIFY(merge.flags().at(1).keep);
        QCOMPARE(merge.flags().at(2).side, Side::Theirs);
        QVERIFY(!merge.flags().at(2).keep);
        QCOMPARE(merge.flags().at(4).kind, Kind::OnlyTheirs);
        QVERIFY(merge.flags().at(4).keep);
    }

    // No base, or both changed one flag: the union is kept until the user unticks.
    void conflictingFlagsKeepBothSides()
    {
        Review mine = base();
        mine.flags[1].comment = QStringLiteral("mine");
        mine.flags.append(flag(2, QStringLiteral("Mine only")));
        Review theirs = theirsFrom(base());
        theirs.flags[1].comment = QStringLiteral("theirs");
        theirs.flags.append(flag(3, QStringLiteral("Theirs only")));

        ReviewMerge merge = ReviewMerge::compare(std::nullopt, mine, theirs);
        QVERIFY(merge.hasConflicts());
        QCOMPARE(merge.flags().size(), 4);
        for (const ReviewMerge::FlagChoice &choice : merge.flags()) {
            QVERIFY(choice.conflicting);
            QVERIFY(choice.keep);
        }
        QList<ReviewFlag> flags = merge.result().flags;
        QCOMPARE(flags.size(), 5); // the common one, both versions of the changed, both new
        QCOMPARE(flags.at(0), base().flags.at(0));
        QCOMPARE(flags.at(1).comment, QStringLiteral("mine"));
        QCOMPARE(flags.at(2).comment, QStringLiteral("theirs"));
        QCOMPARE(flags.at(3).category, QStringLiteral("Mine only"));
        QCOMPARE(flags.at(4).category, QStringLiteral("Theirs only"));

        merge.keepFlag(0, false); // drop my version of the changed flag
        flags = merge.result().flags;
        QCOMPARE(flags.size(), 4);
        QCOMPARE(flags.at(1).comment, QStringLiteral("theirs"));

        merge.chooseAll(Side::Mine);
        QCOMPARE(merge.result().flags, mine.flags);
        merge.chooseAll(Side::Theirs);
        QCOMPARE(merge.result().flags, theirs.flags);

        // With the base, the flag both changed is still a conflict; the added ones are not.
        const ReviewMerge threeWay = ReviewMerge::compare(base(), mine, theirs);
        QCOMPARE(threeWay.flags().at(0).conflicting, true);
        QCOMPARE(threeWay.flags().at(2).conflicting, false);
        QCOMPARE(threeWay.flags().at(3).conflicting, false);
    }

    // A turn flagged twice with one category: matched in order, not merged into one.
    void repeatedFlagsMatchInOrder()
    {
        Review mine = base();
        mine.flags = {flag(1, QStringLiteral("Loop"), QStringLiteral("a")),
                      flag(1, QStringLiteral("Loop"), QStringLiteral("b"))};
        Review theirs = theirsFrom(base());
        theirs.flags = {flag(1, QStringLiteral("Loop"), QStringLiteral("a"))};
        const ReviewMerge merge = ReviewMerge::compare(std::nullopt, mine, theirs);
        QCOMPARE(merge.flags().size(), 1);
        QCOMPARE(merge.flags().at(0).flag.comment, QStringLiteral("b"));
        QCOMPARE(merge.result().flags, mine.flags);
    }

    // Both created the review (no row when each opened it): the base is the empty review.
    void bothCreatedStartsFromEmpty()
    {
        Review empty;
        empty.callId = QStringLiteral("c2");
        Review mine = empty;
        mine.verdict = Review::Verdict::Pass;
        Review theirs = empty;
        theirs.score = 90;
        theirs.version = 1;
        const ReviewMerge merge = ReviewMerge::compare(empty, mine, theirs);
        QVERIFY(!merge.hasConflicts());
        QCOMPARE(merge.result().verdict, Review::Verdict::Pass);
        QCOMPARE(merge.result().score, std::optional<int>(90));
        QCOMPARE(merge.result().version, 1);
    }

    void wordsForPeople()
    {
        Review review = base();
        QCOMPARE(ReviewMerge::valueText(review, Field::Score), QStringLiteral("60 / 100"));
        review.score.reset();
        QCOMPARE(ReviewMerge::valueText(review, Field::Score), QStringLiteral("No score"));
        QCOMPARE(ReviewMerge::valueText(review, Field::Verdict), QStringLiteral("Needs work"));
        QCOMPARE(ReviewMerge::fieldName(Field::Summary), QStringLiteral("Summary"));
    }
};

QTEST_GUILESS_MAIN(tst_ReviewMerge)
#include "tst_ReviewMerge.moc"
