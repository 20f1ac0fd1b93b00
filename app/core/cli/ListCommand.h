#pragma once

#include "api/ListPageDecoder.h"
#include "cli/CliCommand.h"
#include "format/TextTable.h"
#include "model/AssistantRecord.h"
#include "model/CallRecord.h"

#include <memory>

class PagedListService;
struct FetchError;

// `callreview --list-assistants` and `callreview --list-calls MODEL_ID`: one page (or every
// page with --all) printed as a table (aligned on a terminal, tab-separated otherwise) or,
// with --json, as a JSON array of the API's objects, streamed page by page. Malformed
// entries are reported on stderr and skipped; the exit codes are those of ExitCode.h
// (4 when an entry was skipped).
class ListCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit ListCommand(const CommandLineOptions &options, QObject *parent = nullptr);
    ~ListCommand() override;

    static QStringList callCells(const CallRecord &call);
    static QStringList assistantCells(const AssistantRecord &assistant);

private:
    void run() override;
    bool listsCalls() const { return options().mode == CommandLineOptions::Mode::ListCalls; }
    void onCalls(const QList<CallRecord> &calls);
    void onAssistants(const QList<AssistantRecord> &assistants);
    void writeJson(const QJsonObject &object);
    void onPageLoaded(int offset, int entryCount, const QList<ListPageDecoder::Rejected> &rejected);
    void onFailed(const FetchError &error);
    // Prints what was listed (even when a later page failed), then the message and the
    // notes on stderr, and finishes.
    void complete(int exitCode, const QString &message = QString());

    PagedListService *m_service = nullptr;
    std::unique_ptr<TextTable> m_table;
    int m_listed = 0;
    int m_skipped = 0;
    bool m_jsonOpen = false;
};
