#include "cli/CommandLine.h"

#include "api/ApiEndpoint.h"
#include "base/Translations.h"
#include "export/TranscriptExporter.h"
#include "settings/AppSettings.h"
#include "storage/ReviewDatabase.h"

#include <QCommandLineParser>

namespace {

struct Options
{
    QCommandLineOption apiBase{QStringLiteral("api-base"),
                               CommandLine::tr("Anunzi API base URL (default %1; also from the "
                                               "ANUNZI_API_BASE environment variable).")
                                   .arg(ApiEndpoint::defaultBase),
                               QStringLiteral("URL")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               CommandLine::tr("Give up on a fetch after SECONDS (default 30)."),
                               QStringLiteral("SECONDS"), QStringLiteral("30")};
    QCommandLineOption exportFile{
        QStringLiteral("export"),
        CommandLine::tr("Write the call's transcript as plain text to FILE ('-' for standard "
                        "output) and exit, without opening a window."),
        QStringLiteral("FILE")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            CommandLine::tr("Use the bundled demo call (no API key or network).")};
    QCommandLineOption open{QStringLiteral("open"),
                            CommandLine::tr("Load a saved Get Call API response from FILE.json."),
                            QStringLiteral("FILE.json")};
    QCommandLineOption saveRecording{
        QStringLiteral("save-recording"),
        CommandLine::tr("Download the call's recording to FILE ('-' for standard output) and "
                        "exit, without opening a window."),
        QStringLiteral("FILE")};
    QCommandLineOption findings{
        QStringLiteral("findings"),
        CommandLine::tr("Print the call's automatic review findings as JSON on standard output "
                        "and exit, without opening a window.")};
    QCommandLineOption timeline{
        QStringLiteral("timeline"),
        CommandLine::tr("Align the transcript to the call's recording and write when each turn "
                        "was spoken as JSON to FILE ('-' for standard output), then exit."),
        QStringLiteral("FILE")};
    QCommandLineOption recording{
        QStringLiteral("recording"),
        CommandLine::tr("With --timeline, --export or --findings: align to this audio file "
                        "(WAV, MP3, Ogg/Opus) instead of downloading the call's recording."),
        QStringLiteral("AUDIO")};
    QCommandLineOption withTiming{
        QStringLiteral("with-timing"),
        CommandLine::tr("With --export, --export-dir or --findings: download the call's "
                        "recording and add turn times (and timing findings). A batch saves a "
                        "call whose recording is missing or unusable without times.")};
    QCommandLineOption deadAirMs{
        QStringLiteral("dead-air-ms"),
        CommandLine::tr("With --findings and a recording: a silence of at least MS milliseconds "
                        "before a turn is dead air (default: the Settings dialog's, 3000)."),
        QStringLiteral("MS")};
    QCommandLineOption setApiKey{
        QStringLiteral("set-api-key"),
        CommandLine::tr(
            "Read an API key from standard input and store it in the system keychain.")};
    // Exports (issue 5).
    QCommandLineOption format{
        QStringLiteral("format"),
        CommandLine::tr("Save as FORMAT: %1 (default: from the file's extension, else txt).")
            .arg(ExportFormats::namesForHelp()),
        QStringLiteral("FORMAT")};
    QCommandLineOption redact{
        QStringLiteral("redact"),
        CommandLine::tr("Hide phone numbers and e-mail addresses in the saved file.")};
    QCommandLineOption redactName{
        QStringLiteral("redact-name"),
        CommandLine::tr("Also hide the caller's name (implies --redact).")};
    QCommandLineOption exportDir{
        QStringLiteral("export-dir"),
        CommandLine::tr("Save each CALL_ID given (or listed with --ids), or with --model every "
                        "call of an assistant, to DIR/<CALL_ID>.<ext> and exit. Files already "
                        "there are skipped unless --force."),
        QStringLiteral("DIR")};
    QCommandLineOption ids{
        QStringLiteral("ids"),
        CommandLine::tr("With --export-dir: read call IDs from FILE, one a line ('-' for "
                        "standard input; blank lines and # comments are skipped)."),
        QStringLiteral("FILE")};
    QCommandLineOption model{
        QStringLiteral("model"),
        CommandLine::tr("With --export-dir: save every call of the assistant MODEL_ID, page by "
                        "page from the call list (instead of CALL_IDs or --ids)."),
        QStringLiteral("MODEL_ID")};
    QCommandLineOption force{
        QStringLiteral("force"),
        CommandLine::tr("With --export-dir: overwrite files that are already there.")};
    QCommandLineOption listAssistants{
        QStringLiteral("list-assistants"),
        CommandLine::tr("List every assistant the API key can see (model ID, name, type, phone "
                        "number, recording, language) and exit; with --limit or --offset, one "
                        "page.")};
    QCommandLineOption listCalls{
        QStringLiteral("list-calls"),
        CommandLine::tr("List the calls of the assistant MODEL_ID and exit. A malformed call is "
                        "reported on standard error and skipped (exit code 4)."),
        QStringLiteral("MODEL_ID")};
    QCommandLineOption limit{QStringLiteral("limit"),
                             CommandLine::tr("With --list-*: entries per page (default 20)."),
                             QStringLiteral("N"), QStringLiteral("20")};
    QCommandLineOption offset{QStringLiteral("offset"),
                              CommandLine::tr("With --list-*: start at entry N (default 0)."),
                              QStringLiteral("N"), QStringLiteral("0")};
    QCommandLineOption all{QStringLiteral("all"),
                           CommandLine::tr("With --list-*: follow every page to the end.")};
    QCommandLineOption json{QStringLiteral("json"),
                            CommandLine::tr("With --list-*: print a JSON array of the API's "
                                            "objects instead of a table.")};
    // Scorecards (issue 15).
    QCommandLineOption score{
        QStringLiteral("score"),
        CommandLine::tr("Score the answers given with --answers against the evaluation form "
                        "FORM.json, print the result as JSON on standard output and exit (no API "
                        "key or network; see docs/SCORECARDS.md). A malformed file, or answers "
                        "that do not complete the form, is exit code 2."),
        QStringLiteral("FORM.json")};
    QCommandLineOption answers{QStringLiteral("answers"),
                               CommandLine::tr("With --score: the answers file to score."),
                               QStringLiteral("ANSWERS.json")};
    // The review database (issue 16).
    QCommandLineOption reviewDb{
        QStringLiteral("review-db"),
        CommandLine::tr("Keep reviews in the team's PostgreSQL database at URL "
                        "(postgresql://USER@HOST:PORT/DATABASE?sslmode=require; no password: "
                        "it comes from the system keychain or PGPASSFILE/~/.pgpass) instead of "
                        "the saved one; '' for the local SQLite file."),
        QStringLiteral("URL")};
    QCommandLineOption reviewer{
        QStringLiteral("reviewer"),
        CommandLine::tr("Your name as a reviewer (default: the name in Settings); required on a "
                        "shared review database."),
        QStringLiteral("NAME")};
    QCommandLineOption importReviews{
        QStringLiteral("import-reviews"),
        CommandLine::tr("Write the reviews in FILE.json ({\"reviews\": [...]}) into the review "
                        "database in one transaction and exit. A malformed file writes nothing "
                        "(exit code 2)."),
        QStringLiteral("FILE.json")};
    QCommandLineOption exportReviews{
        QStringLiteral("export-reviews"),
        CommandLine::tr("Write every review in the review database to FILE.json and exit."),
        QStringLiteral("FILE.json")};
    QCommandLineOption setReviewDbPassword{
        QStringLiteral("set-review-db-password"),
        CommandLine::tr("Read the shared review database's password from standard input and "
                        "store it in the system keychain, for the --review-db URL (or the one in "
                        "Settings).")};
    QCommandLineOption language{
        QStringLiteral("lang"),
        CommandLine::tr("Interface language: %1 (default: the system's language).")
            .arg(Translations::supportedLanguages().join(QStringLiteral(", "))),
        QStringLiteral("LANG")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(CommandLine::tr(
        "Review calls handled by Anunzi AI voice assistants.\n\n"
        "The API key comes from ANUNZI_API_KEY, else from the system keychain.\n"
        "Exit codes: 0 success; 2 usage, invalid call ID or no API key; 3 network "
        "or HTTP failure (or the review database unreachable);\n4 the response is not a valid "
        "call; 5 the output (or the review database) cannot be written."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.apiBase, options.timeout, options.exportFile, options.demo,
                       options.open, options.setApiKey, options.saveRecording, options.findings});
    parser.addOptions({options.timeline, options.recording, options.withTiming, options.deadAirMs});
    parser.addOptions({options.format, options.redact, options.redactName, options.exportDir,
                       options.ids, options.model, options.force});
    parser.addOptions({options.listAssistants, options.listCalls, options.limit, options.offset,
                       options.all, options.json});
    parser.addOptions({options.score, options.answers});
    parser.addOptions({options.reviewDb, options.reviewer, options.importReviews,
                       options.exportReviews, options.setReviewDbPassword});
    parser.addOptions({options.language});
    parser.addPositionalArgument(QStringLiteral("CALL_ID"),
                                 CommandLine::tr("The ID of the call to fetch (with --export-dir: "
                                                 "any number of IDs)."),
                                 QStringLiteral("[CALL_ID...]"));
}

// What the parse works on: the arguments as QCommandLineParser read them, the option
// definitions, and the options filled in so far. Each step below reads a few options and
// returns a usage error, or an empty string to go on.
struct Reading
{
    const QCommandLineParser &parser;
    const Options &options;
    CommandLineOptions &opts;
    const QString &environmentApiBase;
    QStringList positional;
    bool batch = false; // --export-dir
    int sources = 0; // how many of CALL_ID, --demo and --open were given

    bool isSet(const QCommandLineOption &option) const { return parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return parser.value(option); }
};

// --lang. Read even when parsing failed (the options before the error are known), and before
// --help, so that usage errors and `--lang es --help` come out in the chosen language; an
// unsupported language is an error only when the rest of the line parsed.
QString readLanguage(const QCommandLineParser &parser, const Options &options, bool parsed,
                     CommandLineOptions &opts)
{
    if (!parser.isSet(options.language))
        return {};
    opts.language = parser.value(options.language).trimmed().toLower();
    if (Translations::isSupported(opts.language))
        return {};
    const QString wrong = parser.value(options.language).left(40);
    opts.language.clear();
    if (!parsed)
        return {};
    return CommandLine::tr("--lang takes one of %1 (got \"%2\").")
        .arg(Translations::supportedLanguages().join(QStringLiteral(", ")), wrong);
}

// CALL_ID: at most one, except for --export-dir, which takes any number.
QString readPositional(Reading &r)
{
    r.batch = r.isSet(r.options.exportDir);
    if (r.positional.size() > 1 && !r.batch)
        return CommandLine::tr("Give at most one CALL_ID (got %1), or save many with --export-dir.")
            .arg(r.positional.size());
    if (!r.positional.isEmpty() && !r.batch)
        r.opts.callId = r.positional.first();
    r.opts.callIds = r.positional;
    return {};
}

// --api-base (else ANUNZI_API_BASE) and --timeout: kept unset when not given, so an explicit
// value equal to the default still wins over a saved one.
QString readConnection(Reading &r)
{
    if (r.isSet(r.options.apiBase))
        r.opts.apiBase = r.value(r.options.apiBase);
    else if (!r.environmentApiBase.isEmpty())
        r.opts.apiBase = r.environmentApiBase;

    if (!r.isSet(r.options.timeout))
        return {};
    bool ok = false;
    const int seconds = r.value(r.options.timeout).trimmed().toInt(&ok);
    if (!ok || seconds < 1 || seconds > ApiAccess::maxTimeoutSeconds) {
        return CommandLine::tr(
                   "--timeout takes a whole number of seconds from 1 to %1 (got \"%2\").")
            .arg(ApiAccess::maxTimeoutSeconds)
            .arg(r.value(r.options.timeout).left(40));
    }
    r.opts.timeoutSeconds = seconds;
    return {};
}

// Where the call comes from: CALL_ID, --demo or --open FILE, at most one of them.
QString readCallSource(Reading &r)
{
    r.opts.demo = r.isSet(r.options.demo);
    r.opts.openPath = r.value(r.options.open);
    if (r.isSet(r.options.open) && r.opts.openPath.isEmpty())
        return CommandLine::tr("--open needs a file name.");
    r.sources = int(r.opts.demo) + int(!r.opts.openPath.isEmpty()) + int(!r.opts.callId.isEmpty());
    if (r.sources > 1)
        return CommandLine::tr("Give only one of CALL_ID, --demo and --open.");
    return {};
}

// --list-assistants, --list-calls and their options.
QString readListMode(Reading &r)
{
    const Options &o = r.options;
    const bool assistants = r.isSet(o.listAssistants);
    const bool calls = r.isSet(o.listCalls);
    if (!assistants && !calls) {
        for (const QCommandLineOption *option : {&o.limit, &o.offset, &o.all, &o.json}) {
            if (r.isSet(*option)) {
                return CommandLine::tr("--%1 goes with --list-assistants or --list-calls.")
                    .arg(option->names().constFirst());
            }
        }
        return {};
    }
    if (assistants && calls)
        return CommandLine::tr("Give only one of --list-assistants and --list-calls.");
    if (r.sources > 0 || r.isSet(o.exportFile) || r.isSet(o.setApiKey) || r.batch
        || r.isSet(o.saveRecording) || r.isSet(o.findings) || r.isSet(o.model))
        return CommandLine::tr("--list-assistants and --list-calls take no CALL_ID, --demo, "
                               "--open, --export, --export-dir, --model, --save-recording, "
                               "--findings or --set-api-key.");
    bool ok = false;
    r.opts.listLimit = r.value(o.limit).trimmed().toInt(&ok);
    if (!ok || r.opts.listLimit < 1 || r.opts.listLimit > CommandLine::maxListLimit) {
        return CommandLine::tr("--limit takes a whole number from 1 to %1 (got \"%2\").")
            .arg(CommandLine::maxListLimit)
            .arg(r.value(o.limit).left(40));
    }
    r.opts.listOffset = r.value(o.offset).trimmed().toInt(&ok);
    if (!ok || r.opts.listOffset < 0) {
        return CommandLine::tr("--offset takes a whole number from 0 (got \"%1\").")
            .arg(r.value(o.offset).left(40));
    }
    // An account has few assistants and a user expects all of them: every page, unless
    // --limit or --offset says the user pages by hand. Calls page as asked (--all to follow).
    r.opts.listAll = r.isSet(o.all) || (assistants && !r.isSet(o.limit) && !r.isSet(o.offset));
    r.opts.json = r.isSet(o.json);
    if (calls) {
        r.opts.listModelId = r.value(o.listCalls).trimmed();
        if (!ApiEndpoint::isValidModelId(r.opts.listModelId)) {
            return CommandLine::tr("\"%1\" is not a valid assistant ID. %2")
                .arg(r.opts.listModelId.left(ApiEndpoint::maxCallIdLength + 8),
                     ApiEndpoint::modelIdRules());
        }
    }
    r.opts.mode =
        assistants ? CommandLineOptions::Mode::ListAssistants : CommandLineOptions::Mode::ListCalls;
    return {};
}

QString readSetApiKey(Reading &r)
{
    if (r.sources > 0 || r.isSet(r.options.exportFile) || r.isSet(r.options.saveRecording)
        || r.isSet(r.options.findings) || r.batch)
        return CommandLine::tr("--set-api-key takes no other options.");
    r.opts.mode = CommandLineOptions::Mode::SetApiKey;
    return {};
}

QString readFindings(Reading &r)
{
    if (r.isSet(r.options.exportFile) || r.isSet(r.options.saveRecording) || r.batch)
        return CommandLine::tr("Give only one of --export, --export-dir, --save-recording and "
                               "--findings.");
    if (r.sources == 0)
        return CommandLine::tr("--findings needs a call: give a CALL_ID, --demo or --open FILE.");
    r.opts.mode = CommandLineOptions::Mode::Findings;
    return {};
}

// --format, --redact, --redact-name.
QString readExportOptions(Reading &r)
{
    if (r.isSet(r.options.format)) {
        r.opts.format = ExportFormats::fromName(r.value(r.options.format));
        if (!r.opts.format) {
            return CommandLine::tr("--format takes one of %1 (got \"%2\").")
                .arg(ExportFormats::namesForHelp(), r.value(r.options.format).left(40));
        }
    }
    r.opts.redactName = r.isSet(r.options.redactName);
    r.opts.redact = r.isSet(r.options.redact) || r.opts.redactName;
    return {};
}

// --export-dir DIR with CALL_IDs, --ids FILE or --model MODEL_ID.
QString readBatchExport(Reading &r)
{
    const Options &o = r.options;
    r.opts.exportDir = r.value(o.exportDir);
    r.opts.idsPath = r.value(o.ids);
    if (r.opts.exportDir.isEmpty())
        return CommandLine::tr("--export-dir needs a folder.");
    if (r.isSet(o.exportFile) || r.isSet(o.saveRecording) || r.opts.demo
        || !r.opts.openPath.isEmpty())
        return CommandLine::tr("--export-dir takes call IDs; it cannot be combined with "
                               "--export, --save-recording, --demo or --open.");
    r.opts.force = r.isSet(o.force);
    if (r.isSet(o.model)) {
        if (!r.positional.isEmpty() || r.isSet(o.ids))
            return CommandLine::tr("--model saves every call of an assistant: give either "
                                   "--model or call IDs (or --ids), not both.");
        r.opts.exportModelId = r.value(o.model).trimmed();
        if (!ApiEndpoint::isValidModelId(r.opts.exportModelId)) {
            return CommandLine::tr("\"%1\" is not a valid assistant ID. %2")
                .arg(r.opts.exportModelId.left(ApiEndpoint::maxCallIdLength + 8),
                     ApiEndpoint::modelIdRules());
        }
        r.opts.mode = CommandLineOptions::Mode::ModelExport;
        return {};
    }
    if (r.positional.isEmpty() && r.opts.idsPath.isEmpty())
        return CommandLine::tr("--export-dir needs call IDs: give them after the options, "
                               "list them in a file with --ids FILE, or save every call of "
                               "an assistant with --model MODEL_ID.");
    r.opts.mode = CommandLineOptions::Mode::BatchExport;
    return {};
}

// --export FILE; the export options need it (or --export-dir).
QString readExportFile(Reading &r)
{
    if (!r.isSet(r.options.exportFile)) {
        if (r.opts.format || r.opts.redact)
            return CommandLine::tr("--format, --redact and --redact-name work with --export or "
                                   "--export-dir only.");
        return {};
    }
    r.opts.exportPath = r.value(r.options.exportFile);
    if (r.opts.exportPath.isEmpty())
        return CommandLine::tr("--export needs a file name (or '-' for standard output).");
    if (r.sources == 0)
        return CommandLine::tr("--export needs a call: give a CALL_ID, --demo or --open FILE.");
    r.opts.mode = CommandLineOptions::Mode::Export;
    return {};
}

QString readSaveRecording(Reading &r)
{
    if (!r.isSet(r.options.saveRecording))
        return {};
    r.opts.saveRecordingPath = r.value(r.options.saveRecording);
    if (r.isSet(r.options.exportFile))
        return CommandLine::tr("Give only one of --export and --save-recording.");
    if (r.opts.saveRecordingPath.isEmpty())
        return CommandLine::tr("--save-recording needs a file name (or '-' for standard output).");
    if (r.sources == 0)
        return CommandLine::tr(
            "--save-recording needs a call: give a CALL_ID, --demo or --open FILE.");
    r.opts.mode = CommandLineOptions::Mode::SaveRecording;
    return {};
}

// --timeline FILE: needs a call, and a recording: --recording AUDIO for --open, the call's own
// (downloaded, or the demo's) otherwise.
QString readTimeline(Reading &r)
{
    const Options &o = r.options;
    r.opts.timelinePath = r.value(o.timeline);
    if (r.opts.timelinePath.isEmpty())
        return CommandLine::tr("--timeline needs a file name (or '-' for standard output).");
    if (r.isSet(o.exportFile) || r.isSet(o.saveRecording) || r.isSet(o.findings) || r.batch)
        return CommandLine::tr("Give only one of --export, --export-dir, --save-recording, "
                               "--findings and --timeline.");
    if (r.sources == 0)
        return CommandLine::tr("--timeline needs a call: give a CALL_ID, --demo, or --open FILE "
                               "with --recording AUDIO.");
    r.opts.mode = CommandLineOptions::Mode::Timeline;
    return {};
}

// --recording AUDIO and --with-timing, once the mode is known: they add a timeline to
// --timeline, --export and --findings only; a saved response (--open) has no recording of its
// own; subtitles need a timeline.
QString readTimingSource(Reading &r)
{
    const Options &o = r.options;
    const CommandLineOptions::Mode mode = r.opts.mode;
    r.opts.recordingPath = r.value(o.recording);
    r.opts.withTiming = r.isSet(o.withTiming);
    const bool timedMode = mode == CommandLineOptions::Mode::Timeline
        || mode == CommandLineOptions::Mode::Export || mode == CommandLineOptions::Mode::Findings;
    const bool batch = mode == CommandLineOptions::Mode::BatchExport
        || mode == CommandLineOptions::Mode::ModelExport;
    if ((r.isSet(o.recording) && !timedMode) || (r.opts.withTiming && !timedMode && !batch))
        return CommandLine::tr("--recording and --with-timing work with --timeline, --export and "
                               "--findings only (and --with-timing with --export-dir).");
    if (batch && ExportFormats::needsTimeline(r.opts.exportFormat()) && !r.opts.withTiming)
        return CommandLine::tr("A batch of subtitles (.%1) needs each call's turn times: add "
                               "--with-timing to download and align the recordings.")
            .arg(ExportFormats::extension(r.opts.exportFormat()));
    if (r.isSet(o.deadAirMs)) {
        bool ok = false;
        const int ms = r.value(o.deadAirMs).trimmed().toInt(&ok);
        if (mode != CommandLineOptions::Mode::Findings)
            return CommandLine::tr("--dead-air-ms works with --findings only.");
        if (!ok || ms < AppSettings::minDeadAirMs || ms > AppSettings::maxDeadAirMs)
            return CommandLine::tr("--dead-air-ms takes a whole number from %1 to %2 (got "
                                   "\"%3\").")
                .arg(AppSettings::minDeadAirMs)
                .arg(AppSettings::maxDeadAirMs)
                .arg(r.value(o.deadAirMs).left(40));
        r.opts.deadAirMs = ms;
    }
    if (r.isSet(o.recording) && r.opts.recordingPath.isEmpty())
        return CommandLine::tr("--recording needs an audio file.");
    if (!r.opts.openPath.isEmpty() && r.opts.recordingPath.isEmpty()
        && (mode == CommandLineOptions::Mode::Timeline || r.opts.withTiming))
        return CommandLine::tr("A saved response holds no recording: give the audio file with "
                               "--recording AUDIO.");
    if (mode == CommandLineOptions::Mode::Export
        && ExportFormats::needsTimeline(r.opts.exportFormat()) && r.opts.recordingPath.isEmpty()
        && !r.opts.withTiming && !r.opts.demo) {
        return TranscriptExporter::missingTimelineMessage(r.opts.exportFormat());
    }
    return {};
}

// --score FORM.json --answers ANSWERS.json: both or neither, and nothing about a call.
QString readScore(Reading &r)
{
    const Options &o = r.options;
    const bool score = r.isSet(o.score);
    const bool answers = r.isSet(o.answers);
    if (!score && !answers)
        return {};
    if (!answers)
        return CommandLine::tr("--score needs the answers to score: add --answers ANSWERS.json.");
    if (!score)
        return CommandLine::tr("--answers goes with --score FORM.json.");
    r.opts.scoreFormPath = r.value(o.score);
    r.opts.scoreAnswersPath = r.value(o.answers);
    if (r.opts.scoreFormPath.isEmpty() || r.opts.scoreAnswersPath.isEmpty())
        return CommandLine::tr("--score and --answers need file names.");
    QString other;
    if (r.sources > 0 || !r.positional.isEmpty()) {
        other = r.opts.demo              ? QStringLiteral("--demo")
            : !r.opts.openPath.isEmpty() ? QStringLiteral("--open")
                                         : QStringLiteral("CALL_ID");
    }
    for (const QCommandLineOption *option :
         {&o.exportFile, &o.exportDir,      &o.ids,        &o.model,         &o.force,
          &o.format,     &o.redact,         &o.redactName, &o.saveRecording, &o.findings,
          &o.setApiKey,  &o.listAssistants, &o.listCalls,  &o.limit,         &o.offset,
          &o.all,        &o.json,           &o.timeline,   &o.recording,     &o.withTiming,
          &o.deadAirMs}) {
        if (other.isEmpty() && r.isSet(*option))
            other = QStringLiteral("--") + option->names().constFirst();
    }
    if (!other.isEmpty()) {
        return CommandLine::tr("--score scores a form's answers on its own: it cannot be "
                               "combined with %1.")
            .arg(other);
    }
    r.opts.mode = CommandLineOptions::Mode::Score;
    return {};
}

// --import-reviews / --export-reviews FILE.json: one of them, nothing about a call.
QString readReviews(Reading &r)
{
    const Options &o = r.options;
    const bool importing = r.isSet(o.importReviews);
    if (r.isSet(o.setReviewDbPassword)) {
        if (importing || r.isSet(o.exportReviews) || r.isSet(o.setApiKey) || r.sources > 0
            || !r.positional.isEmpty()) {
            return CommandLine::tr("--set-review-db-password takes only --review-db.");
        }
        r.opts.mode = CommandLineOptions::Mode::SetReviewDbPassword;
        return {};
    }
    if (!importing && !r.isSet(o.exportReviews))
        return {};
    if (importing && r.isSet(o.exportReviews))
        return CommandLine::tr("Give only one of --import-reviews and --export-reviews.");
    const QCommandLineOption &option = importing ? o.importReviews : o.exportReviews;
    r.opts.reviewsPath = r.value(option);
    if (r.opts.reviewsPath.isEmpty())
        return CommandLine::tr("--%1 needs a file name.").arg(option.names().constFirst());
    QString other;
    if (r.sources > 0 || !r.positional.isEmpty())
        other = QStringLiteral("CALL_ID, --demo or --open");
    for (const QCommandLineOption *extra :
         {&o.exportFile, &o.exportDir, &o.ids,        &o.model,         &o.force,
          &o.format,     &o.redact,    &o.redactName, &o.saveRecording, &o.findings,
          &o.setApiKey,  &o.timeline,  &o.recording,  &o.withTiming,    &o.listAssistants,
          &o.listCalls,  &o.limit,     &o.offset,     &o.all,           &o.json,
          &o.score,      &o.answers}) {
        if (other.isEmpty() && r.isSet(*extra))
            other = QStringLiteral("--") + extra->names().constFirst();
    }
    if (!other.isEmpty()) {
        return CommandLine::tr("--%1 cannot be combined with %2.")
            .arg(option.names().constFirst(), other);
    }
    r.opts.mode = importing ? CommandLineOptions::Mode::ImportReviews
                            : CommandLineOptions::Mode::ExportReviews;
    return {};
}

// --review-db URL (checked here: a bad URL, or one with a password, is a usage error) and
// --reviewer NAME: for the window and the review commands only.
QString readReviewDatabase(Reading &r)
{
    const Options &o = r.options;
    const bool reviewMode = r.opts.mode == CommandLineOptions::Mode::Window
        || r.opts.mode == CommandLineOptions::Mode::ImportReviews
        || r.opts.mode == CommandLineOptions::Mode::ExportReviews
        || r.opts.mode == CommandLineOptions::Mode::SetReviewDbPassword;
    if ((r.isSet(o.reviewDb) || r.isSet(o.reviewer)) && !reviewMode)
        return CommandLine::tr("--review-db and --reviewer go with --import-reviews, "
                               "--export-reviews or the window.");
    if (r.isSet(o.reviewer)) {
        r.opts.reviewer = r.value(o.reviewer).trimmed();
        if (r.opts.reviewer.isEmpty())
            return CommandLine::tr("--reviewer needs a name.");
    }
    if (!r.isSet(o.reviewDb))
        return {};
    const ReviewDatabase::Parsed parsed = ReviewDatabase::parse(r.value(o.reviewDb), QString());
    if (!parsed.ok())
        return parsed.error;
    r.opts.reviewDb = parsed.database.isShared() ? parsed.database.url() : QString();
    return {};
}

// The one mode the line asks for, each checked against the options it cannot go with. No
// headless option leaves Mode::Window.
QString readMode(Reading &r)
{
    QString error = readReviews(r);
    if (!error.isEmpty() || r.opts.mode != CommandLineOptions::Mode::Window)
        return error;
    error = readScore(r);
    if (!error.isEmpty() || r.opts.mode != CommandLineOptions::Mode::Window)
        return error;
    error = readListMode(r);
    if (!error.isEmpty() || r.opts.mode != CommandLineOptions::Mode::Window)
        return error;
    if (r.isSet(r.options.setApiKey))
        return readSetApiKey(r);
    if (r.isSet(r.options.timeline))
        return readTimeline(r);
    if (r.isSet(r.options.findings))
        return readFindings(r);
    error = readExportOptions(r);
    if (!error.isEmpty())
        return error;
    if (r.batch)
        return readBatchExport(r);
    if (r.isSet(r.options.ids) || r.isSet(r.options.force) || r.isSet(r.options.model))
        return CommandLine::tr("--ids, --model and --force work with --export-dir only.");
    error = readExportFile(r);
    if (!error.isEmpty())
        return error;
    return readSaveRecording(r);
}

} // namespace

bool CommandLineOptions::wantsTimeline() const
{
    return mode == Mode::Timeline || !recordingPath.isEmpty() || withTiming
        || (mode == Mode::Export && ExportFormats::needsTimeline(exportFormat()));
}

ExportFormat CommandLineOptions::exportFormat() const
{
    if (format)
        return *format;
    if (mode == Mode::Export)
        return ExportFormats::fromPath(exportPath).value_or(ExportFormat::Text);
    return ExportFormat::Text;
}

CommandLine::Result CommandLine::parse(const QStringList &arguments,
                                       const QString &environmentApiBase)
{
    QCommandLineParser parser;
    Options options;
    describe(parser, options);

    Result result;
    const bool parsed = parser.parse(arguments);
    result.error = readLanguage(parser, options, parsed, result.options);
    if (result.error.isEmpty() && !parsed)
        result.error = parser.errorText();
    if (!result.error.isEmpty())
        return result;
    if (parser.isSet(QStringLiteral("help"))) {
        result.options.mode = CommandLineOptions::Mode::Help;
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        result.options.mode = CommandLineOptions::Mode::Version;
        return result;
    }

    Reading reading{parser, options, result.options, environmentApiBase,
                    parser.positionalArguments()};
    for (QString (*step)(Reading &) : {readPositional, readConnection, readCallSource, readMode,
                                       readTimingSource, readReviewDatabase}) {
        result.error = step(reading);
        if (!result.error.isEmpty())
            break;
    }
    return result;
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    return parser.helpText();
}
