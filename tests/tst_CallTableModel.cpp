#include "ListFixtures.h"
#include "browse/CallTableModel.h"
#include "format/CallFormatting.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class tst_CallTableModel : public QObject
{
    Q_OBJECT

private slots:
    void appendsPagesUnderTester()
    {
        CallTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendCalls(fixtureCalls(0, 20));
        model.appendCalls({});
        model.appendCalls(fixtureCalls(20, 5));
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(model.columnCount(), int(CallTableModel::ColumnCount));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 20);
        QCOMPARE(inserted.at(1).at(2).toInt(), 24);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void timingColumnsFromTheCallIndex()
    {
        CallTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCalls(fixtureCalls(0, 3));
        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        // Unknown until aligned: empty cells.
        QCOMPARE(cell(0, CallTableModel::P90LatencyColumn).toString(), QString());
        QCOMPARE(cell(0, CallTableModel::BargeInsColumn).toString(), QString());

        CallTimingIndex::Entry slow;
        slow.assistantP90Ms = 12500;
        slow.bargeIns = 2;
        CallTimingIndex::Entry fast;
        fast.assistantP90Ms = 900;
        fast.bargeIns = 10;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCallTiming({{model.call(0).callId, slow}, {model.call(2).callId, fast}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(0, CallTableModel::P90LatencyColumn).toString(), u"12.5 s"_qs);
        QCOMPARE(cell(0, CallTableModel::BargeInsColumn).toString(), u"2"_qs);
        QCOMPARE(cell(1, CallTableModel::P90LatencyColumn).toString(), QString());
        QCOMPARE(cell(2, CallTableModel::P90LatencyColumn, CallTableModel::SortRole).toLongLong(),
                 900);
        // Numeric order (12.5 s after 0.9 s, 10 after 2), unknown first.
        for (const int column :
             {int(CallTableModel::P90LatencyColumn), int(CallTableModel::BargeInsColumn)}) {
            QCOMPARE(model.rank(column, 1), 0);
            QVERIFY(model.lessThan(1, 0, column) && model.lessThan(1, 2, column));
        }
        QVERIFY(model.rank(CallTableModel::P90LatencyColumn, 2)
                < model.rank(CallTableModel::P90LatencyColumn, 0));
        QVERIFY(model.rank(CallTableModel::BargeInsColumn, 0)
                < model.rank(CallTableModel::BargeInsColumn, 2));
        // Pages arriving later get their figures too.
        CallTimingIndex::Entry later;
        later.assistantP90Ms = 1500;
        later.bargeIns = 0;
        model.setCallTiming({{fixtureCalls(3, 1).constFirst().callId, later}});
        QCOMPARE(cell(0, CallTableModel::P90LatencyColumn).toString(), QString());
        model.appendCalls(fixtureCalls(3, 1));
        QCOMPARE(cell(3, CallTableModel::P90LatencyColumn).toString(), u"1.5 s"_qs);
        QCOMPARE(cell(3, CallTableModel::BargeInsColumn).toString(), u"0"_qs);
        QCOMPARE(model.headerData(CallTableModel::P90LatencyColumn, Qt::Horizontal).toString(),
                 u"P90 latency"_qs);
    }

    void showsWhatTheTableNeeds()
    {
        CallTableModel model;
        model.appendCalls(fixtureCalls(5, 1)); // call 5: inbound, named, voicemail, 185 s
        const auto cell = [&model](int column, int role = Qt::DisplayRole) {
            return model.data(model.index(0, column), role);
        };
        QCOMPARE(cell(CallTableModel::DirectionColumn).toString(), QStringLiteral("Inbound"));
        QCOMPARE(cell(CallTableModel::FromColumn).toString(), QStringLiteral("+15550000005"));
        QCOMPARE(cell(CallTableModel::ToColumn).toString(), QStringLiteral("+34911000111"));
        QCOMPARE(cell(CallTableModel::NameColumn).toString(), QStringLiteral("Ana 5"));
        QCOMPARE(cell(CallTableModel::DurationColumn).toString(), QStringLiteral("3:05"));
        QCOMPARE(cell(CallTableModel::DurationColumn, CallTableModel::SortRole).toLongLong(), 185);
        QCOMPARE(cell(CallTableModel::EndReasonColumn).toString(),
                 QStringLiteral("Reached voicemail"));
        QCOMPARE(
            cell(CallTableModel::EndReasonColumn, CallTableModel::EndReasonCodeRole).toString(),
            QStringLiteral("voicemail"));
        QCOMPARE(cell(CallTableModel::RecordingColumn).toString(), QStringLiteral("Yes"));
        QCOMPARE(cell(CallTableModel::TurnsColumn).toInt(), 3);
        QCOMPARE(cell(CallTableModel::PreviewColumn).toString(),
                 QStringLiteral("Hi, call 5 here."));
        QCOMPARE(cell(CallTableModel::FromColumn, CallTableModel::CallIdRole).toString(),
                 QStringLiteral("call00005"));
        QCOMPARE(model.call(0).callId, QStringLiteral("call00005"));
        QCOMPARE(model.endReasons().value(QStringLiteral("voicemail")),
                 QStringLiteral("Reached voicemail"));
    }

    void endReasonInWordsWithTheCodeInTheTooltip()
    {
        // Issue 19: a code the app does not know reads as words; the tooltip and the filter
        // keep the code.
        QList<CallRecord> calls = fixtureCalls(0, 2);
        calls[0].endCallReason = QStringLiteral("customer-ended-call");
        calls[1].endCallReason = QStringLiteral("human_hangup");
        CallTableModel model;
        model.appendCalls(calls);
        const auto cell = [&model](int row, int role) {
            return model.data(model.index(row, CallTableModel::EndReasonColumn), role).toString();
        };
        QCOMPARE(cell(0, Qt::DisplayRole), QStringLiteral("Customer ended call"));
        QCOMPARE(cell(0, Qt::ToolTipRole), QStringLiteral("customer-ended-call"));
        QCOMPARE(cell(0, CallTableModel::EndReasonCodeRole), QStringLiteral("customer-ended-call"));
        QCOMPARE(cell(1, Qt::DisplayRole), QStringLiteral("Caller hung up"));
        QCOMPARE(cell(1, Qt::ToolTipRole), QStringLiteral("human_hangup"));
        QCOMPARE(model.endReasons().value(QStringLiteral("customer-ended-call")),
                 QStringLiteral("Customer ended call"));
    }

    void previewIsOneShortLine()
    {
        CallRecord call;
        call.turns = {
            {Speaker::Bot, QStringLiteral("Hello")},
            {Speaker::Human, QStringLiteral("first line\nsecond   line ") + QString(400, u'x')}};
        const QString preview = CallFormatting::callerPreview(call.turns);
        QVERIFY(!preview.contains(u'\n'));
        QVERIFY(preview.startsWith(QStringLiteral("first line second line x")));
        QCOMPARE(preview.size(), CallFormatting::previewLength);
        QVERIFY(preview.endsWith(u'…'));
        call.turns = {{Speaker::Bot, QStringLiteral("Hello")}};
        QVERIFY(CallFormatting::callerPreview(call.turns).isEmpty());
    }

    void lazyFetchMore()
    {
        CallTableModel model;
        QSignalSpy requested(&model, &CallTableModel::fetchMoreRequested);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        model.setMoreAvailable(true);
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.setLoading(true);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QCOMPARE(requested.size(), 0);
        model.setLoading(false);
        model.fetchMore(QModelIndex());
        QCOMPARE(requested.size(), 1);
    }

    void ranksFollowKeysAcrossPages()
    {
        CallTableModel model;
        for (int page = 0; page < 4; ++page)
            model.appendCalls(fixtureCalls(page * 13, 13));
        for (int column = 0; column < CallTableModel::ColumnCount; ++column) {
            for (int a = 0; a < model.rowCount(); ++a) {
                for (int b = 0; b < model.rowCount(); ++b) {
                    // Ordered by (key, row).
                    const bool expected =
                        model.lessThan(a, b, column) || (!model.lessThan(b, a, column) && a < b);
                    QCOMPARE(model.rank(column, a) < model.rank(column, b), expected);
                }
            }
        }
    }

    void sortKeysCompareAsNumbers()
    {
        CallTableModel model;
        model.appendCalls(fixtureCalls(0, 30));
        // call 17: 29 s; call 3: 111 s; textual order would put "111" before "29".
        QVERIFY(model.lessThan(17, 3, CallTableModel::DurationColumn));
        QVERIFY(!model.lessThan(3, 17, CallTableModel::DurationColumn));
        QVERIFY(model.lessThan(0, 1, CallTableModel::RecordingColumn)); // no recording < recording
    }
};

QTEST_MAIN(tst_CallTableModel)
#include "tst_CallTableModel.moc"
