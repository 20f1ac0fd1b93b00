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

QByteArray CsvExporter::render(const CallRecord &call)
{
    QString out;
    out.reserve(call.transcript.size() * 11 / 10 + call.turns.size() * 24 + 64);
    out += QChar(0xFEFF); // BOM: spreadsheets otherwise guess a legacy encoding
    out += field(tr("Turn")) + u',' + field(tr("Speaker")) + u',' + field(tr("Text"))
        + QStringLiteral("\r\n");
    int number = 0;
    for (const Turn &turn : call.turns) {
        QString text = turn.text;
        text.replace(u'\n', QStringLiteral("\r\n")); // RFC 4180 line breaks inside the cell too
        out += QString::number(++number) + u',' + field(CallFormatting::speakerName(turn.speaker))
            + u',' + field(text) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}
