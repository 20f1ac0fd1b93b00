#include "MetadataPanel.h"

#include "CallFormatting.h"

#include <QFormLayout>
#include <QLabel>

MetadataPanel::MetadataPanel(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_callId = addRow(form, tr("Call ID"));
    m_assistantId = addRow(form, tr("Assistant"));
    m_direction = addRow(form, tr("Direction"));
    m_from = addRow(form, tr("From"));
    m_to = addRow(form, tr("To"));
    m_name = addRow(form, tr("Name"));
    m_duration = addRow(form, tr("Duration"));
    m_endReason = addRow(form, tr("End reason"));
    m_recording = addRow(form, tr("Recording"));
    m_turns = addRow(form, tr("Turns"));
}

QLabel *MetadataPanel::addRow(QFormLayout *form, const QString &label)
{
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

void MetadataPanel::showCall(const CallRecord &call)
{
    m_callId->setText(call.callId);
    m_assistantId->setText(call.modelId);
    m_direction->setText(CallFormatting::direction(call.campaignType));
    m_from->setText(call.phoneNumberFrom);
    m_to->setText(call.phoneNumberTo);
    m_name->setText(CallFormatting::nameOrUnknown(call.name));
    m_duration->setText(CallFormatting::duration(call.durationSeconds));
    m_endReason->setText(CallFormatting::endReason(call.endCallReason));
    m_endReason->setToolTip(call.endCallReason);
    m_recording->setText(call.recordingUrl.isEmpty() ? tr("No") : tr("Yes"));
    m_turns->setText(QString::number(call.turns.size()));
}

void MetadataPanel::clear()
{
    for (QLabel *label : {m_callId, m_assistantId, m_direction, m_from, m_to, m_name, m_duration,
                          m_endReason, m_recording, m_turns}) {
        label->clear();
    }
}
