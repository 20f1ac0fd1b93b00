#pragma once

// Every schema the review database has shipped with, as the test's own frozen copy (not
// ReviewMigrations itself, so editing a shipped migration fails the tests), and what a reviewer
// had stored by each version. tst_ReviewMigrations builds SQLite files from it,
// tst_PostgresMigrations PostgreSQL databases; both migrate them to the newest schema.

#include <QList>
#include <QStringList>

// What each release added, statement by statement, as it shipped.
inline const QList<QStringList> &frozenSchema()
{
    static const QList<QStringList> steps{
        // 1
        {QStringLiteral("CREATE TABLE reviews (call_id TEXT PRIMARY KEY NOT NULL, verdict TEXT "
                        "NOT NULL DEFAULT 'none', score INTEGER, summary TEXT NOT NULL DEFAULT "
                        "'', reviewer TEXT NOT NULL DEFAULT '', reviewed_at TEXT NOT NULL "
                        "DEFAULT '')"),
         QStringLiteral("CREATE TABLE flags (call_id TEXT NOT NULL REFERENCES reviews(call_id) "
                        "ON DELETE CASCADE, position INTEGER NOT NULL, turn_index INTEGER NOT "
                        "NULL, category TEXT NOT NULL, PRIMARY KEY (call_id, position))")},
        // 2 (the release seeded the default categories in English)
        {QStringLiteral("ALTER TABLE flags ADD COLUMN comment TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE flags ADD COLUMN speaker TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE flags ADD COLUMN quote TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("CREATE TABLE categories (position INTEGER PRIMARY KEY, key TEXT NOT "
                        "NULL DEFAULT '', name TEXT NOT NULL UNIQUE)"),
         QStringLiteral("INSERT INTO categories VALUES (0, 'wrong-information', 'Wrong "
                        "information'), (1, 'misunderstood', 'Misunderstood the caller'), (2, "
                        "'repeated', 'Repeated itself'), (3, 'ignored-request', 'Ignored a "
                        "request'), (4, 'tone', 'Tone'), (5, 'should-escalate', 'Should have "
                        "escalated'), (6, 'other', 'Other')")},
        // 3
        {QStringLiteral("CREATE TABLE queue_items (position INTEGER PRIMARY KEY, call_id TEXT "
                        "NOT NULL UNIQUE)"),
         QStringLiteral("CREATE TABLE queue_state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT "
                        "NULL)"),
         QStringLiteral("CREATE TABLE dismissed_findings (call_id TEXT NOT NULL, finding_key "
                        "TEXT NOT NULL, PRIMARY KEY (call_id, finding_key))")},
        // 4
        {QStringLiteral("CREATE TABLE scorecard_forms (name TEXT NOT NULL, version INTEGER NOT "
                        "NULL, definition TEXT NOT NULL, published_at TEXT NOT NULL DEFAULT '', "
                        "PRIMARY KEY (name, version))"),
         QStringLiteral("CREATE TABLE scorecard_evaluations (call_id TEXT NOT NULL, reviewer "
                        "TEXT NOT NULL, form_name TEXT NOT NULL, form_version INTEGER NOT NULL, "
                        "updated_at TEXT NOT NULL DEFAULT '', PRIMARY KEY (call_id, reviewer), "
                        "FOREIGN KEY (form_name, form_version) REFERENCES scorecard_forms "
                        "(name, version))"),
         QStringLiteral("CREATE TABLE scorecard_answers (call_id TEXT NOT NULL, reviewer TEXT "
                        "NOT NULL, question_id TEXT NOT NULL, answer_kind TEXT NOT NULL DEFAULT "
                        "'', answer_text TEXT NOT NULL DEFAULT '', answer_number DOUBLE "
                        "PRECISION, comment TEXT NOT NULL DEFAULT '', PRIMARY KEY (call_id, "
                        "reviewer, question_id), FOREIGN KEY (call_id, reviewer) REFERENCES "
                        "scorecard_evaluations (call_id, reviewer) ON DELETE CASCADE)")},
        // 5
        {QStringLiteral("ALTER TABLE reviews ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
         QStringLiteral("CREATE TABLE id_counters (name TEXT PRIMARY KEY NOT NULL, value BIGINT "
                        "NOT NULL)"),
         QStringLiteral("INSERT INTO id_counters (name, value) VALUES ('audit_log', 0)"),
         QStringLiteral("CREATE TABLE audit_log (id BIGINT PRIMARY KEY NOT NULL, changed_at TEXT "
                        "NOT NULL, actor TEXT NOT NULL DEFAULT '', entity TEXT NOT NULL, "
                        "entity_key TEXT NOT NULL DEFAULT '', action TEXT NOT NULL, details TEXT "
                        "NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_key)")},
        // 6
        {QStringLiteral("INSERT INTO id_counters (name, value) VALUES ('calibration_sessions', "
                        "0)"),
         QStringLiteral("CREATE TABLE calibration_sessions (id BIGINT PRIMARY KEY NOT NULL, name "
                        "TEXT NOT NULL, form_name TEXT NOT NULL, form_version INTEGER NOT NULL, "
                        "benchmark TEXT NOT NULL, created_by TEXT NOT NULL DEFAULT '', created_at "
                        "TEXT NOT NULL DEFAULT '', FOREIGN KEY (form_name, form_version) "
                        "REFERENCES scorecard_forms (name, version))"),
         QStringLiteral("CREATE TABLE calibration_calls (session_id BIGINT NOT NULL REFERENCES "
                        "calibration_sessions(id) ON DELETE CASCADE, position INTEGER NOT NULL, "
                        "call_id TEXT NOT NULL, PRIMARY KEY (session_id, call_id))"),
         QStringLiteral("CREATE TABLE calibration_participants (session_id BIGINT NOT NULL "
                        "REFERENCES calibration_sessions(id) ON DELETE CASCADE, position INTEGER "
                        "NOT NULL, reviewer TEXT NOT NULL, PRIMARY KEY (session_id, reviewer))"),
         QStringLiteral("CREATE TABLE calibration_submissions (session_id BIGINT NOT NULL, "
                        "call_id TEXT NOT NULL, reviewer TEXT NOT NULL, submitted_at TEXT NOT "
                        "NULL DEFAULT '', PRIMARY KEY (session_id, call_id, reviewer), FOREIGN "
                        "KEY (session_id, call_id) REFERENCES calibration_calls (session_id, "
                        "call_id) ON DELETE CASCADE)"),
         QStringLiteral("CREATE TABLE calibration_answers (session_id BIGINT NOT NULL, call_id "
                        "TEXT NOT NULL, reviewer TEXT NOT NULL, question_id TEXT NOT NULL, "
                        "answer_kind TEXT NOT NULL DEFAULT '', answer_text TEXT NOT NULL DEFAULT "
                        "'', answer_number DOUBLE PRECISION, comment TEXT NOT NULL DEFAULT '', "
                        "PRIMARY KEY (session_id, call_id, reviewer, question_id), FOREIGN KEY "
                        "(session_id, call_id, reviewer) REFERENCES calibration_submissions "
                        "(session_id, call_id, reviewer) ON DELETE CASCADE)")},
        // 7
        {QStringLiteral("INSERT INTO id_counters (name, value) VALUES ('assignment_batches', 0)"),
         QStringLiteral("CREATE TABLE assignment_batches (id BIGINT PRIMARY KEY NOT NULL, "
                        "assistant_id TEXT NOT NULL DEFAULT '', rule TEXT NOT NULL DEFAULT '', "
                        "created_by TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL DEFAULT "
                        "'')"),
         QStringLiteral("CREATE TABLE assignment_items (batch_id BIGINT NOT NULL REFERENCES "
                        "assignment_batches(id) ON DELETE CASCADE, call_id TEXT NOT NULL, "
                        "reviewer TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY "
                        "(batch_id, call_id))"),
         QStringLiteral("CREATE INDEX assignment_items_by_reviewer ON assignment_items "
                        "(reviewer, batch_id, position)")},
    };
    return steps;
}

// What a reviewer had stored by then, using what that release offered.
inline QStringList frozenData(int version)
{
    QStringList rows{
        // Columns named: schema 5 added one to reviews.
        QStringLiteral("INSERT INTO reviews (call_id, verdict, score, summary, reviewer, "
                       "reviewed_at) VALUES ('5x5', 'fail', 20, 'Old review — ñ', 'Bo', "
                       "'2025-01-02T03:04:05.000Z')"),
        QStringLiteral("INSERT INTO reviews (call_id, verdict, score, summary, reviewer, "
                       "reviewed_at) VALUES ('6x6', 'pass', NULL, '', '', '')"),
    };
    if (version == 1) {
        rows << QStringLiteral("INSERT INTO flags VALUES ('5x5', 0, 7, 'Tone')")
             << QStringLiteral("INSERT INTO flags VALUES ('5x5', 1, 2, 'Other')");
    } else {
        rows << QStringLiteral("INSERT INTO flags VALUES ('5x5', 0, 7, 'Tone', 'curt', 'bot', "
                               "'What do you want?')")
             << QStringLiteral("INSERT INTO flags VALUES ('5x5', 1, 2, 'Privacy', '', 'human', "
                               "'My card is 4111')")
             << QStringLiteral("UPDATE categories SET name = 'Abrupt' WHERE key = 'tone'")
             << QStringLiteral("INSERT INTO categories VALUES (7, '', 'Privacy')");
    }
    if (version >= 3) {
        rows << QStringLiteral("INSERT INTO queue_items VALUES (0, '6x6'), (1, '5x5'), (2, '7x7')")
             << QStringLiteral("INSERT INTO queue_state VALUES ('current', '5x5'), ('filter', "
                               "'fail')")
             << QStringLiteral("INSERT INTO dismissed_findings VALUES ('5x5', 'loop:3')");
    }
    if (version >= 4) {
        rows << QStringLiteral(
            "INSERT INTO scorecard_forms VALUES ('Mini', 1, '{\"name\": \"Mini\", \"version\": "
            "1, \"groups\": [{\"name\": \"G\", \"weight\": 1, \"questions\": [{\"id\": "
            "\"q1\", \"text\": \"Q1\", \"type\": \"yes_no\"}, {\"id\": \"q2\", "
            "\"text\": \"Q2\", \"type\": \"scale\", \"min\": 1, \"max\": 5}]}]}', "
            "'2025-02-03T04:05:06.000Z')")
             << QStringLiteral("INSERT INTO scorecard_evaluations VALUES ('5x5', 'Bo', 'Mini', 1, "
                               "'2025-02-03T04:05:07.000Z')")
             << QStringLiteral("INSERT INTO scorecard_answers VALUES ('5x5', 'Bo', 'q1', 'text', "
                               "'yes', NULL, ''), ('5x5', 'Bo', 'q2', 'number', '', 4, 'ok')");
    }
    return rows;
}
