#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// A calibration session: a set of calls every participant scores with one form version, blind
// (CalibrationStore hides a peer's answers for a call until the viewer submitted their own),
// and one benchmark reviewer whose answers the others are compared with (CalibrationAlignment).
// A value; the store gives it its id.
struct CalibrationSession
{
    qint64 id = 0; // 0 until stored
    QString name;
    QString formName;
    int formVersion = 0;
    QStringList callIds; // in the order shown
    QStringList participants; // the benchmark among them
    QString benchmark;
    QString createdBy;
    QDateTime createdAt; // UTC

    friend bool operator==(const CalibrationSession &a, const CalibrationSession &b)
    {
        return a.id == b.id && a.name == b.name && a.formName == b.formName
            && a.formVersion == b.formVersion && a.callIds == b.callIds
            && a.participants == b.participants && a.benchmark == b.benchmark
            && a.createdBy == b.createdBy && a.createdAt == b.createdAt;
    }
};
