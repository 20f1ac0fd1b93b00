// Batch export of 300 calls from a local server that answers each request after 50 ms:
// several fetches in flight against one after another (target: at least 4× faster).
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_batchexport
#include "SampleCalls.h"
#include "export/BatchExporter.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

namespace {
constexpr int calls = 300;
constexpr int serverDelayMs = 50;
constexpr auto key = "bench-key";
} // namespace

class BenchBatchExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void concurrentAgainstSequential();

private:
    qint64 runBatch(int concurrency, int *saved);

    QHttpServer m_server;
    QThreadPool m_delays; // one sleeping thread per request in flight: the server's latency
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

void BenchBatchExport::initTestCase()
{
    m_delays.setMaxThreadCount(32);
    m_server.route(QStringLiteral("/v2/calls/<arg>"), [this](const QString &id) {
        return QtConcurrent::run(&m_delays, [id] {
            QThread::msleep(serverDelayMs);
            return QHttpServerResponse(
                "application/json",
                SampleCalls::envelope(SampleCalls::callObject(
                    id, QStringLiteral("bot: Hello %1.\nhuman: Hi.\nbot: Bye.\n").arg(id))));
        });
    });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

qint64 BenchBatchExport::runBatch(int concurrency, int *saved)
{
    QTemporaryDir dir;
    BatchExporter batch(&m_network);
    BatchExporter::Settings settings;
    settings.directory = dir.path();
    settings.concurrency = concurrency;
    settings.service.apiBase = QStringLiteral("http://127.0.0.1:%1/v2").arg(m_port);
    settings.service.apiKey = QString::fromLatin1(key);
    batch.setSettings(settings);
    QStringList ids;
    for (int i = 0; i < calls; ++i)
        ids << QStringLiteral("bench-c%1-%2").arg(concurrency).arg(i);
    QSignalSpy finished(&batch, &BatchExporter::finished);
    QElapsedTimer timer;
    timer.start();
    batch.start(ids);
    if (!finished.wait(300000))
        return -1;
    const qint64 ms = timer.elapsed();
    *saved = finished.first().first().value<BatchExporter::Summary>().saved;
    return ms;
}

void BenchBatchExport::concurrentAgainstSequential()
{
    int savedSequential = 0;
    int savedConcurrent = 0;
    const qint64 sequential = runBatch(1, &savedSequential);
    const qint64 concurrent = runBatch(BatchExporter::Settings().concurrency, &savedConcurrent);
    QCOMPARE(savedSequential, calls);
    QCOMPARE(savedConcurrent, calls);
    const double speedup = double(sequential) / double(qMax<qint64>(1, concurrent));
    qInfo("%d calls, server delay %d ms: one at a time %lld ms, %d in flight %lld ms: %.1fx", calls,
          serverDelayMs, sequential, BatchExporter::Settings().concurrency, concurrent, speedup);
    QVERIFY2(speedup >= 4.0, "less than 4x faster than one fetch after another");
}

QTEST_MAIN(BenchBatchExport)
#include "bench_batchexport.moc"
