// The command line's export options end to end: --format/--redact on --export, and
// --export-dir with IDs and --ids files against a fake API, with the exit codes scripts see.
#include "FakeAnunziApi.h"
#include "SampleCalls.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "cli/HeadlessRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestHeadlessBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesExportOptions();
    void rejectsMisusedOptions_data();
    void rejectsMisusedOptions();
    void singleExportTakesFormatAndRedaction();
    void batchSavesEveryCall();
    void batchReadsIdsFileAndResumes();
    void batchExitCodes_data();
    void batchExitCodes();

private:
    int run(const QStringList &arguments);

    FakeAnunziApi m_api;
};

void TestHeadlessBatch::initTestCase()
{
    QVERIFY(m_api.isListening());
    const QByteArray key("test-key-123");
    m_api.setRequiredKey(key);
    qputenv("ANUNZI_API_KEY", key);
    // ok-* calls exist, missing-* are 404s, garbage-* a 200 that is not a call.
    for (const QString &id : {u"ok-h1"_qs, u"ok-h2"_qs, u"ok-i1"_qs, u"ok-i2"_qs, u"ok-e1"_qs,
                              u"ok-e2"_qs, u"ok-e3"_qs})
        m_api.addCall(id, SampleCalls::greetingResponse(id));
    m_api.addCall(u"garbage-e4"_qs, R"({"status":"ok"})");
}

int TestHeadlessBatch::run(const QStringList &arguments)
{
    const CommandLine::Result parsed =
        CommandLine::parse(QStringList{u"callreview"_qs} + arguments, m_api.base());
    if (!parsed.error.isEmpty())
        return ExitCode::Usage;
    HeadlessRunner runner(parsed.options);
    QSignalSpy finished(&runner, &HeadlessRunner::finished);
    runner.start();
    if (!finished.wait(20000))
        return -1;
    return finished.first().first().toInt();
}

void TestHeadlessBatch::parsesExportOptions()
{
    const CommandLine::Result batch =
        CommandLine::parse({u"callreview"_qs, u"--export-dir"_qs, u"out"_qs, u"--format"_qs,
                            u"md"_qs, u"--redact-name"_qs, u"--force"_qs, u"a-1"_qs, u"a-2"_qs},
                           QString());
    QVERIFY2(batch.error.isEmpty(), qPrintable(batch.error));
    QCOMPARE(batch.options.mode, CommandLineOptions::Mode::BatchExport);
    QCOMPARE(batch.options.callIds, QStringList({u"a-1"_qs, u"a-2"_qs}));
    QCOMPARE(batch.options.exportFormat(), ExportFormat::Markdown);
    QVERIFY(batch.options.redact && batch.options.redactName && batch.options.force);

    const CommandLine::Result single = CommandLine::parse(
        {u"callreview"_qs, u"--demo"_qs, u"--export"_qs, u"call.PDF"_qs}, QString());
    QCOMPARE(single.options.mode, CommandLineOptions::Mode::Export);
    QCOMPARE(single.options.exportFormat(), ExportFormat::Pdf);
    QVERIFY(!single.options.redact);
}

void TestHeadlessBatch::rejectsMisusedOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown format")
        << QStringList{u"--demo"_qs, u"--export"_qs, u"x"_qs, u"--format"_qs, u"docx"_qs};
    QTest::newRow("ids without dir") << QStringList{u"--ids"_qs, u"-"_qs};
    QTest::newRow("force without dir") << QStringList{u"--force"_qs, u"a-1"_qs};
    QTest::newRow("redact in window") << QStringList{u"--redact"_qs};
    QTest::newRow("dir and export")
        << QStringList{u"--export-dir"_qs, u"d"_qs, u"--export"_qs, u"x"_qs, u"a-1"_qs};
    QTest::newRow("dir without ids") << QStringList{u"--export-dir"_qs, u"d"_qs};
    QTest::newRow("two ids, no dir") << QStringList{u"a-1"_qs, u"a-2"_qs};
}

void TestHeadlessBatch::rejectsMisusedOptions()
{
    QFETCH(QStringList, arguments);
    QVERIFY(
        !CommandLine::parse(QStringList{u"callreview"_qs} + arguments, QString()).error.isEmpty());
}

void TestHeadlessBatch::singleExportTakesFormatAndRedaction()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.out"_qs);
    QCOMPARE(run({u"--demo"_qs, u"--export"_qs, path, u"--format"_qs, u"json"_qs, u"--redact"_qs}),
             ExitCode::Success);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(root.value(u"redacted").toBool());
    QCOMPARE(root.value(u"call").toObject().value(u"phone_number_from").toString(), u"[phone]"_qs);
}

void TestHeadlessBatch::batchSavesEveryCall()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"new-folder"_qs); // created
    QCOMPARE(run({u"--export-dir"_qs, out, u"--format"_qs, u"html"_qs, u"ok-h1"_qs, u"ok-h2"_qs}),
             ExitCode::Success);
    QCOMPARE(QDir(out).entryList(QDir::Files), QStringList({u"ok-h1.html"_qs, u"ok-h2.html"_qs}));
}

void TestHeadlessBatch::batchReadsIdsFileAndResumes()
{
    QTemporaryDir dir;
    const QString list = dir.filePath(u"ids.txt"_qs);
    {
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# calls of week 12\nok-i1\n\n  ok-i2\r\nok-i1\nmissing-i3\n");
    }
    const QString out = dir.filePath(u"out"_qs);
    QCOMPARE(run({u"--export-dir"_qs, out, u"--ids"_qs, list}), ExitCode::NetworkFailure);
    QCOMPARE(QDir(out).entryList(QDir::Files), QStringList({u"ok-i1.txt"_qs, u"ok-i2.txt"_qs}));
    QCOMPARE(m_api.callRequestCount(u"ok-i1"_qs), 1); // listed twice, fetched once

    // The re-run fetches only what is missing; --force fetches everything again.
    QCOMPARE(run({u"--export-dir"_qs, out, u"ok-i1"_qs, u"ok-i2"_qs}), ExitCode::Success);
    QCOMPARE(m_api.callRequestCount(u"ok-i1"_qs), 1);
    QCOMPARE(run({u"--export-dir"_qs, out, u"--force"_qs, u"ok-i1"_qs}), ExitCode::Success);
    QCOMPARE(m_api.callRequestCount(u"ok-i1"_qs), 2);
}

void TestHeadlessBatch::batchExitCodes_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("all saved") << QStringList{u"ok-e1"_qs} << ExitCode::Success;
    QTest::newRow("invalid id") << QStringList{u"ok-e2"_qs, u"no/such"_qs} << ExitCode::Usage;
    QTest::newRow("not found") << QStringList{u"missing-e3"_qs, u"ok-e3"_qs}
                               << ExitCode::NetworkFailure;
    QTest::newRow("invalid answer")
        << QStringList{u"garbage-e4"_qs, u"missing-e4"_qs} << ExitCode::InvalidResponse;
}

void TestHeadlessBatch::batchExitCodes()
{
    QFETCH(QStringList, ids);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    QCOMPARE(run(QStringList{u"--export-dir"_qs, dir.path()} + ids), exitCode);
    QVERIFY(QFile::exists(dir.filePath(ids.first() + u".txt")) == ids.first().startsWith(u"ok-"));
}

QTEST_MAIN(TestHeadlessBatch)
#include "tst_HeadlessBatch.moc"
