#pragma once

#include "model/CallRecord.h"
#include "session/CallHistory.h"
#include "session/SessionStart.h"
#include "settings/AppSettings.h"

#include <QMainWindow>

class BrowsePanel;
class BrowseWiring;
class CallBar;
class CallLoader;
class ExportActions;
class ErrorBanner;
class MainMenus;
class MetadataPanel;
class QMenu;
class PlayerPanel;
class QDockWidget;
class QMimeData;
class QNetworkAccessManager;
class QSplitter;
class QStackedWidget;
class RetryCountdown;
class ReviewDock;
class ReviewWiring;
class StartPage;
class TranscriptModel;
class TranscriptPane;

// The review window. It only composes panels that each own one concern and wires them to the
// CallLoader: metadata and player in leftColumn(), the transcript in the middle, docks for review
// and browsing. Each feature's wiring lives in a small class (ExportActions, ReviewWiring,
// BrowseWiring, RetryCountdown) that uses addExportAction(), menus() and callShown.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const SessionStart &start, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showCall(const CallRecord &call);
    void fetch(const QString &callIdText);
    void openFile(const QString &path);
    void openDemoCall();
    void openFileDialog();
    void openSettings();
    void goBack();
    void goForward();
    void exportPlainText(); // File > Export Transcript as Text (the first export action)
    const CallRecord &currentCall() const { return m_call; }
    bool hasCall() const { return !m_call.callId.isEmpty(); }

    QSplitter *leftColumn() const { return m_leftColumn; }
    QMenu *viewMenu() const;
    void addExportAction(QAction *action); // into the File menu's export section

    CallBar *callBar() const { return m_callBar; }
    ErrorBanner *banner() const { return m_banner; }
    MetadataPanel *metadataPanel() const { return m_metadata; }
    TranscriptPane *transcriptPane() const { return m_transcriptPane; }
    StartPage *startPage() const { return m_startPage; }
    CallLoader *callLoader() const { return m_loader; }
    QNetworkAccessManager *network() const { return m_network; }
    PlayerPanel *playerPanel() const { return m_player; }
    MainMenus *menus() const { return m_menus; }
    ReviewDock *reviewDock() const;
    BrowsePanel *browsePanel() const;
    QDockWidget *browseDock() const;
    ExportActions *exportActions() const { return m_exports; }
    RetryCountdown *retryCountdown() const { return m_retryCountdown; }

signals:
    void callShown(const CallRecord &call);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void present(const CallRecord &call); // show without touching history
    void showFailure(const QString &message, bool canRetry);
    void updateKeyState();
    void updateHistoryState();
    void restoreState();
    static QString droppedJsonFile(const QMimeData *mime);

    AppSettings m_settings;
    QNetworkAccessManager *m_network; // one for the call, the player, browsing and exports
    CallLoader *m_loader;
    CallHistory m_history;
    CallRecord m_call;
    TranscriptModel *m_transcript;

    CallBar *m_callBar;
    ErrorBanner *m_banner;
    QSplitter *m_mainSplitter;
    QSplitter *m_leftColumn;
    MetadataPanel *m_metadata;
    PlayerPanel *m_player;
    QStackedWidget *m_content;
    StartPage *m_startPage;
    TranscriptPane *m_transcriptPane;
    MainMenus *m_menus = nullptr;
    ExportActions *m_exports = nullptr;
    ReviewWiring *m_review = nullptr;
    BrowseWiring *m_browse = nullptr;
    RetryCountdown *m_retryCountdown = nullptr;
};
