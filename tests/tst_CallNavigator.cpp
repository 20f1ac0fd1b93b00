#include "ListFixtures.h"
#include "browse/CallFilterProxyModel.h"
#include "browse/CallNavigator.h"
#include "browse/CallTableModel.h"

#include <QSignalSpy>
#include <QTest>

class tst_CallNavigator : public QObject
{
    Q_OBJECT

private slots:
    void followsTheSortedFilteredList()
    {
        CallTableModel model;
        CallFilterProxyModel proxy;
        proxy.setCallModel(&model);
        model.appendCalls(fixtureCalls(0, 10));
        proxy.sort(CallTableModel::DurationColumn, Qt::DescendingOrder);
        CallNavigator navigator(&proxy);
        QSignalSpy requested(&navigator, &CallNavigator::callRequested);
        QSignalSpy rowChanged(&navigator, &CallNavigator::currentRowChanged);

        navigator.open(0);
        QCOMPARE(requested.last().at(0).value<CallRecord>().durationSeconds, 333); // call 9
        QVERIFY(!navigator.hasPrevious());
        navigator.previous();
        QCOMPARE(requested.size(), 1);
        navigator.next();
        QCOMPARE(requested.size(), 2);
        QCOMPARE(rowChanged.last().at(0).toInt(), 1);
        QCOMPARE(requested.last().at(0).value<CallRecord>().durationSeconds, 296); // call 8
        navigator.previous();
        QCOMPARE(navigator.currentRow(), 0);

        navigator.open(9);
        QVERIFY(!navigator.hasNext());
        navigator.next();
        QCOMPARE(requested.size(), 4); // at the end, nothing more to load: stays
    }

    void nextLoadsTheNextPage()
    {
        CallTableModel model;
        CallFilterProxyModel proxy;
        proxy.setCallModel(&model);
        model.appendCalls(fixtureCalls(0, 3));
        model.setMoreAvailable(true);
        CallNavigator navigator(&proxy);
        QSignalSpy requested(&navigator, &CallNavigator::callRequested);
        connect(&model, &CallTableModel::fetchMoreRequested, this,
                [&model] { model.appendCalls(fixtureCalls(3, 3)); });
        navigator.open(2);
        QVERIFY(navigator.hasNext());
        navigator.next();
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.last().at(0).value<CallRecord>().callId, QStringLiteral("call00003"));
        QCOMPARE(navigator.currentRow(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_CallNavigator)
#include "tst_CallNavigator.moc"
