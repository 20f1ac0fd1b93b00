#pragma once

#include "scorecards/ScorecardResult.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

// `callreview --score FORM.json --answers ANSWERS.json`: reads both files, checks the answers
// complete the form, prints {"score", "critical_score", "fatal": [ids], "groups": [{"name",
// "score"}]} (fractions 0..1, null where nothing counted). No exit codes here: the caller maps
// the kind of error to one (the CLI contract: every kind below but WriteFailure is exit 2) and
// prints the message on stderr.
class ScoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)

public:
    enum class ErrorKind : quint8 {
        None,
        Usage, // a path is missing
        ReadFailure, // a file cannot be opened or read
        InvalidInput, // a malformed or invalid file, or answers that do not complete the form
        WriteFailure, // the output device refused the result
    };
    struct Outcome
    {
        ErrorKind kind = ErrorKind::None;
        // One line, naming the file and then the JSON path or the question id:
        // `answers.json: question "identity_name" has no answer`.
        QString message;
        ScorecardResult result; // when ok()

        bool ok() const { return kind == ErrorKind::None; }
    };

    // Scores without printing: what run() does before it writes.
    static Outcome evaluate(const QString &formPath, const QString &answersPath);
    // Scores and writes the result as indented JSON to out.
    static Outcome run(const QString &formPath, const QString &answersPath, QIODevice &out);

    // Files larger than this are refused before parsing (a form is a few kilobytes).
    static constexpr qint64 maxFileBytes = 16 * 1024 * 1024;
};
