#pragma once

#include "export/ExportOptions.h"
#include "model/CallRecord.h"

#include <QFileDialog>

class QCheckBox;

// File > Save As…: a save dialog with one filter per export format and two checkboxes that
// hide personal data. Remembers the last folder, format and choices (QSettings).
class ExportDialog : public QFileDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const QString &suggestedName, QWidget *parent = nullptr);

    QString selectedPath() const; // with the format's extension when none was typed
    ExportOptions exportOptions() const; // format from the typed extension, else the filter
    void remember() const;

    // Asks where and how, then saves off the UI thread; reports failures. True when saved.
    static bool saveCall(QWidget *parent, const CallRecord &call);

private:
    ExportFormat selectedFilterFormat() const;
    void onFilterSelected(const QString &filter);

    QCheckBox *m_redact;
    QCheckBox *m_redactName;
};
