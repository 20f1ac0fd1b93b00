#include "window/MainWindow.h"

#include "api/ApiAccess.h"
#include "api/CallFileReader.h"
#include "api/CallLoader.h"
#include "base/AtomicFileWriter.h"
#include "export/PlainTextExporter.h"
#include "player/PlayerPanel.h"
#include "review/FindingsPanel.h"
#include "review/ReviewDock.h"
#include "session/CallSession.h"
#include "team/TeamMenu.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPane.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RetryCountdown.h"
#include "window/BrowseWiring.h"
#include "window/CallBar.h"
#include "window/ExportActions.h"
#include "window/MainMenus.h"
#include "window/MetadataPanel.h"
#include "window/PlaybackKeyGuard.h"
#include "window/PlaybackWiring.h"
#include "window/ReviewWiring.h"
#include "window/SettingsDialog.h"
#include "window/StartPage.h"
#include "window/ViewOptions.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {
constexpr int statusTimeoutMs = 4000;
}

MainWindow::MainWindow(const SessionStart &start, QWidget *parent)
    : QMainWindow(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_loader(new CallLoader(m_network, this))
    , m_session(new CallSession(this))
    , m_transcript(new TranscriptModel(this))
    , m_callBar(new CallBar(this))
    , m_banner(new ErrorBanner(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_leftColumn(new QSplitter(Qt::Vertical, this))
    , m_metadata(new MetadataPanel(this))
    , m_player(new PlayerPanel(m_network, this))
    , m_content(new QStackedWidget(this))
    , m_startPage(new StartPage(this))
    , m_transcriptPane(new TranscriptPane(m_transcript, this))
    , m_timelineHost(new QWidget(this))
{
    setWindowTitle(tr("Call Review"));
    setAcceptDrops(true);
    // An explicit --api-base / ANUNZI_API_BASE or --timeout wins for this session only.
    const ApiAccess access = ApiAccess::resolve(start.apiBase, start.timeoutSeconds,
                                                m_settings.apiBase(), m_settings.timeoutSeconds());
    m_loader->setConnection(access.apiBase, access.timeoutSeconds);
    // The window shows the call first; the features (connected later) follow it.
    connect(m_session, &CallSession::currentChanged, this, &MainWindow::present);

    createLayout();
    createFeatures(start);
    restoreState(); // after the docks exist, so their places come back too
    connectCallBar();
    connectLoader();
    connectPanels();
    begin(start);
}

MainWindow::~MainWindow() = default;

// Call bar and banner on top; metadata and player on the left, the start page or the
// transcript on the right.
void MainWindow::createLayout()
{
    m_banner->setObjectName(QStringLiteral("windowBanner"));
    m_leftColumn->setObjectName(QStringLiteral("leftColumn"));
    m_leftColumn->addWidget(m_metadata);
    m_leftColumn->addWidget(m_player);
    m_player->setContentsMargins(12, 0, 12, 8); // lines up with the metadata's fields
    m_leftColumn->setChildrenCollapsible(false);
    m_content->addWidget(m_startPage);
    m_content->addWidget(m_transcriptPane);
    m_mainSplitter->addWidget(m_leftColumn);
    m_mainSplitter->addWidget(m_content);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({330, 870});
    m_mainSplitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_callBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_mainSplitter, 1);
    m_timelineHost->setObjectName(QStringLiteral("timelineHost"));
    auto *timeline = new QVBoxLayout(m_timelineHost);
    timeline->setContentsMargins(12, 4, 12, 6);
    m_timelineHost->setMinimumHeight(110); // room for two lanes and the scroll bar
    m_timelineHost->hide();
    layout->addWidget(m_timelineHost);
    setCentralWidget(central);
}

// Menus, exports, the review and browse docks, each handed only the parts it works with.
void MainWindow::createFeatures(const SessionStart &start)
{
    m_menus = new MainMenus(this, {m_session, m_loader, m_callBar, m_transcriptPane, m_player});
    m_exports = new ExportActions(m_menus, m_session, m_loader, this);
    // --review-db wins for this session ('' the local file), else the saved shared database.
    m_review =
        new ReviewWiring(this, m_menus, m_transcriptPane, m_session,
                         start.reviewDb.value_or(m_settings.reviewDatabase()), start.reviewer);
    m_browse = new BrowseWiring(
        this, {m_menus, m_session, m_loader, m_startPage, m_metadata, m_review->dock()});
    m_playback = new PlaybackWiring({m_session, m_player, m_transcript, m_transcriptPane, m_menus,
                                     m_review->dock()->findingsPanel(), m_review->dock()},
                                    this);
    m_playback->setDeadAirMs(m_settings.deadAirMs());
    m_viewOptions =
        new ViewOptions({m_menus->viewMenu(), m_player, m_timelineHost}, m_settings, this);
    new RetryCountdown(m_loader, m_banner, this);
    new PlaybackKeyGuard(this);
    new TeamMenu(m_menus->reviewMenu(), this, m_review->dock(), m_browse->panel());
}

void MainWindow::connectCallBar()
{
    connect(m_callBar, &CallBar::fetchRequested, this, &MainWindow::fetch);
    connect(m_callBar, &CallBar::cancelRequested, m_loader, &CallLoader::cancel);
    connect(m_callBar, &CallBar::backRequested, m_session, &CallSession::goBack);
    connect(m_callBar, &CallBar::forwardRequested, m_session, &CallSession::goForward);
    connect(m_session, &CallSession::historyChanged, m_callBar, &CallBar::setHistoryState);
    connect(m_callBar, &CallBar::clearRecentRequested, this, [this] {
        m_settings.clearRecentCalls();
        m_callBar->setRecentCalls({});
    });
    m_callBar->setRecentCalls(m_settings.recentCalls());
    m_callBar->setHistoryState(false, false);
}

void MainWindow::connectLoader()
{
    connect(m_banner, &ErrorBanner::retryRequested, m_loader, &CallLoader::retry);
    connect(m_loader, &CallLoader::busyChanged, m_callBar, &CallBar::setBusy);
    connect(m_loader, &CallLoader::busyChanged, this, [this](bool busy) {
        if (busy)
            statusBar()->showMessage(tr("Fetching call %1…").arg(m_loader->lastCallId()));
        else
            statusBar()->clearMessage();
    });
    connect(m_loader, &CallLoader::progress, m_callBar, &CallBar::setProgress);
    connect(m_loader, &CallLoader::loaded, this, [this](const CallRecord &call) {
        // Only fetched calls become recent calls: a file's or the demo's ID may not exist.
        m_settings.addRecentCall(call.callId);
        m_callBar->setRecentCalls(m_settings.recentCalls());
        m_session->open(call);
    });
    connect(m_loader, &CallLoader::failed, this, &MainWindow::showFailure);
    connect(m_loader, &CallLoader::keyStateChanged, this, &MainWindow::updateKeyState);
    connect(m_loader, &CallLoader::keyNotice, m_banner, &ErrorBanner::showNotice);
}

void MainWindow::connectPanels()
{
    connect(m_session, &CallSession::currentChanged, m_player, &PlayerPanel::setCall);
    connect(m_menus, &MainMenus::openFileRequested, this, &MainWindow::openFileDialog);
    connect(m_menus, &MainMenus::openDemoRequested, this, &MainWindow::openDemoCall);
    connect(m_menus, &MainMenus::exportTextRequested, this, &MainWindow::exportPlainText);
    connect(m_menus, &MainMenus::settingsRequested, this, &MainWindow::openSettings);
    connect(m_exports, &ExportActions::statusMessage, this, &MainWindow::showStatus);
    connect(m_review->dock(), &ReviewDock::openCall, this, &MainWindow::fetch);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemoCall);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openFileDialog);
    connect(m_startPage, &StartPage::settingsRequested, this, &MainWindow::openSettings);
    connect(m_metadata, &MetadataPanel::copied, this, &MainWindow::showStatus);
    connect(m_transcriptPane, &TranscriptPane::statusMessage, this, &MainWindow::showStatus);
}

// What the command line asked to open first, once the key is being looked up.
void MainWindow::begin(const SessionStart &start)
{
    m_loader->loadKey();
    updateKeyState();
    if (start.demo)
        openDemoCall();
    else if (!start.openPath.isEmpty())
        openFile(start.openPath);
    else if (!start.callId.isEmpty())
        fetch(start.callId); // waits for the keychain inside CallLoader
}

void MainWindow::exportPlainText()
{
    if (!m_session->hasCall())
        return showFailure(tr("Open a call first, then export its transcript."), false);
    const CallRecord &call = m_session->current();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Transcript as Text"),
                                                      call.callId + QStringLiteral(".txt"),
                                                      tr("Plain text (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (AtomicFileWriter::write(path, PlainTextExporter::render(call).toUtf8(), &error))
        showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    else
        showFailure(error, false);
}

void MainWindow::fetch(const QString &callIdText)
{
    m_banner->hide();
    m_loader->fetch(callIdText);
}

void MainWindow::present(const CallRecord &call)
{
    m_banner->hide();
    m_metadata->showCall(call);
    m_transcript->setTurns(call.turns);
    m_content->setCurrentWidget(m_transcriptPane);
    m_callBar->setCallId(call.callId);
    setWindowTitle(tr("Call %1").arg(call.callId));
    statusBar()->showMessage(
        tr("Opened call %1 · %n turn(s)", nullptr, int(call.turns.size())).arg(call.callId),
        statusTimeoutMs);
}

void MainWindow::showFailure(const QString &message, bool canRetry)
{
    m_banner->showError(message, canRetry);
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, statusTimeoutMs);
}

void MainWindow::openFile(const QString &path)
{
    const CallDecoder::Result opened = CallFileReader::read(path);
    opened.ok() ? m_session->open(*opened.call) : showFailure(opened.error, false);
}

void MainWindow::openDemoCall()
{
    // With its bundled recording, so the player has something to play offline.
    const CallDecoder::Result demo = CallFileReader::demoCall();
    demo.ok() ? m_session->open(*demo.call) : showFailure(demo.error, false);
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Saved Call"), QString(),
                                                      tr("API responses (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_loader, this);
    dialog.setApiBase(m_loader->apiBase());
    dialog.setTimeoutSeconds(m_loader->timeoutSeconds());
    dialog.setDeadAirMs(m_settings.deadAirMs());
    dialog.setReviewDatabase(m_settings.reviewDatabase());
    dialog.setReviewerName(m_settings.reviewerName());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings.setReviewDatabase(dialog.reviewDatabase());
    m_settings.setReviewerName(dialog.reviewerName());
    m_settings.setApiBase(dialog.apiBase());
    m_settings.setTimeoutSeconds(dialog.timeoutSeconds());
    m_settings.setDeadAirMs(dialog.deadAirMs());
    m_playback->setDeadAirMs(m_settings.deadAirMs());
    m_loader->setConnection(dialog.apiBase(), dialog.timeoutSeconds());
    if (dialog.removeKeyRequested())
        m_loader->removeKey();
    if (!dialog.newKey().isEmpty())
        m_loader->storeKey(dialog.newKey());
}

void MainWindow::updateKeyState()
{
    m_startPage->setKeyState(m_loader->hasKey(), m_loader->isKeyLoading(),
                             m_loader->keychainError());
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings.windowGeometry())) {
        // First start: 1280×800, or the whole screen when it is smaller.
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(QSize(1280, 800).boundedTo(available));
    }
    if (!QMainWindow::restoreState(m_settings.windowState()) && width() < 1100) {
        // First start on a small screen: the transcript gets the room; Ctrl+Shift+R shows
        // the review panel.
        m_review->dock()->hide();
    }
    m_mainSplitter->restoreState(m_settings.splitterState(QStringLiteral("main")));
    m_leftColumn->restoreState(m_settings.splitterState(QStringLiteral("left")));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(QStringLiteral("main"), m_mainSplitter->saveState());
    m_settings.setSplitterState(QStringLiteral("left"), m_leftColumn->saveState());
    m_loader->cancel();
    event->accept();
}

QString MainWindow::droppedJsonFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().first();
    if (!url.isLocalFile())
        return {};
    const QString path = url.toLocalFile();
    return QFileInfo(path).suffix().compare(u"json", Qt::CaseInsensitive) == 0 ? path : QString();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedJsonFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedJsonFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}
