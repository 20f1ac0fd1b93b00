#include "export/CsvExporter.h"

#include "format/CallFormatting.h"

namespace {

// Characters that make spreadsheets read a cell as a formula (OWASP "CSV injection").
bool startsFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

QString CsvExporter::field(QStringView text)
{
    QString cell = startsFormula(text) ? u'\'' + text.toString() : text.toString();
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n')
        && !cell.contains(u'\r'))
        return cell;
    cell.replace(u'"', QStringLiteral("\"\""));
    return u'"' + cell + u'"';
}

QByteArray CsvExporter::render(const CallRecord &call, const Timeline *timeline)
{
    QString out;
    out.reserve(call.transcript.size() * 11 / 10 + call.turns.size() * 24 + 64);
    out += QChar(0xFEFF); // BOM: spreadsheets otherwise guess a legacy encoding
    out += field(tr("Turn")) + u',' + field(tr("Speaker")) + u',' + field(tr("Text"));
    if (timeline)
        out += QStringLiteral(",start_ms,end_ms"); // names for scripts, as in the JSON export
    out += QStringLiteral("\r\n");
    for (qsizetype i = 0; i < call.turns.size(); ++i) {
        const Turn &turn = call.turns.at(i);
        QString text = turn.text;
        text.replace(u'\n', QStringLiteral("\r\n")); // RFC 4180 line breaks inside the cell too
        out += QString::number(i + 1) + u',' + field(CallFormatting::speakerName(turn.speaker))
            + u',' + field(text);
        if (timeline) {
            const TurnTiming *timing = timeline->timingOf(i);
            out += timing
                ? u',' + QString::number(timing->startMs) + u',' + QString::number(timing->endMs)
                : QStringLiteral(",,");
        }
        out += QStringLiteral("\r\n");
    }
    return out.toUtf8();
}
