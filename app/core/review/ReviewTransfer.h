#pragma once

#include "review/Review.h"
#include "review/ReviewStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// `callreview --import-reviews FILE.json` and `--export-reviews FILE.json`: reviews as JSON,
// a contract other tools write and read:
//   {"reviews": [{"call_id", "reviewer", "verdict": "pass"|"needs_work"|"fail"|"none",
//                 "score": 0..100 or null, "summary", "updated_at": ISO-8601 UTC,
//                 "flags": [{"turn", "category", "note", "speaker", "quote"}], "version"}]}
// ("turn" numbered from 1, as in the window and the other JSON outputs). call_id, reviewer and
// verdict are required; other fields may be left out; fields not listed are ignored. An import is
// one transaction keyed by (call_id, reviewer) (ReviewStore:: importReviews: a call reviewed by
// several reviewers keeps each one's review; an export has every reviewer's); a malformed file
// writes nothing and is reported with the JSON path of the problem. No exit codes here:
// cli/ExitCode maps the kind.
class ReviewTransfer
{
    Q_DECLARE_TR_FUNCTIONS(ReviewTransfer)

public:
    enum class ErrorKind : quint8 {
        None,
        Usage, // a bad --review-db, no reviewer name for a shared database
        ReadFailure, // the file cannot be read
        InvalidInput, // the file is not a valid reviews file (the message has the JSON path)
        Unreachable, // the database server cannot be reached or refused the login
        DatabaseFailure, // the database refused the work
        WriteFailure, // the export file cannot be written
    };
    struct Outcome
    {
        ErrorKind kind = ErrorKind::None;
        QString message; // one line
        ReviewStore::ImportResult counts; // an import's
        int exported = 0;

        bool ok() const { return kind == ErrorKind::None; }
    };

    // The file's reviews, or *error = "$.reviews[3].verdict: ..." and nothing.
    static std::optional<QList<Review>> fromJson(const QByteArray &json, QString *error);
    static QJsonObject toJson(const QList<Review> &reviews);

    static Outcome importFile(ReviewStore &store, const QString &path);
    static Outcome exportFile(const ReviewStore &store, const QString &path);

    static constexpr qint64 maxFileBytes = 256 * 1024 * 1024;
};
