#include "scorecards/ScoreCommand.h"

#include "scorecards/ScorecardJson.h"
#include "scorecards/ScorecardScorer.h"

#include "base/AtomicFileWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace {

using Outcome = ScoreCommand::Outcome;
using ErrorKind = ScoreCommand::ErrorKind;

Outcome failure(ErrorKind kind, const QString &path, const QString &message)
{
    Outcome outcome;
    outcome.kind = kind;
    outcome.message =
        path.isEmpty() ? message : QDir::toNativeSeparators(path) + QStringLiteral(": ") + message;
    return outcome;
}

// The whole file, or a failure outcome. Reads one byte past the limit rather than trusting
// size(), which is 0 for a pipe (`--answers <(generate)`).
std::optional<QByteArray> readFile(const QString &path, Outcome *outcome)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *outcome = failure(ErrorKind::ReadFailure, path,
                           ScoreCommand::tr("cannot be read: %1").arg(file.errorString()));
        return std::nullopt;
    }
    const QByteArray data = file.read(ScoreCommand::maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *outcome = failure(ErrorKind::ReadFailure, path,
                           ScoreCommand::tr("cannot be read: %1").arg(file.errorString()));
        return std::nullopt;
    }
    if (data.size() > ScoreCommand::maxFileBytes) {
        *outcome = failure(ErrorKind::InvalidInput, path,
                           ScoreCommand::tr("the file is larger than %1 MiB")
                               .arg(ScoreCommand::maxFileBytes / (1024 * 1024)));
        return std::nullopt;
    }
    return data;
}

} // namespace

Outcome ScoreCommand::evaluate(const QString &formPath, const QString &answersPath)
{
    if (formPath.isEmpty() || answersPath.isEmpty()) {
        return failure(ErrorKind::Usage, QString(),
                       tr("--score needs a form file and --answers an answers file"));
    }
    Outcome outcome;
    const std::optional<QByteArray> formJson = readFile(formPath, &outcome);
    if (!formJson)
        return outcome;
    const std::optional<QByteArray> answersJson = readFile(answersPath, &outcome);
    if (!answersJson)
        return outcome;

    ScorecardError error;
    const std::optional<ScorecardForm> form = ScorecardJson::readForm(*formJson, &error);
    if (!form)
        return failure(ErrorKind::InvalidInput, formPath, error.toString());
    const std::optional<ScorecardAnswers> answers =
        ScorecardJson::readAnswers(*answersJson, &error);
    if (!answers)
        return failure(ErrorKind::InvalidInput, answersPath, error.toString());

    const QList<ScorecardScorer::Issue> issues = ScorecardScorer::validate(*form, *answers);
    if (!issues.isEmpty()) {
        QString message = issues.first().message;
        // Two strings rather than %n: an English build has no plural forms without a .qm.
        const qsizetype more = issues.size() - 1;
        if (more == 1)
            message += u' ' + tr("(and 1 more problem)");
        else if (more > 1)
            message += u' ' + tr("(and %1 more problems)").arg(more);
        return failure(ErrorKind::InvalidInput, answersPath, message);
    }
    outcome.result = ScorecardScorer::score(*form, *answers);
    return outcome;
}

Outcome ScoreCommand::run(const QString &formPath, const QString &answersPath, QIODevice &out)
{
    Outcome outcome = evaluate(formPath, answersPath);
    if (!outcome.ok())
        return outcome;
    const QByteArray json = QJsonDocument(outcome.result.toJson()).toJson(QJsonDocument::Indented);
    if (!out.isWritable() || !AtomicFileWriter::writeAll(out, json))
        return failure(ErrorKind::WriteFailure, QString(), tr("Could not write the result."));
    return outcome;
}
