#pragma once

#include "api/CallService.h"
#include "export/BatchExporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class RedactionOptions;

// File > Export Many…: call IDs pasted or loaded from a file, a folder, a format; then a
// BatchExporter saves them with a progress dialog that can be canceled, and a summary.
class BatchExportDialog : public QDialog
{
    Q_OBJECT

public:
    BatchExportDialog(QNetworkAccessManager *network, const CallService::Settings &service,
                      QWidget *parent = nullptr);
    ~BatchExportDialog() override;

    // callIds: prefilled (e.g. calls chosen in the browse list); empty: as last time.
    static void open(QWidget *parent, QNetworkAccessManager *network,
                     const CallService::Settings &service, const QStringList &callIds = {});

    QStringList callIds() const; // as typed: cleaned, without duplicates or comments
    void setCallIdsText(const QString &text);
    void setFolder(const QString &folder);
    BatchExporter::Settings batchSettings() const;
    bool startExport(); // false (with a message shown) when the input is not usable
    BatchExporter *exporter() const { return m_batch; }

signals:
    void exportFinished(const BatchExporter::Summary &summary);

private:
    void restoreChoices();
    void createLayout();
    void loadIdsFromFile();
    void chooseFolder();
    void onFinished(const BatchExporter::Summary &summary);
    void showSummary(const BatchExporter::Summary &summary);
    void remember() const;

    QNetworkAccessManager *m_network;
    CallService::Settings m_service;
    QPlainTextEdit *m_ids;
    QPushButton *m_loadIds;
    QLineEdit *m_folder;
    QPushButton *m_chooseFolder;
    QComboBox *m_format;
    RedactionOptions *m_redaction;
    QCheckBox *m_overwrite;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    BatchExporter *m_batch = nullptr;
    QProgressDialog *m_progress = nullptr;
};
