#pragma once

// Synthetic calls with a known timeline for the alignment suites: runs make_call.py (the shared
// tools folder, CALLREVIEW_MAKE_CALL) into a folder and reads back the call, the recording and
// the truth. Scores an alignment against the truth the way score_align.py does.

#include "alignment/Timeline.h"

#include "api/CallFileReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace SyntheticCall {

struct Call
{
    QString error; // empty when made
    QString recording;
    QList<Turn> turns;
    qint64 durationMs = 0; // the API's duration (whole seconds)
    QList<TurnTiming> truth;
    QString layout;
};

inline QString python()
{
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
        ? QStringLiteral("/usr/bin/python3")
        : QStandardPaths::findExecutable(QStringLiteral("python3"));
}

inline QString script()
{
#ifdef CALLREVIEW_MAKE_CALL
    return QStringLiteral(CALLREVIEW_MAKE_CALL);
#else
    return QString();
#endif
}

// Empty when make_call.py can run here, else why not (the suite then skips).
inline QString unavailable()
{
    if (!QFileInfo::exists(script()))
        return QStringLiteral("make_call.py not found at ") + script();
    if (python().isEmpty())
        return QStringLiteral("python3 not found");
    QProcess probe;
    probe.start(python(), {QStringLiteral("-c"), QStringLiteral("import numpy")});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        return QStringLiteral("python3 has no numpy (packaging/install-deps.sh)");
    return QString();
}

// format "opus" is made as WAV and encoded with opusenc (Debian's sox cannot write Opus).
inline Call make(const QString &dir, int seed, const QStringList &options, int turns = 12,
                 const QString &format = QStringLiteral("wav"),
                 const QString &lang = QStringLiteral("en"))
{
    Call call;
    QStringList args{script(),
                     QStringLiteral("--seed"),
                     QString::number(seed),
                     QStringLiteral("--turns"),
                     QString::number(turns),
                     QStringLiteral("--lang"),
                     lang,
                     QStringLiteral("--out"),
                     dir};
    args += options;
    if (format == QLatin1String("mp3"))
        args += {QStringLiteral("--format"), QStringLiteral("mp3")};
    QProcess process;
    process.start(python(), args);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        call.error = QStringLiteral("make_call.py failed: ")
            + QString::fromLocal8Bit(process.readAllStandardError());
        return call;
    }
    call.recording = dir
        + (format == QLatin1String("mp3") ? QStringLiteral("/recording.mp3")
                                          : QStringLiteral("/recording.wav"));
    if (format == QLatin1String("opus")) {
        const QString opus = dir + QStringLiteral("/recording.opus");
        QProcess encode;
        encode.start(QStringLiteral("opusenc"), {QStringLiteral("--quiet"), call.recording, opus});
        if (!encode.waitForFinished(60000) || encode.exitCode() != 0) {
            call.error = QStringLiteral("opusenc failed");
            return call;
        }
        call.recording = opus;
    }
    const CallDecoder::Result decoded = CallFileReader::read(dir + QStringLiteral("/call.json"));
    if (!decoded.ok()) {
        call.error = decoded.error;
        return call;
    }
    call.turns = decoded.call->turns;
    call.durationMs = decoded.call->durationSeconds * 1000;
    QFile truthFile(dir + QStringLiteral("/truth.json"));
    if (!truthFile.open(QIODevice::ReadOnly)) {
        call.error = QStringLiteral("no truth.json");
        return call;
    }
    const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
    call.layout = truth.value(QLatin1String("layout")).toString();
    const QJsonArray truthTurns = truth.value(QLatin1String("turns")).toArray();
    for (const QJsonValue &value : truthTurns) {
        const QJsonObject turn = value.toObject();
        TurnTiming timing;
        timing.startMs = turn.value(QLatin1String("start_ms")).toInteger();
        timing.endMs = turn.value(QLatin1String("end_ms")).toInteger();
        timing.confidence = 1;
        call.truth.append(timing);
    }
    if (call.truth.size() != call.turns.size())
        call.error = QStringLiteral("truth and transcript disagree on the turn count");
    return call;
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

} // namespace SyntheticCall
