#include "session/CallHistory.h"

#include <QTest>

static CallRecord call(const QString &id)
{
    CallRecord record;
    record.callId = id;
    return record;
}

class tst_CallHistory : public QObject
{
    Q_OBJECT

private slots:
    void backAndForward()
    {
        CallHistory history;
        QVERIFY(history.isEmpty());
        QVERIFY(!history.canGoBack());
        history.push(call(u"a1"_qs));
        history.push(call(u"b2"_qs));
        history.push(call(u"c3"_qs));
        QVERIFY(history.canGoBack());
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.back().callId, u"b2"_qs);
        QCOMPARE(history.back().callId, u"a1"_qs);
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.forward().callId, u"b2"_qs);
        // Opening a call from the middle drops the forward entries, like a browser.
        history.push(call(u"d4"_qs));
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.current().callId, u"d4"_qs);
        QCOMPARE(history.back().callId, u"b2"_qs);
    }

    void bounded()
    {
        CallHistory history;
        for (int i = 0; i < CallHistory::maxEntries + 5; ++i)
            history.push(call(QString::number(i)));
        int steps = 0;
        while (history.canGoBack()) {
            history.back();
            ++steps;
        }
        QCOMPARE(steps, CallHistory::maxEntries - 1);
        QCOMPARE(history.current().callId, QString::number(5));
    }
};

QTEST_APPLESS_MAIN(tst_CallHistory)
#include "tst_CallHistory.moc"
