// PDF export of a 50,000-turn call (target: under 10 s).
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_pdfexport
// Turn i is the assistant's when i is even, the caller's when odd; its text is "turn i" and
// "lorem ipsum dolor sit amet" repeated 1 + i % 7 times.
#include "SampleCalls.h"
#include "export/TranscriptExporter.h"
#include "transcript/TranscriptParser.h"

#include <QElapsedTimer>

#include <QtTest>
#include <ctime>

class BenchPdfExport : public QObject
{
    Q_OBJECT

private slots:
    void pdfOfFiftyThousandTurns();
};

void BenchPdfExport::pdfOfFiftyThousandTurns()
{
    constexpr int turns = 50000;
    QString transcript;
    transcript.reserve(turns * 110);
    for (int i = 0; i < turns; ++i) {
        transcript += (i % 2 == 0 ? QStringLiteral("bot: ") : QStringLiteral("human: "))
            + QStringLiteral("turn %1").arg(i);
        for (int r = 0; r < 1 + i % 7; ++r)
            transcript += QStringLiteral(" lorem ipsum dolor sit amet");
        transcript += u'\n';
    }
    const CallRecord call =
        SampleCalls::decode(SampleCalls::callObject(QStringLiteral("bench-50k"), transcript));
    QCOMPARE(call.turns.size(), turns);

    ExportOptions options;
    options.format = ExportFormat::Pdf;
    // Timed by hand, once: QBENCHMARK repeats a function until its walltime figure settles,
    // which for a multi-second PDF only doubles the run.
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    QString error;
    const QByteArray pdf = TranscriptExporter::render(call, options, &error);
    const qint64 ms = timer.elapsed();
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    qInfo("50,000-turn PDF: %lld ms wall, %.1f s CPU, %lld bytes", ms, cpuSeconds,
          qint64(pdf.size()));
    QVERIFY2(ms < 10000, "the PDF took 10 s or more");
}

QTEST_MAIN(BenchPdfExport)
#include "bench_pdfexport.moc"
