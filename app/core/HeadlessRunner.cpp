#include "HeadlessRunner.h"

#include "ApiEndpoint.h"
#include "ApiKeyStore.h"
#include "AtomicFileWriter.h"
#include "CallFileReader.h"
#include "CallService.h"
#include "ExitCode.h"
#include "PlainTextExporter.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

HeadlessRunner::HeadlessRunner(const CommandLineOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

void HeadlessRunner::start()
{
    // Queued so that a caller connecting to finished() after start() still hears it.
    QTimer::singleShot(0, this, [this] {
        if (m_options.mode == CommandLineOptions::Mode::SetApiKey)
            runSetApiKey();
        else
            runExport();
    });
}

void HeadlessRunner::runExport()
{
    if (m_options.demo || !m_options.openPath.isEmpty()) {
        bool readFailed = false;
        const CallDecoder::Result result =
            m_options.demo ? CallFileReader::demoCall()
                           : CallFileReader::read(m_options.openPath, &readFailed);
        if (!result.ok())
            return fail(readFailed ? ExitCode::Usage : ExitCode::InvalidResponse, result.error);
        return exportCall(*result.call);
    }

    const QString callId = ApiEndpoint::extractCallId(m_options.callId);
    if (callId.isEmpty()) {
        return fail(ExitCode::Usage, tr("\"%1\" is not a valid call ID. %2")
                                         .arg(m_options.callId.left(160), ApiEndpoint::callIdRules()));
    }
    QString baseError;
    if (!ApiEndpoint::parseBase(m_options.apiBase, &baseError).isValid())
        return fail(ExitCode::Usage, baseError);

    QString key = ApiKeyStore::fromEnvironment();
    if (key.isEmpty()) {
        const ApiKeyStore::Outcome stored = ApiKeyStore::readBlocking();
        if (!stored.ok)
            return fail(ExitCode::Usage, ApiKeyStore::missingKeyMessage() + u' ' + stored.error);
        key = stored.key;
    }
    if (key.isEmpty())
        return fail(ExitCode::Usage, ApiKeyStore::missingKeyMessage());

    m_network = new QNetworkAccessManager(this);
    m_service = new CallService(m_network, this);
    CallService::Settings settings;
    settings.apiBase = m_options.apiBase;
    settings.apiKey = key;
    settings.timeoutSeconds = m_options.timeoutSeconds;
    m_service->setSettings(settings);
    connect(m_service, &CallService::callFetched, this, &HeadlessRunner::exportCall);
    connect(m_service, &CallService::retryScheduled, this,
            [](int, int delaySeconds, const FetchError &reason) {
                QTextStream(stderr) << "callreview: "
                                    << CallService::describeRetry(reason, delaySeconds) << '\n';
            });
    connect(m_service, &CallService::fetchFailed, this,
            [this](const FetchError &error) { fail(error.exitCode(), error.message); });
    m_service->fetchCall(callId);
}

void HeadlessRunner::exportCall(const CallRecord &call)
{
    const QByteArray text = PlainTextExporter::render(call).toUtf8();
    if (m_options.exportPath == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !AtomicFileWriter::writeAll(out, text)
            || !out.flush()) {
            return fail(ExitCode::WriteFailure, tr("Could not write to standard output."));
        }
        return succeed();
    }
    QString error;
    if (!AtomicFileWriter::write(m_options.exportPath, text, &error))
        return fail(ExitCode::WriteFailure, error);
    succeed();
}

void HeadlessRunner::runSetApiKey()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(ExitCode::Usage, tr("Could not read standard input."));
    // One line is enough; bounded so a stray pipe cannot fill memory.
    const QString key = QString::fromUtf8(in.readLine(8192)).trimmed();
    QString error;
    if (!ApiKeyStore::isPlausibleKey(key, &error)) {
        return fail(ExitCode::Usage,
                    error + u' ' + tr("Pipe the key in: callreview --set-api-key < keyfile"));
    }
    const ApiKeyStore::Outcome outcome = ApiKeyStore::writeBlocking(key);
    if (!outcome.ok)
        return fail(ExitCode::Usage, tr("The key was not stored. %1").arg(outcome.error));
    QTextStream(stderr) << tr("The API key is stored in the system keychain.") << '\n';
    succeed();
}

void HeadlessRunner::fail(int exitCode, const QString &message)
{
    QTextStream(stderr) << "callreview: " << message << '\n';
    emit finished(exitCode);
}

void HeadlessRunner::succeed()
{
    emit finished(ExitCode::Success);
}
