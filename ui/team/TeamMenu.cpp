#include "team/TeamMenu.h"

#include "assignment/AssignmentStore.h"
#include "browse/BrowsePanel.h"
#include "browse/CallFilterProxyModel.h"
#include "browse/CallTableModel.h"
#include "browse/CallTableView.h"
#include "review/ReviewDock.h"
#include "review/ReviewQueue.h"
#include "review/ReviewStore.h"
#include "review/ScorecardPanel.h"
#include "settings/AppSettings.h"
#include "team/AssignmentDialog.h"
#include "team/CalibrationBanner.h"
#include "team/CalibrationDialog.h"

#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

#include <optional>

TeamMenu::TeamMenu(QMenu *menu, QMainWindow *window, ReviewDock *review, BrowsePanel *browse)
    : QObject(window)
    , m_window(window)
    , m_review(review)
    , m_browse(browse)
    , m_calibration(new CalibrationBanner(review))
{
    review->scorecardPanel()->addHeader(m_calibration);
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addAction(tr("&Calibration…"), QKeySequence(tr("Ctrl+Shift+K")), this,
                    [this] { openCalibration(); });
    menu->addAction(m_calibration->submitAction());
    connect(m_calibration, &CalibrationBanner::comparisonRequested, this,
            &TeamMenu::openCalibration);
    menu->addAction(tr("&Assign Calls…"), QKeySequence(tr("Ctrl+Shift+A")), this,
                    &TeamMenu::openAssignment);
    menu->addAction(tr("&My Assignment"), QKeySequence(tr("Ctrl+Shift+M")), this,
                    &TeamMenu::loadMyAssignment);
}

void TeamMenu::openCalibration(qint64 session)
{
    const QString me = AppSettings().reviewerName();
    CalibrationDialog dialog(m_review->store(), m_review->queue()->ids(), me, m_window);
    if (session != 0)
        dialog.selectSession(session);
    std::optional<QPair<qint64, QString>> score;
    connect(&dialog, &CalibrationDialog::scoreRequested, this,
            [&score](qint64 id, const QString &callId) { score = qMakePair(id, callId); });
    dialog.exec();
    // Once the dialog is closed, so the Scorecard tab can take the focus.
    QString error;
    if (score && !m_calibration->begin(score->first, score->second, me, &error))
        QMessageBox::warning(m_window, tr("Calibration"), error);
}

void TeamMenu::openAssignment()
{
    // Every call List Calls loaded for the browsed assistant, whatever the list's filter.
    QList<CallRecord> calls;
    const auto *proxy = m_browse->callTable()->proxy();
    if (const auto *model = qobject_cast<const CallTableModel *>(proxy->sourceModel())) {
        for (int row = 0; row < model->rowCount(); ++row)
            calls.append(model->call(row));
    }
    AssignmentDialog dialog(m_review->store(), calls, m_browse->currentModelId(), m_window);
    dialog.exec();
}

void TeamMenu::loadMyAssignment()
{
    const QString me = AppSettings().reviewerName();
    if (me.isEmpty()) {
        QMessageBox::information(m_window, tr("My Assignment"),
                                 tr("Type your name in the Review panel first: assignments are "
                                    "made by reviewer name."));
        return;
    }
    const AssignmentStore store(m_review->store()->connectionName());
    if (store.callsFor(me).isEmpty()) {
        QMessageBox::information(m_window, tr("My Assignment"),
                                 tr("No calls are assigned to %1.").arg(me));
        return;
    }
    QString error;
    if (!store.loadQueue(*m_review->queue(), me, &error)) {
        QMessageBox::warning(m_window, tr("My Assignment"), error);
        return;
    }
    m_review->show();
    m_review->raise();
}
