#include "window/BrowseWiring.h"

#include "api/CallLoader.h"
#include "browse/BrowsePanel.h"
#include "browse/CallNavigator.h"
#include "export/BatchExportDialog.h"
#include "review/ReviewDock.h"
#include "session/CallSession.h"
#include "window/MainMenus.h"
#include "window/MetadataPanel.h"
#include "window/StartPage.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

static QStringList idsOf(const QList<CallRecord> &calls)
{
    QStringList ids;
    ids.reserve(calls.size());
    for (const CallRecord &call : calls)
        ids.append(call.callId);
    return ids;
}

BrowseWiring::BrowseWiring(QMainWindow *window, const Parts &parts)
    : QObject(window)
    , m_window(window)
    , m_loader(parts.loader)
    , m_dock(new QDockWidget(tr("Browse Assistants"), window))
    , m_panel(new BrowsePanel(parts.loader->network(), m_dock))
{
    m_dock->setObjectName(QStringLiteral("browseDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide(); // until asked for: it starts loading when first shown
    addActions(parts.menus);
    parts.metadata->setAssistantDirectory(m_panel->assistantDirectory());
    applyApiAccess();
    connectParts(parts);
}

void BrowseWiring::addActions(MainMenus *menus)
{
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("&Browse Assistants"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+B")));
    menus->viewMenu()->addAction(toggle);
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            showBrowse();
    });

    QMenu *go = menus->goMenu();
    go->addSeparator();
    CallNavigator *navigator = m_panel->navigator();
    go->addAction(tr("&Next Call in List"), QKeySequence(tr("Ctrl+PgDown")), navigator,
                  &CallNavigator::next)
        ->setObjectName(QStringLiteral("nextListedCall"));
    go->addAction(tr("Pre&vious Call in List"), QKeySequence(tr("Ctrl+PgUp")), navigator,
                  &CallNavigator::previous)
        ->setObjectName(QStringLiteral("previousListedCall"));
}

void BrowseWiring::connectParts(const Parts &parts)
{
    const CallLoader *loader = parts.loader;
    connect(parts.startPage, &StartPage::browseRequested, this, &BrowseWiring::showBrowse);
    connect(loader, &CallLoader::connectionChanged, this, &BrowseWiring::applyApiAccess);
    connect(loader, &CallLoader::keyStateChanged, this, [this, loader] {
        if (loader->hasKey())
            m_panel->retryAfterKeyChange();
    });
    connect(m_panel, &BrowsePanel::callOpened, parts.session, &CallSession::open);
    connect(m_panel, &BrowsePanel::sendToBatchExport, this, [this](const QList<CallRecord> &calls) {
        BatchExportDialog::open(m_window, m_loader->network(), m_loader->serviceSettings(),
                                idsOf(calls));
    });
    ReviewDock *review = parts.review;
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
    const CallLoader *loader = m_loader;
    m_panel->setApiAccess(loader->apiBase(), loader->timeoutSeconds(),
                          [loader] { return loader->apiKey(); });
}
