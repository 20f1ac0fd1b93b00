#include "export/MarkdownExporter.h"

#include "format/CallFormatting.h"
#include "format/CallSummary.h"
#include "timing/TimestampFormat.h"

namespace {

// Characters that start emphasis, code, links, HTML, entities, tables or strikethrough anywhere
// in a line. Backslash-escaping any ASCII punctuation is valid CommonMark.
bool isInlineSignificant(QChar c)
{
    switch (c.unicode()) {
    case u'\\':
    case u'`':
    case u'*':
    case u'_':
    case u'[':
    case u']':
    case u'<':
    case u'>':
    case u'&':
    case u'|':
    case u'~':
    case u'!':
        return true;
    default:
        return false;
    }
}

// Characters that make a block (heading, list, quote, setext underline) at a line's start.
bool isBlockStart(QChar c)
{
    return c == u'#' || c == u'-' || c == u'+' || c == u'=';
}

} // namespace

QString MarkdownExporter::escapeLine(QStringView line)
{
    const QStringView trimmed = line.trimmed(); // leading spaces would make a code block
    QString out;
    out.reserve(trimmed.size() + 8);
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c == u'\t' || c == u'\r' || c.category() == QChar::Other_Control) {
            out += u' ';
            continue;
        }
        if (isInlineSignificant(c) || (i == 0 && isBlockStart(c)))
            out += u'\\';
        out += c;
    }
    // "1. " or "1) " at the start would become an ordered list.
    qsizetype digits = 0;
    while (digits < out.size() && out.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < out.size() && (out.at(digits) == u'.' || out.at(digits) == u')'))
        out.insert(digits, u'\\');
    return out;
}

QString MarkdownExporter::render(const CallRecord &call, const Timeline *timeline)
{
    QString out;
    out.reserve(call.transcript.size() * 11 / 10 + call.turns.size() * 24 + 1024);
    out += QStringLiteral("# ") + escapeLine(CallSummary::title(call)) + QStringLiteral("\n\n");
    out += u"| " + tr("Field") + u" | " + tr("Value") + u" |\n| --- | --- |\n";
    const QList<CallSummary::Field> fields = CallSummary::fields(call);
    for (const CallSummary::Field &field : fields)
        out += u"| " + escapeLine(field.label) + u" | " + escapeLine(field.value) + u" |\n";

    out += u"\n## " + tr("Transcript") + u"\n\n";
    if (call.turns.isEmpty()) {
        out += u'*' + tr("The transcript is empty.") + u"*\n";
        return out;
    }
    for (qsizetype i = 0; i < call.turns.size(); ++i) {
        const Turn &turn = call.turns.at(i);
        out += u"**";
        if (const TurnTiming *timing = timeline ? timeline->timingOf(i) : nullptr)
            out += TimestampFormat::turnLabel(timing->startMs) + u' '; // digits and colons: safe
        out += escapeLine(CallFormatting::speakerName(turn.speaker)) + u":** ";
        // Utterances of one turn stay one paragraph, each on its own line (hard break).
        bool first = true;
        for (const QStringView line : QStringView(turn.text).split(u'\n')) {
            if (line.trimmed().isEmpty())
                continue;
            if (!first)
                out += QStringLiteral("\\\n");
            out += escapeLine(line);
            first = false;
        }
        out += QStringLiteral("\n\n");
    }
    return out;
}
