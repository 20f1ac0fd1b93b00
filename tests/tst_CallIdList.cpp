// CallIdList and ReviewQueue::parseIds read the same pasted text differently (issue 17). Each
// row records what each parser gives today; the rows differ, which is the bug this suite
// documents before the two become one.
#include "api/CallIdList.h"
#include "review/ReviewQueue.h"

#include <QTest>

class tst_CallIdList : public QObject
{
    Q_OBJECT

private slots:
    void parsersDisagree_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("byCallIdList");
        QTest::addColumn<QStringList>("byParseIds");
        const QString id = QStringLiteral("1725527007259x327898249603432960");
        QTest::newRow("pasted line")
            << QStringLiteral("Call ID: %1").arg(id)
            << QStringList{QStringLiteral("Call ID: %1").arg(id)} << QStringList{id};
        QTest::newRow("comment") << QStringLiteral("# week 12\n123x456")
                                 << QStringList{QStringLiteral("123x456")}
                                 << QStringList{QStringLiteral("12"), QStringLiteral("123x456")};
        QTest::newRow("commas") << QStringLiteral("111x222, 333x444")
                                << QStringList{QStringLiteral("111x222, 333x444")}
                                << QStringList{QStringLiteral("111x222"),
                                               QStringLiteral("333x444")};
        QTest::newRow("url") << QStringLiteral("https://api.anunzi.net/v2/calls/666x777?x=1")
                             << QStringList{QStringLiteral(
                                    "https://api.anunzi.net/v2/calls/666x777?x=1")}
                             << QStringList{QStringLiteral("666x777")};
        QTest::newRow("path") << QStringLiteral("../1234") << QStringList{QStringLiteral("../1234")}
                              << QStringList{QStringLiteral("1234")};
        QTest::newRow("word") << QStringLiteral("call_id") << QStringList{QStringLiteral("call_id")}
                              << QStringList{};
    }

    void parsersDisagree()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, byCallIdList);
        QFETCH(QStringList, byParseIds);
        const QStringList lines = CallIdList::parse(text.toUtf8());
        const QStringList tokens = ReviewQueue::parseIds(text);
        QCOMPARE(lines, byCallIdList);
        QCOMPARE(tokens, byParseIds);
        QVERIFY(lines != tokens);
    }
};

QTEST_GUILESS_MAIN(tst_CallIdList)
#include "tst_CallIdList.moc"
