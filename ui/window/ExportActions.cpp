#include "window/ExportActions.h"

#include "api/CallLoader.h"
#include "export/BatchExportDialog.h"
#include "export/ExportDialog.h"
#include "session/CallSession.h"
#include "transcript/TranscriptClipboard.h"
#include "transcript/TranscriptPrinter.h"
#include "window/MainMenus.h"

#include <QAction>

ExportActions::ExportActions(MainMenus *menus, CallSession *session, const CallLoader *loader,
                             QWidget *dialogParent)
    : QObject(menus)
    , m_menus(menus)
    , m_session(session)
    , m_loader(loader)
    , m_parent(dialogParent)
    , m_saveAs(add(QStringLiteral("saveAs"), tr("Save &As…"), QKeySequence(tr("Ctrl+Shift+S"))))
    , m_copy(add(QStringLiteral("copyTranscript"), tr("Cop&y Transcript"), {}))
    , m_print(add(QStringLiteral("print"), tr("&Print…"), QKeySequence::Print))
    , m_exportMany(add(QStringLiteral("exportMany"), tr("Export &Many…"), {}))
{
    const auto enableForCall = [this] {
        for (QAction *needsCall : {m_saveAs, m_copy, m_print})
            needsCall->setEnabled(m_session->hasCall());
    };
    enableForCall();
    connect(session, &CallSession::currentChanged, this, enableForCall);
    connectActions();
}

void ExportActions::connectActions()
{
    connect(m_saveAs, &QAction::triggered, this,
            [this] { ExportDialog::saveCall(m_parent, m_session->current()); });
    connect(m_copy, &QAction::triggered, this, [this] {
        if (TranscriptClipboard::copy(m_session->current()))
            emit statusMessage(tr("Copied the transcript."));
    });
    connect(m_print, &QAction::triggered, this,
            [this] { TranscriptPrinter::print(m_parent, m_session->current()); });
    connect(m_exportMany, &QAction::triggered, this, [this] {
        BatchExportDialog::open(m_parent, m_loader->network(), m_loader->serviceSettings());
    });
}

QAction *ExportActions::add(const QString &name, const QString &text, const QKeySequence &keys)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(keys);
    m_menus->addExportAction(action);
    return action;
}
