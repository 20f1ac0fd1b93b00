#pragma once

#include "alignment/Timeline.h"

#include "model/Turn.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A Timeline in the command line's JSON contract (issue 12):
//   {"call_id": "...", "channel_map": {"bot": 0|1|"mixed", "human": 1|0|"mixed"},
//    "duration_ms": N, "turns": [{"turn": 1, "speaker": "bot"|"human", "start_ms": N,
//    "end_ms": N, "confidence": 0..1}]}
// Turn numbers are 1-based there. A transcript's Unknown turn (text before the first speaker
// label) is written with "speaker": "unknown". Other keys ("latencies", added by the command
// line) are ignored on reading; every field read is checked, since the cache reads it too.
class TimelineJson
{
    Q_DECLARE_TR_FUNCTIONS(TimelineJson)

public:
    struct Document
    {
        QString callId;
        Timeline timeline;
        QList<Speaker> speakers; // per turn, as written
    };

    // turns gives each entry's speaker; it must have the timeline's turn count (else "unknown").
    static QJsonObject toJson(const Timeline &timeline, const QList<Turn> &turns,
                              const QString &callId);
    // nullopt and *error (naming the field) when anything is missing, mistyped or inconsistent.
    static std::optional<Document> fromJson(const QJsonObject &object, QString *error);

    static QString speakerName(Speaker speaker);
};
