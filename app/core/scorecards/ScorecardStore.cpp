#include "scorecards/ScorecardStore.h"

#include "base/Logging.h"
#include "scorecards/ScorecardJson.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

// How an answer is kept: its kind, its text (yes, no, an option label) and its number (a
// scale value). A row with kind "" holds only a comment.
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

QString failed(const QString &what, const QString &reason)
{
    return what + QStringLiteral(": ") + reason;
}

} // namespace

std::optional<ScorecardForm> ScorecardStore::formIn(QSqlDatabase db, const QString &name,
                                                    int version)
{
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("SELECT definition FROM scorecard_forms"
                                 " WHERE name = ? AND version = ?"),
                  {Sql::text(name), version}, nullptr)
        || !query.next()) {
        return std::nullopt;
    }
    ScorecardError error;
    std::optional<ScorecardForm> form =
        ScorecardJson::readForm(query.value(0).toString().toUtf8(), &error);
    if (!form || form->name != name || form->version != version) {
        qCWarning(lcReview) << "stored form" << name << version
                            << "cannot be read:" << error.toString();
        return std::nullopt;
    }
    return form;
}

bool ScorecardStore::publish(const ScorecardForm &form, QString *error) const
{
    const QString what = tr("Could not store version %1 of the form \"%2\"")
                             .arg(QString::number(form.version), form.name);
    if (const QList<ScorecardError> problems = form.validate(); !problems.isEmpty()) {
        if (error)
            *error = failed(what, problems.constFirst().toString());
        return false;
    }
    QString reason;
    const bool stored = AuditLog::transaction(
        database(),
        [&form](QSqlDatabase &db, QString *reason) {
            if (const std::optional<ScorecardForm> stored = formIn(db, form.name, form.version)) {
                if (*stored == form)
                    return true;
                *reason = tr("that version is published and never changes; save the changes "
                             "as version %1.")
                              .arg(form.version + 1);
                return false;
            }
            return Sql::run(db,
                            QStringLiteral("INSERT INTO scorecard_forms (name, version, definition,"
                                           " published_at) VALUES (?, ?, ?, ?)"),
                            {Sql::text(form.name), form.version,
                             QString::fromUtf8(ScorecardJson::writeForm(form)),
                             Sql::timeText(QDateTime::currentDateTimeUtc())},
                            reason)
                && AuditLog::record(
                       db, QStringLiteral("form"),
                       QStringLiteral("%1 v%2").arg(form.name, QString::number(form.version)),
                       QStringLiteral("publish"),
                       {{QStringLiteral("name"), form.name},
                        {QStringLiteral("version"), form.version}},
                       reason);
        },
        &reason);
    if (!stored && error)
        *error = failed(what, reason);
    return stored;
}

std::optional<int> ScorecardStore::importForm(const ScorecardForm &form, bool *added,
                                              QString *error) const
{
    *added = false;
    const QList<int> stored = versions(form.name);
    for (const int version : stored) {
        ScorecardForm same = form;
        same.version = version;
        if (this->form(form.name, version) == std::optional<ScorecardForm>(same))
            return version;
    }
    ScorecardForm next = form;
    if (!stored.isEmpty())
        next.version = stored.constLast() + 1;
    if (!publish(next, error))
        return std::nullopt;
    *added = true;
    return next.version;
}

std::optional<ScorecardForm> ScorecardStore::form(const QString &name, int version) const
{
    return formIn(database(), name, version);
}

QList<int> ScorecardStore::versions(const QString &name) const
{
    QList<int> result;
    QSqlQuery query(database());
    if (Sql::run(query,
                 QStringLiteral("SELECT version FROM scorecard_forms WHERE name = ?"
                                " ORDER BY version"),
                 {Sql::text(name)}, nullptr)) {
        while (query.next())
            result.append(query.value(0).toInt());
    }
    return result;
}

std::optional<ScorecardForm> ScorecardStore::latest(const QString &name) const
{
    const QList<int> stored = versions(name);
    return stored.isEmpty() ? std::nullopt : form(name, stored.constLast());
}

int ScorecardStore::nextVersion(const QString &name) const
{
    const QList<int> stored = versions(name);
    return stored.isEmpty() ? 1 : stored.constLast() + 1;
}

QStringList ScorecardStore::formNames() const
{
    QStringList result;
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT DISTINCT name FROM scorecard_forms ORDER BY name"))) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

bool ScorecardStore::saveAnswers(const QString &callId, const QString &reviewer,
                                 const ScorecardAnswers &answers, QString *error) const
{
    QString reason;
    const bool saved = AuditLog::transaction(
        database(),
        [&](QSqlDatabase &db, QString *reason) {
            const std::optional<ScorecardForm> form =
                formIn(db, answers.formName, answers.formVersion);
            if (!form) {
                *reason = tr("version %1 of the form \"%2\" is not in the store.")
                              .arg(QString::number(answers.formVersion), answers.formName);
                return false;
            }
            QSet<QString> questionIds;
            for (auto it = answers.answers.cbegin(); it != answers.answers.cend(); ++it)
                questionIds.insert(it.key());
            for (auto it = answers.comments.cbegin(); it != answers.comments.cend(); ++it) {
                if (!it.value().isEmpty()) // an empty comment is no comment
                    questionIds.insert(it.key());
            }
            QStringList ordered = questionIds.values();
            ordered.sort();
            for (const QString &id : std::as_const(ordered)) {
                if (!form->question(id)) {
                    *reason = tr("the form has no question \"%1\".").arg(id);
                    return false;
                }
            }
            const int commented =
                int(ordered.size() - answers.answers.size()
                    + std::count_if(answers.answers.keyBegin(), answers.answers.keyEnd(),
                                    [&answers](const QString &id) {
                                        return !answers.comments.value(id).isEmpty();
                                    }));
            const QVariantList key{Sql::text(callId), Sql::text(reviewer)};
            if (!Sql::run(db,
                          QStringLiteral(
                              "INSERT INTO scorecard_evaluations (call_id, reviewer, form_name,"
                              " form_version, updated_at) VALUES (?, ?, ?, ?, ?)"
                              " ON CONFLICT(call_id, reviewer) DO UPDATE SET"
                              " form_name = excluded.form_name,"
                              " form_version = excluded.form_version,"
                              " updated_at = excluded.updated_at"),
                          key
                              + QVariantList{Sql::text(answers.formName), answers.formVersion,
                                             Sql::timeText(QDateTime::currentDateTimeUtc())},
                          reason)
                || !Sql::run(db,
                             QStringLiteral("DELETE FROM scorecard_answers"
                                            " WHERE call_id = ? AND reviewer = ?"),
                             key, reason)) {
                return false;
            }
            for (const QString &id : std::as_const(ordered)) {
                const auto answer = answers.answers.constFind(id);
                const bool answered = answer != answers.answers.cend();
                const QVariant number = answered && answer->kind == ScorecardAnswer::Kind::Number
                    ? QVariant(answer->number)
                    : QVariant();
                if (!Sql::run(
                        db,
                        QStringLiteral(
                            "INSERT INTO scorecard_answers (call_id, reviewer, question_id,"
                            " answer_kind, answer_text, answer_number, comment)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        key
                            + QVariantList{id,
                                           answered ? kindKey(answer->kind) : QStringLiteral(""),
                                           answered ? Sql::text(answer->text) : QStringLiteral(""),
                                           number, Sql::text(answers.comments.value(id))},
                        reason)) {
                    return false;
                }
            }
            return AuditLog::record(db, QStringLiteral("answers"), callId,
                                    QStringLiteral("replace"),
                                    {{QStringLiteral("reviewer"), reviewer},
                                     {QStringLiteral("form"), answers.formName},
                                     {QStringLiteral("form_version"), answers.formVersion},
                                     {QStringLiteral("answers"), int(answers.answers.size())},
                                     {QStringLiteral("comments"), commented}},
                                    reason, reviewer);
        },
        &reason);
    if (!saved && error)
        *error = failed(tr("Could not save the scorecard of call %1").arg(callId), reason);
    return saved;
}

std::optional<ScorecardAnswers> ScorecardStore::answers(const QString &callId,
                                                        const QString &reviewer) const
{
    QSqlDatabase db = database();
    const QVariantList key{Sql::text(callId), Sql::text(reviewer)};
    QSqlQuery evaluation(db);
    if (!Sql::run(evaluation,
                  QStringLiteral("SELECT form_name, form_version FROM scorecard_evaluations"
                                 " WHERE call_id = ? AND reviewer = ?"),
                  key, nullptr)
        || !evaluation.next()) {
        return std::nullopt;
    }
    ScorecardAnswers result;
    result.formName = evaluation.value(0).toString();
    result.formVersion = evaluation.value(1).toInt();
    QSqlQuery rows(db);
    if (!Sql::run(rows,
                  QStringLiteral("SELECT question_id, answer_kind, answer_text, answer_number,"
                                 " comment FROM scorecard_answers"
                                 " WHERE call_id = ? AND reviewer = ?"),
                  key, nullptr)) {
        return std::nullopt;
    }
    while (rows.next()) {
        const QString id = rows.value(0).toString();
        if (const auto answer =
                answerFrom(rows.value(1).toString(), rows.value(2).toString(), rows.value(3))) {
            result.answers.insert(id, *answer);
        }
        if (const QString comment = rows.value(4).toString(); !comment.isEmpty())
            result.comments.insert(id, comment);
    }
    return result;
}

QStringList ScorecardStore::reviewers(const QString &callId) const
{
    QStringList result;
    QSqlQuery query(database());
    if (Sql::run(query,
                 QStringLiteral("SELECT reviewer FROM scorecard_evaluations WHERE call_id = ?"
                                " ORDER BY reviewer"),
                 {Sql::text(callId)}, nullptr)) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

bool ScorecardStore::removeAnswers(const QString &callId, const QString &reviewer,
                                   QString *error) const
{
    QString reason;
    const bool removed = AuditLog::transaction(
        database(),
        [&](QSqlDatabase &db, QString *reason) {
            // The answers go with their evaluation (ON DELETE CASCADE).
            return Sql::run(db,
                            QStringLiteral("DELETE FROM scorecard_evaluations"
                                           " WHERE call_id = ? AND reviewer = ?"),
                            {Sql::text(callId), Sql::text(reviewer)}, reason)
                && AuditLog::record(db, QStringLiteral("answers"), callId, QStringLiteral("delete"),
                                    {{QStringLiteral("reviewer"), reviewer}}, reason, reviewer);
        },
        &reason);
    if (!removed && error)
        *error = failed(tr("Could not remove the scorecard of call %1").arg(callId), reason);
    return removed;
}
