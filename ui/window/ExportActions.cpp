#include "window/ExportActions.h"

#include "api/CallLoader.h"
#include "export/BatchExportDialog.h"
#include "export/ExportDialog.h"
#include "transcript/TranscriptClipboard.h"
#include "transcript/TranscriptPrinter.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QStatusBar>

ExportActions::ExportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_saveAs(add(QStringLiteral("saveAs"), tr("Save &As…"), QKeySequence(tr("Ctrl+Shift+S"))))
    , m_copy(add(QStringLiteral("copyTranscript"), tr("Cop&y Transcript"), {}))
    , m_print(add(QStringLiteral("print"), tr("&Print…"), QKeySequence::Print))
    , m_exportMany(add(QStringLiteral("exportMany"), tr("Export &Many…"), {}))
{
    for (QAction *needsCall : {m_saveAs, m_copy, m_print})
        needsCall->setEnabled(window->hasCall());
    connect(window, &MainWindow::callShown, this, [this] {
        for (QAction *needsCall : {m_saveAs, m_copy, m_print})
            needsCall->setEnabled(true);
    });
    connect(m_saveAs, &QAction::triggered, this,
            [this] { ExportDialog::saveCall(m_window, m_window->currentCall()); });
    connect(m_copy, &QAction::triggered, this, [this] {
        if (TranscriptClipboard::copy(m_window->currentCall()))
            m_window->statusBar()->showMessage(tr("Copied the transcript."), 4000);
    });
    connect(m_print, &QAction::triggered, this,
            [this] { TranscriptPrinter::print(m_window, m_window->currentCall()); });
    connect(m_exportMany, &QAction::triggered, this, [this] {
        const CallLoader *loader = m_window->callLoader();
        BatchExportDialog::open(m_window, loader->network(), loader->serviceSettings());
    });
}

QAction *ExportActions::add(const QString &name, const QString &text, const QKeySequence &keys)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(keys);
    m_window->addExportAction(action);
    return action;
}
