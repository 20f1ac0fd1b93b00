#pragma once

#include "cli/CliCommand.h"
#include "review/ReviewTransfer.h"

#include <optional>

class ReviewStore;

// `callreview [--review-db URL] [--reviewer NAME] --import-reviews FILE.json` and
// `--export-reviews FILE.json`: opens the review database (the URL given, else the one saved
// in the settings, else the local SQLite file), runs ReviewTransfer and prints one line of
// counts on stderr when stderr is a terminal. `--set-review-db-password` stores the database's
// password in the keychain (ReviewDatabase::keychainEntry()). A shared database needs the
// reviewer's name (the audit log's "who"): --reviewer, else the name in the settings.
class ReviewsCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit ReviewsCommand(const CommandLineOptions &options, QObject *parent = nullptr);

    // What the run opens, from the options and the settings; *error (a usage error, exit 2)
    // when the saved URL is bad or a shared database has no reviewer name.
    struct Target
    {
        ReviewDatabase database;
        QString reviewer;
    };
    static std::optional<Target> resolve(const CommandLineOptions &options, QString *error);

    // Opens store on target (the password from the keychain, else libpq's PGPASSFILE);
    // the kind of failure, with *error naming host:port/db.
    static ReviewTransfer::ErrorKind open(ReviewStore &store, const Target &target, QString *error);

protected:
    void run() override;

private:
    // --set-review-db-password: one line of stdin into the database's keychain entry.
    void storePassword(const ReviewDatabase &database);
    void end(const ReviewTransfer::Outcome &outcome);
};
