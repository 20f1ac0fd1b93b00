#pragma once

#include "export/ExportOptions.h"
#include "model/CallRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// One entry point for every export format: redacts the call when asked, then hands it to the
// exporter of the chosen format (PlainText, Markdown, Html, Pdf, Json, Csv, SubRip, WebVtt).
// The options' timeline, when known, adds turn times; the subtitle formats require it.
class TranscriptExporter
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptExporter)

public:
    // The file's bytes; empty with *error set when the format cannot be produced.
    static QByteArray render(const CallRecord &call, const ExportOptions &options, QString *error);

    // Renders and writes the whole file or nothing (AtomicFileWriter).
    static bool save(const CallRecord &call, const QString &path, const ExportOptions &options,
                     QString *error);

    // The format asked for, else the one the file name's extension names, else plain text.
    static ExportFormat chooseFormat(std::optional<ExportFormat> requested, const QString &path);

    // Why a subtitle format cannot be written without a timeline, and how to get one.
    static QString missingTimelineMessage(ExportFormat format);

    // The call as the chosen options will show it (redacted or not).
    static CallRecord prepare(const CallRecord &call, const ExportOptions &options);
};
