#pragma once

#include "export/ExportOptions.h"
#include "export/FormatSaveDialog.h"
#include "model/CallRecord.h"

class RedactionOptions;

// File > Save As…: a FormatSaveDialog with one filter per export format and the redaction
// choices below the file list. Remembers the folder, format and choices.
class ExportDialog : public FormatSaveDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const QString &suggestedName, QWidget *parent = nullptr);

    ExportOptions exportOptions() const; // format from the typed extension, else the filter
    void remember() const;

    // Asks where and how, then saves off the UI thread; reports failures. True when saved.
    static bool saveCall(QWidget *parent, const CallRecord &call);

private:
    static QStringList formatFilters();

    RedactionOptions *m_redaction;
};
