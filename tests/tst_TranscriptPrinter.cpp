// Print: the transcript is painted onto a printer's pages (here a PDF-file printer, read
// back with pdftotext), with every turn in order.
#include "SampleCalls.h"
#include "transcript/TranscriptPrinter.h"

#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestTranscriptPrinter : public QObject
{
    Q_OBJECT

private slots:
    void printsEveryTurn();
};

void TestTranscriptPrinter::printsEveryTurn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"printed.pdf"_qs);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QString transcript;
    for (int i = 0; i < 200; ++i) // several pages
        transcript += QStringLiteral("%1: line number %2\n").arg(i % 2 ? u"human" : u"bot").arg(i);
    const CallRecord call = SampleCalls::decode(SampleCalls::callObject(u"print-1"_qs, transcript));
    QString error;
    QVERIFY2(TranscriptPrinter::printTo(&printer, call, &error), qPrintable(error));

    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_qs);
    QVERIFY2(!tool.isEmpty(), "pdftotext is not installed (poppler-utils)");
    QProcess process;
    process.start(tool, {u"-enc"_qs, u"UTF-8"_qs, path, u"-"_qs});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    qsizetype from = 0;
    for (int i = 0; i < 200; ++i) {
        from = text.indexOf(QStringLiteral("line number %1\n").arg(i), from);
        QVERIFY2(from >= 0, qPrintable(QString::number(i)));
    }
    QVERIFY(text.contains(u"Page 2 of"));
}

QTEST_MAIN(TestTranscriptPrinter)
#include "tst_TranscriptPrinter.moc"
