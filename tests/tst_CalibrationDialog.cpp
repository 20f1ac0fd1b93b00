// CalibrationDialog: a session created from the queue's calls, participants and benchmark; the
// comparison hidden for a call until the current reviewer submitted it, then each reviewer's
// answers beside the benchmark's with the alignment computed by hand below.
#include "calibration/CalibrationStore.h"
#include "review/ReviewStore.h"
#include "team/CalibrationDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

ScorecardForm form()
{
    ScorecardQuestion q1;
    q1.id = QStringLiteral("q1");
    q1.text = QStringLiteral("Greets the caller");
    ScorecardQuestion q2;
    q2.id = QStringLiteral("q2");
    q2.text = QStringLiteral("Pace");
    q2.type = ScorecardQuestion::Type::Scale;
    q2.min = 1;
    q2.max = 5;
    ScorecardForm result;
    result.name = QStringLiteral("Cal");
    result.groups = {{QStringLiteral("All"), 1.0, {q1, q2}}};
    return result;
}

ScorecardAnswers answers(const ScorecardAnswer &q1, double q2)
{
    ScorecardAnswers result;
    result.formName = QStringLiteral("Cal");
    result.formVersion = 1;
    result.answers = {{QStringLiteral("q1"), q1},
                      {QStringLiteral("q2"), ScorecardAnswer::fromNumber(q2)}};
    return result;
}

QStringList column(const QTableWidget *table, int column)
{
    QStringList result;
    for (int row = 0; row < table->rowCount(); ++row)
        result.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    return result;
}

} // namespace

class tst_CalibrationDialog : public QObject
{
    Q_OBJECT

private slots:
    void createsComparesAndHides()
    {
        QTemporaryDir dir;
        ReviewStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("r.sqlite"))));
        QVERIFY(store.scorecards().publish(form()));
        const QString c1 = QStringLiteral("c1");
        const QString c2 = QStringLiteral("c2");
        const QString bo = QStringLiteral("Bo");
        {
            CalibrationDialog dialog(&store, {c1, c2}, bo);
            dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Week"));
            dialog.findChild<QLineEdit *>(QStringLiteral("participants"))
                ->setText(QStringLiteral("Bo, Cy"));
            dialog.findChild<QLineEdit *>(QStringLiteral("benchmark"))
                ->setText(QStringLiteral("Ana"));
            auto *create = dialog.findChild<QPushButton *>(QStringLiteral("create"));
            QVERIFY(create->isEnabled());
            create->click();
            QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("sessions"))->count(), 1);
            // Nothing submitted: each call is one hidden row.
            const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("comparison"));
            QCOMPARE(column(table, 0), (QStringList{c1, c2}));
            QVERIFY(column(table, 1).at(0).startsWith(QStringLiteral("Hidden")));
        }
        const CalibrationStore calibration(store.connectionName());
        QCOMPARE(calibration.sessions().size(), 1);
        const CalibrationSession session = calibration.sessions().first();
        QCOMPARE(session.callIds, (QStringList{c1, c2}));
        QCOMPARE(session.participants,
                 (QStringList{QStringLiteral("Ana"), bo, QStringLiteral("Cy")}));

        // Ana (benchmark) yes/4, Cy yes/4 on c1; Cy also on c2. Bo has not submitted yet.
        QVERIFY(calibration.submit(session.id, c1, QStringLiteral("Ana"),
                                   answers(ScorecardAnswer::yes(), 4)));
        QVERIFY(calibration.submit(session.id, c1, QStringLiteral("Cy"),
                                   answers(ScorecardAnswer::yes(), 4)));
        QVERIFY(calibration.submit(session.id, c2, QStringLiteral("Cy"),
                                   answers(ScorecardAnswer::no(), 1)));
        {
            CalibrationDialog dialog(&store, {}, bo);
            const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("comparison"));
            QCOMPARE(table->rowCount(), 2); // still hidden for Bo
            QVERIFY(column(table, 1).at(1).contains(QStringLiteral("1 submitted")));
        }
        // Bo submits c1: no (0 against yes), 2 (1 - |2 - 4| / 4 = 0.5): (0 + 0.5) / 2 = 25 %.
        QVERIFY(calibration.submit(session.id, c1, bo, answers(ScorecardAnswer::no(), 2)));
        CalibrationDialog dialog(&store, {}, bo);
        const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("comparison"));
        // Columns: call, question, Ana (benchmark), Bo, Cy. c1's two questions and its
        // alignment row, c2 hidden.
        QCOMPARE(table->columnCount(), 5);
        QCOMPARE(column(table, 0), (QStringList{c1, c1, c1, c2}));
        QCOMPARE(column(table, 1).mid(0, 2),
                 (QStringList{QStringLiteral("Greets the caller"), QStringLiteral("Pace")}));
        QCOMPARE(column(table, 2).mid(0, 2),
                 (QStringList{QStringLiteral("yes"), QStringLiteral("4")}));
        QCOMPARE(column(table, 3).mid(0, 2),
                 (QStringList{QStringLiteral("no  (0.0 %)"), QStringLiteral("2  (50.0 %)")}));
        QCOMPARE(column(table, 4).mid(0, 2),
                 (QStringList{QStringLiteral("yes  (100.0 %)"), QStringLiteral("4  (100.0 %)")}));
        // On c1: Bo 25 %, Cy 100 %.
        QCOMPARE(column(table, 1).at(2), QStringLiteral("Alignment on this call"));
        QCOMPARE(column(table, 3).at(2), QStringLiteral("25.0 %"));
        QCOMPARE(column(table, 4).at(2), QStringLiteral("100.0 %"));
        QVERIFY(column(table, 1).at(3).startsWith(QStringLiteral("Hidden")));
        // Who submitted how much (names and counts, no answers). "call(s)" without the English
        // catalog.
        const QString progress = dialog.findChild<QLabel *>(QStringLiteral("progress"))->text();
        QVERIFY2(progress.startsWith(QStringLiteral("Progress — Ana: 1 of 2 call")),
                 qPrintable(progress));
        QVERIFY2(progress.contains(QStringLiteral("; Bo: 1 of 2 call")), qPrintable(progress));
        QVERIFY2(progress.contains(QStringLiteral("; Cy: 2 of 2 call")), qPrintable(progress));
        // Overall, over what Bo can see (c1 only): Bo 25 %, Cy 100 %.
        const QString alignment = dialog.findChild<QLabel *>(QStringLiteral("alignment"))->text();
        QVERIFY2(alignment.contains(QStringLiteral("Bo: 25.0 %")), qPrintable(alignment));
        QVERIFY2(alignment.contains(QStringLiteral("Cy: 100.0 %")), qPrintable(alignment));
    }
};

QTEST_MAIN(tst_CalibrationDialog)
#include "tst_CalibrationDialog.moc"
