// align_call CALL.json AUDIO > aligned.json
// Aligns a saved Get Call response (read as `callreview --open` reads it) to its recording and
// prints the timeline JSON; scripts/score-alignment.sh runs it over generated calls. Prints the
// seconds spent (decode included) per minute of audio on stderr.
#include "alignment/RecordingAligner.h"
#include "alignment/TimelineJson.h"

#include "api/CallFileReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fputs("usage: align_call CALL.json AUDIO > aligned.json\n", stderr);
        return 2;
    }
    const CallDecoder::Result call = CallFileReader::read(args.at(1));
    if (!call.ok()) {
        std::fprintf(stderr, "align_call: %s\n", qPrintable(call.error));
        return 3;
    }
    QElapsedTimer timer;
    timer.start();
    const RecordingAligner::Result result = RecordingAligner::alignFile(
        call.call->turns, args.at(2), call.call->durationSeconds * 1000);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result.ok()) {
        std::fprintf(stderr, "align_call: %s\n", qPrintable(result.error.message));
        return 4;
    }
    const double minutes = double(result.timeline.durationMs) / 60000.0;
    std::fprintf(stderr, "align_call: %.3f s for %.2f min of audio (%.4f s per audio minute)\n",
                 seconds, minutes, minutes > 0 ? seconds / minutes : 0.0);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 3;
    const QJsonObject json =
        TimelineJson::toJson(result.timeline, call.call->turns, call.call->callId);
    out.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return 0;
}
