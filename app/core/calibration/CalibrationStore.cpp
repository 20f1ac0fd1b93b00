#include "calibration/CalibrationStore.h"

#include "scorecards/ScorecardScorer.h"
#include "scorecards/ScorecardStore.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

// The answers are kept as ScorecardStore keeps them: a kind ("na", "text", "number"), the
// text (yes, no, an option label) and the number (a scale value).
QString kindKey(ScorecardAnswer::Kind kind)
{
    switch (kind) {
    case ScorecardAnswer::Kind::NotApplicable:
        return QStringLiteral("na");
    case ScorecardAnswer::Kind::Text:
        return QStringLiteral("text");
    case ScorecardAnswer::Kind::Number:
        return QStringLiteral("number");
    }
    return QStringLiteral("");
}

std::optional<ScorecardAnswer> answerFrom(const QString &kind, const QString &text,
                                          const QVariant &number)
{
    if (kind == u"na")
        return ScorecardAnswer::notApplicable();
    if (kind == u"text")
        return ScorecardAnswer::fromText(text);
    if (kind == u"number")
        return ScorecardAnswer::fromNumber(number.toDouble());
    return std::nullopt;
}

QStringList unique(const QStringList &values)
{
    QStringList result;
    for (const QString &value : values) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result.append(trimmed);
    }
    return result;
}

// The next id of a counter row in id_counters (portable: no AUTOINCREMENT / IDENTITY).
qint64 nextId(QSqlDatabase &db, const QString &counter, QString *reason)
{
    QSqlQuery query(db);
    if (!Sql::run(db, QStringLiteral("UPDATE id_counters SET value = value + 1 WHERE name = ?"),
                  {counter}, reason)
        || !Sql::run(query, QStringLiteral("SELECT value FROM id_counters WHERE name = ?"),
                     {counter}, reason)) {
        return 0;
    }
    if (!query.next()) {
        *reason = QStringLiteral("the counter %1 is missing.").arg(counter);
        return 0;
    }
    return query.value(0).toLongLong();
}

} // namespace

qint64 CalibrationStore::create(const CalibrationSession &session, QString *error) const
{
    CalibrationSession stored = session;
    stored.name = session.name.trimmed();
    stored.benchmark = session.benchmark.trimmed();
    stored.callIds = unique(session.callIds);
    stored.participants = unique(session.participants);
    if (!stored.benchmark.isEmpty() && !stored.participants.contains(stored.benchmark))
        stored.participants.prepend(stored.benchmark);

    QString problem;
    if (stored.name.isEmpty())
        problem = tr("a calibration session needs a name.");
    else if (stored.callIds.isEmpty())
        problem = tr("a calibration session needs at least one call.");
    else if (stored.benchmark.isEmpty())
        problem = tr("a calibration session needs a benchmark reviewer.");
    else if (stored.participants.size() < 2)
        problem = tr("a calibration session needs at least two participants.");
    else if (!ScorecardStore(m_connectionName).form(stored.formName, stored.formVersion))
        problem = tr("version %1 of the form \"%2\" is not in the store.")
                      .arg(QString::number(stored.formVersion), stored.formName);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return 0;
    }

    qint64 id = 0;
    const bool ok = AuditLog::transaction(
        database(),
        [&](QSqlDatabase &db, QString *reason) {
            id = nextId(db, QStringLiteral("calibration_sessions"), reason);
            if (id == 0
                || !Sql::run(db,
                             QStringLiteral("INSERT INTO calibration_sessions (id, name,"
                                            " form_name, form_version, benchmark, created_by,"
                                            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             {id, Sql::text(stored.name), Sql::text(stored.formName),
                              stored.formVersion, Sql::text(stored.benchmark),
                              Sql::text(AuditLog::actor(db.connectionName())),
                              Sql::timeText(QDateTime::currentDateTimeUtc())},
                             reason)) {
                return false;
            }
            for (int i = 0; i < stored.callIds.size(); ++i) {
                if (!Sql::run(db,
                              QStringLiteral("INSERT INTO calibration_calls (session_id,"
                                             " position, call_id) VALUES (?, ?, ?)"),
                              {id, i, Sql::text(stored.callIds.at(i))}, reason)) {
                    return false;
                }
            }
            for (int i = 0; i < stored.participants.size(); ++i) {
                if (!Sql::run(db,
                              QStringLiteral("INSERT INTO calibration_participants (session_id,"
                                             " position, reviewer) VALUES (?, ?, ?)"),
                              {id, i, Sql::text(stored.participants.at(i))}, reason)) {
                    return false;
                }
            }
            return AuditLog::record(
                db, QStringLiteral("calibration"), QString::number(id), QStringLiteral("insert"),
                {{QStringLiteral("name"), stored.name},
                 {QStringLiteral("form"), stored.formName},
                 {QStringLiteral("form_version"), stored.formVersion},
                 {QStringLiteral("benchmark"), stored.benchmark},
                 {QStringLiteral("calls"), QJsonArray::fromStringList(stored.callIds)},
                 {QStringLiteral("participants"), QJsonArray::fromStringList(stored.participants)}},
                reason);
        },
        &problem);
    if (!ok) {
        if (error)
            *error = problem;
        return 0;
    }
    return id;
}

QList<CalibrationSession> CalibrationStore::sessionsWhere(const QString &condition,
                                                          const QVariantList &values) const
{
    QList<CalibrationSession> result;
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("SELECT id, name, form_name, form_version, benchmark,"
                                 " created_by, created_at FROM calibration_sessions")
                      + condition + QStringLiteral(" ORDER BY id DESC"),
                  values, nullptr)) {
        return result;
    }
    while (query.next()) {
        CalibrationSession session;
        session.id = query.value(0).toLongLong();
        session.name = query.value(1).toString();
        session.formName = query.value(2).toString();
        session.formVersion = query.value(3).toInt();
        session.benchmark = query.value(4).toString();
        session.createdBy = query.value(5).toString();
        session.createdAt = Sql::timeFrom(query.value(6).toString());
        result.append(session);
    }
    for (CalibrationSession &session : result) {
        QSqlQuery calls(db);
        if (Sql::run(calls,
                     QStringLiteral("SELECT call_id FROM calibration_calls WHERE session_id = ?"
                                    " ORDER BY position"),
                     {session.id}, nullptr)) {
            while (calls.next())
                session.callIds.append(calls.value(0).toString());
        }
        QSqlQuery people(db);
        if (Sql::run(people,
                     QStringLiteral("SELECT reviewer FROM calibration_participants"
                                    " WHERE session_id = ? ORDER BY position"),
                     {session.id}, nullptr)) {
            while (people.next())
                session.participants.append(people.value(0).toString());
        }
    }
    return result;
}

std::optional<CalibrationSession> CalibrationStore::session(qint64 id) const
{
    const QList<CalibrationSession> found = sessionsWhere(QStringLiteral(" WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<CalibrationSession> CalibrationStore::sessions() const
{
    return sessionsWhere(QString(), {});
}

QList<CalibrationSession> CalibrationStore::sessionsOf(const QString &reviewer) const
{
    return sessionsWhere(QStringLiteral(" WHERE id IN (SELECT session_id FROM"
                                        " calibration_participants WHERE reviewer = ?)"),
                         {Sql::text(reviewer)});
}

bool CalibrationStore::submit(qint64 sessionId, const QString &callId, const QString &reviewer,
                              const ScorecardAnswers &answers, QString *error) const
{
    QString problem;
    const std::optional<CalibrationSession> found = session(sessionId);
    std::optional<ScorecardForm> form;
    if (!found) {
        problem = tr("there is no calibration session %1.").arg(sessionId);
    } else if (!found->callIds.contains(callId)) {
        problem = tr("the call %1 is not part of the session \"%2\".").arg(callId, found->name);
    } else if (!found->participants.contains(reviewer)) {
        problem = tr("%1 does not take part in the session \"%2\".").arg(reviewer, found->name);
    } else if (!(form =
                     ScorecardStore(m_connectionName).form(found->formName, found->formVersion))) {
        problem = tr("version %1 of the form \"%2\" is not in the store.")
                      .arg(QString::number(found->formVersion), found->formName);
    } else {
        const QList<ScorecardScorer::Issue> issues = ScorecardScorer::validate(*form, answers);
        if (!issues.isEmpty())
            problem = tr("the evaluation is not complete: %1").arg(issues.first().message);
    }
    if (problem.isEmpty()) {
        const bool ok = AuditLog::transaction(
            database(),
            [&](QSqlDatabase &db, QString *reason) {
                const QVariantList key{sessionId, Sql::text(callId), Sql::text(reviewer)};
                // The primary key refuses a second submission, also one racing this one.
                QSqlQuery existing(db);
                if (!Sql::run(existing,
                              QStringLiteral("SELECT 1 FROM calibration_submissions WHERE"
                                             " session_id = ? AND call_id = ? AND reviewer = ?"),
                              key, reason)) {
                    return false;
                }
                if (existing.next()) {
                    *reason = tr("%1 already submitted the call %2 in this session.")
                                  .arg(reviewer, callId);
                    return false;
                }
                if (!Sql::run(db,
                              QStringLiteral("INSERT INTO calibration_submissions (session_id,"
                                             " call_id, reviewer, submitted_at) VALUES"
                                             " (?, ?, ?, ?)"),
                              key + QVariantList{Sql::timeText(QDateTime::currentDateTimeUtc())},
                              reason)) {
                    return false;
                }
                for (const QString &id : form->questionIds()) {
                    const auto answer = answers.answers.constFind(id);
                    const QString comment = answers.comment(id);
                    if (answer == answers.answers.cend() && comment.isEmpty())
                        continue;
                    const bool answered = answer != answers.answers.cend();
                    const QVariant number =
                        answered && answer->kind == ScorecardAnswer::Kind::Number
                        ? QVariant(answer->number)
                        : QVariant();
                    if (!Sql::run(db,
                                  QStringLiteral("INSERT INTO calibration_answers (session_id,"
                                                 " call_id, reviewer, question_id, answer_kind,"
                                                 " answer_text, answer_number, comment)"
                                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                  key
                                      + QVariantList{Sql::text(id),
                                                     answered ? kindKey(answer->kind)
                                                              : QStringLiteral(""),
                                                     Sql::text(answered ? answer->text : QString()),
                                                     number, Sql::text(comment)},
                                  reason)) {
                        return false;
                    }
                }
                return AuditLog::record(
                    db, QStringLiteral("calibration"), QString::number(sessionId),
                    QStringLiteral("submit"),
                    {{QStringLiteral("call_id"), callId}, {QStringLiteral("reviewer"), reviewer}},
                    reason, reviewer);
            },
            &problem);
        if (ok)
            return true;
    }
    if (error)
        *error = problem;
    return false;
}

bool CalibrationStore::hasSubmitted(qint64 sessionId, const QString &callId,
                                    const QString &reviewer) const
{
    return submitted(sessionId, callId).contains(reviewer);
}

QStringList CalibrationStore::submitted(qint64 sessionId, const QString &callId) const
{
    QStringList result;
    QSqlQuery query(database());
    if (Sql::run(query,
                 QStringLiteral("SELECT reviewer FROM calibration_submissions"
                                " WHERE session_id = ? AND call_id = ? ORDER BY reviewer"),
                 {sessionId, Sql::text(callId)}, nullptr)) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

std::optional<ScorecardAnswers> CalibrationStore::storedAnswers(qint64 sessionId,
                                                                const QString &callId,
                                                                const QString &reviewer) const
{
    const std::optional<CalibrationSession> found = session(sessionId);
    if (!found || !hasSubmitted(sessionId, callId, reviewer))
        return std::nullopt;
    ScorecardAnswers answers;
    answers.formName = found->formName;
    answers.formVersion = found->formVersion;
    QSqlQuery query(database());
    if (!Sql::run(query,
                  QStringLiteral("SELECT question_id, answer_kind, answer_text, answer_number,"
                                 " comment FROM calibration_answers WHERE session_id = ?"
                                 " AND call_id = ? AND reviewer = ?"),
                  {sessionId, Sql::text(callId), Sql::text(reviewer)}, nullptr)) {
        return std::nullopt;
    }
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (const std::optional<ScorecardAnswer> answer =
                answerFrom(query.value(1).toString(), query.value(2).toString(), query.value(3))) {
            answers.answers.insert(id, *answer);
        }
        const QString comment = query.value(4).toString();
        if (!comment.isEmpty())
            answers.comments.insert(id, comment);
    }
    return answers;
}

std::optional<ScorecardAnswers> CalibrationStore::answers(qint64 sessionId, const QString &callId,
                                                          const QString &reviewer,
                                                          const QString &viewer,
                                                          QString *error) const
{
    if (reviewer != viewer && !hasSubmitted(sessionId, callId, viewer)) {
        if (error)
            *error = tr("submit your own evaluation of %1 before seeing the others'.").arg(callId);
        return std::nullopt;
    }
    std::optional<ScorecardAnswers> found = storedAnswers(sessionId, callId, reviewer);
    if (!found && error)
        *error = tr("%1 has not submitted the call %2 yet.").arg(reviewer, callId);
    return found;
}

QMap<QString, ScorecardAnswers> CalibrationStore::visibleAnswers(qint64 sessionId,
                                                                 const QString &callId,
                                                                 const QString &viewer) const
{
    QMap<QString, ScorecardAnswers> result;
    const QStringList done = submitted(sessionId, callId);
    if (!done.contains(viewer))
        return result;
    for (const QString &reviewer : done) {
        if (std::optional<ScorecardAnswers> found = storedAnswers(sessionId, callId, reviewer))
            result.insert(reviewer, *found);
    }
    return result;
}
