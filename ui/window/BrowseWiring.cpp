#include "window/BrowseWiring.h"

#include "api/CallLoader.h"
#include "browse/BrowsePanel.h"
#include "browse/CallNavigator.h"
#include "export/BatchExportDialog.h"
#include "review/ReviewDock.h"
#include "window/MainMenus.h"
#include "window/MainWindow.h"
#include "window/MetadataPanel.h"
#include "window/StartPage.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

static QStringList idsOf(const QList<CallRecord> &calls)
{
    QStringList ids;
    ids.reserve(calls.size());
    for (const CallRecord &call : calls)
        ids.append(call.callId);
    return ids;
}

BrowseWiring::BrowseWiring(MainWindow *window, ReviewDock *review)
    : QObject(window)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Browse Assistants"), window))
    , m_panel(new BrowsePanel(window->callLoader()->network(), m_dock))
{
    m_dock->setObjectName(QStringLiteral("browseDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide(); // until asked for: it starts loading when first shown

    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("&Browse Assistants"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+B")));
    window->viewMenu()->addAction(toggle);
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            showBrowse();
    });
    connect(window->startPage(), &StartPage::browseRequested, this, &BrowseWiring::showBrowse);

    QMenu *go = window->menus()->goMenu();
    go->addSeparator();
    CallNavigator *navigator = m_panel->navigator();
    go->addAction(tr("&Next Call in List"), QKeySequence(tr("Ctrl+PgDown")), navigator,
                  &CallNavigator::next)
        ->setObjectName(QStringLiteral("nextListedCall"));
    go->addAction(tr("Pre&vious Call in List"), QKeySequence(tr("Ctrl+PgUp")), navigator,
                  &CallNavigator::previous)
        ->setObjectName(QStringLiteral("previousListedCall"));

    window->metadataPanel()->setAssistantDirectory(m_panel->assistantDirectory());
    CallLoader *loader = window->callLoader();
    applyApiAccess();
    connect(loader, &CallLoader::connectionChanged, this, &BrowseWiring::applyApiAccess);
    connect(loader, &CallLoader::keyStateChanged, this, [this, loader] {
        if (loader->hasKey())
            m_panel->retryAfterKeyChange();
    });
    connect(m_panel, &BrowsePanel::callOpened, window, &MainWindow::showCall);
    connect(m_panel, &BrowsePanel::sendToBatchExport, this, [this](const QList<CallRecord> &calls) {
        const CallLoader *loader = m_window->callLoader();
        BatchExportDialog::open(m_window, loader->network(), loader->serviceSettings(),
                                idsOf(calls));
    });
    connect(m_panel, &BrowsePanel::sendToReviewQueue, review,
            [review](const QList<CallRecord> &calls) { review->addToQueue(idsOf(calls)); });
}

void BrowseWiring::showBrowse()
{
    m_dock->show();
    m_dock->raise();
    m_panel->setFocus(Qt::ShortcutFocusReason);
}

void BrowseWiring::applyApiAccess()
{
    const CallLoader *loader = m_window->callLoader();
    m_panel->setApiAccess(loader->apiBase(), loader->timeoutSeconds(),
                          [loader] { return loader->apiKey(); });
}
