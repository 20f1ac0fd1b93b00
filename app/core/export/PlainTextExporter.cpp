#include "export/PlainTextExporter.h"

#include "format/CallFormatting.h"

QString PlainTextExporter::render(const CallRecord &call)
{
    QString out;
    out.reserve(call.transcript.size() + call.turns.size() * 24 + 512);
    const auto orDash = [](const QString &value) {
        return value.trimmed().isEmpty() ? QStringLiteral("-") : value;
    };
    out += tr("Call %1").arg(call.callId) + u'\n';
    out += tr("Direction: %1").arg(CallFormatting::direction(call.campaignType)) + u'\n';
    out += tr("From → To: %1 → %2").arg(orDash(call.phoneNumberFrom), orDash(call.phoneNumberTo))
        + u'\n';
    out += tr("Name: %1").arg(CallFormatting::nameOrUnknown(call.name)) + u'\n';
    out += tr("Duration: %1").arg(CallFormatting::duration(call.durationSeconds)) + u'\n';
    out += tr("End reason: %1").arg(CallFormatting::endReason(call.endCallReason));
    if (!call.endCallReason.trimmed().isEmpty())
        out += QStringLiteral(" (") + call.endCallReason.trimmed() + u')';
    out += u'\n';
    out += tr("Turns: %1").arg(call.turns.size()) + u'\n';

    if (call.turns.isEmpty()) {
        out += u'\n' + tr("(The transcript is empty.)") + u'\n';
        return out;
    }
    for (const Turn &turn : call.turns) {
        out += u'\n';
        out += CallFormatting::speakerName(turn.speaker);
        out += QStringLiteral(":\n");
        // Every utterance on its own indented line.
        qsizetype start = 0;
        while (start <= turn.text.size()) {
            qsizetype end = turn.text.indexOf(u'\n', start);
            if (end < 0)
                end = turn.text.size();
            out += QStringLiteral("  ");
            out += QStringView(turn.text).sliced(start, end - start);
            out += u'\n';
            start = end + 1;
        }
    }
    return out;
}
