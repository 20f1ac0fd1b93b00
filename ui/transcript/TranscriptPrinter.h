#pragma once

#include "model/CallRecord.h"

#include <QCoreApplication>

class QPrinter;
class QWidget;

// File > Print (Ctrl+P): the print dialog, then the same paginated layout as the PDF export.
class TranscriptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptPrinter)

public:
    static bool print(QWidget *parent, const CallRecord &call);

    // After the dialog: paints the call onto the printer's pages. False + *error on failure.
    static bool printTo(QPrinter *printer, const CallRecord &call, QString *error);
};
