// Decode + parse of a Get Call response whose transcript has 50,000 turns.
// Target (issue 2): under 50 ms on the reference machine.
#include "CallResponses.h"
#include "api/CallDecoder.h"
#include "transcript/TranscriptParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

namespace {

constexpr int turnCount = 50000;

const QByteArray &response()
{
    static const QByteArray json = CallResponses::longCallResponse(turnCount);
    return json;
}

void decodeAndParse(benchmark::State &state)
{
    const QByteArray &json = response();
    for (auto _ : state) {
        CallDecoder::Result result = CallDecoder::decodeResponse(json);
        if (!result.ok() || result.call->turns.size() != turnCount) {
            state.SkipWithError("the call did not decode into 50,000 turns");
            break;
        }
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(state.iterations() * json.size());
    state.counters["turns"] = turnCount;
}
BENCHMARK(decodeAndParse)->Unit(benchmark::kMillisecond);

// For comparison: Qt's fromJson on the response as sent, without JsonEscapes::simplified()
// (Qt 6.4 decodes a string with escapes one character at a time), up to the transcript.
void qtFromJsonAsSent(benchmark::State &state)
{
    const QByteArray &json = response();
    for (auto _ : state) {
        const QJsonDocument document = QJsonDocument::fromJson(json);
        QString transcript = document.object()
                                 .value(QLatin1StringView("response"))
                                 .toObject()
                                 .value(QLatin1StringView("calls"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QLatin1StringView("transcript"))
                                 .toString();
        benchmark::DoNotOptimize(transcript);
    }
}
BENCHMARK(qtFromJsonAsSent)->Unit(benchmark::kMillisecond);

// The parser alone, to tell its share from JSON decoding.
void parseOnly(benchmark::State &state)
{
    const QString transcript = CallResponses::longTranscript(turnCount);
    for (auto _ : state) {
        QList<Turn> turns = TranscriptParser::parse(transcript);
        benchmark::DoNotOptimize(turns);
    }
}
BENCHMARK(parseOnly)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
