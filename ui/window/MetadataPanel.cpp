#include "window/MetadataPanel.h"

#include "browse/AssistantDirectory.h"
#include "format/CallFormatting.h"
#include "format/PhoneFormatting.h"
#include "widgets/ElidedLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

MetadataPanel::MetadataPanel(QWidget *parent)
    : QWidget(parent)
    , m_form(nullptr)
    , m_heading(new QLabel(tr("Call details"), this))
    , m_empty(new QLabel(tr("No call open."), this))
    , m_fields(new QWidget(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    QPalette quiet = m_empty->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    m_empty->setPalette(quiet);

    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setVerticalSpacing(2);
    m_rows.reserve(10); // Field pointers stay valid
    addField(QStringLiteral("callId"), tr("Call ID"), true);
    addField(QStringLiteral("assistantId"), tr("Assistant"), true);
    addField(QStringLiteral("direction"), tr("Direction"), false);
    addField(QStringLiteral("from"), tr("From"), true);
    addField(QStringLiteral("to"), tr("To"), true);
    addField(QStringLiteral("name"), tr("Name"), false);
    addField(QStringLiteral("duration"), tr("Duration"), false);
    addField(QStringLiteral("endReason"), tr("Ended"), false);
    addField(QStringLiteral("recording"), tr("Recording"), false);
    addField(QStringLiteral("turns"), tr("Turns"), false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 8, 10);
    layout->addWidget(m_heading);
    layout->addSpacing(4);
    layout->addWidget(m_empty);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    clear();
}

MetadataPanel::Field &MetadataPanel::addField(const QString &name, const QString &label,
                                              bool copyable)
{
    Field row;
    row.name = name;
    row.label = label;
    // Copyable values are IDs and numbers: one line, elided in the middle when narrow (the
    // copy button copies all of it). The others wrap.
    row.value = copyable ? new ElidedLabel(m_fields) : new QLabel(m_fields);
    row.value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    row.value->setTextFormat(Qt::PlainText);
    row.value->setWordWrap(!copyable);
    row.value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row.value->setAccessibleName(label);
    QWidget *fieldWidget = row.value;
    if (copyable) {
        auto *box = new QWidget(m_fields);
        auto *boxLayout = new QHBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        row.copy = new QToolButton(box);
        const QIcon icon = QIcon::fromTheme(QStringLiteral("edit-copy"));
        if (icon.isNull())
            row.copy->setText(tr("Copy"));
        else
            row.copy->setIcon(icon);
        row.copy->setAutoRaise(true);
        row.copy->setToolTip(tr("Copy %1").arg(label));
        row.copy->setAccessibleName(tr("Copy %1").arg(label));
        row.value->setParent(box);
        boxLayout->addWidget(row.value, 1);
        boxLayout->addWidget(row.copy, 0, Qt::AlignTop);
        connect(row.copy, &QToolButton::clicked, this, [this, name] { copyField(name); });
        fieldWidget = box;
    }
    // Every row as tall as one with a copy button, so the rows are evenly spaced.
    QToolButton probe;
    probe.setAutoRaise(true);
    probe.setText(tr("Copy"));
    fieldWidget->setMinimumHeight(probe.sizeHint().height());
    auto *labelWidget = new QLabel(label, m_fields);
    labelWidget->setMinimumHeight(probe.sizeHint().height());
    m_form->addRow(labelWidget, fieldWidget);
    m_rows.append(row);
    return m_rows.last();
}

MetadataPanel::Field *MetadataPanel::field(const QString &name)
{
    for (Field &row : m_rows) {
        if (row.name == name)
            return &row;
    }
    return nullptr;
}

const MetadataPanel::Field *MetadataPanel::field(const QString &name) const
{
    return const_cast<MetadataPanel *>(this)->field(name);
}

void MetadataPanel::set(const QString &name, const QString &text, const QString &raw)
{
    Field *row = field(name);
    row->display = text;
    if (auto *elided = qobject_cast<ElidedLabel *>(row->value))
        elided->setFullText(text);
    else
        row->value->setText(text);
    row->raw = raw.isEmpty() ? text : raw;
    if (row->copy) {
        row->copy->setEnabled(!row->raw.isEmpty());
        row->copy->setToolTip(tr("Copy %1").arg(row->raw)); // the raw value, as the API gave it
    }
    QPalette p = palette();
    if (text == CallFormatting::nameOrUnknown(QString()))
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText)); // a quiet "unknown"
    row->value->setPalette(p);
}

void MetadataPanel::showCall(const CallRecord &call)
{
    set(QStringLiteral("callId"), call.callId);
    m_modelId = call.modelId;
    showAssistant();
    set(QStringLiteral("direction"), CallFormatting::direction(call.campaignType));
    for (const auto &[name, raw] : {std::pair{QStringLiteral("from"), call.phoneNumberFrom},
                                    std::pair{QStringLiteral("to"), call.phoneNumberTo}}) {
        const QString readable = PhoneFormatting::readable(raw);
        set(name, readable.isEmpty() ? CallFormatting::nameOrUnknown({}) : readable, raw.trimmed());
    }
    set(QStringLiteral("name"), CallFormatting::nameOrUnknown(call.name));
    set(QStringLiteral("duration"), CallFormatting::duration(call.durationSeconds));
    // In words (translated when known); the code as the API gave it in the tooltip.
    set(QStringLiteral("endReason"), CallFormatting::endReason(call.endCallReason),
        call.endCallReason);
    field(QStringLiteral("endReason"))->value->setToolTip(call.endCallReason.trimmed());
    set(QStringLiteral("recording"), call.recordingUrl.trimmed().isEmpty() ? tr("No") : tr("Yes"));

    int bot = 0;
    int human = 0;
    int unlabeled = 0;
    for (const Turn &turn : call.turns)
        (turn.speaker == Speaker::Bot ? bot : turn.speaker == Speaker::Human ? human : unlabeled)++;
    QString turns = tr("%1 %2 · %3 %4")
                        .arg(CallFormatting::speakerName(Speaker::Bot))
                        .arg(bot)
                        .arg(CallFormatting::speakerName(Speaker::Human))
                        .arg(human);
    if (unlabeled > 0)
        turns += tr(" · %1 %2").arg(CallFormatting::speakerName(Speaker::Unknown)).arg(unlabeled);
    set(QStringLiteral("turns"), turns);
    m_empty->hide();
    m_fields->show();
}

void MetadataPanel::setAssistantDirectory(AssistantDirectory *directory)
{
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    if (directory)
        connect(directory, &AssistantDirectory::changed, this, [this] {
            if (!m_modelId.isEmpty())
                showAssistant();
        });
}

void MetadataPanel::showAssistant()
{
    if (m_modelId.isEmpty())
        return set(QStringLiteral("assistantId"), CallFormatting::nameOrUnknown({}), QString());
    const QString shown = m_directory && m_directory->contains(m_modelId)
        ? m_directory->displayName(m_modelId)
        : m_modelId;
    set(QStringLiteral("assistantId"), shown, AssistantDirectory::idForCopy(m_modelId));
}

void MetadataPanel::clear()
{
    m_modelId.clear();
    for (Field &row : m_rows) {
        row.value->clear();
        row.value->setToolTip(QString());
        row.display.clear();
        row.raw.clear();
        if (row.copy)
            row.copy->setEnabled(false);
    }
    m_fields->hide();
    m_empty->show();
}

QString MetadataPanel::fieldText(const QString &name) const
{
    const Field *row = field(name);
    return row ? row->display : QString();
}

QString MetadataPanel::copyValue(const QString &name) const
{
    const Field *row = field(name);
    return row ? row->raw : QString();
}

QString MetadataPanel::fieldToolTip(const QString &name) const
{
    const Field *row = field(name);
    return row ? row->value->toolTip() : QString();
}

void MetadataPanel::copyField(const QString &name)
{
    const Field *row = field(name);
    if (!row || row->raw.isEmpty())
        return;
    QApplication::clipboard()->setText(row->raw);
    emit copied(tr("Copied %1: %2").arg(row->label, row->raw));
}
