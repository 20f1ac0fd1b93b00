#pragma once

#include "api/ListPageDecoder.h"
#include "cli/CommandLine.h"
#include "format/TextTable.h"
#include "model/AssistantRecord.h"
#include "model/CallRecord.h"

#include <QFile>
#include <QObject>

#include <memory>

class PagedListService;
class QNetworkAccessManager;
struct FetchError;

// `callreview --list-assistants` and `callreview --list-calls MODEL_ID`: one page (or every
// page with --all) printed as a table (aligned on a terminal, tab-separated otherwise) or,
// with --json, as a JSON array of the API's objects, streamed page by page. Malformed
// entries are reported on stderr and skipped; the exit codes are those of ExitCode.h
// (4 when an entry was skipped).
class ListCommand : public QObject
{
    Q_OBJECT

public:
    explicit ListCommand(const CommandLineOptions &options, QObject *parent = nullptr);
    ~ListCommand() override;

    static bool handles(CommandLineOptions::Mode mode);
    void start(); // emits finished(exitCode) once

    static QStringList callCells(const CallRecord &call);
    static QStringList assistantCells(const AssistantRecord &assistant);

signals:
    void finished(int exitCode);

private:
    bool listsCalls() const { return m_options.mode == CommandLineOptions::Mode::ListCalls; }
    void onCalls(const QList<CallRecord> &calls);
    void onAssistants(const QList<AssistantRecord> &assistants);
    void writeJson(const QJsonObject &object);
    void onPageLoaded(int offset, int entryCount, const QList<ListPageDecoder::Rejected> &rejected);
    void onFailed(const FetchError &error);
    void finish(int exitCode, const QString &message = QString());
    bool write(const QByteArray &bytes);

    CommandLineOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    PagedListService *m_service = nullptr;
    std::unique_ptr<TextTable> m_table;
    QFile m_stdout;
    int m_listed = 0;
    int m_skipped = 0;
    bool m_jsonOpen = false;
    bool m_writeFailed = false;
    bool m_done = false;
};
