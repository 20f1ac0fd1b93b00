// Batch progress on stderr: plain lines for logs and pipes, a live bar on a terminal, and a
// summary that names every failure.
#include "cli/BatchProgressPrinter.h"

#include <QtTest>

#include <cstdio>

namespace {

QString contentsOf(FILE *file)
{
    std::fflush(file);
    std::rewind(file);
    QByteArray data;
    char buffer[4096];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0)
        data.append(buffer, qsizetype(n));
    return QString::fromUtf8(data);
}

BatchExporter::ItemResult item(const QString &id, BatchExporter::Outcome outcome)
{
    BatchExporter::ItemResult result;
    result.callId = id;
    result.outcome = outcome;
    result.path = u"/out/"_qs + id + u".txt";
    if (outcome == BatchExporter::Outcome::Failed) {
        result.reason = u"There is no call with ID "_qs + id + u'.';
        result.error = FetchError::Kind::NotFound;
    }
    return result;
}

} // namespace

class TestBatchProgressPrinter : public QObject
{
    Q_OBJECT

private slots:
    void plainLinesWhenNotATerminal();
    void liveBarOnATerminal();
    void barShape();
    void canceledCountReadsRight_data();
    void canceledCountReadsRight();
};

void TestBatchProgressPrinter::plainLinesWhenNotATerminal()
{
    FILE *file = std::tmpfile();
    {
        BatchProgressPrinter printer(file, false);
        printer.itemFinished(item(u"a"_qs, BatchExporter::Outcome::Saved), 1, 3);
        printer.itemFinished(item(u"b"_qs, BatchExporter::Outcome::Skipped), 2, 3);
        printer.itemFinished(item(u"c"_qs, BatchExporter::Outcome::Failed), 3, 3);
        BatchExporter::Summary summary;
        summary.saved = summary.skipped = summary.failed = 1;
        summary.failures = {item(u"c"_qs, BatchExporter::Outcome::Failed)};
        printer.summary(summary);
    }
    const QString out = contentsOf(file);
    std::fclose(file);
    QVERIFY(!out.contains(u'\r'));
    QVERIFY(!out.contains(u'\x1b'));
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 5, qPrintable(out));
    QVERIFY(lines.at(0).startsWith(u"[1/3] saved"));
    QVERIFY(lines.at(1).startsWith(u"[2/3] skipped"));
    QVERIFY(lines.at(2).startsWith(u"[3/3] failed c"));
    QVERIFY(lines.at(3).contains(u"1 saved, 1 skipped"));
    QVERIFY(lines.at(4).contains(u"c: There is no call"));
}

void TestBatchProgressPrinter::liveBarOnATerminal()
{
    FILE *file = std::tmpfile();
    {
        BatchProgressPrinter printer(file, true);
        printer.itemFinished(item(u"a"_qs, BatchExporter::Outcome::Saved), 1, 2);
        printer.itemFinished(item(u"b"_qs, BatchExporter::Outcome::Failed), 2, 2);
        BatchExporter::Summary summary;
        summary.saved = summary.failed = 1;
        summary.failures = {item(u"b"_qs, BatchExporter::Outcome::Failed)};
        printer.summary(summary);
    }
    const QString out = contentsOf(file);
    std::fclose(file);
    QVERIFY(out.contains(u"\r[###############...............] 1/2"));
    QVERIFY(out.contains(u"callreview: b failed")); // the failure stays visible
    QVERIFY(out.contains(u"\r[##############################] 2/2"));
    QVERIFY(!out.contains(u"saved /out/a.txt")); // no line per success on a terminal
}

void TestBatchProgressPrinter::barShape()
{
    QCOMPARE(BatchProgressPrinter::bar(0, 4, 8), u"[........]"_qs);
    QCOMPARE(BatchProgressPrinter::bar(1, 4, 8), u"[##......]"_qs);
    QCOMPARE(BatchProgressPrinter::bar(4, 4, 8), u"[########]"_qs);
    QCOMPARE(BatchProgressPrinter::bar(0, 0, 4), u"[####]"_qs);
}

void TestBatchProgressPrinter::canceledCountReadsRight_data()
{
    QTest::addColumn<int>("notStarted");
    QTest::addColumn<QString>("words");
    QTest::newRow("one") << 1 << u"Canceled: 1 call not done."_qs;
    QTest::newRow("two") << 2 << u"Canceled: 2 calls not done."_qs;
    QTest::newRow("none") << 0 << u"Canceled: 0 calls not done."_qs;
}

void TestBatchProgressPrinter::canceledCountReadsRight()
{
    QFETCH(int, notStarted);
    QFETCH(QString, words);
    FILE *file = std::tmpfile();
    {
        BatchProgressPrinter printer(file, false);
        BatchExporter::Summary summary;
        summary.saved = 3;
        summary.canceled = true;
        summary.notStarted = notStarted;
        printer.summary(summary);
    }
    const QString out = contentsOf(file);
    std::fclose(file);
    QVERIFY2(out.contains(words), qPrintable(out));
    QVERIFY2(!out.contains(u"(s)"), qPrintable(out));
}

QTEST_MAIN(TestBatchProgressPrinter)
#include "tst_BatchProgressPrinter.moc"
