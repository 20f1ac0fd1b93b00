// BatchExporter against a fake API on loopback: mixed outcomes, 429 and 5xx retries, resuming
// an interrupted run, overwriting with force, calls handed in without fetching, exit codes.
#include "FakeAnunziApi.h"
#include "SampleCalls.h"
#include "cli/ExitCode.h"
#include "export/BatchExporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestBatchExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void mixedSuccessesAndFailures();
    void rateLimitedThenSaved();
    void retryAfterBeyondBoundFails();
    void serverErrorsRetriedWithBackoff();
    void resumeSkipsSavedFilesAndForceOverwrites();
    void writeFailureGivesExitCode5();
    void callsHandedInAreNotFetched();
    void cancelStopsTheRest();
    void retryPolicy();

private:
    BatchExporter::Summary run(const QStringList &ids, bool overwrite = false,
                               ExportFormat format = ExportFormat::Text);
    QString read(const QString &name) const;

    static constexpr const char *key = "test-key-123";
    FakeAnunziApi m_api;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<BatchExporter::ItemResult> m_items;
};

void TestBatchExporter::initTestCase()
{
    QVERIFY(m_api.isListening());
    m_api.setRequiredKey(key);
    // ok-*, limited-* and flaky-* calls exist; missing-* are 404s. limited-*: 429 with
    // Retry-After: 1 first; limitedlong-*: Retry-After: 3600 always; flaky-*: 503 twice;
    // down-*: 500 always; garbage-*: a 200 that is not a call.
    for (const QString &id :
         {u"ok-1"_qs, u"ok-2"_qs, u"ok-3"_qs, u"ok-4"_qs, u"ok-5"_qs, u"ok-6"_qs, u"ok-7"_qs,
          u"ok-9"_qs, u"limited-1"_qs, u"limited-c1"_qs, u"flaky-1"_qs})
        m_api.addCall(id, SampleCalls::greetingResponse(id));
    using Reply = FakeAnunziApi::Reply;
    using Then = FakeAnunziApi::Then;
    m_api.addCall(u"garbage-1"_qs, R"({"status":"ok"})");
    for (const QString &id : {u"limited-1"_qs, u"limited-c1"_qs})
        m_api.script(m_api.callPath(id), {Reply::withStatus(429).withHeader("Retry-After", "1")});
    m_api.script(m_api.callPath(u"limitedlong-1"_qs),
                 {Reply::withStatus(429).withHeader("Retry-After", "3600")}, Then::RepeatLast);
    m_api.script(m_api.callPath(u"flaky-1"_qs), {Reply::withStatus(503), Reply::withStatus(503)});
    m_api.script(m_api.callPath(u"down-1"_qs), {Reply::withStatus(500)}, Then::RepeatLast);
}

void TestBatchExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_items.clear();
}

BatchExporter::Summary TestBatchExporter::run(const QStringList &ids, bool overwrite,
                                              ExportFormat format)
{
    BatchExporter batch(&m_network);
    BatchExporter::Settings settings;
    settings.directory = m_dir->path();
    settings.exportOptions.format = format;
    settings.overwrite = overwrite;
    settings.concurrency = 4;
    settings.service.apiBase = m_api.base();
    settings.service.apiKey = QString::fromLatin1(key);
    settings.service.timeoutSeconds = 10;
    settings.retry.baseDelayMs = 20;
    batch.setSettings(settings);
    connect(&batch, &BatchExporter::itemFinished, this,
            [this](const BatchExporter::ItemResult &result) { m_items.append(result); });
    QSignalSpy finished(&batch, &BatchExporter::finished);
    batch.start(ids);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<BatchExporter::Summary>();
}

QString TestBatchExporter::read(const QString &name) const
{
    QFile file(m_dir->filePath(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestBatchExporter::mixedSuccessesAndFailures()
{
    const BatchExporter::Summary summary =
        run({QStringLiteral("ok-1"), QStringLiteral("missing-1"), QStringLiteral("ok-2"),
             QStringLiteral("garbage-1"), QStringLiteral("bad/../id"), QStringLiteral("ok-3")});
    QCOMPARE(summary.saved, 3);
    QCOMPARE(summary.failed, 3);
    QCOMPARE(summary.skipped, 0);
    QCOMPARE(m_items.size(), 6);
    for (const QString &id : {u"ok-1"_qs, u"ok-2"_qs, u"ok-3"_qs}) {
        QVERIFY2(read(id + u".txt").contains(QStringLiteral("Hello, this is ") + id),
                 qPrintable(id));
    }
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    QCOMPARE(files, QStringList({u"ok-1.txt"_qs, u"ok-2.txt"_qs, u"ok-3.txt"_qs}));
    QHash<QString, int> codes;
    for (const BatchExporter::ItemResult &failure : summary.failures) {
        codes.insert(failure.callId, ExitCode::of(failure.error));
        QVERIFY(!failure.reason.isEmpty());
    }
    QCOMPARE(codes.value(u"missing-1"_qs), ExitCode::NetworkFailure);
    QCOMPARE(codes.value(u"garbage-1"_qs), ExitCode::InvalidResponse);
    QCOMPARE(codes.value(u"bad/../id"_qs), ExitCode::Usage);
    QCOMPARE(m_api.callRequestCount(u"missing-1"_qs), 1); // a 404 is final
    QCOMPARE(ExitCode::of(summary), ExitCode::InvalidResponse); // the worst of 2, 3 and 4
}

void TestBatchExporter::rateLimitedThenSaved()
{
    QElapsedTimer timer;
    timer.start();
    const BatchExporter::Summary summary = run({QStringLiteral("limited-1")});
    QCOMPARE(summary.saved, 1);
    QCOMPARE(ExitCode::of(summary), ExitCode::Success);
    QCOMPARE(m_api.callRequestCount(u"limited-1"_qs), 2);
    QCOMPARE(m_items.first().attempts, 2);
    QVERIFY2(timer.elapsed() >= 950, "Retry-After: 1 was not honoured");
}

void TestBatchExporter::retryAfterBeyondBoundFails()
{
    const BatchExporter::Summary summary = run({QStringLiteral("limitedlong-1")});
    QCOMPARE(summary.failed, 1);
    QCOMPARE(m_api.callRequestCount(u"limitedlong-1"_qs), 1);
    QCOMPARE(ExitCode::of(summary), ExitCode::NetworkFailure);
    QVERIFY2(summary.failures.first().reason.contains(u"429"),
             qPrintable(summary.failures.first().reason));
}

void TestBatchExporter::serverErrorsRetriedWithBackoff()
{
    const BatchExporter::Summary summary =
        run({QStringLiteral("flaky-1"), QStringLiteral("down-1"), QStringLiteral("ok-9")});
    QCOMPARE(summary.saved, 2);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(m_api.callRequestCount(u"flaky-1"_qs), 3);
    QCOMPARE(m_api.callRequestCount(u"down-1"_qs), BatchRetryPolicy().maxAttempts);
    QCOMPARE(summary.failures.first().callId, u"down-1"_qs);
    QCOMPARE(ExitCode::of(summary), ExitCode::NetworkFailure);
    QVERIFY(!QFile::exists(m_dir->filePath(u"down-1.txt"_qs)));
}

void TestBatchExporter::resumeSkipsSavedFilesAndForceOverwrites()
{
    // An interrupted run left ok-1 saved.
    {
        QFile old(m_dir->filePath(u"ok-1.md"_qs));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("saved earlier");
    }
    const int before = m_api.callRequestCount(u"ok-1"_qs);
    BatchExporter::Summary summary =
        run({QStringLiteral("ok-1"), QStringLiteral("ok-4")}, false, ExportFormat::Markdown);
    QCOMPARE(summary.saved, 1);
    QCOMPARE(summary.skipped, 1);
    QCOMPARE(ExitCode::of(summary), ExitCode::Success);
    QCOMPARE(m_api.callRequestCount(u"ok-1"_qs), before); // not even fetched
    QCOMPARE(read(u"ok-1.md"_qs), u"saved earlier"_qs);
    QVERIFY(read(u"ok-4.md"_qs).startsWith(u"# "));

    summary = run({QStringLiteral("ok-1"), QStringLiteral("ok-4")}, true, ExportFormat::Markdown);
    QCOMPARE(summary.saved, 2);
    QCOMPARE(summary.skipped, 0);
    QVERIFY(read(u"ok-1.md"_qs).startsWith(u"# "));
}

void TestBatchExporter::writeFailureGivesExitCode5()
{
    // A folder where the file should go: the write fails, nothing else is touched.
    QVERIFY(QDir(m_dir->path()).mkdir(u"ok-5.txt"_qs));
    const BatchExporter::Summary summary =
        run({QStringLiteral("ok-5"), QStringLiteral("ok-6")}, true);
    QCOMPARE(summary.saved, 1);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(ExitCode::of(summary), ExitCode::WriteFailure);
    QVERIFY(QFileInfo(m_dir->filePath(u"ok-5.txt"_qs)).isDir());
}

void TestBatchExporter::callsHandedInAreNotFetched()
{
    const int hitsBefore = m_api.requestCount();
    BatchExporter batch(&m_network);
    BatchExporter::Settings settings;
    settings.directory = m_dir->path();
    settings.exportOptions.format = ExportFormat::Json;
    batch.setSettings(settings);
    QSignalSpy finished(&batch, &BatchExporter::finished);
    // Pages arrive one after another, as from List Calls.
    batch.addCalls({SampleCalls::decode(SampleCalls::callObject(u"page1-a"_qs, u"bot: a"_qs))});
    batch.addCalls({SampleCalls::decode(SampleCalls::callObject(u"page2-a"_qs, u"bot: b"_qs)),
                    SampleCalls::decode(SampleCalls::callObject(u"page2-b"_qs, u"bot: c"_qs))});
    batch.finishInput();
    QVERIFY(finished.wait(5000));
    const auto summary = finished.first().first().value<BatchExporter::Summary>();
    QCOMPARE(summary.saved, 3);
    QCOMPARE(batch.total(), 3);
    QCOMPARE(m_api.requestCount(), hitsBefore);
    QVERIFY(read(u"page2-b.json"_qs).contains(u"\"call_id\": \"page2-b\""));
}

void TestBatchExporter::cancelStopsTheRest()
{
    BatchExporter batch(&m_network);
    BatchExporter::Settings settings;
    settings.directory = m_dir->path();
    settings.concurrency = 1;
    settings.service.apiBase = m_api.base();
    settings.service.apiKey = QString::fromLatin1(key);
    batch.setSettings(settings);
    QSignalSpy finished(&batch, &BatchExporter::finished);
    connect(&batch, &BatchExporter::itemFinished, &batch, &BatchExporter::cancel);
    batch.start({u"ok-7"_qs, u"limited-c1"_qs}); // the second waits 1 s after a 429
    QVERIFY(finished.wait(5000));
    const auto summary = finished.first().first().value<BatchExporter::Summary>();
    QVERIFY(summary.canceled);
    QCOMPARE(summary.saved, 1);
    QCOMPARE(summary.notStarted, 1);
    QVERIFY(ExitCode::of(summary) != ExitCode::Success);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), summary.saved);
}

void TestBatchExporter::retryPolicy()
{
    const BatchRetryPolicy policy;
    FetchError serverError{FetchError::Kind::ServerError, {}, 503};
    QCOMPARE(policy.delayMs(serverError, 1), policy.baseDelayMs);
    QCOMPARE(policy.delayMs(serverError, 2), policy.baseDelayMs * 2);
    QCOMPARE(policy.delayMs(serverError, 3), policy.baseDelayMs * 4);
    QCOMPARE(policy.delayMs(serverError, policy.maxAttempts), -1);
    FetchError limited{FetchError::Kind::RateLimited, {}, 429, 7};
    QCOMPARE(policy.delayMs(limited, 1), 7000);
    limited.retryAfterSeconds = policy.maxRetryAfterSeconds + 1;
    QCOMPARE(policy.delayMs(limited, 1), -1);
    QCOMPARE(policy.delayMs({FetchError::Kind::NotFound, {}, 404}, 1), -1);
    QCOMPARE(policy.delayMs({FetchError::Kind::Unauthorized, {}, 401}, 1), -1);
}

QTEST_MAIN(TestBatchExporter)
#include "tst_BatchExporter.moc"
