// ScorecardQuestion: what each type of question can earn, its worst answer, and the stable keys
// of the JSON files.
#include "scorecards/ScorecardQuestion.h"

#include <QTest>

namespace {

ScorecardQuestion choice(const QList<ScorecardQuestion::Option> &options)
{
    ScorecardQuestion question;
    question.type = ScorecardQuestion::Type::Choice;
    question.options = options;
    return question;
}

} // namespace

class tst_ScorecardQuestion : public QObject
{
    Q_OBJECT

private slots:
    void possibleAndLowestPoints()
    {
        ScorecardQuestion yesNo;
        QCOMPARE(yesNo.possiblePoints(), 1.0);
        QCOMPARE(yesNo.lowestPoints(), 0.0);

        ScorecardQuestion scale;
        scale.type = ScorecardQuestion::Type::Scale;
        scale.min = 2;
        scale.max = 7;
        QCOMPARE(scale.possiblePoints(), 5.0); // max - min, not max
        QCOMPARE(scale.lowestPoints(), 0.0); // min earns min - min

        // Options in any order: the best and the worst by points, not by position.
        const ScorecardQuestion c = choice({{QStringLiteral("ok"), 2},
                                            {QStringLiteral("great"), 3.5},
                                            {QStringLiteral("poor"), 0.5}});
        QCOMPARE(c.possiblePoints(), 3.5);
        QCOMPARE(c.lowestPoints(), 0.5);
    }

    void option()
    {
        const ScorecardQuestion c =
            choice({{QStringLiteral("ok"), 1}, {QStringLiteral("great"), 2}});
        QVERIFY(c.option(QStringLiteral("great")));
        QCOMPARE(c.option(QStringLiteral("great"))->points, 2.0);
        QVERIFY(!c.option(QStringLiteral("Great"))); // labels are exact
    }

    void keys()
    {
        using Type = ScorecardQuestion::Type;
        using Rule = ScorecardQuestion::CommentRule;
        QCOMPARE(ScorecardQuestion::typeKey(Type::YesNo), QStringLiteral("yes_no"));
        QCOMPARE(ScorecardQuestion::typeKey(Type::Scale), QStringLiteral("scale"));
        QCOMPARE(ScorecardQuestion::typeKey(Type::Choice), QStringLiteral("choice"));
        for (Type type : {Type::YesNo, Type::Scale, Type::Choice})
            QCOMPARE(ScorecardQuestion::typeFromKey(ScorecardQuestion::typeKey(type)), type);
        QVERIFY(!ScorecardQuestion::typeFromKey(QStringLiteral("Yes_No")));
        QCOMPARE(ScorecardQuestion::commentRuleKey(Rule::OnFail), QStringLiteral("on_fail"));
        for (Rule rule : {Rule::Never, Rule::OnFail, Rule::Always}) {
            QCOMPARE(ScorecardQuestion::commentRuleFromKey(ScorecardQuestion::commentRuleKey(rule)),
                     rule);
        }
        QVERIFY(!ScorecardQuestion::commentRuleFromKey(QStringLiteral("on-fail")));
    }
};

QTEST_GUILESS_MAIN(tst_ScorecardQuestion)
#include "tst_ScorecardQuestion.moc"
