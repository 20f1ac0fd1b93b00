#pragma once

#include "settings/AppSettings.h"

#include <QObject>

class PlayerPanel;
class QAction;
class QActionGroup;
class QMenu;
class QWidget;

// The View menu's layout and look: where the timeline sits (in the player row, or full width
// under the chat: View > Full-Width Timeline, Ctrl+Shift+T), resetting its zoom (Ctrl+0 on the
// focused timeline) and the theme (System, Light, Dark: Fusion with a dark QPalette). Both
// choices are remembered in AppSettings and applied at once.
class ViewOptions : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        QMenu *viewMenu = nullptr;
        PlayerPanel *player = nullptr;
        QWidget *timelineHost = nullptr; // has a layout; hidden while empty
    };

    ViewOptions(const Parts &parts, AppSettings &settings, QObject *parent = nullptr);

    QAction *fullWidthTimelineAction() const { return m_fullWidth; }
    QAction *resetZoomAction() const { return m_resetZoom; }
    QAction *themeAction(AppSettings::Theme theme) const;

    void setTimelineFullWidth(bool fullWidth);
    bool isTimelineFullWidth() const;
    void setTheme(AppSettings::Theme theme);

    // The application's palette and style for a theme; System restores those it started with.
    static void applyTheme(AppSettings::Theme theme);

private:
    void createActions();

    Parts m_parts;
    AppSettings &m_settings;
    QAction *m_fullWidth = nullptr;
    QAction *m_resetZoom = nullptr;
    QActionGroup *m_themes = nullptr;
};
