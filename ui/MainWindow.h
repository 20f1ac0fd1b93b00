#pragma once

#include "CallRecord.h"
#include "CommandLine.h"

#include <QMainWindow>

class ApiKeyStore;
class CallService;
class MetadataPanel;
class PlayerPanel;
class QLabel;
class QLineEdit;
class QListView;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class ReviewDock;
class TranscriptModel;
struct FetchError;

// The review window: a call bar, the call's fields and its transcript.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const CommandLineOptions &options, QWidget *parent = nullptr);

    void showCall(const CallRecord &call);
    void fetch(const QString &callIdText);

private:
    void createMenus();
    void onFetchClicked();
    void onFetchFailed(const FetchError &error);
    void showError(const QString &message);
    void setBusy(bool busy);
    void openFile();
    void exportText();

    CommandLineOptions m_options;
    QNetworkAccessManager *m_network;
    CallService *m_service;
    ApiKeyStore *m_keyStore;
    QString m_apiKey;
    CallRecord m_call;

    QLineEdit *m_callIdEdit;
    QPushButton *m_fetchButton;
    QProgressBar *m_progress;
    QLabel *m_banner;
    MetadataPanel *m_metadata;
    TranscriptModel *m_transcript;
    QListView *m_transcriptView;
    PlayerPanel *m_player; // issue 4: the embedded player
    ReviewDock *m_review = nullptr; // QA review (issue 8)
};
