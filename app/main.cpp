// Entry point: reads the command line, then either runs headless work (no display needed)
// or opens the main window. Wiring only; the work lives in callreview_core and callreview_ui.
#include "base/Translations.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "cli/HeadlessRunner.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QTextStream>

#include <memory>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CallReview"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("anunzi.net"));
    QCoreApplication::setApplicationName(QStringLiteral("callreview"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLREVIEW_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    const QString environmentApiBase = qEnvironmentVariable("ANUNZI_API_BASE");
    // A first reading picks the kind of application and the language; translators need the
    // application object, so the command line is read again once they are installed, for
    // usage errors and help in the chosen language.
    const CommandLine::Result firstReading = CommandLine::parse(arguments, environmentApiBase);
    const bool windowed = firstReading.error.isEmpty()
        && firstReading.options.mode == CommandLineOptions::Mode::Window;

    // PDF layout needs fonts, so a QGuiApplication; a command-line export never needs a
    // display, so it runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
    const bool headlessPdf = firstReading.error.isEmpty() && firstReading.options.isHeadless()
        && firstReading.options.exportFormat() == ExportFormat::Pdf;
    if (headlessPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = windowed ? std::make_unique<QApplication>(argc, argv)
        : headlessPdf                                ? std::make_unique<QGuiApplication>(argc, argv)
                      : std::make_unique<QCoreApplication>(argc, argv);
    describeApplication();
    Translations::install(Translations::resolve(firstReading.options.language));

    const CommandLine::Result parsed = CommandLine::parse(arguments, environmentApiBase);
    const CommandLineOptions &options = parsed.options;

    if (!parsed.error.isEmpty()) {
        // One line, like every other error (scripts read the first line).
        QTextStream(stderr) << "callreview: " << parsed.error << ' '
                            << QCoreApplication::translate("main", "Try 'callreview --help'.")
                            << '\n';
        return ExitCode::Usage;
    }
    switch (options.mode) {
    case CommandLineOptions::Mode::Help:
        QTextStream(stdout) << CommandLine::helpText();
        return ExitCode::Success;
    case CommandLineOptions::Mode::Version:
        QTextStream(stdout) << "callreview " << QCoreApplication::applicationVersion() << '\n';
        return ExitCode::Success;
    case CommandLineOptions::Mode::Export:
    case CommandLineOptions::Mode::SaveRecording:
    case CommandLineOptions::Mode::Findings:
    case CommandLineOptions::Mode::BatchExport:
    case CommandLineOptions::Mode::ModelExport:
    case CommandLineOptions::Mode::SetApiKey:
    case CommandLineOptions::Mode::ListAssistants:
    case CommandLineOptions::Mode::ListCalls:
    case CommandLineOptions::Mode::Timeline:
    case CommandLineOptions::Mode::Score:
    case CommandLineOptions::Mode::ImportReviews:
    case CommandLineOptions::Mode::ExportReviews:
    case CommandLineOptions::Mode::SetReviewDbPassword: {
        HeadlessRunner runner(options);
        QObject::connect(&runner, &HeadlessRunner::finished, app.get(), &QCoreApplication::exit);
        runner.start();
        return app->exec();
    }
    case CommandLineOptions::Mode::Window:
        break;
    }

    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Call Review"));
    // One application ID for the window icon, the desktop file, the metainfo and the package.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" CALLREVIEW_APP_ID ".svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral(CALLREVIEW_APP_ID));
    SessionStart start;
    start.apiBase = options.apiBase;
    start.timeoutSeconds = options.timeoutSeconds;
    start.demo = options.demo;
    start.openPath = options.openPath;
    start.callId = options.callId;
    start.reviewDb = options.reviewDb;
    start.reviewer = options.reviewer;
    MainWindow window(start);
    window.show();
    return app->exec();
}
