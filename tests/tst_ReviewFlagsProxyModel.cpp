// ReviewFlagsProxyModel: the transcript passes through unchanged, flags appear as roles, and
// only rows whose flags changed are reported changed.
#include "review/ReviewFlagsProxyModel.h"
#include "review/ReviewSession.h"
#include "review/ReviewStore.h"
#include "transcript/TranscriptModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_ReviewFlagsProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void flagsAsRoles()
    {
        QTemporaryDir dir;
        ReviewStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("r.sqlite"))));
        ReviewSession session(&store);
        TranscriptModel transcript;
        const QList<Turn> turns{{Speaker::Bot, QStringLiteral("Hello")},
                                {Speaker::Human, QStringLiteral("Hi")},
                                {Speaker::Bot, QStringLiteral("Name?")},
                                {Speaker::Human, QStringLiteral("Ana")}};
        transcript.setTurns(turns);
        ReviewFlagsProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&transcript);
        proxy.setSession(&session);
        session.setCall(QStringLiteral("1x1"), turns);

        QCOMPARE(proxy.rowCount(), 4);
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Name?"));
        QCOMPARE(proxy.index(2, 0).data(ReviewFlagsProxyModel::FlagCountRole).toInt(), 0);

        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        session.addFlag(2, QStringLiteral("Tone"), QStringLiteral("curt"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.constFirst().at(1).toModelIndex().row(), 2);
        session.addFlag(2, QStringLiteral("Other"));
        const QModelIndex row2 = proxy.index(2, 0);
        QCOMPARE(row2.data(ReviewFlagsProxyModel::FlagCountRole).toInt(), 2);
        QCOMPARE(row2.data(ReviewFlagsProxyModel::FlagCategoriesRole).toStringList(),
                 (QStringList{QStringLiteral("Tone"), QStringLiteral("Other")}));
        QCOMPARE(row2.data(ReviewFlagsProxyModel::FlagSummaryRole).toString(),
                 QStringLiteral("Tone: curt · Other"));

        changed.clear();
        session.removeFlag(0);
        session.removeFlag(0);
        QCOMPARE(changed.count(), 2);
        for (const QList<QVariant> &signal : std::as_const(changed))
            QCOMPARE(signal.at(0).toModelIndex().row(), 2); // no other row touched
        QCOMPARE(row2.data(ReviewFlagsProxyModel::FlagCountRole).toInt(), 0);
        QVERIFY(proxy.roleNames().contains(ReviewFlagsProxyModel::FlagSummaryRole));
    }
};

QTEST_GUILESS_MAIN(tst_ReviewFlagsProxyModel)
#include "tst_ReviewFlagsProxyModel.moc"
