#include "MainWindow.h"

#include "ApiEndpoint.h"
#include "ApiKeyStore.h"
#include "AtomicFileWriter.h"
#include "BrowsePanel.h"
#include "CallFileReader.h"
#include "CallNavigator.h"
#include "CallService.h"
#include "MetadataPanel.h"
#include "PlainTextExporter.h"
#include "TranscriptModel.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

MainWindow::MainWindow(const CommandLineOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_service(new CallService(m_network, this))
    , m_keyStore(new ApiKeyStore(this))
    , m_callIdEdit(new QLineEdit(this))
    , m_fetchButton(new QPushButton(tr("&Fetch"), this))
    , m_progress(new QProgressBar(this))
    , m_banner(new QLabel(this))
    , m_metadata(new MetadataPanel(this))
    , m_transcript(new TranscriptModel(this))
    , m_transcriptView(new QListView(this))
{
    setWindowTitle(tr("Call Review"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *bar = new QHBoxLayout;
    m_callIdEdit->setPlaceholderText(tr("Call ID, e.g. 1725527007259x327898249603432960"));
    m_callIdEdit->setClearButtonEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    bar->addWidget(m_callIdEdit, 1);
    bar->addWidget(m_fetchButton);
    bar->addWidget(m_progress);
    layout->addLayout(bar);

    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_metadata);
    m_transcriptView->setModel(m_transcript);
    m_transcriptView->setWordWrap(true);
    m_transcriptView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    splitter->addWidget(m_transcriptView);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    createMenus();
    resize(1100, 720);

    // Browse assistants and their calls (issue 9): a dock, toggled by View > Browse Assistants.
    auto *browse = new BrowsePanel(m_network, this);
    browse->setApiAccess(m_options.apiBase, m_options.timeoutSeconds, [this] { return m_apiKey; });
    connect(browse, &BrowsePanel::callOpened, this, &MainWindow::showCall);
    connect(m_keyStore, &ApiKeyStore::keyRead, browse, &BrowsePanel::retryAfterKeyChange,
            Qt::QueuedConnection);
    auto *browseDock = new QDockWidget(tr("Browse Assistants"), this);
    browseDock->setObjectName(QStringLiteral("browseDock"));
    browseDock->setWidget(browse);
    addDockWidget(Qt::TopDockWidgetArea, browseDock);
    QAction *browseAction = browseDock->toggleViewAction();
    browseAction->setText(tr("&Browse Assistants…"));
    browseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    menuBar()->addMenu(tr("&View"))->addAction(browseAction);
    addAction(tr("Next Call in List"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
              browse->navigator(), &CallNavigator::next);
    addAction(tr("Previous Call in List"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
              browse->navigator(), &CallNavigator::previous);

    connect(m_callIdEdit, &QLineEdit::returnPressed, this, &MainWindow::onFetchClicked);
    connect(m_fetchButton, &QPushButton::clicked, this, &MainWindow::onFetchClicked);
    connect(m_service, &CallService::callFetched, this, [this](const CallRecord &call) {
        setBusy(false);
        showCall(call);
    });
    connect(m_service, &CallService::fetchFailed, this, &MainWindow::onFetchFailed);

    m_apiKey = ApiKeyStore::fromEnvironment();
    if (m_apiKey.isEmpty()) {
        connect(m_keyStore, &ApiKeyStore::keyRead, this, [this](const QString &key) {
            m_apiKey = key;
        });
        m_keyStore->readFromKeychain();
    }

    if (options.demo) {
        const CallDecoder::Result demo = CallFileReader::demoCall();
        demo.ok() ? showCall(*demo.call) : showError(demo.error);
    } else if (!options.openPath.isEmpty()) {
        const CallDecoder::Result opened = CallFileReader::read(options.openPath);
        opened.ok() ? showCall(*opened.call) : showError(opened.error);
    } else if (!options.callId.isEmpty()) {
        m_callIdEdit->setText(options.callId);
        // After the keychain had its chance to answer.
        QMetaObject::invokeMethod(this, [this] { onFetchClicked(); }, Qt::QueuedConnection);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Saved Call…"), QKeySequence::Open, this, &MainWindow::openFile);
    file->addAction(tr("Open &Demo Call"), this, [this] {
        const CallDecoder::Result demo = CallFileReader::demoCall();
        demo.ok() ? showCall(*demo.call) : showError(demo.error);
    });
    file->addAction(tr("&Export Transcript…"), QKeySequence::Save, this, &MainWindow::exportText);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Call Review"), this, [this] {
        QMessageBox::about(this, tr("About Call Review"),
                           tr("Call Review %1\nReview calls handled by Anunzi AI voice assistants.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::showCall(const CallRecord &call)
{
    m_call = call;
    m_banner->hide();
    m_metadata->showCall(call);
    m_transcript->setTurns(call.turns);
    setWindowTitle(tr("Call %1 — Call Review").arg(call.callId));
}

void MainWindow::fetch(const QString &callIdText)
{
    const QString callId = ApiEndpoint::extractCallId(callIdText);
    if (callId.isEmpty()) {
        showError(tr("\"%1\" is not a valid call ID. %2")
                      .arg(callIdText.trimmed().left(160), ApiEndpoint::callIdRules()));
        return;
    }
    CallService::Settings settings;
    settings.apiBase = m_options.apiBase.isEmpty() ? ApiEndpoint::defaultBase.toString()
                                                   : m_options.apiBase;
    settings.apiKey = m_apiKey;
    settings.timeoutSeconds = m_options.timeoutSeconds;
    m_service->setSettings(settings);
    setBusy(true);
    m_service->fetchCall(callId);
}

void MainWindow::onFetchClicked()
{
    if (m_service->isBusy()) {
        m_service->cancel();
        return;
    }
    fetch(m_callIdEdit->text());
}

void MainWindow::onFetchFailed(const FetchError &error)
{
    setBusy(false);
    if (error.kind != FetchError::Kind::Canceled)
        showError(error.message);
}

void MainWindow::showError(const QString &message)
{
    m_banner->setText(message);
    m_banner->show();
}

void MainWindow::setBusy(bool busy)
{
    m_fetchButton->setText(busy ? tr("&Cancel") : tr("&Fetch"));
    m_progress->setVisible(busy);
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Saved Call"), QString(),
                                                      tr("API responses (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const CallDecoder::Result opened = CallFileReader::read(path);
    opened.ok() ? showCall(*opened.call) : showError(opened.error);
}

void MainWindow::exportText()
{
    if (m_call.callId.isEmpty()) {
        showError(tr("Open a call first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Transcript"),
                                                      m_call.callId + QStringLiteral(".txt"),
                                                      tr("Plain text (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!AtomicFileWriter::write(path, PlainTextExporter::render(m_call).toUtf8(), &error))
        showError(error);
}
