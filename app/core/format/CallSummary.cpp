#include "format/CallSummary.h"

#include "format/CallFormatting.h"

QList<CallSummary::Field> CallSummary::fields(const CallRecord &call)
{
    const auto orDash = [](const QString &value) {
        return value.trimmed().isEmpty() ? QStringLiteral("-") : value.trimmed();
    };
    QString endReason = CallFormatting::endReason(call.endCallReason);
    if (!call.endCallReason.trimmed().isEmpty())
        endReason += QStringLiteral(" (") + call.endCallReason.trimmed() + u')';
    return {
        {tr("Call ID"), orDash(call.callId)},
        {tr("Assistant (model ID)"), orDash(call.modelId)},
        {tr("Direction"), CallFormatting::direction(call.campaignType)},
        {tr("From"), orDash(call.phoneNumberFrom)},
        {tr("To"), orDash(call.phoneNumberTo)},
        {tr("Name"), CallFormatting::nameOrUnknown(call.name)},
        {tr("Duration"), CallFormatting::duration(call.durationSeconds)},
        {tr("End reason"), endReason},
        {tr("Turns"), CallFormatting::count(call.turns.size())},
    };
}

QString CallSummary::title(const CallRecord &call)
{
    return tr("Call %1").arg(call.callId);
}
