// View > Full-Width Timeline moves the player's timeline under the chat and back, remembered
// in AppSettings; View > Theme applies a dark palette (Fusion) and restores the system look.
#include "player/PlayerPanel.h"
#include "player/WaveformView.h"
#include "recording/RecordingCache.h"
#include "settings/AppSettings.h"
#include "window/ViewOptions.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

class tst_ViewOptions : public QObject
{
    Q_OBJECT

    struct Window
    {
        QNetworkAccessManager network;
        QWidget window;
        QMenu menu;
        PlayerPanel *player = nullptr;
        QWidget *host = nullptr;
    };

    std::unique_ptr<Window> makeWindow()
    {
        auto w = std::make_unique<Window>();
        auto *layout = new QVBoxLayout(&w->window);
        w->player =
            new PlayerPanel(&w->network, RecordingCache(m_dir.filePath(u"rec"_qs), {}), &w->window);
        w->host = new QWidget(&w->window);
        new QVBoxLayout(w->host);
        layout->addWidget(w->player);
        layout->addWidget(w->host);
        return w;
    }

private slots:
    void timelineFullWidthAndBackRemembered()
    {
        QSettings ini(m_dir.filePath(u"a.ini"_qs), QSettings::IniFormat);
        AppSettings settings(&ini);
        {
            auto w = makeWindow();
            ViewOptions options({&w->menu, w->player, w->host}, settings);
            QAction *action = options.fullWidthTimelineAction();
            QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+T"_qs));
            QVERIFY(w->menu.actions().contains(action));
            QVERIFY(!options.isTimelineFullWidth());
            QVERIFY(w->player->isAncestorOf(w->player->waveformView()));
            action->trigger();
            QVERIFY(options.isTimelineFullWidth());
            QVERIFY(w->host->isAncestorOf(w->player->waveformView()));
            QVERIFY(!w->player->isAncestorOf(w->player->waveformView()));
            QVERIFY(settings.timelineFullWidth());
        }
        {
            auto w = makeWindow(); // the next start: full width at once
            ViewOptions options({&w->menu, w->player, w->host}, settings);
            QVERIFY(options.isTimelineFullWidth());
            QVERIFY(options.fullWidthTimelineAction()->isChecked());
            options.fullWidthTimelineAction()->trigger();
            QVERIFY(!options.isTimelineFullWidth());
            QVERIFY(w->player->isAncestorOf(w->player->waveformView()));
            QVERIFY(!settings.timelineFullWidth());
        }
    }

    void resetZoomFromTheMenu()
    {
        QSettings ini(m_dir.filePath(u"b.ini"_qs), QSettings::IniFormat);
        AppSettings settings(&ini);
        auto w = makeWindow();
        ViewOptions options({&w->menu, w->player, w->host}, settings);
        WaveformPeaks peaks;
        peaks.lanes = {QList<float>(3000, 0.5f)};
        w->player->waveformView()->resize(600, 80);
        w->player->waveformView()->setPeaks(peaks);
        w->player->waveformView()->zoomBy(4.0, 100);
        QVERIFY(w->player->waveformView()->isZoomed());
        QCOMPARE(options.resetZoomAction()->shortcut(), QKeySequence(u"Ctrl+0"_qs));
        options.resetZoomAction()->trigger();
        QVERIFY(!w->player->waveformView()->isZoomed());
    }

    void darkThemeAndBack()
    {
        QSettings ini(m_dir.filePath(u"c.ini"_qs), QSettings::IniFormat);
        AppSettings settings(&ini);
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        const QString systemStyle = QApplication::style()->name();
        auto w = makeWindow();
        ViewOptions options({&w->menu, w->player, w->host}, settings);
        options.themeAction(AppSettings::Theme::Dark)->trigger();
        QCOMPARE(settings.theme(), AppSettings::Theme::Dark);
        QCOMPARE(QApplication::style()->name(), u"fusion"_qs);
        const QPalette dark = QApplication::palette();
        QVERIFY(dark.color(QPalette::Window).lightness() < 80);
        QVERIFY(dark.color(QPalette::Text).lightness() > 200);
        QVERIFY(options.themeAction(AppSettings::Theme::Dark)->isChecked());
        options.themeAction(AppSettings::Theme::Light)->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
        options.themeAction(AppSettings::Theme::System)->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
        QCOMPARE(QApplication::style()->name(), systemStyle);
        QCOMPARE(settings.theme(), AppSettings::Theme::System);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(tst_ViewOptions)
#include "tst_ViewOptions.moc"
