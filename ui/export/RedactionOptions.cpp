#include "export/RedactionOptions.h"

#include <QCheckBox>
#include <QVBoxLayout>

RedactionOptions::RedactionOptions(QWidget *parent)
    : QWidget(parent)
    , m_contacts(new QCheckBox(tr("Hide phone numbers and e-mail addresses"), this))
    , m_name(new QCheckBox(tr("Hide the caller's name"), this))
{
    m_contacts->setObjectName(QStringLiteral("redactContacts"));
    m_name->setObjectName(QStringLiteral("redactName"));
    m_name->setToolTip(tr("Also hides phone numbers and e-mail addresses."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_contacts);
    layout->addWidget(m_name);
    connect(m_name, &QCheckBox::toggled, this, &RedactionOptions::followName);
}

void RedactionOptions::followName(bool hideName)
{
    if (hideName)
        m_contacts->setChecked(true);
    m_contacts->setEnabled(!hideName);
}

AppSettings::Redaction RedactionOptions::redaction() const
{
    AppSettings::Redaction redaction;
    redaction.name = m_name->isChecked();
    redaction.contacts = m_contacts->isChecked() || redaction.name;
    return redaction;
}

void RedactionOptions::setRedaction(const AppSettings::Redaction &redaction)
{
    m_contacts->setChecked(redaction.contacts || redaction.name);
    m_name->setChecked(redaction.name);
    followName(redaction.name); // also when the name box did not change
}

void RedactionOptions::applyTo(ExportOptions &options) const
{
    const AppSettings::Redaction chosen = redaction();
    options.redact = chosen.contacts;
    options.redactName = chosen.name;
}

void RedactionOptions::restore(AppSettings::ExportPlace place)
{
    setRedaction(AppSettings().exportRedaction(place));
}

void RedactionOptions::remember(AppSettings::ExportPlace place) const
{
    AppSettings().setExportRedaction(place, redaction());
}
