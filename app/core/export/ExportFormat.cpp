#include "export/ExportFormat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

struct FormatInfo
{
    ExportFormat format;
    const char *extension;
    const char *alias; // a longer --format name, or the second extension
    const char *displayName;
};

constexpr FormatInfo formats[] = {
    {ExportFormat::Text, "txt", "text", QT_TRANSLATE_NOOP("ExportFormat", "Plain text")},
    {ExportFormat::Markdown, "md", "markdown", QT_TRANSLATE_NOOP("ExportFormat", "Markdown")},
    {ExportFormat::Html, "html", "htm", QT_TRANSLATE_NOOP("ExportFormat", "Web page (HTML)")},
    {ExportFormat::Pdf, "pdf", "pdf", QT_TRANSLATE_NOOP("ExportFormat", "PDF document")},
    {ExportFormat::Json, "json", "json", QT_TRANSLATE_NOOP("ExportFormat", "JSON")},
    {ExportFormat::Csv, "csv", "csv", QT_TRANSLATE_NOOP("ExportFormat", "CSV spreadsheet")},
    {ExportFormat::SubRip, "srt", "subrip", QT_TRANSLATE_NOOP("ExportFormat", "SubRip subtitles")},
    {ExportFormat::WebVtt, "vtt", "webvtt", QT_TRANSLATE_NOOP("ExportFormat", "WebVTT subtitles")},
};

const FormatInfo &infoOf(ExportFormat format)
{
    for (const FormatInfo &info : formats) {
        if (info.format == format)
            return info;
    }
    return formats[0];
}

} // namespace

QList<ExportFormat> ExportFormats::all()
{
    QList<ExportFormat> list;
    for (const FormatInfo &info : formats)
        list.append(info.format);
    return list;
}

QString ExportFormats::extension(ExportFormat format)
{
    return QString::fromLatin1(infoOf(format).extension);
}

QString ExportFormats::displayName(ExportFormat format)
{
    return QCoreApplication::translate("ExportFormat", infoOf(format).displayName);
}

QString ExportFormats::nameFilter(ExportFormat format)
{
    const FormatInfo &info = infoOf(format);
    QString patterns = QStringLiteral("*.") + QLatin1StringView(info.extension);
    if (format == ExportFormat::Markdown || format == ExportFormat::Html)
        patterns += QStringLiteral(" *.") + QLatin1StringView(info.alias);
    return displayName(format) + QStringLiteral(" (") + patterns + u')';
}

std::optional<ExportFormat> ExportFormats::fromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const FormatInfo &info : formats) {
        if (trimmed.compare(QLatin1StringView(info.extension), Qt::CaseInsensitive) == 0
            || trimmed.compare(QLatin1StringView(info.alias), Qt::CaseInsensitive) == 0)
            return info.format;
    }
    return std::nullopt;
}

std::optional<ExportFormat> ExportFormats::fromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.isEmpty())
        return std::nullopt;
    return fromName(suffix);
}

bool ExportFormats::needsTimeline(ExportFormat format)
{
    return format == ExportFormat::SubRip || format == ExportFormat::WebVtt;
}

QString ExportFormats::namesForHelp()
{
    QStringList names;
    for (const FormatInfo &info : formats)
        names.append(QString::fromLatin1(info.extension));
    return names.join(u'|');
}
