#include "export/ExportDialog.h"

#include "export/RedactionOptions.h"
#include "export/TranscriptExporter.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

ExportDialog::ExportDialog(const QString &suggestedName, QWidget *parent)
    : FormatSaveDialog(AppSettings::ExportPlace::SaveAs, tr("Save Transcript As"), formatFilters(),
                       suggestedName, parent)
    , m_redaction(new RedactionOptions(this))
{
    m_redaction->restore(AppSettings::ExportPlace::SaveAs);
    addOptions(m_redaction);
}

QStringList ExportDialog::formatFilters()
{
    QStringList filters;
    for (const ExportFormat format : ExportFormats::all())
        filters << ExportFormats::nameFilter(format);
    return filters;
}

ExportOptions ExportDialog::exportOptions() const
{
    ExportOptions options;
    options.format = ExportFormats::all().value(selectedFormat(), ExportFormat::Text);
    m_redaction->applyTo(options);
    return options;
}

void ExportDialog::remember() const
{
    FormatSaveDialog::remember();
    m_redaction->remember(AppSettings::ExportPlace::SaveAs);
}

bool ExportDialog::saveCall(QWidget *parent, const CallRecord &call)
{
    if (call.callId.isEmpty()) {
        QMessageBox::information(parent, tr("Save Transcript"),
                                 tr("Open a call first: fetch one by its ID, or open a saved "
                                    "call."));
        return false;
    }
    ExportDialog dialog(call.callId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    dialog.remember();
    const QString path = dialog.selectedPath();
    const ExportOptions options = dialog.exportOptions();

    // A long call as PDF takes seconds: render and write off the UI thread, with a busy
    // indicator when it takes long enough to notice.
    QProgressDialog progress(tr("Saving %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0,
                             parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.reset(); // hidden until the timer below
    QTimer::singleShot(400, &progress, &QWidget::show);
    QEventLoop loop;
    QFutureWatcher<QString> watcher;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([call, path, options] {
        QString error;
        return TranscriptExporter::save(call, path, options, &error) ? QString() : error;
    }));
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    progress.hide();
    const QString error = watcher.result();
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, tr("Save Transcript"),
                             error + u'\n'
                                 + tr("Choose another folder or file name and try again."));
        return false;
    }
    return true;
}
