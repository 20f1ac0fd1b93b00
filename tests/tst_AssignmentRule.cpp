// AssignmentRule: how many calls a count or a percentage with a minimum takes (rounded up,
// never more than match), and the JSON stored with each batch, 64-bit seed included.
#include "assignment/AssignmentRule.h"

#include <QJsonArray>
#include <QTest>

class tst_AssignmentRule : public QObject
{
    Q_OBJECT

private slots:
    void sampleSizeByCount()
    {
        AssignmentRule rule;
        rule.count = 10;
        QCOMPARE(rule.sampleSize(0), 0);
        QCOMPARE(rule.sampleSize(4), 4);
        QCOMPARE(rule.sampleSize(10), 10);
        QCOMPARE(rule.sampleSize(250), 10);
        rule.count = -3;
        QCOMPARE(rule.sampleSize(5), 0);
    }

    void sampleSizeByPercentWithMinimum()
    {
        AssignmentRule rule;
        rule.size = AssignmentRule::Size::Percent;
        rule.percent = 10;
        rule.minimum = 0;
        QCOMPARE(rule.sampleSize(30), 3); // exactly 3, not 4
        QCOMPARE(rule.sampleSize(31), 4); // 3.1 rounded up
        QCOMPARE(rule.sampleSize(5), 1); // 0.5 rounded up
        rule.minimum = 8;
        QCOMPARE(rule.sampleSize(30), 8); // the minimum wins over 3
        QCOMPARE(rule.sampleSize(200), 20); // the share wins over 8
        QCOMPARE(rule.sampleSize(6), 6); // never more than match
        rule.percent = 100;
        QCOMPARE(rule.sampleSize(17), 17);
        rule.percent = 250;
        QCOMPARE(rule.sampleSize(17), 17);
    }

    void jsonRoundTrip()
    {
        AssignmentRule rule;
        rule.assistantId = QStringLiteral("model-ñ");
        rule.from = QDate(2026, 11, 1);
        rule.to = QDate(2026, 11, 30);
        rule.size = AssignmentRule::Size::Percent;
        rule.percent = 12.5;
        rule.minimum = 4;
        rule.endReasons = {QStringLiteral("customer-ended-call"), QStringLiteral("silence")};
        rule.minSeconds = 30;
        rule.maxSeconds = 600;
        rule.findingKind = QStringLiteral("misunderstanding");
        rule.seed = Q_UINT64_C(18446744073709551557); // above 2^63: kept exactly
        const QJsonObject json = rule.toJson();
        QCOMPARE(json.value(QStringLiteral("seed")).toString(),
                 QStringLiteral("18446744073709551557"));
        const std::optional<AssignmentRule> back = AssignmentRule::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->seed, rule.seed);
        QCOMPARE(back->from, rule.from);
        QCOMPARE(back->endReasons, rule.endReasons);
        QVERIFY(*back == rule);

        const std::optional<AssignmentRule> plain =
            AssignmentRule::fromJson(AssignmentRule().toJson());
        QVERIFY(plain);
        QVERIFY(!plain->from);
        QCOMPARE(plain->minSeconds, -1);

        QJsonObject broken = json;
        broken.insert(QStringLiteral("size"), QStringLiteral("most"));
        QVERIFY(!AssignmentRule::fromJson(broken));
        broken = json;
        broken.insert(QStringLiteral("seed"), QStringLiteral("x"));
        QVERIFY(!AssignmentRule::fromJson(broken));
    }
};

QTEST_GUILESS_MAIN(tst_AssignmentRule)
#include "tst_AssignmentRule.moc"
