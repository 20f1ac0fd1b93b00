#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Building blocks for Anunzi API responses in tests, benchmarks and fuzz seeds.
namespace CallResponses {

// A complete, valid call object (every documented field set) with the given ID.
QJsonObject sampleCall(const QString &callId = QStringLiteral("1725527007259x327898249603432960"));

// {"status":"ok","response":{"calls":[...]}} around the given calls.
QByteArray envelope(const QJsonArray &calls);
QByteArray envelope(const QJsonObject &call);

// A transcript of `turns` turns: turn i is the bot's when i is even, the human's when odd; its
// text is "turn i" followed by "lorem ipsum dolor sit amet" 1 + i % 7 times (single spaces).
QString longTranscript(int turns);
// The text of turn i of longTranscript() (without the label).
QString longTranscriptTurnText(int i);
// A whole Get Call response whose transcript is longTranscript(turns).
QByteArray
longCallResponse(int turns,
                 const QString &callId = QStringLiteral("1725527007259x327898249603432960"));

} // namespace CallResponses
