#include "export/TranscriptExporter.h"

#include "base/AtomicFileWriter.h"
#include "export/CsvExporter.h"
#include "export/HtmlExporter.h"
#include "export/JsonExporter.h"
#include "export/MarkdownExporter.h"
#include "export/PdfExporter.h"
#include "export/PlainTextExporter.h"
#include "export/Redactor.h"
#include "timing/SubtitleWriter.h"

CallRecord TranscriptExporter::prepare(const CallRecord &call, const ExportOptions &options)
{
    return options.redacts() ? Redactor::redact(call, options.redactName) : call;
}

QByteArray TranscriptExporter::render(const CallRecord &original, const ExportOptions &options,
                                      QString *error)
{
    const CallRecord call = prepare(original, options);
    const Timeline *timeline = options.timelineOrNull();
    if (ExportFormats::needsTimeline(options.format)
        && (!timeline || SubtitleWriter::cueCount(call.turns, *timeline) == 0)) {
        if (error)
            *error = missingTimelineMessage(options.format);
        return {};
    }
    switch (options.format) {
    case ExportFormat::Text:
        return PlainTextExporter::render(call).toUtf8();
    case ExportFormat::Markdown:
        return MarkdownExporter::render(call, timeline).toUtf8();
    case ExportFormat::Html:
        return HtmlExporter::render(call, timeline).toUtf8();
    case ExportFormat::Pdf:
        return PdfExporter::render(call, options.locale, error, timeline);
    case ExportFormat::Json:
        return JsonExporter::render(call, options.redacts(), timeline);
    case ExportFormat::Csv:
        return CsvExporter::render(call, timeline);
    case ExportFormat::SubRip:
        return SubtitleWriter::srt(call.turns, *timeline).toUtf8();
    case ExportFormat::WebVtt:
        return SubtitleWriter::webVtt(call.turns, *timeline).toUtf8();
    }
    if (error)
        *error = tr("Unknown export format.");
    return {};
}

QString TranscriptExporter::missingTimelineMessage(ExportFormat format)
{
    return tr("Subtitles (.%1) need the time of every turn, which comes from the call's "
              "recording: open a call that has a recording (on the command line: --recording "
              "AUDIO, or --with-timing with a call ID whose recording can be downloaded).")
        .arg(ExportFormats::extension(format));
}

bool TranscriptExporter::save(const CallRecord &call, const QString &path,
                              const ExportOptions &options, QString *error)
{
    QString renderError;
    const QByteArray data = render(call, options, &renderError);
    if (data.isEmpty()) {
        if (error) {
            *error = tr("Could not save %1: %2")
                         .arg(path, renderError.isEmpty() ? tr("nothing to write.") : renderError);
        }
        return false;
    }
    return AtomicFileWriter::write(path, data, error);
}

ExportFormat TranscriptExporter::chooseFormat(std::optional<ExportFormat> requested,
                                              const QString &path)
{
    if (requested)
        return *requested;
    return ExportFormats::fromPath(path).value_or(ExportFormat::Text);
}
