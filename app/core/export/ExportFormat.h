#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The file formats a transcript can be saved in.
enum class ExportFormat {
    Text,
    Markdown,
    Html,
    Pdf,
    Json,
    Csv,
    SubRip, // .srt subtitles: needs the timeline
    WebVtt, // .vtt subtitles: needs the timeline
};

// Names, extensions and lookup of the export formats (command line, save dialog, batch).
namespace ExportFormats {
QList<ExportFormat> all();
QString extension(ExportFormat format); // "txt", "md" ... also the --format name
QString displayName(ExportFormat format); // "Markdown", translated
QString nameFilter(ExportFormat format); // "Markdown (*.md *.markdown)" for file dialogs
// From a --format value ("md", "markdown", "MD" ...); empty when unknown.
std::optional<ExportFormat> fromName(QStringView name);
// From the extension of a file name ("notes.MD" → Markdown); empty when none matches.
std::optional<ExportFormat> fromPath(const QString &path);
QString namesForHelp(); // "txt|md|html|pdf|json|csv|srt|vtt"
// Subtitles carry times only: without a timeline (from the recording) there is nothing to write.
bool needsTimeline(ExportFormat format);
} // namespace ExportFormats
