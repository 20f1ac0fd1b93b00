#pragma once

#include <QObject>

class BrowsePanel;
class CalibrationBanner;
class QMenu;
class QMainWindow;
class ReviewDock;

// The Review menu (issue 16, a QA team on one database): Calibration… (whose Score This Call
// puts the Scorecard tab in calibration mode: CalibrationBanner, with Submit to Calibration
// here), Assign Calls… and My Assignment, which loads the calls assigned to the reviewer named
// in the settings into the review queue. Added to the window's Review menu.
class TeamMenu : public QObject
{
    Q_OBJECT

public:
    TeamMenu(QMenu *menu, QMainWindow *window, ReviewDock *review, BrowsePanel *browse);

    CalibrationBanner *calibrationBanner() const { return m_calibration; }

private:
    void openCalibration(qint64 session = 0);
    void openAssignment();
    void loadMyAssignment();

    QMainWindow *m_window;
    ReviewDock *m_review;
    BrowsePanel *m_browse;
    CalibrationBanner *m_calibration;
};
