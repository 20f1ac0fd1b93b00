#pragma once

#include "scorecards/ScorecardAnswers.h"

#include <QHash>
#include <QString>

// Calibration answers not submitted yet, kept in a file so that closing the app (or a crash)
// does not lose them: the Scorecard tab's calibration mode (ui/team/CalibrationBanner) writes
// the file after every answer and reads it at start. One entry per (database, session, call,
// reviewer) key; a submitted call's entry is removed. The file is written whole through
// QSaveFile; an unreadable or malformed file counts as empty (drafts are a convenience, the
// submitted answers live in the review database).
class CalibrationDrafts
{
public:
    // <AppDataLocation>/calibration-drafts.json
    static QString defaultPath();

    explicit CalibrationDrafts(QString path = defaultPath());

    static QString key(const QString &database, qint64 sessionId, const QString &callId,
                       const QString &reviewer);

    ScorecardAnswers value(const QString &key) const { return m_drafts.value(key); }
    bool contains(const QString &key) const { return m_drafts.contains(key); }
    int size() const { return int(m_drafts.size()); }
    // Each writes the file; false with *error when it cannot (the drafts stay in memory).
    bool insert(const QString &key, const ScorecardAnswers &answers, QString *error = nullptr);
    bool remove(const QString &key, QString *error = nullptr);

private:
    void load();
    bool save(QString *error) const;

    QString m_path;
    QHash<QString, ScorecardAnswers> m_drafts;
};
