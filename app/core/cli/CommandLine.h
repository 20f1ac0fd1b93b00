#pragma once

#include "api/ApiAccess.h"
#include "export/ExportFormat.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The options of `callreview`. Names, meanings and exit codes are a contract: add, never rename.
struct CommandLineOptions
{
    enum class Mode {
        Window, // open the main window (optionally on a call)
        Export, // --export FILE: fetch or load a call, write it, exit
        BatchExport, // --export-dir DIR: fetch many calls, one file each, exit
        ModelExport, // --export-dir DIR --model MODEL_ID: every call of an assistant, exit
        SetApiKey, // --set-api-key: read a key from stdin into the keychain
        SaveRecording, // --save-recording FILE: get a call's recording, write it, exit
        Findings, // --findings: fetch or load a call, print its findings as JSON, exit
        ListAssistants, // --list-assistants: print every assistant (or one page), exit
        ListCalls, // --list-calls MODEL_ID: print an assistant's calls, exit
        Timeline, // --timeline FILE: align the call to its recording, write the JSON, exit
        Score, // --score FORM.json --answers ANSWERS.json: print the scorecard's result, exit
        ImportReviews, // --import-reviews FILE.json: write the reviews into the database, exit
        ExportReviews, // --export-reviews FILE.json: write every review to the file, exit
        SetReviewDbPassword, // --set-review-db-password: stdin into the keychain, for the URL
        Help,
        Version,
    };

    Mode mode = Mode::Window;
    QString callId; // positional CALL_ID, as given (cleaned up by ApiEndpoint::extractCallId)
    std::optional<QString> apiBase; // --api-base, else ANUNZI_API_BASE; unset: not given
    std::optional<int> timeoutSeconds; // --timeout; unset: not given
    QString exportPath; // "-" means standard output
    bool demo = false;
    QString openPath;
    QString saveRecordingPath; // "-" means standard output

    // The recording's timeline (issues 12, 14).
    QString timelinePath; // --timeline FILE; "-" means standard output
    QString recordingPath; // --recording AUDIO: align this file instead of the call's own
    bool withTiming = false; // --with-timing: a fetched call's recording is downloaded and aligned
    std::optional<int> deadAirMs; // --dead-air-ms N (with --findings); unset: the setting's
    // Whether the run aligns the call to a recording before its output.
    bool wantsTimeline() const;

    // Exports (issue 5).
    std::optional<ExportFormat> format; // --format; else from the --export file name
    bool redact = false; // --redact
    bool redactName = false; // --redact-name
    QString exportDir; // --export-dir
    QString idsPath; // --ids FILE ('-' for standard input)
    QStringList callIds; // every positional CALL_ID (batch takes many)
    bool force = false; // --force: overwrite files a batch finds
    QString exportModelId; // --model: with --export-dir, every call of this assistant

    // The connection for a headless run: what was given, else the defaults.
    ApiAccess access() const { return ApiAccess::resolve(apiBase, timeoutSeconds); }

    ExportFormat exportFormat() const; // --format, else the --export extension, else txt
    bool isHeadless() const { return mode != Mode::Window; }

    // --list-assistants / --list-calls
    QString listModelId; // MODEL_ID of --list-calls, validated
    int listLimit = 20; // --limit: entries per page
    int listOffset = 0; // --offset: first entry
    bool listAll = false; // --all, or --list-assistants without --limit/--offset: every page
    bool json = false; // --json: a JSON array instead of a table

    // --score / --answers (issue 15): no call, no key, no network.
    QString scoreFormPath; // --score FORM.json
    QString scoreAnswersPath; // --answers ANSWERS.json

    // The review database (issue 16), for the window and --import/--export-reviews.
    std::optional<QString> reviewDb; // --review-db URL (checked); unset: the saved one
    QString reviewer; // --reviewer NAME; empty: the name saved in the settings
    QString reviewsPath; // --import-reviews / --export-reviews FILE.json

    QString language; // --lang: "en" or "es"; empty follows the system locale
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Result
    {
        CommandLineOptions options;
        QString error; // non-empty: a usage error (exit code 2)
    };

    // arguments include the program name. Works before any QCoreApplication exists, so
    // main() can choose between a windowed and a headless application.
    // environmentApiBase is the value of ANUNZI_API_BASE (empty when unset).
    static Result parse(const QStringList &arguments, const QString &environmentApiBase);

    // The --help text (needs the application object for the program name).
    static QString helpText();

    static constexpr int maxListLimit = 1000;
};
