#include "window/ViewOptions.h"

#include "player/PlayerPanel.h"
#include "player/WaveformView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace {
// What the application started with, for Theme::System.
struct SystemLook
{
    QString styleName;
    QPalette palette;
};

SystemLook &systemLook()
{
    static SystemLook look{QApplication::style() ? QApplication::style()->name() : QString(),
                           QApplication::palette()};
    return look;
}

QPalette darkPalette()
{
    // Contrast checked on the screenshots: text on base and on the bubbles above 7:1.
    QPalette p;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabled(128, 128, 128);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(52, 56, 66));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(58, 58, 62));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 100, 100));
    p.setColor(QPalette::Light, QColor(80, 80, 86));
    p.setColor(QPalette::Midlight, QColor(66, 66, 70));
    p.setColor(QPalette::Mid, QColor(90, 90, 96));
    p.setColor(QPalette::Dark, QColor(150, 150, 158)); // the unplayed waveform: visible on base
    p.setColor(QPalette::Shadow, QColor(0, 0, 0));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
    p.setColor(QPalette::Link, QColor(100, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(170, 140, 255));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
}
} // namespace

ViewOptions::ViewOptions(const Parts &parts, AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_settings(settings)
{
    systemLook(); // remembered before any theme changes it
    createActions();
    setTimelineFullWidth(m_settings.timelineFullWidth());
    const AppSettings::Theme theme = m_settings.theme();
    if (theme != AppSettings::Theme::System)
        applyTheme(theme);
}

void ViewOptions::createActions()
{
    QMenu *menu = m_parts.viewMenu;
    menu->addSeparator();
    m_fullWidth = menu->addAction(tr("Full-&Width Timeline"), QKeySequence(tr("Ctrl+Shift+T")),
                                  this, [this](bool on) { setTimelineFullWidth(on); });
    m_fullWidth->setObjectName(QStringLiteral("fullWidthTimeline"));
    m_fullWidth->setCheckable(true);
    // Ctrl+0 is also All Speakers: the focused timeline claims it (WaveformView), this action
    // shows it in the menu and the shortcut list, and resets from the menu.
    m_resetZoom = menu->addAction(tr("Reset Timeline &Zoom (on the timeline)"), this,
                                  [this] { m_parts.player->waveformView()->resetZoom(); });
    m_resetZoom->setObjectName(QStringLiteral("resetTimelineZoom"));
    m_resetZoom->setShortcut(QKeySequence(tr("Ctrl+0")));
    m_resetZoom->setShortcutContext(Qt::WidgetShortcut); // of the menu only: never ambiguous

    QMenu *themeMenu = menu->addMenu(tr("T&heme"));
    m_themes = new QActionGroup(this);
    const struct
    {
        QString text;
        AppSettings::Theme theme;
    } themes[] = {{tr("&System"), AppSettings::Theme::System},
                  {tr("&Light"), AppSettings::Theme::Light},
                  {tr("&Dark"), AppSettings::Theme::Dark}};
    for (const auto &choice : themes) {
        QAction *action =
            themeMenu->addAction(choice.text, this, [this, t = choice.theme] { setTheme(t); });
        action->setCheckable(true);
        action->setData(int(choice.theme));
        action->setChecked(choice.theme == m_settings.theme());
        m_themes->addAction(action);
    }
}

QAction *ViewOptions::themeAction(AppSettings::Theme theme) const
{
    for (QAction *action : m_themes->actions()) {
        if (action->data().toInt() == int(theme))
            return action;
    }
    return nullptr;
}

void ViewOptions::setTimelineFullWidth(bool fullWidth)
{
    m_fullWidth->setChecked(fullWidth);
    m_parts.player->setTimelineHost(fullWidth ? m_parts.timelineHost : nullptr);
    m_parts.timelineHost->setVisible(fullWidth);
    m_settings.setTimelineFullWidth(fullWidth);
}

bool ViewOptions::isTimelineFullWidth() const
{
    return m_parts.player->timeline()->parentWidget() == m_parts.timelineHost;
}

void ViewOptions::setTheme(AppSettings::Theme theme)
{
    if (QAction *action = themeAction(theme))
        action->setChecked(true);
    m_settings.setTheme(theme);
    applyTheme(theme);
}

void ViewOptions::applyTheme(AppSettings::Theme theme)
{
    const SystemLook &system = systemLook();
    if (theme == AppSettings::Theme::System) {
        if (!system.styleName.isEmpty())
            QApplication::setStyle(QStyleFactory::create(system.styleName));
        QApplication::setPalette(system.palette);
        return;
    }
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QApplication::setStyle(fusion);
    QApplication::setPalette(theme == AppSettings::Theme::Dark ? darkPalette()
                                                               : fusion->standardPalette());
}
