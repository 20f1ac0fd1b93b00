#include "cli/ReviewsCommand.h"

#include "api/ApiKeyStore.h"
#include "cli/ExitCode.h"
#include "review/ReviewStore.h"
#include "settings/AppSettings.h"

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
    if (target.database.isShared() && target.reviewer.isEmpty()) {
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
    ReviewStore store;
    const ReviewTransfer::ErrorKind opened = open(store, *target, &error);
    if (opened != ReviewTransfer::ErrorKind::None)
        return fail(ExitCode::of(opened), error);
    end(options().mode == CommandLineOptions::Mode::ImportReviews
            ? ReviewTransfer::importFile(store, options().reviewsPath)
            : ReviewTransfer::exportFile(store, options().reviewsPath));
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
