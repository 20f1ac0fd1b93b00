#include "review/ReviewMigrations.h"

#include "review/CategoryTable.h"
#include "review/ReviewCategory.h"

namespace {

QList<SchemaMigrator::Migration> migrations()
{
    return {
        {1,
         QStringLiteral("reviews and their flags"),
         {
             QStringLiteral("CREATE TABLE reviews ("
                            " call_id TEXT PRIMARY KEY NOT NULL,"
                            " verdict TEXT NOT NULL DEFAULT 'none',"
                            " score INTEGER,"
                            " summary TEXT NOT NULL DEFAULT '',"
                            " reviewer TEXT NOT NULL DEFAULT '',"
                            " reviewed_at TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE flags ("
                            " call_id TEXT NOT NULL REFERENCES reviews(call_id)"
                            "   ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " turn_index INTEGER NOT NULL,"
                            " category TEXT NOT NULL,"
                            " PRIMARY KEY (call_id, position))"),
         },
         {}},
        {2,
         QStringLiteral("flag comments, speaker and quote; editable categories"),
         {
             QStringLiteral("ALTER TABLE flags ADD COLUMN comment TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE flags ADD COLUMN speaker TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE flags ADD COLUMN quote TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TABLE categories ("
                            " position INTEGER PRIMARY KEY,"
                            " key TEXT NOT NULL DEFAULT '',"
                            " name TEXT NOT NULL UNIQUE)"),
         },
         [](QSqlDatabase &db, QString *reason) {
             return CategoryTable::insert(db, ReviewCategory::defaults(), reason);
         }},
        {3,
         QStringLiteral("review queue, its state, dismissed findings"),
         {
             QStringLiteral("CREATE TABLE queue_items ("
                            " position INTEGER PRIMARY KEY,"
                            " call_id TEXT NOT NULL UNIQUE)"),
             QStringLiteral("CREATE TABLE queue_state ("
                            " key TEXT PRIMARY KEY NOT NULL,"
                            " value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE dismissed_findings ("
                            " call_id TEXT NOT NULL,"
                            " finding_key TEXT NOT NULL,"
                            " PRIMARY KEY (call_id, finding_key))"),
         },
         {}},
        {4,
         QStringLiteral("scorecard forms (one row per published version) and answers"),
         {
             // The form as its JSON file (ScorecardJson); a stored version never changes.
             QStringLiteral("CREATE TABLE scorecard_forms ("
                            " name TEXT NOT NULL,"
                            " version INTEGER NOT NULL,"
                            " definition TEXT NOT NULL,"
                            " published_at TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (name, version))"),
             // One evaluation per call and reviewer, against one form version. The reviews
             // table is not touched: old reviews keep their free score.
             QStringLiteral("CREATE TABLE scorecard_evaluations ("
                            " call_id TEXT NOT NULL,"
                            " reviewer TEXT NOT NULL,"
                            " form_name TEXT NOT NULL,"
                            " form_version INTEGER NOT NULL,"
                            " updated_at TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (call_id, reviewer),"
                            " FOREIGN KEY (form_name, form_version)"
                            "   REFERENCES scorecard_forms (name, version))"),
             // answer_kind: 'na', 'text' (yes, no, an option), 'number' (a scale value), or
             // '' for a comment on an unanswered question.
             QStringLiteral("CREATE TABLE scorecard_answers ("
                            " call_id TEXT NOT NULL,"
                            " reviewer TEXT NOT NULL,"
                            " question_id TEXT NOT NULL,"
                            " answer_kind TEXT NOT NULL DEFAULT '',"
                            " answer_text TEXT NOT NULL DEFAULT '',"
                            " answer_number DOUBLE PRECISION,"
                            " comment TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (call_id, reviewer, question_id),"
                            " FOREIGN KEY (call_id, reviewer)"
                            "   REFERENCES scorecard_evaluations (call_id, reviewer)"
                            "   ON DELETE CASCADE)"),
         },
         {}},
        {5,
         QStringLiteral("review row versions (optimistic concurrency); the audit log"),
         {
             // Every save of a review checks the version it was loaded at and bumps it, so a
             // save that lost a race is refused instead of overwriting the other one.
             QStringLiteral("ALTER TABLE reviews ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
             // Row ids without AUTOINCREMENT / IDENTITY, which no two databases spell alike.
             QStringLiteral("CREATE TABLE id_counters ("
                            " name TEXT PRIMARY KEY NOT NULL,"
                            " value BIGINT NOT NULL)"),
             QStringLiteral("INSERT INTO id_counters (name, value) VALUES ('audit_log', 0)"),
             QStringLiteral("CREATE TABLE audit_log ("
                            " id BIGINT PRIMARY KEY NOT NULL,"
                            " changed_at TEXT NOT NULL,"
                            " actor TEXT NOT NULL DEFAULT '',"
                            " entity TEXT NOT NULL,"
                            " entity_key TEXT NOT NULL DEFAULT '',"
                            " action TEXT NOT NULL,"
                            " details TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_key)"),
         },
         {}},
        {6,
         QStringLiteral("calibration sessions, their calls, participants and blind answers"),
         {
             QStringLiteral("INSERT INTO id_counters (name, value)"
                            " VALUES ('calibration_sessions', 0)"),
             QStringLiteral("CREATE TABLE calibration_sessions ("
                            " id BIGINT PRIMARY KEY NOT NULL,"
                            " name TEXT NOT NULL,"
                            " form_name TEXT NOT NULL,"
                            " form_version INTEGER NOT NULL,"
                            " benchmark TEXT NOT NULL,"
                            " created_by TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL DEFAULT '',"
                            " FOREIGN KEY (form_name, form_version)"
                            "   REFERENCES scorecard_forms (name, version))"),
             QStringLiteral("CREATE TABLE calibration_calls ("
                            " session_id BIGINT NOT NULL REFERENCES calibration_sessions(id)"
                            "   ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " call_id TEXT NOT NULL,"
                            " PRIMARY KEY (session_id, call_id))"),
             QStringLiteral("CREATE TABLE calibration_participants ("
                            " session_id BIGINT NOT NULL REFERENCES calibration_sessions(id)"
                            "   ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " reviewer TEXT NOT NULL,"
                            " PRIMARY KEY (session_id, reviewer))"),
             // One row per submitted evaluation; its primary key allows one submission.
             QStringLiteral("CREATE TABLE calibration_submissions ("
                            " session_id BIGINT NOT NULL,"
                            " call_id TEXT NOT NULL,"
                            " reviewer TEXT NOT NULL,"
                            " submitted_at TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (session_id, call_id, reviewer),"
                            " FOREIGN KEY (session_id, call_id)"
                            "   REFERENCES calibration_calls (session_id, call_id)"
                            "   ON DELETE CASCADE)"),
             // Apart from scorecard_answers: calibration never counts in normal scores.
             QStringLiteral("CREATE TABLE calibration_answers ("
                            " session_id BIGINT NOT NULL,"
                            " call_id TEXT NOT NULL,"
                            " reviewer TEXT NOT NULL,"
                            " question_id TEXT NOT NULL,"
                            " answer_kind TEXT NOT NULL DEFAULT '',"
                            " answer_text TEXT NOT NULL DEFAULT '',"
                            " answer_number DOUBLE PRECISION,"
                            " comment TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (session_id, call_id, reviewer, question_id),"
                            " FOREIGN KEY (session_id, call_id, reviewer)"
                            "   REFERENCES calibration_submissions (session_id, call_id, reviewer)"
                            "   ON DELETE CASCADE)"),
         },
         {}},
        {7,
         QStringLiteral("call assignments: sampled batches and each call's reviewer"),
         {
             QStringLiteral("INSERT INTO id_counters (name, value)"
                            " VALUES ('assignment_batches', 0)"),
             // rule: the sampling rule as JSON (AssignmentRule), seed included, so a batch can
             // be drawn again and checked.
             QStringLiteral("CREATE TABLE assignment_batches ("
                            " id BIGINT PRIMARY KEY NOT NULL,"
                            " assistant_id TEXT NOT NULL DEFAULT '',"
                            " rule TEXT NOT NULL DEFAULT '',"
                            " created_by TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE assignment_items ("
                            " batch_id BIGINT NOT NULL REFERENCES assignment_batches(id)"
                            "   ON DELETE CASCADE,"
                            " call_id TEXT NOT NULL,"
                            " reviewer TEXT NOT NULL,"
                            " position INTEGER NOT NULL,"
                            " PRIMARY KEY (batch_id, call_id))"),
             QStringLiteral("CREATE INDEX assignment_items_by_reviewer"
                            " ON assignment_items (reviewer, batch_id, position)"),
         },
         {}},
        {8,
         QStringLiteral("reviews keyed by call and reviewer: each reviewer keeps their own"),
         {
             // Neither database can change a primary key in place (SQLite has no ALTER TABLE
             // for it), so both tables are rebuilt: the old ones renamed aside, the new ones
             // created under the real names, every row copied, the old ones dropped. A row's
             // reviewer (NOT NULL since schema 1; '' when none was named) becomes its key.
             QStringLiteral("ALTER TABLE flags RENAME TO flags_v7"),
             QStringLiteral("ALTER TABLE reviews RENAME TO reviews_v7"),
             QStringLiteral("CREATE TABLE reviews ("
                            " call_id TEXT NOT NULL,"
                            " reviewer TEXT NOT NULL DEFAULT '',"
                            " verdict TEXT NOT NULL DEFAULT 'none',"
                            " score INTEGER,"
                            " summary TEXT NOT NULL DEFAULT '',"
                            " reviewed_at TEXT NOT NULL DEFAULT '',"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " PRIMARY KEY (call_id, reviewer))"),
             // ON UPDATE CASCADE: a save that moves a review to another reviewer (an unnamed
             // review taken over by the first name that saves it) carries its flags along.
             QStringLiteral(
                 "CREATE TABLE flags ("
                 " call_id TEXT NOT NULL,"
                 " reviewer TEXT NOT NULL DEFAULT '',"
                 " position INTEGER NOT NULL,"
                 " turn_index INTEGER NOT NULL,"
                 " category TEXT NOT NULL,"
                 " comment TEXT NOT NULL DEFAULT '',"
                 " speaker TEXT NOT NULL DEFAULT '',"
                 " quote TEXT NOT NULL DEFAULT '',"
                 " PRIMARY KEY (call_id, reviewer, position),"
                 " FOREIGN KEY (call_id, reviewer) REFERENCES reviews (call_id, reviewer)"
                 "   ON DELETE CASCADE ON UPDATE CASCADE)"),
             QStringLiteral("INSERT INTO reviews (call_id, reviewer, verdict, score, summary,"
                            " reviewed_at, version)"
                            " SELECT call_id, COALESCE(reviewer, ''), verdict, score, summary,"
                            " reviewed_at, version FROM reviews_v7"),
             QStringLiteral("INSERT INTO flags (call_id, reviewer, position, turn_index, category,"
                            " comment, speaker, quote)"
                            " SELECT f.call_id, COALESCE(r.reviewer, ''), f.position, f.turn_index,"
                            " f.category, f.comment, f.speaker, f.quote"
                            " FROM flags_v7 f JOIN reviews_v7 r ON r.call_id = f.call_id"),
             QStringLiteral("DROP TABLE flags_v7"),
             QStringLiteral("DROP TABLE reviews_v7"),
         },
         {}},
    };
}

} // namespace

const QList<SchemaMigrator::Migration> &ReviewMigrations::all()
{
    static const QList<SchemaMigrator::Migration> list = migrations();
    return list;
}
