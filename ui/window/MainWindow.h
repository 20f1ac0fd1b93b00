#pragma once

#include "model/CallRecord.h"
#include "session/SessionStart.h"
#include "settings/AppSettings.h"

#include <QMainWindow>

class BrowseWiring;
class CallBar;
class CallLoader;
class CallSession;
class ErrorBanner;
class ExportActions;
class MainMenus;
class MetadataPanel;
class PlaybackWiring;
class PlayerPanel;
class QMimeData;
class QNetworkAccessManager;
class QSplitter;
class QStackedWidget;
class ReviewWiring;
class StartPage;
class TranscriptModel;
class TranscriptPane;
class ViewOptions;

// The review window. It composes panels that each own one concern around a CallSession (the
// call on screen and its history) and a CallLoader (fetching): metadata and player on the left,
// the transcript in the middle, docks for review and browsing. Each feature's wiring lives in a
// small class (MainMenus, ExportActions, ReviewWiring, BrowseWiring, RetryCountdown) that is
// handed the parts it works with, never the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const SessionStart &start, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The call on screen and the history; opening a call anywhere goes through it.
    CallSession *session() const { return m_session; }
    PlaybackWiring *playback() const { return m_playback; }
    ViewOptions *viewOptions() const { return m_viewOptions; }

    void fetch(const QString &callIdText);
    void openFile(const QString &path);
    void openDemoCall();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createLayout();
    void createFeatures(const SessionStart &start);
    void connectCallBar();
    void connectLoader();
    void connectPanels();
    void restoreState();
    void begin(const SessionStart &start);

    void present(const CallRecord &call);
    void showFailure(const QString &message, bool canRetry);
    void showStatus(const QString &message);
    void updateKeyState();
    void openFileDialog();
    void openSettings();
    void exportPlainText(); // File > Export Transcript as Text
    static QString droppedJsonFile(const QMimeData *mime);

    AppSettings m_settings;
    QNetworkAccessManager *m_network; // one for the call, the player, browsing and exports
    CallLoader *m_loader;
    CallSession *m_session;
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
    PlaybackWiring *m_playback = nullptr;
    QWidget *m_timelineHost; // the full-width timeline's place, under the chat
    ViewOptions *m_viewOptions = nullptr;
};
