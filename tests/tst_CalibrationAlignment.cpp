// CalibrationAlignment: per question 1 - |answer - benchmark| / range (yes/no, scale, choice with
// points not starting at 0, N/A against N/A and against an answer), weighted by the form's
// group weights, pooled across calls, per reviewer; every expected figure computed by hand in
// the comments.
#include "calibration/CalibrationAlignment.h"

#include <QTest>

namespace {

// Group "A" weight 2: q1 yes/no, q2 scale 1..5 (N/A allowed). Group "B" weight 1: q3 choice
// none 0 / partly 1 / full 4 (range 4, N/A allowed).
ScorecardForm form()
{
    ScorecardQuestion q1;
    q1.id = QStringLiteral("q1");
    q1.text = QStringLiteral("Greets");
    ScorecardQuestion q2;
    q2.id = QStringLiteral("q2");
    q2.text = QStringLiteral("Pace");
    q2.type = ScorecardQuestion::Type::Scale;
    q2.min = 1;
    q2.max = 5;
    q2.naAllowed = true;
    ScorecardQuestion q3;
    q3.id = QStringLiteral("q3");
    q3.text = QStringLiteral("Close");
    q3.type = ScorecardQuestion::Type::Choice;
    q3.options = {
        {QStringLiteral("none"), 0}, {QStringLiteral("partly"), 1}, {QStringLiteral("full"), 4}};
    q3.naAllowed = true;
    ScorecardForm result;
    result.name = QStringLiteral("Cal");
    result.groups = {{QStringLiteral("A"), 2.0, {q1, q2}}, {QStringLiteral("B"), 1.0, {q3}}};
    return result;
}

ScorecardAnswers answers(const ScorecardAnswer &a1, const ScorecardAnswer &a2,
                         const std::optional<ScorecardAnswer> &a3)
{
    ScorecardAnswers result;
    result.formName = QStringLiteral("Cal");
    result.formVersion = 1;
    result.answers.insert(QStringLiteral("q1"), a1);
    result.answers.insert(QStringLiteral("q2"), a2);
    if (a3)
        result.answers.insert(QStringLiteral("q3"), *a3);
    return result;
}

ScorecardAnswer text(const char *value)
{
    return ScorecardAnswer::fromText(QString::fromUtf8(value));
}

const ScorecardAnswers &benchmark()
{
    static const ScorecardAnswers value =
        answers(ScorecardAnswer::yes(), ScorecardAnswer::fromNumber(4), text("full"));
    return value;
}

} // namespace

class tst_CalibrationAlignment : public QObject
{
    Q_OBJECT

private slots:
    void ranges()
    {
        const ScorecardForm f = form();
        QCOMPARE(CalibrationAlignment::range(*f.question(QStringLiteral("q1"))), 1.0);
        QCOMPARE(CalibrationAlignment::range(*f.question(QStringLiteral("q2"))), 4.0);
        QCOMPARE(CalibrationAlignment::range(*f.question(QStringLiteral("q3"))), 4.0);
        // Options 1, 3, 5 in any order: 5 - 1.
        ScorecardQuestion choice;
        choice.type = ScorecardQuestion::Type::Choice;
        choice.options = {
            {QStringLiteral("b"), 3}, {QStringLiteral("c"), 5}, {QStringLiteral("a"), 1}};
        QCOMPARE(CalibrationAlignment::range(choice), 4.0);
    }

    void perQuestion()
    {
        const ScorecardForm f = form();
        const ScorecardQuestion &q1 = *f.question(QStringLiteral("q1"));
        const ScorecardQuestion &q2 = *f.question(QStringLiteral("q2"));
        const ScorecardQuestion &q3 = *f.question(QStringLiteral("q3"));
        const auto na = ScorecardAnswer::notApplicable();
        QCOMPARE(CalibrationAlignment::question(q1, ScorecardAnswer::yes(), ScorecardAnswer::yes()),
                 1.0);
        QCOMPARE(CalibrationAlignment::question(q1, ScorecardAnswer::no(), ScorecardAnswer::yes()),
                 0.0);
        // |2 - 4| / 4 = 0.5 -> 0.5; |5 - 4| / 4 -> 0.75; |1 - 5| / 4 -> 0.
        QCOMPARE(CalibrationAlignment::question(q2, ScorecardAnswer::fromNumber(2),
                                                ScorecardAnswer::fromNumber(4)),
                 0.5);
        QCOMPARE(CalibrationAlignment::question(q2, ScorecardAnswer::fromNumber(5),
                                                ScorecardAnswer::fromNumber(4)),
                 0.75);
        QCOMPARE(CalibrationAlignment::question(q2, ScorecardAnswer::fromNumber(1),
                                                ScorecardAnswer::fromNumber(5)),
                 0.0);
        // partly (1) against full (4): 1 - 3/4.
        QCOMPARE(CalibrationAlignment::question(q3, text("partly"), text("full")), 0.25);
        QCOMPARE(CalibrationAlignment::question(q3, text("none"), text("partly")), 0.75);
        // N/A.
        QCOMPARE(CalibrationAlignment::question(q2, na, na), 1.0);
        QCOMPARE(CalibrationAlignment::question(q2, na, ScorecardAnswer::fromNumber(4)), 0.0);
        QCOMPARE(CalibrationAlignment::question(q2, ScorecardAnswer::fromNumber(4), na), 0.0);
        // Answers that do not fit are not compared.
        QVERIFY(!CalibrationAlignment::question(q2, ScorecardAnswer::fromNumber(9),
                                                ScorecardAnswer::fromNumber(4)));
        QVERIFY(!CalibrationAlignment::question(q3, text("most"), text("full")));

        // A choice whose points start above 0: options 1, 3, 5; 3 against 5 is 1 - 2/4.
        ScorecardQuestion choice;
        choice.type = ScorecardQuestion::Type::Choice;
        choice.options = {
            {QStringLiteral("a"), 1}, {QStringLiteral("b"), 3}, {QStringLiteral("c"), 5}};
        QCOMPARE(CalibrationAlignment::question(choice, text("b"), text("c")), 0.5);
        QCOMPARE(CalibrationAlignment::question(choice, text("a"), text("c")), 0.0);
        // Every option worth the same: nothing to disagree on.
        choice.options = {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 2}};
        QCOMPARE(CalibrationAlignment::question(choice, text("a"), text("b")), 1.0);
    }

    void weightedLikeTheForm()
    {
        // X: q1 no (0), q2 2 (0.5), q3 partly (0.25):
        //   (2 x 0 + 2 x 0.5 + 1 x 0.25) / (2 + 2 + 1) = 1.25 / 5 = 0.25.
        const auto x = CalibrationAlignment::evaluation(
            form(), answers(ScorecardAnswer::no(), ScorecardAnswer::fromNumber(2), text("partly")),
            benchmark());
        QCOMPARE(x.score, std::optional<double>(0.25));
        QCOMPARE(x.weighted, 1.25);
        QCOMPARE(x.weight, 5.0);
        QCOMPARE(x.questions.value(QStringLiteral("q2")), 0.5);
        // Y: q1 yes (1), q2 N/A against 4 (0), q3 full (1): (2 + 0 + 1) / 5 = 0.6.
        const auto y = CalibrationAlignment::evaluation(
            form(), answers(ScorecardAnswer::yes(), ScorecardAnswer::notApplicable(), text("full")),
            benchmark());
        QCOMPARE(y.score, std::optional<double>(0.6));
        // Y without q3: it is left out, (2 x 1 + 2 x 0) / (2 + 2) = 0.5.
        const auto partial = CalibrationAlignment::evaluation(
            form(), answers(ScorecardAnswer::yes(), ScorecardAnswer::notApplicable(), std::nullopt),
            benchmark());
        QCOMPARE(partial.score, std::optional<double>(0.5));
        QVERIFY(!partial.questions.contains(QStringLiteral("q3")));
        // The same answers as the benchmark: 1.
        QCOMPARE(CalibrationAlignment::evaluation(form(), benchmark(), benchmark()).score,
                 std::optional<double>(1.0));
        // A group of weight 0 does not count: only group A, (0 + 0.5) / 2 for X's answers.
        ScorecardForm zero = form();
        zero.groups[1].weight = 0;
        zero.groups[0].weight = 1;
        QCOMPARE(CalibrationAlignment::evaluation(
                     zero,
                     answers(ScorecardAnswer::no(), ScorecardAnswer::fromNumber(2), text("none")),
                     benchmark())
                     .score,
                 std::optional<double>(0.25));
        // Nothing to compare: no score.
        QVERIFY(!CalibrationAlignment::evaluation(form(), ScorecardAnswers(), benchmark()).score);
    }

    void pooledAcrossCallsPerReviewer()
    {
        const ScorecardAnswers x1 =
            answers(ScorecardAnswer::no(), ScorecardAnswer::fromNumber(2), text("partly"));
        const ScorecardAnswers y1 =
            answers(ScorecardAnswer::yes(), ScorecardAnswer::notApplicable(), text("full"));
        // Call 2: the benchmark said N/A to q2 and none to q3; X agrees on everything (5 / 5),
        // Y answered q2 with 3 (N/A against an answer: 0) and q3 partly (1 - 1/4 = 0.75):
        //   (2 x 1 + 2 x 0 + 1 x 0.75) / 5 = 2.75 / 5.
        const ScorecardAnswers bench2 =
            answers(ScorecardAnswer::yes(), ScorecardAnswer::notApplicable(), text("none"));
        const ScorecardAnswers y2 =
            answers(ScorecardAnswer::yes(), ScorecardAnswer::fromNumber(3), text("partly"));
        const QString b = QStringLiteral("Bench");
        const QString x = QStringLiteral("X");
        const QString y = QStringLiteral("Y");
        QMap<QString, QMap<QString, ScorecardAnswers>> byCall;
        byCall[QStringLiteral("c1")] = {{b, benchmark()}, {x, x1}, {y, y1}};
        byCall[QStringLiteral("c2")] = {{b, bench2}, {x, bench2}, {y, y2}};
        // No benchmark answers for c3: skipped.
        byCall[QStringLiteral("c3")] = {{x, x1}};
        const QMap<QString, CalibrationAlignment::Result> result =
            CalibrationAlignment::perReviewer(form(), b, byCall);
        QCOMPARE(result.keys(), (QStringList{x, y}));
        // X: (1.25 + 5) / (5 + 5) = 0.625. Y: (3 + 2.75) / 10 = 0.575.
        QCOMPARE(result.value(x).score, std::optional<double>(0.625));
        QVERIFY(qFuzzyCompare(*result.value(y).score, 0.575));
        QCOMPARE(result.value(y).weight, 10.0);
        QVERIFY(!CalibrationAlignment::pooled({}).score);
    }
};

QTEST_GUILESS_MAIN(tst_CalibrationAlignment)
#include "tst_CalibrationAlignment.moc"
