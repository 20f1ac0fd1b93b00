#pragma once

#include "export/ExportFormat.h"

#include <QLocale>

// How a transcript is saved: the format and what is hidden (see Redactor).
struct ExportOptions
{
    ExportFormat format = ExportFormat::Text;
    bool redact = false; // phone numbers and e-mail addresses
    bool redactName = false; // the caller's name (also hides contacts)
    QLocale locale; // paper size of PDFs

    bool redacts() const { return redact || redactName; }
};
