#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The options of `callreview`. Names, meanings and exit codes are a contract: add, never rename.
struct CommandLineOptions
{
    enum class Mode {
        Window,    // open the main window (optionally on a call)
        Export,    // --export FILE: fetch or load a call, write it, exit
        SetApiKey, // --set-api-key: read a key from stdin into the keychain
        SaveRecording, // --save-recording FILE: get a call's recording, write it, exit
        Help,
        Version,
    };

    Mode mode = Mode::Window;
    QString callId;     // positional CALL_ID, as given (cleaned up by ApiEndpoint::extractCallId)
    QString apiBase;    // --api-base, else ANUNZI_API_BASE, else the default
    int timeoutSeconds = 30;
    QString exportPath; // "-" means standard output
    bool demo = false;
    QString openPath;
    QString saveRecordingPath; // "-" means standard output
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

    static constexpr int maxTimeoutSeconds = 3600;
};
