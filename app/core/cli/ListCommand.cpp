#include "cli/ListCommand.h"

#include "api/ApiEndpoint.h"
#include "api/ApiKeyStore.h"
#include "api/AssistantListService.h"
#include "api/CallListService.h"
#include "base/AtomicFileWriter.h"
#include "browse/AssistantListModel.h"
#include "cli/ExitCode.h"
#include "format/CallFormatting.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

bool stdoutIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stdout)) == 1;
#else
    return false;
#endif
}

} // namespace

ListCommand::ListCommand(const CommandLineOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

ListCommand::~ListCommand() = default;

bool ListCommand::handles(CommandLineOptions::Mode mode)
{
    return mode == CommandLineOptions::Mode::ListAssistants
        || mode == CommandLineOptions::Mode::ListCalls;
}

QStringList ListCommand::callCells(const CallRecord &call)
{
    return {call.callId,
            CallFormatting::direction(call.campaignType),
            call.phoneNumberFrom,
            call.phoneNumberTo,
            call.name,
            CallFormatting::duration(call.durationSeconds),
            CallFormatting::endReason(call.endCallReason),
            call.recordingUrl.trimmed().isEmpty() ? tr("no") : tr("yes"),
            QString::number(call.turns.size()),
            CallFormatting::callerPreview(call.turns)};
}

QStringList ListCommand::assistantCells(const AssistantRecord &assistant)
{
    return {assistant.modelId,
            assistant.name.simplified(),
            CallFormatting::direction(assistant.type),
            assistant.phoneNumber,
            !assistant.isRecording.has_value() ? tr("unknown")
                : *assistant.isRecording       ? tr("on")
                                               : tr("off"),
            assistant.language};
}

void ListCommand::start()
{
    // Queued so that a caller connecting to finished() after start() still hears it.
    QTimer::singleShot(0, this, [this] {
        if (!m_stdout.open(stdout, QIODevice::WriteOnly))
            return finish(ExitCode::WriteFailure, tr("Could not write to standard output."));
        QString baseError;
        if (!ApiEndpoint::parseBase(m_options.access().apiBase, &baseError).isValid())
            return finish(ExitCode::Usage, baseError);
        const ApiKeyStore::Outcome key = ApiKeyStore::lookup();
        if (!key.ok)
            return finish(ExitCode::Usage, key.error);

        if (!m_options.json) {
            m_table = std::make_unique<TextTable>(
                listsCalls() ? QStringList{tr("CALL ID"), tr("TYPE"), tr("FROM"), tr("TO"),
                                           tr("NAME"), tr("DURATION"), tr("END REASON"),
                                           tr("RECORDING"), tr("TURNS"), tr("CALLER'S FIRST WORDS")}
                             : QStringList{tr("MODEL ID"), tr("NAME"), tr("TYPE"),
                                           tr("PHONE NUMBER"), tr("RECORDING"), tr("LANGUAGE")});
        }
        m_network = new QNetworkAccessManager(this);
        if (listsCalls()) {
            auto *calls = new CallListService(m_network, this);
            calls->setModelId(m_options.listModelId, m_options.listOffset);
            connect(calls, &CallListService::callsReceived, this,
                    [this](int, const QList<CallRecord> &list) { onCalls(list); });
            m_service = calls;
        } else {
            auto *assistants = new AssistantListService(m_network, this);
            assistants->reset(m_options.listOffset);
            connect(assistants, &AssistantListService::assistantsReceived, this,
                    [this](int, const QList<AssistantRecord> &list) { onAssistants(list); });
            m_service = assistants;
        }
        PagedListService::Settings settings;
        settings.apiBase = m_options.access().apiBase;
        settings.apiKey = key.key;
        settings.timeoutSeconds = m_options.access().timeoutSeconds;
        m_service->setSettings(settings);
        m_service->setPageSize(m_options.listLimit);
        connect(m_service, &PagedListService::pageLoaded, this, &ListCommand::onPageLoaded);
        connect(m_service, &PagedListService::pageFailed, this, &ListCommand::onFailed);
        connect(m_service, &PagedListService::endReached, this,
                [this] { finish(ExitCode::Success); });
        m_options.listAll ? m_service->fetchAll() : void(m_service->fetchNextPage());
    });
}

void ListCommand::onCalls(const QList<CallRecord> &calls)
{
    for (const CallRecord &call : calls) {
        m_table ? m_table->addRow(callCells(call)) : writeJson(call.raw);
        ++m_listed;
    }
}

void ListCommand::onAssistants(const QList<AssistantRecord> &assistants)
{
    for (const AssistantRecord &assistant : assistants) {
        m_table ? m_table->addRow(assistantCells(assistant)) : writeJson(assistant.raw);
        ++m_listed;
    }
}

void ListCommand::writeJson(const QJsonObject &object)
{
    // Streamed: a long --all listing never has to sit in memory.
    QByteArray bytes = m_jsonOpen ? QByteArrayLiteral(",\n") : QByteArrayLiteral("[\n");
    m_jsonOpen = true;
    bytes += QJsonDocument(object).toJson(QJsonDocument::Indented).trimmed();
    write(bytes);
}

void ListCommand::onPageLoaded(int offset, int, const QList<ListPageDecoder::Rejected> &rejected)
{
    for (const ListPageDecoder::Rejected &bad : rejected) {
        QTextStream(stderr) << "callreview: "
                            << tr("entry %1 skipped: %2").arg(offset + bad.index).arg(bad.reason)
                            << '\n';
    }
    m_skipped += int(rejected.size());
    if (!m_options.listAll)
        finish(ExitCode::Success);
}

void ListCommand::onFailed(const FetchError &error)
{
    finish(ExitCode::of(error), error.message);
}

bool ListCommand::write(const QByteArray &bytes)
{
    if (m_writeFailed)
        return false;
    if (!AtomicFileWriter::writeAll(m_stdout, bytes) || !m_stdout.flush())
        m_writeFailed = true;
    return !m_writeFailed;
}

void ListCommand::finish(int exitCode, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    const bool hasMore = m_service && m_service->hasMore() && exitCode == ExitCode::Success;
    if (m_service)
        m_service->disconnect(this);
    // What was listed is printed even when a later page failed; the error follows on stderr.
    if (m_table && (m_table->rowCount() > 0 || exitCode == ExitCode::Success)) {
        write((stdoutIsTerminal() ? m_table->renderAligned() : m_table->renderTabSeparated())
                  .toUtf8());
    } else if (!m_table && m_stdout.isOpen() && (exitCode == ExitCode::Success || m_jsonOpen)) {
        write(m_jsonOpen ? QByteArrayLiteral("\n]\n") : QByteArrayLiteral("[]\n"));
    }
    QTextStream err(stderr);
    if (!message.isEmpty())
        err << "callreview: " << message << '\n';
    if (m_writeFailed && exitCode == ExitCode::Success) {
        err << "callreview: " << tr("Could not write to standard output.") << '\n';
        exitCode = ExitCode::WriteFailure;
    }
    if (exitCode == ExitCode::Success && m_skipped > 0) {
        err << "callreview: " << tr("%n malformed entries skipped (see above).", nullptr, m_skipped)
            << '\n';
        exitCode = ExitCode::InvalidResponse;
    }
    if (exitCode == ExitCode::Success && hasMore && stdoutIsTerminal()) {
        err << tr("More entries may follow: add --offset %1, or --all.")
                   .arg(m_service->nextOffset())
            << '\n';
    }
    emit finished(exitCode);
}
