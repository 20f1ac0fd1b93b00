#include "ListFixtures.h"
#include "browse/CallFilterProxyModel.h"
#include "browse/CallTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class tst_CallFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    static QStringList column(const QAbstractItemModel &model, int column,
                              int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.data(model.index(row, column), role).toString());
        return values;
    }

private slots:
    void sortsEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        for (int c = 0; c < CallTableModel::ColumnCount; ++c)
            QTest::addRow("column %d", c) << c;
    }

    void sortsEveryColumn()
    {
        QFETCH(int, column);
        CallTableModel model;
        CallFilterProxyModel proxy;
        proxy.setCallModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCalls(fixtureCalls(0, 40));
        proxy.sort(column, Qt::AscendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const int previous = proxy.mapToSource(proxy.index(row - 1, 0)).row();
            const int current = proxy.mapToSource(proxy.index(row, 0)).row();
            QVERIFY2(!model.lessThan(current, previous, column), qPrintable(QString::number(row)));
        }
        proxy.sort(column, Qt::DescendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const int previous = proxy.mapToSource(proxy.index(row - 1, 0)).row();
            const int current = proxy.mapToSource(proxy.index(row, 0)).row();
            QVERIFY(!model.lessThan(previous, current, column));
        }
    }

    void durationSortIsNumeric()
    {
        CallTableModel model;
        CallFilterProxyModel proxy;
        proxy.setCallModel(&model);
        model.appendCalls(fixtureCalls(0, 20));
        proxy.sort(CallTableModel::DurationColumn);
        QList<qint64> seconds;
        for (int row = 0; row < proxy.rowCount(); ++row)
            seconds.append(proxy
                               .data(proxy.index(row, CallTableModel::DurationColumn),
                                     CallTableModel::DurationSecondsRole)
                               .toLongLong());
        QVERIFY(std::is_sorted(seconds.begin(), seconds.end()));
        QCOMPARE(seconds.first(), 0);
        QCOMPARE(seconds.last(), 592); // call 16: 16 * 37
        // A page arriving later lands in sorted position.
        model.appendCalls(fixtureCalls(20, 20));
        seconds.clear();
        for (int row = 0; row < proxy.rowCount(); ++row)
            seconds.append(proxy
                               .data(proxy.index(row, CallTableModel::DurationColumn),
                                     CallTableModel::DurationSecondsRole)
                               .toLongLong());
        QCOMPARE(seconds.size(), 40);
        QVERIFY(std::is_sorted(seconds.begin(), seconds.end()));
        // Filtering keeps the order; a kept row keeps its persistent index.
        const QPersistentModelIndex last = proxy.index(39, 0);
        CallFilter filter;
        filter.minSeconds = 300;
        proxy.setFilter(filter);
        seconds.clear();
        for (int row = 0; row < proxy.rowCount(); ++row)
            seconds.append(proxy
                               .data(proxy.index(row, CallTableModel::DurationColumn),
                                     CallTableModel::DurationSecondsRole)
                               .toLongLong());
        QVERIFY(seconds.size() < 40);
        QVERIFY(seconds.first() >= 300);
        QVERIFY(std::is_sorted(seconds.begin(), seconds.end()));
        QVERIFY(last.isValid());
        QCOMPARE(last.row(), proxy.rowCount() - 1);
    }

    void filters()
    {
        CallTableModel model;
        CallFilterProxyModel proxy;
        proxy.setCallModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCalls(fixtureCalls(0, 40));

        CallFilter filter;
        filter.text = QStringLiteral("  ANA 1 ");
        proxy.setFilter(filter); // names "Ana 1", "Ana 11", "Ana 13" ...
        QCOMPARE(proxy.rowCount(), 6); // 1, 11, 13, 15, 17, 19
        filter.text = QStringLiteral("CALL 27 HERE"); // preview, case-insensitive
        proxy.setFilter(filter);
        QCOMPARE(column(proxy, 0, CallTableModel::CallIdRole),
                 QStringList{QStringLiteral("call00027")});
        filter.text = QStringLiteral("voicemail"); // end reason in words
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 8);

        filter = CallFilter();
        filter.endReason = QStringLiteral("voicemail");
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 8);
        filter.recording = CallFilter::Recording::Without; // every 4th call has none
        proxy.setFilter(filter);
        QCOMPARE(column(proxy, 0, CallTableModel::CallIdRole),
                 (QStringList{QStringLiteral("call00000"), QStringLiteral("call00020")}));

        filter = CallFilter();
        filter.minSeconds = 100;
        filter.maxSeconds = 200;
        proxy.setFilter(filter);
        QVERIFY(proxy.rowCount() > 0);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const qint64 s =
                proxy.data(proxy.index(row, 0), CallTableModel::DurationSecondsRole).toLongLong();
            QVERIFY(s >= 100 && s <= 200);
        }
        int expected = 0;
        for (int i = 0; i < 40; ++i)
            expected += (i * 37) % 600 >= 100 && (i * 37) % 600 <= 200;
        QCOMPARE(proxy.rowCount(), expected);
        QCOMPARE(proxy.visibleSourceRows().size(), expected);

        // New pages are filtered as they arrive.
        model.appendCalls(fixtureCalls(40, 40));
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const qint64 s =
                proxy.data(proxy.index(row, 0), CallTableModel::DurationSecondsRole).toLongLong();
            QVERIFY(s >= 100 && s <= 200);
        }
        proxy.setFilter(CallFilter());
        QCOMPARE(proxy.rowCount(), 80);
    }
};

QTEST_MAIN(tst_CallFilterProxyModel)
#include "tst_CallFilterProxyModel.moc"
