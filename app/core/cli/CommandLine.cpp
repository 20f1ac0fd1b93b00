#include "cli/CommandLine.h"

#include "api/ApiEndpoint.h"
#include "base/Translations.h"

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
        CommandLine::tr("List the assistants the API key can see (model ID, name, type, phone "
                        "number, recording, language) and exit.")};
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
    QCommandLineOption language{
        QStringLiteral("lang"),
        CommandLine::tr("Interface language: %1 (default: the system's language).")
            .arg(Translations::supportedLanguages().join(QStringLiteral(", "))),
        QStringLiteral("LANG")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        CommandLine::tr("Review calls handled by Anunzi AI voice assistants.\n\n"
                        "The API key comes from ANUNZI_API_KEY, else from the system keychain.\n"
                        "Exit codes: 0 success; 2 usage, invalid call ID or no API key; 3 network "
                        "or HTTP failure;\n4 the response is not a valid call; 5 the output cannot "
                        "be written."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.apiBase, options.timeout, options.exportFile, options.demo,
                       options.open, options.setApiKey, options.saveRecording, options.findings});
    parser.addOptions({options.format, options.redact, options.redactName, options.exportDir,
                       options.ids, options.model, options.force});
    parser.addOptions({options.listAssistants, options.listCalls, options.limit, options.offset,
                       options.all, options.json});
    parser.addOptions({options.language});
    parser.addPositionalArgument(QStringLiteral("CALL_ID"),
                                 CommandLine::tr("The ID of the call to fetch (with --export-dir: "
                                                 "any number of IDs)."),
                                 QStringLiteral("[CALL_ID...]"));
}

// --format, --redact, --redact-name; returns a usage error or an empty string.
QString parseExportOptions(const QCommandLineParser &parser, const Options &options,
                           CommandLineOptions &opts)
{
    if (parser.isSet(options.format)) {
        opts.format = ExportFormats::fromName(parser.value(options.format));
        if (!opts.format) {
            return CommandLine::tr("--format takes one of %1 (got \"%2\").")
                .arg(ExportFormats::namesForHelp(), parser.value(options.format).left(40));
        }
    }
    opts.redactName = parser.isSet(options.redactName);
    opts.redact = parser.isSet(options.redact) || opts.redactName;
    return {};
}

// --list-assistants, --list-calls and their options. Returns a usage error or an empty string.
QString parseListOptions(const QCommandLineParser &parser, const Options &options, int sources,
                         CommandLineOptions &opts)
{
    const bool assistants = parser.isSet(options.listAssistants);
    const bool calls = parser.isSet(options.listCalls);
    if (!assistants && !calls) {
        for (const QCommandLineOption *option :
             {&options.limit, &options.offset, &options.all, &options.json}) {
            if (parser.isSet(*option)) {
                return CommandLine::tr("--%1 goes with --list-assistants or --list-calls.")
                    .arg(option->names().constFirst());
            }
        }
        return {};
    }
    if (assistants && calls)
        return CommandLine::tr("Give only one of --list-assistants and --list-calls.");
    if (sources > 0 || parser.isSet(options.exportFile) || parser.isSet(options.setApiKey)
        || parser.isSet(options.exportDir) || parser.isSet(options.saveRecording)
        || parser.isSet(options.findings) || parser.isSet(options.model))
        return CommandLine::tr("--list-assistants and --list-calls take no CALL_ID, --demo, "
                               "--open, --export, --export-dir, --model, --save-recording, "
                               "--findings or --set-api-key.");
    bool ok = false;
    opts.listLimit = parser.value(options.limit).trimmed().toInt(&ok);
    if (!ok || opts.listLimit < 1 || opts.listLimit > CommandLine::maxListLimit) {
        return CommandLine::tr("--limit takes a whole number from 1 to %1 (got \"%2\").")
            .arg(CommandLine::maxListLimit)
            .arg(parser.value(options.limit).left(40));
    }
    opts.listOffset = parser.value(options.offset).trimmed().toInt(&ok);
    if (!ok || opts.listOffset < 0) {
        return CommandLine::tr("--offset takes a whole number from 0 (got \"%1\").")
            .arg(parser.value(options.offset).left(40));
    }
    opts.listAll = parser.isSet(options.all);
    opts.json = parser.isSet(options.json);
    if (calls) {
        opts.listModelId = parser.value(options.listCalls).trimmed();
        if (!ApiEndpoint::isValidModelId(opts.listModelId)) {
            return CommandLine::tr("\"%1\" is not a valid assistant ID. %2")
                .arg(opts.listModelId.left(ApiEndpoint::maxCallIdLength + 8),
                     ApiEndpoint::modelIdRules());
        }
    }
    opts.mode =
        assistants ? CommandLineOptions::Mode::ListAssistants : CommandLineOptions::Mode::ListCalls;
    return {};
}

} // namespace

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
    CommandLineOptions &opts = result.options;
    const auto usageError = [&result](const QString &error) {
        result.error = error;
        return result;
    };

    const bool parsed = parser.parse(arguments);
    // Read even when parsing failed (the options before the error are known), and before
    // --help, so that usage errors and `--lang es --help` come out in the chosen language.
    if (parser.isSet(options.language)) {
        opts.language = parser.value(options.language).trimmed().toLower();
        if (!Translations::isSupported(opts.language)) {
            const QString wrong = parser.value(options.language).left(40);
            opts.language.clear();
            if (parsed) {
                return usageError(
                    tr("--lang takes one of %1 (got \"%2\").")
                        .arg(Translations::supportedLanguages().join(QStringLiteral(", ")), wrong));
            }
        }
    }
    if (!parsed)
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        opts.mode = CommandLineOptions::Mode::Help;
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        opts.mode = CommandLineOptions::Mode::Version;
        return result;
    }

    const QStringList positional = parser.positionalArguments();
    const bool batch = parser.isSet(options.exportDir);
    if (positional.size() > 1 && !batch)
        return usageError(tr("Give at most one CALL_ID (got %1), or save many with --export-dir.")
                              .arg(positional.size()));
    if (!positional.isEmpty() && !batch)
        opts.callId = positional.first();
    opts.callIds = positional;

    if (parser.isSet(options.apiBase))
        opts.apiBase = parser.value(options.apiBase);
    else if (!environmentApiBase.isEmpty())
        opts.apiBase = environmentApiBase;

    if (parser.isSet(options.timeout)) {
        bool timeoutOk = false;
        const int seconds = parser.value(options.timeout).trimmed().toInt(&timeoutOk);
        if (!timeoutOk || seconds < 1 || seconds > ApiAccess::maxTimeoutSeconds) {
            return usageError(
                tr("--timeout takes a whole number of seconds from 1 to %1 (got \"%2\").")
                    .arg(ApiAccess::maxTimeoutSeconds)
                    .arg(parser.value(options.timeout).left(40)));
        }
        opts.timeoutSeconds = seconds;
    }

    opts.demo = parser.isSet(options.demo);
    opts.openPath = parser.value(options.open);
    if (parser.isSet(options.open) && opts.openPath.isEmpty())
        return usageError(tr("--open needs a file name."));
    const int sources =
        int(opts.demo) + int(!opts.openPath.isEmpty()) + int(!opts.callId.isEmpty());
    if (sources > 1)
        return usageError(tr("Give only one of CALL_ID, --demo and --open."));

    const QString listError = parseListOptions(parser, options, sources, opts);
    if (!listError.isEmpty())
        return usageError(listError);
    if (opts.mode != CommandLineOptions::Mode::Window)
        return result; // a --list-* mode

    if (parser.isSet(options.setApiKey)) {
        if (sources > 0 || parser.isSet(options.exportFile) || parser.isSet(options.saveRecording)
            || parser.isSet(options.findings) || batch)
            return usageError(tr("--set-api-key takes no other options."));
        opts.mode = CommandLineOptions::Mode::SetApiKey;
        return result;
    }

    if (parser.isSet(options.findings)) {
        if (parser.isSet(options.exportFile) || parser.isSet(options.saveRecording) || batch)
            return usageError(tr("Give only one of --export, --export-dir, --save-recording and "
                                 "--findings."));
        if (sources == 0)
            return usageError(
                tr("--findings needs a call: give a CALL_ID, --demo or --open FILE."));
        opts.mode = CommandLineOptions::Mode::Findings;
        return result;
    }
    if (const QString error = parseExportOptions(parser, options, opts); !error.isEmpty())
        return usageError(error);
    if (batch) {
        opts.exportDir = parser.value(options.exportDir);
        opts.idsPath = parser.value(options.ids);
        if (opts.exportDir.isEmpty())
            return usageError(tr("--export-dir needs a folder."));
        if (parser.isSet(options.exportFile) || parser.isSet(options.saveRecording) || opts.demo
            || !opts.openPath.isEmpty())
            return usageError(tr("--export-dir takes call IDs; it cannot be combined with "
                                 "--export, --save-recording, --demo or --open."));
        opts.force = parser.isSet(options.force);
        if (parser.isSet(options.model)) {
            if (!positional.isEmpty() || parser.isSet(options.ids))
                return usageError(tr("--model saves every call of an assistant: give either "
                                     "--model or call IDs (or --ids), not both."));
            opts.exportModelId = parser.value(options.model).trimmed();
            if (!ApiEndpoint::isValidModelId(opts.exportModelId)) {
                return usageError(
                    tr("\"%1\" is not a valid assistant ID. %2")
                        .arg(opts.exportModelId.left(ApiEndpoint::maxCallIdLength + 8),
                             ApiEndpoint::modelIdRules()));
            }
            opts.mode = CommandLineOptions::Mode::ModelExport;
            return result;
        }
        if (positional.isEmpty() && opts.idsPath.isEmpty())
            return usageError(tr("--export-dir needs call IDs: give them after the options, "
                                 "list them in a file with --ids FILE, or save every call of "
                                 "an assistant with --model MODEL_ID."));
        opts.mode = CommandLineOptions::Mode::BatchExport;
        return result;
    }
    if (parser.isSet(options.ids) || parser.isSet(options.force) || parser.isSet(options.model))
        return usageError(tr("--ids, --model and --force work with --export-dir only."));

    if (parser.isSet(options.exportFile)) {
        opts.exportPath = parser.value(options.exportFile);
        if (opts.exportPath.isEmpty())
            return usageError(tr("--export needs a file name (or '-' for standard output)."));
        if (sources == 0)
            return usageError(tr("--export needs a call: give a CALL_ID, --demo or --open FILE."));
        opts.mode = CommandLineOptions::Mode::Export;
    } else if (opts.format || opts.redact) {
        return usageError(tr("--format, --redact and --redact-name work with --export or "
                             "--export-dir only."));
    }

    if (parser.isSet(options.saveRecording)) {
        opts.saveRecordingPath = parser.value(options.saveRecording);
        if (parser.isSet(options.exportFile))
            return usageError(tr("Give only one of --export and --save-recording."));
        if (opts.saveRecordingPath.isEmpty())
            return usageError(
                tr("--save-recording needs a file name (or '-' for standard output)."));
        if (sources == 0)
            return usageError(
                tr("--save-recording needs a call: give a CALL_ID, --demo or --open FILE."));
        opts.mode = CommandLineOptions::Mode::SaveRecording;
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
