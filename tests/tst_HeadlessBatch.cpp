// The command line's export options end to end: --format/--redact on --export, and
// --export-dir with IDs and --ids files against a fake API, with the exit codes scripts see;
// --with-timing (issue 14) against a local server that also serves a generated recording.
#include "FakeAnunziApi.h"
#include "GeneratedCall.h"
#include "SampleCalls.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "cli/HeadlessRunner.h"
#include "timing/CallTimingIndex.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
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
    void batchWithTimingAddsTimesOrSaysWhy();
    void batchSubtitlesFailOnlyTheCallsWithoutTimes();

private:
    int run(const QStringList &arguments);
    bool serveTimedCalls(); // m_timed: timed-*, norec-*, badrec-* and their recordings

    FakeAnunziApi m_api;
    FakeAnunziApi m_timed;
    QTemporaryDir m_generated;
    GeneratedCall::Call m_call;
    QByteArray m_callJson;
};

bool TestHeadlessBatch::serveTimedCalls()
{
    m_call = GeneratedCall::make(m_generated.path(), 7, {}, 6);
    if (!m_call.error.isEmpty())
        return false;
    QFile file(m_generated.filePath(u"call.json"_qs));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    m_callJson = file.readAll();
    m_timed.setHandler([this](const FakeAnunziApi::Request &request) {
        using Reply = FakeAnunziApi::Reply;
        const QString recordingPrefix = u"/rec/"_qs;
        if (const std::optional<QString> callId = m_timed.callIdOf(request.path)) {
            const QString &id = *callId;
            QJsonObject envelope = QJsonDocument::fromJson(m_callJson).object();
            QJsonObject response = envelope.value(u"response").toObject();
            QJsonObject call = response.value(u"calls").toArray().at(0).toObject();
            call.insert(u"call_id"_qs, id);
            const QString base = m_timed.origin().toString() + recordingPrefix;
            call.insert(u"recording_url"_qs,
                        id.startsWith(u"norec-")
                            ? QString()
                            : base + (id.startsWith(u"badrec-") ? u"junk.wav"_qs : u"call.wav"_qs));
            response.insert(u"calls"_qs, QJsonArray{call});
            envelope.insert(u"response"_qs, response);
            return Reply::json(QJsonDocument(envelope).toJson());
        }
        if (!request.path.startsWith(recordingPrefix))
            return Reply::withStatus(404);
        Reply wave = Reply::withStatus(200, "RIFF not really a wave file");
        wave.contentType = "audio/wav";
        if (request.path.mid(recordingPrefix.size()) != u"call.wav")
            return wave;
        QFile wav(m_call.recording);
        if (!wav.open(QIODevice::ReadOnly))
            return Reply::withStatus(404);
        wave.body = wav.readAll();
        return wave;
    });
    return m_timed.isListening();
}

void TestHeadlessBatch::initTestCase()
{
    // The recordings, timelines and the call index go to a scratch cache, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
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
    QTest::newRow("batch subtitles without timing")
        << QStringList{u"--export-dir"_qs, u"d"_qs, u"--format"_qs, u"srt"_qs, u"a-1"_qs};
    QTest::newRow("dead air without findings")
        << QStringList{u"--demo"_qs, u"--export"_qs, u"x"_qs, u"--dead-air-ms"_qs, u"2000"_qs};
    QTest::newRow("dead air out of range")
        << QStringList{u"--demo"_qs, u"--findings"_qs, u"--dead-air-ms"_qs, u"100"_qs};
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

void TestHeadlessBatch::batchWithTimingAddsTimesOrSaysWhy()
{
    if (const QString why = GeneratedCall::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY2(serveTimedCalls(), qPrintable(m_call.error));
    const CommandLine::Result parsed = CommandLine::parse(
        {u"callreview"_qs, u"--export-dir"_qs, u"d"_qs, u"--with-timing"_qs, u"a-1"_qs}, QString());
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(parsed.options.withTiming);

    QTemporaryDir dir;
    const QString base = m_timed.base();
    // A missing or unusable recording costs the times, never the call or the batch.
    QCOMPARE(run({u"--api-base"_qs, base, u"--export-dir"_qs, dir.path(), u"--format"_qs,
                  u"json"_qs, u"--with-timing"_qs, u"timed-1"_qs, u"norec-1"_qs, u"badrec-1"_qs}),
             ExitCode::Success);
    auto turnsOf = [&dir](const QString &id) {
        QFile file(dir.filePath(id + u".json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonArray();
        return QJsonDocument::fromJson(file.readAll()).object().value(u"turns").toArray();
    };
    const QJsonArray timed = turnsOf(u"timed-1"_qs);
    QCOMPARE(timed.size(), m_call.turns.size());
    for (qsizetype i = 0; i < timed.size(); ++i) {
        const QJsonObject turn = timed.at(i).toObject();
        QVERIFY2(turn.contains(u"start_ms"), qPrintable(u"turn %1"_qs.arg(i + 1)));
        // The generated truth: each start within 250 ms.
        QVERIFY(qAbs(turn.value(u"start_ms").toInteger() - m_call.timeline.turns.at(i).startMs)
                <= 250);
    }
    for (const QString &id : {u"norec-1"_qs, u"badrec-1"_qs}) {
        const QJsonArray untimed = turnsOf(id);
        QCOMPARE(untimed.size(), m_call.turns.size());
        QVERIFY(!untimed.first().toObject().contains(u"start_ms"));
    }
    // The aligned call is in the index the browse table and the review report read.
    const QHash<QString, CallTimingIndex::Entry> index = CallTimingIndex().load();
    QVERIFY(index.contains(u"timed-1"_qs));
    QVERIFY(!index.contains(u"norec-1"_qs));
    QVERIFY(!index.value(u"timed-1"_qs).timelineKey.isEmpty());
}

void TestHeadlessBatch::batchSubtitlesFailOnlyTheCallsWithoutTimes()
{
    if (const QString why = GeneratedCall::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    if (m_callJson.isEmpty()) // not served yet (the test above skipped or ran alone)
        QVERIFY2(serveTimedCalls(), qPrintable(m_call.error));
    QTemporaryDir dir;
    const QString base = m_timed.base();
    // Subtitles are nothing but times: a call without them fails (exit 4), the others are saved.
    QCOMPARE(run({u"--api-base"_qs, base, u"--export-dir"_qs, dir.path(), u"--format"_qs, u"vtt"_qs,
                  u"--with-timing"_qs, u"timed-2"_qs, u"norec-2"_qs}),
             ExitCode::InvalidResponse);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({u"timed-2.vtt"_qs}));
    QFile vtt(dir.filePath(u"timed-2.vtt"_qs));
    QVERIFY(vtt.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(vtt.readAll());
    QVERIFY(text.startsWith(u"WEBVTT"));
    QCOMPARE(int(text.count(u" --> "_qs)), int(m_call.turns.size()));
}

QTEST_MAIN(TestHeadlessBatch)
#include "tst_HeadlessBatch.moc"
