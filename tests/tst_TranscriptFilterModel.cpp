#include "alignment/Timeline.h"
#include "transcript/TranscriptFilterModel.h"
#include "transcript/TranscriptModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

static QList<Turn> sample()
{
    return {{Speaker::Bot, u"b0"_qs},
            {Speaker::Human, u"h1"_qs},
            {Speaker::Bot, u"b2"_qs},
            {Speaker::Unknown, u"u3"_qs},
            {Speaker::Human, u"h4"_qs}};
}

class tst_TranscriptFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void modelsPassTheTester()
    {
        TranscriptModel model;
        TranscriptFilterModel filter;
        QAbstractItemModelTester sourceTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTurns(sample());
        filter.setSpeakerFilter(Speaker::Human);
        filter.setSpeakerFilter(Speaker::Bot);
        model.setTurns({});
        model.setTurns(sample());
        filter.setSpeakerFilter(std::nullopt);
        QCOMPARE(filter.rowCount(), 5);
    }

    // A change of many source rows (the times of an aligned call) reaches the view as one
    // signal per run of shown rows, not one per row.
    void changesForwardedAsRuns()
    {
        TranscriptModel model;
        model.setTurns(sample());
        TranscriptFilterModel filter;
        filter.setSourceModel(&model);
        QSignalSpy changed(&filter, &QAbstractItemModel::dataChanged);
        Timeline timeline;
        for (int i = 0; i < 5; ++i)
            timeline.turns.append({i * 1000LL, i * 1000LL + 500, 0.9});
        model.setTimeline(timeline);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 4);
        filter.setSpeakerFilter(Speaker::Bot); // shown: b0, b2 (rows 0 and 1 of the filter)
        changed.clear();
        model.setTimeline(timeline);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1);
        changed.clear();
        model.setCurrentTurn(2); // one row: one signal, for the shown row 1
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    }

    void filtersBySpeaker()
    {
        TranscriptModel model;
        model.setTurns(sample());
        TranscriptFilterModel filter;
        filter.setSourceModel(&model);
        QSignalSpy resets(&filter, &QAbstractItemModel::modelReset);
        filter.setSpeakerFilter(Speaker::Human);
        QCOMPARE(resets.size(), 1); // one reset, not a storm of row removals
        QCOMPARE(filter.rowCount(), 2);
        QCOMPARE(filter.index(0, 0).data().toString(), u"h1"_qs);
        QCOMPARE(filter.index(1, 0).data(TranscriptModel::TurnNumberRole).toInt(), 5);
        QCOMPARE(filter.mapToSource(filter.index(1, 0)).row(), 4);
        QCOMPARE(filter.mapFromSource(model.index(4)).row(), 1);
        QVERIFY(!filter.mapFromSource(model.index(0)).isValid()); // filtered out
        filter.setSpeakerFilter(Speaker::Bot);
        QCOMPARE(filter.rowCount(), 2);
        QCOMPARE(filter.index(1, 0).data().toString(), u"b2"_qs);
    }

    void followsTheSource()
    {
        TranscriptModel model;
        TranscriptFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSpeakerFilter(Speaker::Bot);
        QCOMPARE(filter.rowCount(), 0);
        model.setTurns(sample());
        QCOMPARE(filter.rowCount(), 2);
        model.setTurns({{Speaker::Bot, u"only"_qs}});
        QCOMPARE(filter.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_TranscriptFilterModel)
#include "tst_TranscriptFilterModel.moc"
