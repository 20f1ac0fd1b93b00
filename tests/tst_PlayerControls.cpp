#include "player/PlayerControls.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSlider>
#include <QToolButton>
#include <QtTest>

class TestPlayerControls : public QObject
{
    Q_OBJECT

private:
    static QSlider *seekBar(PlayerControls &controls)
    {
        const QList<QSlider *> sliders = controls.findChildren<QSlider *>();
        for (QSlider *slider : sliders) {
            if (slider->accessibleName() == u"Position")
                return slider;
        }
        return nullptr;
    }

private slots:
    // The dark theme: the buttons' icons follow the palette's button text, never dark on dark.
    void iconsFollowThePalette()
    {
        PlayerControls controls;
        QPalette dark = controls.palette();
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        controls.setPalette(dark);
        const QList<QToolButton *> buttons = controls.findChildren<QToolButton *>();
        QVERIFY(buttons.size() >= 5);
        for (QToolButton *button : buttons) {
            const QImage image = button->icon().pixmap(24).toImage();
            int darkest = 255;
            int painted = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    if (pixel.alpha() < 128)
                        continue;
                    ++painted;
                    darkest = qMin(darkest, pixel.value());
                }
            }
            QVERIFY2(painted > 0, qPrintable(button->toolTip()));
            QVERIFY2(darkest > 200, qPrintable(button->toolTip()));
        }
    }

    void theSeekBarStaysPutWhileDragged()
    {
        PlayerControls controls;
        QSlider *bar = seekBar(controls);
        QVERIFY(bar);
        QSignalSpy seek(&controls, &PlayerControls::seekRequested);
        controls.setDuration(60000);
        controls.setPosition(1000);
        QCOMPARE(bar->value(), 1000);

        bar->setSliderDown(true);
        bar->setSliderPosition(30000); // the user drags
        controls.setPosition(2000); // playback goes on meanwhile
        QCOMPARE(bar->sliderPosition(), 30000);
        QVERIFY(controls.isSeeking());
        QCOMPARE(seek.count(), 0);
        bar->setSliderDown(false); // released: one seek, to where it was dropped
        QCOMPARE(seek.count(), 1);
        QCOMPARE(seek.first().first().toLongLong(), 30000);
        controls.setPosition(30100);
        QCOMPARE(bar->value(), 30100);
    }

    void offersHalfToDoubleSpeed()
    {
        const QList<qreal> speeds = PlayerControls::speeds();
        QCOMPARE(speeds.first(), 0.5);
        QCOMPARE(speeds.last(), 2.0);
        QVERIFY(speeds.contains(1.0));
        PlayerControls controls;
        QSignalSpy chosen(&controls, &PlayerControls::speedChosen);
        auto *combo = controls.findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toReal(), 1.0);
        combo->setCurrentIndex(combo->count() - 1);
        emit combo->activated(combo->count() - 1);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toReal(), 2.0);
    }

    void skipButtonsAskForTheirStep()
    {
        PlayerControls controls;
        QSignalSpy skip(&controls, &PlayerControls::skipClicked);
        const QList<QToolButton *> buttons = controls.findChildren<QToolButton *>();
        for (QToolButton *button : buttons)
            button->click();
        QList<qint64> steps;
        for (const QList<QVariant> &args : std::as_const(skip))
            steps.append(args.first().toLongLong());
        std::sort(steps.begin(), steps.end());
        QCOMPARE(steps, (QList<qint64>{-15000, -5000, 5000, 15000}));
    }
};

QTEST_MAIN(TestPlayerControls)
#include "tst_PlayerControls.moc"
