#include "cli/ModelExportCommand.h"

#include "api/CallListService.h"
#include "api/CallService.h"
#include "cli/BatchProgressPrinter.h"
#include "cli/ExitCode.h"
#include "format/CallFormatting.h"

#include <QDir>

ModelExportCommand::ModelExportCommand(const CommandLineOptions &options, QObject *parent)
    : CliCommand(options, parent)
{ }

ModelExportCommand::~ModelExportCommand() = default;

void ModelExportCommand::run()
{
    const std::optional<BatchExporter::Settings> batch = batchSettings();
    if (!batch)
        return;
    m_batch = new BatchExporter(network(), this);
    m_batch->setSettings(*batch);
    m_printer = std::make_unique<BatchProgressPrinter>(stderr);
    connect(m_batch, &BatchExporter::itemFinished, this,
            [this](const BatchExporter::ItemResult &result) {
                m_printer->itemFinished(result, m_batch->done(), m_batch->total());
            });
    connect(m_batch, &BatchExporter::finished, this, &ModelExportCommand::onBatchFinished);

    m_list = new CallListService(network(), this);
    m_list->setSettings(batch->service); // with its retry policy: 429 waits, 5xx backs off
    m_list->setModelId(options().exportModelId);
    connect(m_list, &CallListService::callsReceived, m_batch,
            [this](int, const QList<CallRecord> &calls) { m_batch->addCalls(calls); });
    connect(m_list, &PagedListService::pageLoaded, this, &ModelExportCommand::onPageLoaded);
    connect(m_list, &PagedListService::retryScheduled, this, &CliCommand::announceRetry);
    connect(m_list, &PagedListService::pageFailed, this, &ModelExportCommand::onPageFailed);
    connect(m_list, &PagedListService::endReached, m_batch, &BatchExporter::finishInput);
    m_list->fetchAll();
}

void ModelExportCommand::onPageLoaded(int offset, int,
                                      const QList<ListPageDecoder::Rejected> &rejected)
{
    for (const ListPageDecoder::Rejected &bad : rejected) {
        // Named by its call_id when readable (as the batch names its calls); else by position.
        const QString entry = bad.id.isEmpty() ? tr("entry %1").arg(offset + bad.index) : bad.id;
        const QString reason = tr("not a valid call: %1").arg(bad.reason);
        printError(tr("%1 failed: %2").arg(entry, reason));
        m_malformed.append({entry, BatchExporter::Outcome::Failed, QString(), reason,
                            FetchError::Kind::InvalidResponse, 0, false, QString()});
    }
}

void ModelExportCommand::onPageFailed(const FetchError &error)
{
    // What was received is still saved; the listing stops here.
    m_pageError = error;
    // Two strings rather than %n: without an English catalog "%n call(s)" would stay as is.
    const int listed = m_list->nextOffset();
    printError(listed == 1 ? tr("The call list stopped after 1 call: %1").arg(error.message)
                           : tr("The call list stopped after %1 calls: %2")
                                 .arg(CallFormatting::count(listed), error.message));
    m_batch->finishInput();
}

void ModelExportCommand::onBatchFinished(const BatchExporter::Summary &batchSummary)
{
    BatchExporter::Summary summary = batchSummary;
    summary.failed += int(m_malformed.size());
    summary.failures += m_malformed;
    m_printer->summary(summary);
    int exitCode = ExitCode::of(summary);
    if (m_pageError.isError()) {
        printError(tr("Not every call of assistant %1 was listed: %2")
                       .arg(options().exportModelId, m_pageError.message));
        exitCode = qMax(exitCode, ExitCode::of(m_pageError));
    }
    finish(exitCode);
}
