#include "transcript/TranscriptPrinter.h"

#include "export/PdfExporter.h"

#include <QApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>

bool TranscriptPrinter::print(QWidget *parent, const CallRecord &call)
{
    if (call.callId.isEmpty()) {
        QMessageBox::information(parent, tr("Print Transcript"),
                                 tr("Open a call first: fetch one by its ID, or open a saved "
                                    "call."));
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Call %1").arg(call.callId));
    printer.setPageSize(
        QPageSize(PdfExporter::usesLetterPaper(QLocale()) ? QPageSize::Letter : QPageSize::A4));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Transcript"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool printed = printTo(&printer, call, &error);
    QApplication::restoreOverrideCursor();
    if (!printed) {
        QMessageBox::warning(parent, tr("Print Transcript"),
                             error + u'\n' + tr("Check the printer and try again."));
    }
    return printed;
}

bool TranscriptPrinter::printTo(QPrinter *printer, const CallRecord &call, QString *error)
{
    return PdfExporter::paint(call, printer, error);
}
