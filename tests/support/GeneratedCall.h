#pragma once

// A synthetic call from tests/tools/make_call.py (espeak-ng voices placed on a known
// timeline) read back for the timing and alignment tests: the transcript's turns as the app
// parses them, the recording (wav, mp3 or opus), and a Timeline built from truth.json's per-turn
// start/end, i.e. a perfect alignment. Scores an alignment against the truth the way
// score_align.py does. The script path comes from CALLREVIEW_MAKE_CALL (tests/CMakeLists.txt);
// tests skip when it is missing.

#include "alignment/Timeline.h"
#include "model/Turn.h"
#include "transcript/TranscriptParser.h"

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
    QString recording; // the recording make_call.py wrote
    qint64 durationMs = 0; // the API's duration (whole seconds), as the aligner is given it
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

// Empty when make_call.py can run here, else why not (the suite then skips).
inline QString unavailable()
{
    if (script().isEmpty())
        return QStringLiteral("make_call.py not found");
    if (python().isEmpty())
        return QStringLiteral("python3 not found");
    QProcess probe;
    probe.start(python(), {QStringLiteral("-c"), QStringLiteral("import numpy")});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        return QStringLiteral("python3 has no numpy (packaging/install-deps.sh)");
    return QString();
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
    const QJsonObject record = envelope.value(QStringLiteral("response"))
                                   .toObject()
                                   .value(QStringLiteral("calls"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    const QString transcript = record.value(QStringLiteral("transcript")).toString();
    call.durationMs = record.value(QStringLiteral("duration")).toInteger() * 1000;
    call.recording =
        dir + QLatin1Char('/') + record.value(QStringLiteral("recording_url")).toString();
    if (!QFileInfo::exists(call.recording)) {
        call.error = QStringLiteral("no recording at ") + call.recording;
        return call;
    }
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

// The usual arguments: seed, turn count, language and format ("wav", "mp3", "opus").
inline Call make(const QString &dir, int seed, const QStringList &options, int turns = 12,
                 const QString &format = QStringLiteral("wav"),
                 const QString &lang = QStringLiteral("en"))
{
    return make(QStringList{QStringLiteral("--seed"), QString::number(seed),
                            QStringLiteral("--turns"), QString::number(turns),
                            QStringLiteral("--lang"), lang, QStringLiteral("--format"), format}
                    + options,
                dir);
}

struct Score
{
    int turns = 0;
    int startsWithin100 = 0, startsWithin250 = 0, endsWithin250 = 0;
    double fraction(int n) const { return turns ? double(n) / turns : 0.0; }
};

inline void add(Score &score, const QList<TurnTiming> &truth, const QList<TurnTiming> &aligned)
{
    for (int i = 0; i < truth.size(); ++i) {
        ++score.turns;
        if (i >= aligned.size())
            continue;
        const qint64 ds = qAbs(aligned.at(i).startMs - truth.at(i).startMs);
        const qint64 de = qAbs(aligned.at(i).endMs - truth.at(i).endMs);
        score.startsWithin100 += ds <= 100;
        score.startsWithin250 += ds <= 250;
        score.endsWithin250 += de <= 250;
    }
}

} // namespace GeneratedCall
