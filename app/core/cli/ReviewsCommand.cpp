#include "cli/ReviewsCommand.h"

#include "api/ApiKeyStore.h"
#include "cli/ExitCode.h"
#include "review/ReviewStore.h"
#include "settings/AppSettings.h"

#include <QFile>
#include <QTextStream>

ReviewsCommand::ReviewsCommand(const CommandLineOptions &options, QObject *parent)
    : CliCommand(options, parent)
{ }

std::optional<ReviewsCommand::Target> ReviewsCommand::resolve(const CommandLineOptions &options,
                                                              QString *error)
{
    const AppSettings settings;
    const ReviewDatabase::Parsed parsed = ReviewDatabase::parse(
        options.reviewDb.value_or(settings.reviewDatabase()), ReviewStore::defaultPath());
    if (!parsed.ok()) {
        *error = tr("The saved review database is not usable: %1").arg(parsed.error);
        return std::nullopt;
    }
    Target target{parsed.database,
                  options.reviewer.isEmpty() ? settings.reviewerName() : options.reviewer};
    if (target.database.isShared() && target.reviewer.isEmpty()
        && options.mode != CommandLineOptions::Mode::SetReviewDbPassword) {
        *error = tr("The shared review database %1 needs your name for its audit log: give "
                    "--reviewer NAME, or set it in the window (Review panel or Settings).")
                     .arg(target.database.displayName());
        return std::nullopt;
    }
    return target;
}

ReviewTransfer::ErrorKind ReviewsCommand::open(ReviewStore &store, const Target &target,
                                               QString *error)
{
    QString password;
    if (target.database.isShared()) {
        // No entry (or no keychain): libpq looks in PGPASSFILE / ~/.pgpass itself.
        password = ApiKeyStore::readBlocking(target.database.keychainEntry()).key;
    }
    const ReviewStore::OpenResult opened = store.open(target.database, password, error);
    store.setActor(target.reviewer);
    switch (opened) {
    case ReviewStore::OpenResult::Opened:
        return ReviewTransfer::ErrorKind::None;
    case ReviewStore::OpenResult::Unreachable:
        return ReviewTransfer::ErrorKind::Unreachable;
    case ReviewStore::OpenResult::Failed:
        break;
    }
    return ReviewTransfer::ErrorKind::DatabaseFailure;
}

void ReviewsCommand::run()
{
    QString error;
    const std::optional<Target> target = resolve(options(), &error);
    if (!target)
        return fail(ExitCode::of(ReviewTransfer::ErrorKind::Usage), error);
    if (options().mode == CommandLineOptions::Mode::SetReviewDbPassword)
        return storePassword(target->database);
    ReviewStore store;
    const ReviewTransfer::ErrorKind opened = open(store, *target, &error);
    if (opened != ReviewTransfer::ErrorKind::None)
        return fail(ExitCode::of(opened), error);
    end(options().mode == CommandLineOptions::Mode::ImportReviews
            ? ReviewTransfer::importFile(store, options().reviewsPath)
            : ReviewTransfer::exportFile(store, options().reviewsPath));
}

void ReviewsCommand::storePassword(const ReviewDatabase &database)
{
    const int usage = ExitCode::of(ReviewTransfer::ErrorKind::Usage);
    if (!database.isShared())
        return fail(usage,
                    tr("--set-review-db-password needs a shared database: give "
                       "--review-db postgresql://USER@HOST:PORT/DATABASE."));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(usage, tr("Could not read standard input."));
    // One line, bounded; the line end is not part of the password.
    QByteArray line = in.readLine(8192);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return fail(usage,
                    tr("No password on standard input: callreview --review-db URL "
                       "--set-review-db-password < passwordfile"));
    const ApiKeyStore::Outcome outcome =
        ApiKeyStore::writeBlocking(QString::fromUtf8(line), database.keychainEntry());
    if (!outcome.ok) {
        return fail(usage,
                    tr("The password was not stored. %1 Put it in PGPASSFILE or "
                       "~/.pgpass instead.")
                        .arg(outcome.error));
    }
    QTextStream(stderr)
        << tr("The password of %1 is stored in the system keychain.").arg(database.displayName())
        << '\n';
    succeed();
}

void ReviewsCommand::end(const ReviewTransfer::Outcome &outcome)
{
    if (!outcome.ok())
        return fail(ExitCode::of(outcome.kind), outcome.message);
    if (isTerminal(stderr)) {
        QTextStream err(stderr);
        if (options().mode == CommandLineOptions::Mode::ImportReviews) {
            err << tr("Imported: %1 new, %2 updated, %3 unchanged.")
                       .arg(outcome.counts.inserted)
                       .arg(outcome.counts.updated)
                       .arg(outcome.counts.unchanged)
                << '\n';
        } else {
            err << tr("Exported %n review(s).", nullptr, outcome.exported) << '\n';
        }
    }
    succeed();
}
