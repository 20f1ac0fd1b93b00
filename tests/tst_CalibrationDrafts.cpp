// CalibrationDrafts: unsubmitted calibration answers survive a restart (a new instance on the
// same file), a submitted call's entry goes, and a broken file or folder is said, never fatal.
#include "calibration/CalibrationDrafts.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_CalibrationDrafts : public QObject
{
    Q_OBJECT

    static ScorecardAnswers answers(const QString &greet)
    {
        ScorecardAnswers a;
        a.formName = QStringLiteral("Test QA");
        a.formVersion = 1;
        a.answers.insert(QStringLiteral("greet"),
                         greet == u"yes" ? ScorecardAnswer::yes() : ScorecardAnswer::no());
        a.answers.insert(QStringLiteral("name"), ScorecardAnswer::notApplicable());
        a.comments.insert(QStringLiteral("greet"), QStringLiteral("said “hola”"));
        return a;
    }

private slots:
    void survivesARestartAndForgetsSubmittedCalls()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/drafts.json"));
        const QString c1 = CalibrationDrafts::key(QStringLiteral("/db.sqlite"), 7,
                                                  QStringLiteral("c1"), QStringLiteral("Bo"));
        const QString c2 = CalibrationDrafts::key(QStringLiteral("/db.sqlite"), 7,
                                                  QStringLiteral("c2"), QStringLiteral("Bo"));
        {
            CalibrationDrafts drafts(path);
            QCOMPARE(drafts.size(), 0);
            QString error;
            QVERIFY2(drafts.insert(c1, answers(QStringLiteral("yes")), &error), qPrintable(error));
            QVERIFY(drafts.insert(c2, answers(QStringLiteral("no"))));
        }
        CalibrationDrafts again(path);
        QCOMPARE(again.size(), 2);
        QCOMPARE(again.value(c1), answers(QStringLiteral("yes")));
        QCOMPARE(again.value(c2), answers(QStringLiteral("no")));
        // Another database, session, call or reviewer is another draft.
        QVERIFY(!again.contains(CalibrationDrafts::key(
            QStringLiteral("db2"), 7, QStringLiteral("c1"), QStringLiteral("Bo"))));
        QVERIFY(!again.contains(CalibrationDrafts::key(
            QStringLiteral("/db.sqlite"), 7, QStringLiteral("c1"), QStringLiteral("Ana"))));
        QVERIFY(again.remove(c1));
        QCOMPARE(CalibrationDrafts(path).size(), 1);
        QVERIFY(!CalibrationDrafts(path).contains(c1));
    }

    void aBrokenFileIsEmptyAndAnUnwritablePlaceIsSaid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drafts.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"drafts\": [{\"key\": \"k\", \"answers\": 3}, \"x\"]");
        file.close();
        QCOMPARE(CalibrationDrafts(path).size(), 0);

        // A file where the folder should be: the draft stays in memory, the reason is given.
        CalibrationDrafts blocked(path + QStringLiteral("/drafts.json"));
        QString error;
        QVERIFY(!blocked.insert(QStringLiteral("k"), answers(QStringLiteral("yes")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(blocked.contains(QStringLiteral("k")));
    }
};

QTEST_GUILESS_MAIN(tst_CalibrationDrafts)
#include "tst_CalibrationDrafts.moc"
