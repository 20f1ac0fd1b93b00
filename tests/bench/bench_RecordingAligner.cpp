// Alignment of a 30-minute stereo call, decode included (issue 12).
// Target: under 2 s, i.e. < 0.07 s per audio minute, in a Release build on the reference machine.
//
// The call is generated once (about 45 s) with the shared tools and kept between runs:
//   /usr/bin/python3 tests/tools/make_call.py --seed 30 --turns 420 --layout stereo
//       --out ${TMPDIR:-/tmp}/callreview-bench-align-30min   (one command line)
// Set CALLREVIEW_BENCH_CALL=DIR to use another call folder (call.json + recording.*).
// Run: build-rel/tests/bench/bench_RecordingAligner
#include "alignment/RecordingAligner.h"

#include "api/CallFileReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <benchmark/benchmark.h>

namespace {

QString callDirectory()
{
    const QString chosen = qEnvironmentVariable("CALLREVIEW_BENCH_CALL");
    if (!chosen.isEmpty())
        return chosen;
    const QString dir = QDir::tempPath() + QStringLiteral("/callreview-bench-align-30min");
    if (QFileInfo::exists(dir + QStringLiteral("/call.json")))
        return dir;
    QProcess make;
    make.start(QStringLiteral("/usr/bin/python3"),
               {QStringLiteral(CALLREVIEW_MAKE_CALL), QStringLiteral("--seed"),
                QStringLiteral("30"), QStringLiteral("--turns"), QStringLiteral("420"),
                QStringLiteral("--layout"), QStringLiteral("stereo"), QStringLiteral("--out"),
                dir});
    if (!make.waitForFinished(600000) || make.exitCode() != 0)
        return QString();
    return dir;
}

void alignThirtyMinuteStereoCall(benchmark::State &state)
{
    const QString dir = callDirectory();
    const CallDecoder::Result call = CallFileReader::read(dir + QStringLiteral("/call.json"));
    const QStringList recordings =
        QDir(dir).entryList({QStringLiteral("recording.*")}, QDir::Files);
    if (!call.ok() || recordings.isEmpty()) {
        state.SkipWithError("no generated call (see the header for the command)");
        return;
    }
    const QString recording = dir + u'/' + recordings.first();
    qint64 audioMs = 0;
    QElapsedTimer timer;
    qint64 elapsedNs = 0;
    for (auto _ : state) {
        timer.start();
        const RecordingAligner::Result result = RecordingAligner::alignFile(
            call.call->turns, recording, call.call->durationSeconds * 1000);
        if (!result.ok()) {
            state.SkipWithError(qPrintable(result.error.message));
            return;
        }
        elapsedNs += timer.nsecsElapsed();
        audioMs = result.timeline.durationMs;
        benchmark::DoNotOptimize(result);
    }
    state.counters["audio_min"] = double(audioMs) / 60000.0;
    state.counters["turns"] = double(call.call->turns.size());
    // Seconds of work per minute of audio (the issue's < 0.07).
    state.counters["s_per_audio_min"] = double(elapsedNs) / 1e9 / double(state.iterations())
        / (double(std::max<qint64>(1, audioMs)) / 60000.0);
}
BENCHMARK(alignThirtyMinuteStereoCall)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QAudioDecoder needs one (compressed recordings)
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
