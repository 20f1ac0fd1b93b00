#pragma once

// A synthetic call from tests/tools/make_call.py (espeak-ng voices placed on a known
// timeline) read back for the timing tests: the transcript's turns as the app parses them and
// a Timeline built from truth.json's per-turn start/end, i.e. a perfect alignment. The script
// path comes from CALLREVIEW_MAKE_CALL (tests/CMakeLists.txt); tests skip when it is missing.

#include "transcript/TranscriptParser.h"
#include "model/Turn.h"
#include "alignment/Timeline.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace GeneratedCall {

struct Call
{
    QList<Turn> turns;
    Timeline timeline;
    QJsonObject truth; // truth.json as written
    QString error; // empty on success
};

inline QString script()
{
#ifdef CALLREVIEW_MAKE_CALL
    const QString path = QStringLiteral(CALLREVIEW_MAKE_CALL);
    return QFileInfo::exists(path) ? path : QString();
#else
    return QString();
#endif
}

inline QString python()
{
    if (QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3"); // the one with numpy on Debian
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

inline QJsonObject readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Runs make_call.py with `arguments` (e.g. {"--seed", "3", "--turns", "12"}) into `dir`.
inline Call make(const QStringList &arguments, const QString &dir)
{
    Call call;
    if (script().isEmpty() || python().isEmpty()) {
        call.error = QStringLiteral("make_call.py or python3 not found");
        return call;
    }
    QProcess process;
    process.start(python(),
                  QStringList{script()} + arguments + QStringList{QStringLiteral("--out"), dir});
    if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        call.error = QStringLiteral("make_call.py failed: ")
            + QString::fromLocal8Bit(process.readAllStandardError());
        return call;
    }
    call.truth = readObject(dir + QStringLiteral("/truth.json"));
    const QJsonObject envelope = readObject(dir + QStringLiteral("/call.json"));
    const QString transcript = envelope.value(QStringLiteral("response"))
                                   .toObject()
                                   .value(QStringLiteral("calls"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("transcript"))
                                   .toString();
    call.turns = TranscriptParser::parse(transcript);
    call.timeline.durationMs = call.truth.value(QStringLiteral("duration_ms")).toInteger();
    const QJsonArray turns = call.truth.value(QStringLiteral("turns")).toArray();
    for (const QJsonValue value : turns) {
        const QJsonObject turn = value.toObject();
        call.timeline.turns.append({turn.value(QStringLiteral("start_ms")).toInteger(),
                                    turn.value(QStringLiteral("end_ms")).toInteger(), 1.0});
    }
    if (turns.isEmpty() || call.turns.size() != turns.size())
        call.error = QStringLiteral("truth.json and call.json disagree on the turns");
    return call;
}

} // namespace GeneratedCall
