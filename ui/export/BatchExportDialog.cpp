#include "export/BatchExportDialog.h"

#include "api/ApiKeyStore.h"
#include "api/CallIdList.h"
#include "export/RedactionOptions.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

BatchExportDialog::BatchExportDialog(QNetworkAccessManager *network,
                                     const CallService::Settings &service, QWidget *parent)
    : QDialog(parent)
    , m_network(network)
    , m_service(service)
    , m_ids(new QPlainTextEdit(this))
    , m_loadIds(new QPushButton(tr("&Load IDs from File…"), this))
    , m_folder(new QLineEdit(this))
    , m_chooseFolder(new QPushButton(tr("C&hoose…"), this))
    , m_format(new QComboBox(this))
    , m_redaction(new RedactionOptions(this))
    , m_overwrite(new QCheckBox(tr("Overwrite files that are already saved"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Export Many Calls"));
    m_ids->setPlaceholderText(tr("Paste call IDs here, one a line. Lines starting with # are "
                                 "skipped."));
    m_ids->setTabChangesFocus(true);
    for (const ExportFormat format : ExportFormats::all())
        m_format->addItem(ExportFormats::displayName(format), int(format));
    m_overwrite->setToolTip(tr("Without this, calls whose file is already in the folder are "
                               "skipped, so an interrupted export resumes where it stopped."));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    restoreChoices();
    createLayout();
    resize(560, 480);
}

void BatchExportDialog::restoreChoices()
{
    const AppSettings settings;
    m_folder->setText(settings.exportFolder(AppSettings::ExportPlace::Batch));
    const ExportFormat format =
        ExportFormats::fromName(settings.exportFormat(AppSettings::ExportPlace::Batch))
            .value_or(ExportFormat::Text);
    m_format->setCurrentIndex(m_format->findData(int(format)));
    m_redaction->restore(AppSettings::ExportPlace::Batch);
}

void BatchExportDialog::createLayout()
{
    auto *idsRow = new QHBoxLayout;
    idsRow->addWidget(new QLabel(tr("Call IDs:"), this), 1);
    idsRow->addWidget(m_loadIds);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    // A row that is a layout gets no buddy from QFormLayout: without one the '&' shows.
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    auto *form = new QFormLayout;
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(QString(), m_redaction);
    form->addRow(QString(), m_overwrite);
    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(idsRow);
    layout->addWidget(m_ids, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_loadIds, &QPushButton::clicked, this, &BatchExportDialog::loadIdsFromFile);
    connect(m_chooseFolder, &QPushButton::clicked, this, &BatchExportDialog::chooseFolder);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &BatchExportDialog::startExport);
}

BatchExportDialog::~BatchExportDialog()
{
    if (m_batch) {
        m_batch->disconnect(this); // no summary for a dialog that is going away
        m_batch->cancel();
    }
}

void BatchExportDialog::open(QWidget *parent, QNetworkAccessManager *network,
                             const CallService::Settings &service, const QStringList &callIds)
{
    BatchExportDialog dialog(network, service, parent);
    if (!callIds.isEmpty())
        dialog.setCallIdsText(callIds.join(u'\n'));
    dialog.exec();
}

QStringList BatchExportDialog::callIds() const
{
    // What is not an ID stays in the batch, where it fails on its own and is listed.
    const CallIdList::Parsed parsed = CallIdList::parse(m_ids->toPlainText());
    return CallIdList::withoutDuplicates(parsed.ids + parsed.rejected);
}

void BatchExportDialog::setCallIdsText(const QString &text)
{
    m_ids->setPlainText(text);
}

void BatchExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

BatchExporter::Settings BatchExportDialog::batchSettings() const
{
    BatchExporter::Settings settings;
    settings.directory = m_folder->text().trimmed();
    settings.exportOptions.format = ExportFormat(m_format->currentData().toInt());
    m_redaction->applyTo(settings.exportOptions);
    settings.overwrite = m_overwrite->isChecked();
    settings.service = m_service;
    return settings;
}

void BatchExportDialog::loadIdsFromFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load Call IDs"), QString(), tr("Text files (*.txt *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const QStringList ids = CallIdList::read(path, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QString text = m_ids->toPlainText();
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    m_ids->setPlainText(text + ids.join(u'\n'));
}

void BatchExportDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export to Folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

bool BatchExportDialog::startExport()
{
    const auto refuse = [this](const QString &message) {
        m_status->setText(message);
        return false;
    };
    if (m_batch)
        return false;
    const QStringList ids = callIds();
    if (ids.isEmpty())
        return refuse(tr("Paste or load at least one call ID."));
    const BatchExporter::Settings settings = batchSettings();
    if (settings.service.apiKey.isEmpty())
        return refuse(ApiKeyStore::missingKeyMessage());
    if (settings.directory.isEmpty() || !QDir().mkpath(settings.directory)) {
        return refuse(tr("The folder \"%1\" cannot be created. Choose another folder.")
                          .arg(QDir::toNativeSeparators(settings.directory)));
    }
    remember();

    m_batch = new BatchExporter(m_network, this);
    m_batch->setSettings(settings);
    m_progress = new QProgressDialog(tr("Exporting %n call(s)…", nullptr, int(ids.size())),
                                     tr("Cancel"), 0, int(ids.size()), this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_batch, &BatchExporter::cancel);
    connect(m_batch, &BatchExporter::progress, m_progress, [this](int done, int total) {
        if (!m_progress)
            return;
        m_progress->setLabelText(tr("Exported %1 of %2 calls…").arg(done).arg(total));
        m_progress->setMaximum(total);
        // Last: a modal progress dialog processes events in setValue(), so the batch may
        // finish (and the dialog go) before it returns.
        m_progress->setValue(done);
    });
    connect(m_batch, &BatchExporter::finished, this, &BatchExportDialog::onFinished);
    m_status->clear();
    m_batch->start(ids);
    return true;
}

void BatchExportDialog::onFinished(const BatchExporter::Summary &summary)
{
    m_progress->hide();
    m_progress->deleteLater();
    m_progress = nullptr;
    m_batch->deleteLater();
    m_batch = nullptr;
    showSummary(summary);
    emit exportFinished(summary);
}

void BatchExportDialog::showSummary(const BatchExporter::Summary &summary)
{
    QString text = tr("%1 saved, %2 skipped (already saved), %3 failed.")
                       .arg(summary.saved)
                       .arg(summary.skipped)
                       .arg(summary.failed);
    if (summary.canceled)
        text += u' ' + tr("Canceled: %n call(s) not exported.", nullptr, summary.notStarted);
    if (summary.failed > 0) {
        text += u'\n' + tr("Export again to retry the failed calls; saved ones are skipped.");
        QStringList details;
        for (const BatchExporter::ItemResult &failure : summary.failures)
            details << failure.callId + QStringLiteral(": ") + failure.reason;
        text += u"\n\n" + details.mid(0, 20).join(u'\n');
        if (details.size() > 20)
            text += u'\n' + tr("… and %n more.", nullptr, int(details.size() - 20));
    }
    m_status->setText(text);
}

void BatchExportDialog::remember() const
{
    AppSettings settings;
    settings.setExportFolder(AppSettings::ExportPlace::Batch, m_folder->text());
    settings.setExportFormat(
        AppSettings::ExportPlace::Batch,
        ExportFormats::extension(ExportFormat(m_format->currentData().toInt())));
    m_redaction->remember(AppSettings::ExportPlace::Batch);
}
