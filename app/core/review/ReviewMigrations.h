#pragma once

#include "storage/SchemaMigrator.h"

#include <QList>

// Every schema the review database has had, oldest first (the store applies them with
// SchemaMigrator). Append a migration to change the schema; never edit one that has shipped,
// since databases out there are already past it. tests/tst_ReviewMigrations builds each old
// version from its own frozen copy of the schema and migrates it to the newest.
//
//   1  reviews; flags (turn, category)
//   2  flags gain comment, speaker and quote; the editable categories, seeded with the defaults
//   3  the review queue, its state, and dismissed findings
//   4  scorecard forms (per name and version) and answers (per call and reviewer)
//   5  a version on each review row (optimistic concurrency); the audit log and its counter
//   6  calibration sessions: calls, participants, blind submissions and their answers
//   7  call assignments: sampled batches and the reviewer of each call
//   8  reviews and flags keyed by (call, reviewer): a team's reviewers each keep their own
//
// The statements are plain SQL that SQLite and PostgreSQL both run (tst_ReviewMigrations
// rejects AUTOINCREMENT, INSERT OR ..., PRAGMA, SQL date functions and the like).
class ReviewMigrations
{
public:
    static const QList<SchemaMigrator::Migration> &all();
    static constexpr int latest = 8;
};
