#include "export/ExportDialog.h"

#include "export/TranscriptExporter.h"

#include <QApplication>
#include <QCheckBox>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ExportSettingsKeys {
constexpr auto folder = "export/lastFolder";
constexpr auto format = "export/lastFormat";
constexpr auto redact = "export/redact";
constexpr auto redactName = "export/redactName";
} // namespace ExportSettingsKeys

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

ExportDialog::ExportDialog(const QString &suggestedName, QWidget *parent)
    : QFileDialog(parent, tr("Save Transcript As"))
    , m_redact(new QCheckBox(tr("Hide phone numbers and e-mail addresses"), this))
    , m_redactName(new QCheckBox(tr("Hide the caller's name"), this))
{
    // Qt's own dialog: the checkboxes need a place in it.
    setOption(QFileDialog::DontUseNativeDialog);
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile);

    QStringList filters;
    for (const ExportFormat format : ExportFormats::all())
        filters << ExportFormats::nameFilter(format);
    setNameFilters(filters);

    const QSettings settings;
    const QString folder =
        settings
            .value(key(ExportSettingsKeys::folder),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const ExportFormat format =
        ExportFormats::fromName(settings.value(key(ExportSettingsKeys::format)).toString())
            .value_or(ExportFormat::Text);
    setDirectory(folder);
    selectNameFilter(ExportFormats::nameFilter(format));
    setDefaultSuffix(ExportFormats::extension(format));
    selectFile(suggestedName + u'.' + ExportFormats::extension(format));
    m_redact->setChecked(settings.value(key(ExportSettingsKeys::redact), false).toBool());
    m_redactName->setChecked(settings.value(key(ExportSettingsKeys::redactName), false).toBool());
    m_redactName->setToolTip(tr("Also hides phone numbers and e-mail addresses."));
    connect(m_redactName, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_redact->setChecked(true);
        m_redact->setEnabled(!on);
    });
    m_redact->setEnabled(!m_redactName->isChecked());

    auto *options = new QWidget(this);
    auto *box = new QVBoxLayout(options);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_redact);
    box->addWidget(m_redactName);
    if (auto *grid = qobject_cast<QGridLayout *>(layout()))
        grid->addWidget(options, grid->rowCount(), 0, 1, grid->columnCount());
    else if (layout())
        layout()->addWidget(options);

    connect(this, &QFileDialog::filterSelected, this, &ExportDialog::onFilterSelected);
}

ExportFormat ExportDialog::selectedFilterFormat() const
{
    const QString filter = selectedNameFilter();
    for (const ExportFormat format : ExportFormats::all()) {
        if (ExportFormats::nameFilter(format) == filter)
            return format;
    }
    return ExportFormat::Text;
}

void ExportDialog::onFilterSelected(const QString &)
{
    const QString extension = ExportFormats::extension(selectedFilterFormat());
    setDefaultSuffix(extension);
    const QStringList files = selectedFiles();
    if (!files.isEmpty() && !QFileInfo(files.first()).fileName().isEmpty())
        selectFile(QFileInfo(files.first()).completeBaseName() + u'.' + extension);
}

QString ExportDialog::selectedPath() const
{
    const QStringList files = selectedFiles();
    if (files.isEmpty())
        return {};
    QString path = files.first();
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + ExportFormats::extension(selectedFilterFormat());
    return path;
}

ExportOptions ExportDialog::exportOptions() const
{
    ExportOptions options;
    options.format = ExportFormats::fromPath(selectedPath()).value_or(selectedFilterFormat());
    options.redactName = m_redactName->isChecked();
    options.redact = m_redact->isChecked() || options.redactName;
    return options;
}

void ExportDialog::remember() const
{
    QSettings settings;
    settings.setValue(key(ExportSettingsKeys::folder), QFileInfo(selectedPath()).absolutePath());
    settings.setValue(key(ExportSettingsKeys::format),
                      ExportFormats::extension(exportOptions().format));
    settings.setValue(key(ExportSettingsKeys::redact), m_redact->isChecked());
    settings.setValue(key(ExportSettingsKeys::redactName), m_redactName->isChecked());
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
