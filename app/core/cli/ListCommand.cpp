#include "cli/ListCommand.h"

#include "api/AssistantListService.h"
#include "api/CallListService.h"
#include "cli/ExitCode.h"
#include "format/CallFormatting.h"

#include <QJsonDocument>
#include <QTextStream>

ListCommand::ListCommand(const CommandLineOptions &options, QObject *parent)
    : CliCommand(options, parent)
{ }

ListCommand::~ListCommand() = default;

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

void ListCommand::run()
{
    if (!openStdout())
        return fail(ExitCode::WriteFailure, stdoutFailureMessage());
    const std::optional<CallService::Settings> settings = apiSettings();
    if (!settings)
        return;

    if (!options().json) {
        m_table = std::make_unique<TextTable>(
            listsCalls() ? QStringList{tr("CALL ID"), tr("TYPE"), tr("FROM"), tr("TO"), tr("NAME"),
                                       tr("DURATION"), tr("END REASON"), tr("RECORDING"),
                                       tr("TURNS"), tr("CALLER'S FIRST WORDS")}
                         : QStringList{tr("MODEL ID"), tr("NAME"), tr("TYPE"), tr("PHONE NUMBER"),
                                       tr("RECORDING"), tr("LANGUAGE")});
    }
    if (listsCalls()) {
        auto *calls = new CallListService(network(), this);
        calls->setModelId(options().listModelId, options().listOffset);
        connect(calls, &CallListService::callsReceived, this,
                [this](int, const QList<CallRecord> &list) { onCalls(list); });
        m_service = calls;
    } else {
        auto *assistants = new AssistantListService(network(), this);
        assistants->reset(options().listOffset);
        connect(assistants, &AssistantListService::assistantsReceived, this,
                [this](int, const QList<AssistantRecord> &list) { onAssistants(list); });
        m_service = assistants;
    }
    m_service->setSettings(*settings);
    m_service->setPageSize(options().listLimit);
    connect(m_service, &PagedListService::pageLoaded, this, &ListCommand::onPageLoaded);
    connect(m_service, &PagedListService::retryScheduled, this, &CliCommand::announceRetry);
    connect(m_service, &PagedListService::pageFailed, this, &ListCommand::onFailed);
    connect(m_service, &PagedListService::endReached, this,
            [this] { complete(ExitCode::Success); });
    options().listAll ? m_service->fetchAll() : void(m_service->fetchNextPage());
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
    writeOut(bytes);
}

void ListCommand::onPageLoaded(int offset, int, const QList<ListPageDecoder::Rejected> &rejected)
{
    for (const ListPageDecoder::Rejected &bad : rejected) {
        // Named by its ID when readable, so that the user can find it; else by its position.
        if (bad.id.isEmpty())
            printError(tr("entry %1 skipped: %2").arg(offset + bad.index).arg(bad.reason));
        else if (listsCalls())
            printError(tr("call %1 skipped: %2").arg(bad.id, bad.reason));
        else
            printError(tr("assistant %1 skipped: %2").arg(bad.id, bad.reason));
    }
    m_skipped += int(rejected.size());
    if (!options().listAll)
        complete(ExitCode::Success);
}

void ListCommand::onFailed(const FetchError &error)
{
    complete(ExitCode::of(error), error.message);
}

void ListCommand::complete(int exitCode, const QString &message)
{
    if (isFinished())
        return;
    const bool hasMore = m_service && m_service->hasMore() && exitCode == ExitCode::Success;
    if (m_service)
        m_service->disconnect(this);
    // What was listed is printed even when a later page failed; the error follows on stderr.
    if (m_table && (m_table->rowCount() > 0 || exitCode == ExitCode::Success)) {
        writeOut((isTerminal(stdout) ? m_table->renderAligned() : m_table->renderTabSeparated())
                     .toUtf8());
    } else if (!m_table && !stdoutFailed() && (exitCode == ExitCode::Success || m_jsonOpen)) {
        writeOut(m_jsonOpen ? QByteArrayLiteral("\n]\n") : QByteArrayLiteral("[]\n"));
    }
    if (!message.isEmpty())
        printError(message);
    if (stdoutFailed() && exitCode == ExitCode::Success) {
        printError(stdoutFailureMessage());
        exitCode = ExitCode::WriteFailure;
    }
    if (exitCode == ExitCode::Success && m_skipped > 0) {
        // Two strings rather than %n: without an English catalog "%n entries" stays plural.
        printError(m_skipped == 1 ? tr("1 malformed entry skipped (see above).")
                                  : tr("%1 malformed entries skipped (see above).")
                                        .arg(CallFormatting::count(m_skipped)));
        exitCode = ExitCode::InvalidResponse;
    }
    if (exitCode == ExitCode::Success && hasMore && isTerminal(stdout)) {
        QTextStream(stderr) << tr("More entries may follow: add --offset %1, or --all.")
                                   .arg(m_service->nextOffset())
                            << '\n';
    }
    finish(exitCode);
}
