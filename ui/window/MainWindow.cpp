#include "window/MainWindow.h"

#include "api/ApiAccess.h"
#include "api/ApiEndpoint.h"
#include "api/CallFileReader.h"
#include "api/CallLoader.h"
#include "base/AtomicFileWriter.h"
#include "export/PlainTextExporter.h"
#include "player/PlayerPanel.h"
#include "review/ReviewDock.h"
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
#include "window/ReviewWiring.h"
#include "window/SettingsDialog.h"
#include "window/StartPage.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(const SessionStart &start, QWidget *parent)
    : QMainWindow(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_loader(new CallLoader(m_network, this))
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
{
    setWindowTitle(tr("Call Review"));
    setAcceptDrops(true);
    // An explicit --api-base / ANUNZI_API_BASE or --timeout wins for this session only.
    const ApiAccess access = ApiAccess::resolve(start.apiBase, start.timeoutSeconds,
                                                m_settings.apiBase(), m_settings.timeoutSeconds());
    m_loader->setConnection(access.apiBase, access.timeoutSeconds);

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
    setCentralWidget(central);
    m_menus = new MainMenus(this);
    m_exports = new ExportActions(this);
    m_review = new ReviewWiring(this);
    m_browse = new BrowseWiring(this, m_review->dock());
    m_retryCountdown = new RetryCountdown(m_loader, m_banner, this);
    new PlaybackKeyGuard(this);
    connect(this, &MainWindow::callShown, m_player, &PlayerPanel::setCall);
    restoreState(); // after the docks exist, so their places come back too

    connect(m_callBar, &CallBar::fetchRequested, this, &MainWindow::fetch);
    connect(m_callBar, &CallBar::cancelRequested, m_loader, &CallLoader::cancel);
    connect(m_callBar, &CallBar::backRequested, this, &MainWindow::goBack);
    connect(m_callBar, &CallBar::forwardRequested, this, &MainWindow::goForward);
    connect(m_callBar, &CallBar::clearRecentRequested, this, [this] {
        m_settings.clearRecentCalls();
        m_callBar->setRecentCalls({});
    });
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
        showCall(call);
    });
    connect(m_loader, &CallLoader::failed, this, &MainWindow::showFailure);
    connect(m_loader, &CallLoader::keyStateChanged, this, &MainWindow::updateKeyState);
    connect(m_loader, &CallLoader::keyNotice, m_banner, &ErrorBanner::showNotice);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemoCall);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openFileDialog);
    connect(m_startPage, &StartPage::settingsRequested, this, &MainWindow::openSettings);
    connect(m_metadata, &MetadataPanel::copied, this,
            [this](const QString &what) { statusBar()->showMessage(what, 4000); });
    connect(m_transcriptPane, &TranscriptPane::statusMessage, this,
            [this](const QString &what) { statusBar()->showMessage(what, 4000); });

    m_callBar->setRecentCalls(m_settings.recentCalls());
    m_loader->loadKey();
    updateKeyState();
    if (start.demo)
        openDemoCall();
    else if (!start.openPath.isEmpty())
        openFile(start.openPath);
    else if (!start.callId.isEmpty())
        fetch(start.callId); // waits for the keychain inside CallLoader
}

MainWindow::~MainWindow() = default;

ReviewDock *MainWindow::reviewDock() const
{
    return m_review->dock();
}

BrowsePanel *MainWindow::browsePanel() const
{
    return m_browse->panel();
}

QDockWidget *MainWindow::browseDock() const
{
    return m_browse->dock();
}

void MainWindow::addExportAction(QAction *action)
{
    m_menus->addExportAction(action);
}

void MainWindow::exportPlainText()
{
    if (!hasCall())
        return showFailure(tr("Open a call first, then export its transcript."), false);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Transcript as Text"),
                                                      m_call.callId + QStringLiteral(".txt"),
                                                      tr("Plain text (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (AtomicFileWriter::write(path, PlainTextExporter::render(m_call).toUtf8(), &error))
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    else
        showFailure(error, false);
}

QMenu *MainWindow::viewMenu() const
{
    return m_menus->viewMenu();
}

void MainWindow::fetch(const QString &callIdText)
{
    m_banner->hide();
    m_loader->fetch(callIdText);
}

void MainWindow::showCall(const CallRecord &call)
{
    m_history.push(call);
    present(call);
}

void MainWindow::present(const CallRecord &call)
{
    m_call = call;
    m_banner->hide();
    m_metadata->showCall(call);
    m_transcript->setTurns(call.turns);
    m_content->setCurrentWidget(m_transcriptPane);
    m_callBar->setCallId(call.callId);
    setWindowTitle(tr("Call %1").arg(call.callId));
    updateHistoryState();
    statusBar()->showMessage(
        tr("Opened call %1 · %n turn(s)", nullptr, int(call.turns.size())).arg(call.callId), 4000);
    emit callShown(call);
}

void MainWindow::showFailure(const QString &message, bool canRetry)
{
    m_banner->showError(message, canRetry);
}

void MainWindow::openFile(const QString &path)
{
    const CallDecoder::Result opened = CallFileReader::read(path);
    opened.ok() ? showCall(*opened.call) : showFailure(opened.error, false);
}

void MainWindow::openDemoCall()
{
    // With its bundled recording, so the player has something to play offline.
    const CallDecoder::Result demo = CallFileReader::demoCall();
    demo.ok() ? showCall(*demo.call) : showFailure(demo.error, false);
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
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings.setApiBase(dialog.apiBase());
    m_settings.setTimeoutSeconds(dialog.timeoutSeconds());
    m_loader->setConnection(dialog.apiBase(), dialog.timeoutSeconds());
    if (dialog.removeKeyRequested())
        m_loader->removeKey();
    if (!dialog.newKey().isEmpty())
        m_loader->storeKey(dialog.newKey());
}

void MainWindow::goBack()
{
    if (m_history.canGoBack())
        present(m_history.back());
}

void MainWindow::goForward()
{
    if (m_history.canGoForward())
        present(m_history.forward());
}

void MainWindow::updateHistoryState()
{
    m_callBar->setHistoryState(m_history.canGoBack(), m_history.canGoForward());
    if (m_menus)
        m_menus->setHistoryState(m_history.canGoBack(), m_history.canGoForward());
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
        reviewDock()->hide();
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
