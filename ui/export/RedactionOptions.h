#pragma once

#include "export/ExportOptions.h"
#include "settings/AppSettings.h"

#include <QWidget>

class QCheckBox;

// The choices that hide personal data in an export, the same in every export dialog: phone
// numbers and e-mail addresses, and the caller's name (which hides the contacts too, so that box
// is then checked and fixed). Each dialog remembers its own choices (AppSettings::ExportPlace).
class RedactionOptions : public QWidget
{
    Q_OBJECT

public:
    explicit RedactionOptions(QWidget *parent = nullptr);

    AppSettings::Redaction redaction() const; // contacts is true whenever name is
    void setRedaction(const AppSettings::Redaction &redaction);
    void applyTo(ExportOptions &options) const; // sets redact and redactName

    void restore(AppSettings::ExportPlace place); // as remembered for that dialog
    void remember(AppSettings::ExportPlace place) const;

private:
    void followName(bool hideName);

    QCheckBox *m_contacts;
    QCheckBox *m_name;
};
