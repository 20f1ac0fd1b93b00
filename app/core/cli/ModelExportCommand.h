#pragma once

#include "api/ListPageDecoder.h"
#include "cli/CliCommand.h"
#include "export/BatchExporter.h"
#include "net/FetchError.h"

#include <memory>

class BatchProgressPrinter;
class CallListService;

// `callreview --export-dir DIR --model MODEL_ID`: saves every call of an assistant. The pages
// of List Calls carry whole call objects, so each page goes straight to a BatchExporter (one
// file per call, never a partial one, existing files skipped unless --force) while the next
// page is fetched; no call is fetched again. A malformed call is reported and counted as
// failed (exit code 4); a page that fails after its retries ends the listing, what was
// received is still saved, and the exit code is the page's (3 for network/HTTP).
class ModelExportCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit ModelExportCommand(const CommandLineOptions &options, QObject *parent = nullptr);
    ~ModelExportCommand() override;

private:
    void run() override;
    void onPageLoaded(int offset, int entryCount, const QList<ListPageDecoder::Rejected> &rejected);
    void onPageFailed(const FetchError &error);
    void onBatchFinished(const BatchExporter::Summary &summary);

    CallListService *m_list = nullptr;
    BatchExporter *m_batch = nullptr;
    std::unique_ptr<BatchProgressPrinter> m_printer;
    QList<BatchExporter::ItemResult> m_malformed; // list entries that are not valid calls
    FetchError m_pageError; // the page that ended the listing, if any
};
