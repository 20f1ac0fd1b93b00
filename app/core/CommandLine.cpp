#include "CommandLine.h"

#include "ApiEndpoint.h"
#include "Translations.h"

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
    QCommandLineOption setApiKey{
        QStringLiteral("set-api-key"),
        CommandLine::tr("Read an API key from standard input and store it in the system keychain.")};
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
                       options.open, options.setApiKey, options.saveRecording, options.language});
    parser.addPositionalArgument(QStringLiteral("CALL_ID"),
                                 CommandLine::tr("The ID of the call to fetch."),
                                 QStringLiteral("[CALL_ID]"));
}

} // namespace

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
    if (positional.size() > 1)
        return usageError(tr("Give at most one CALL_ID (got %1).").arg(positional.size()));
    if (!positional.isEmpty())
        opts.callId = positional.first();

    opts.apiBase = parser.isSet(options.apiBase) ? parser.value(options.apiBase)
                   : !environmentApiBase.isEmpty() ? environmentApiBase
                                                   : ApiEndpoint::defaultBase.toString();

    bool timeoutOk = false;
    opts.timeoutSeconds = parser.value(options.timeout).trimmed().toInt(&timeoutOk);
    if (!timeoutOk || opts.timeoutSeconds < 1 || opts.timeoutSeconds > maxTimeoutSeconds) {
        return usageError(tr("--timeout takes a whole number of seconds from 1 to %1 (got \"%2\").")
                              .arg(maxTimeoutSeconds)
                              .arg(parser.value(options.timeout).left(40)));
    }

    opts.demo = parser.isSet(options.demo);
    opts.openPath = parser.value(options.open);
    if (parser.isSet(options.open) && opts.openPath.isEmpty())
        return usageError(tr("--open needs a file name."));
    const int sources = int(opts.demo) + int(!opts.openPath.isEmpty()) + int(!opts.callId.isEmpty());
    if (sources > 1)
        return usageError(tr("Give only one of CALL_ID, --demo and --open."));

    if (parser.isSet(options.setApiKey)) {
        if (sources > 0 || parser.isSet(options.exportFile)
            || parser.isSet(options.saveRecording))
            return usageError(tr("--set-api-key takes no other options."));
        opts.mode = CommandLineOptions::Mode::SetApiKey;
        return result;
    }

    if (parser.isSet(options.exportFile)) {
        opts.exportPath = parser.value(options.exportFile);
        if (opts.exportPath.isEmpty())
            return usageError(tr("--export needs a file name (or '-' for standard output)."));
        if (sources == 0)
            return usageError(tr("--export needs a call: give a CALL_ID, --demo or --open FILE."));
        opts.mode = CommandLineOptions::Mode::Export;
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
