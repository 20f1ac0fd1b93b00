// ReviewPdfExporter: a real PDF whose text (read back with pdftotext) holds the review and
// the quoted turns.
#include "review/ReviewPdfExporter.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_ReviewPdfExporter : public QObject
{
    Q_OBJECT

private slots:
    void pdfTextReadsBack()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        Review review;
        review.callId = QStringLiteral("1732545120931x604217839921336320");
        review.verdict = Review::Verdict::Fail;
        review.score = 12;
        review.reviewer = QStringLiteral("Marta Jiménez");
        review.summary = QStringLiteral("Never escalated <despite> asking.");
        review.flags.append({15, QStringLiteral("Should have escalated"), QStringLiteral("ignored"),
                             Speaker::Human, QStringLiteral("Can I talk to a real person?")});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.pdf"));
        QString error;
        QVERIFY2(ReviewPdfExporter::write(path, {review}, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        QProcess process;
        process.start(pdftotext,
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        for (const QString &expected :
             {QStringLiteral("Review of call 1732545120931x604217839921336320"),
              QStringLiteral("Fail"), QStringLiteral("12 of 100"), QStringLiteral("Marta Jiménez"),
              QStringLiteral("Never escalated <despite> asking."),
              QStringLiteral("Turn 16 · Caller"), QStringLiteral("Can I talk to a real person?")}) {
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" missing in: ") + text));
        }
    }
};

QTEST_MAIN(tst_ReviewPdfExporter)
#include "tst_ReviewPdfExporter.moc"
