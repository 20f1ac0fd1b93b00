#include "browse/CallFilterBar.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

class tst_CallFilterBar : public QObject
{
    Q_OBJECT

private slots:
    void typingIsDebouncedIntoOneChange()
    {
        CallFilterBar bar;
        QSignalSpy changed(&bar, &CallFilterBar::filterChanged);
        QTest::keyClicks(bar.textEdit(), QStringLiteral("voice"));
        QCOMPARE(changed.size(), 0);
        QVERIFY(changed.wait(2000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<CallFilter>().text, QStringLiteral("voice"));
    }

    void setFilterRoundTripsWithoutSignal()
    {
        CallFilterBar bar;
        QSignalSpy changed(&bar, &CallFilterBar::filterChanged);
        CallFilter filter;
        filter.text = QStringLiteral("ana");
        filter.endReason = QStringLiteral("voicemail"); // not seen yet: still offered
        filter.minSeconds = 30;
        filter.maxSeconds = 600;
        filter.recording = CallFilter::Recording::Without;
        bar.setFilter(filter);
        QCOMPARE(bar.filter(), filter);
        QTest::qWait(0);
        QCOMPARE(changed.size(), 0);

        // The end reasons seen arrive later; the choice stays.
        bar.setEndReasons({{QStringLiteral("voicemail"), QStringLiteral("Reached voicemail")},
                           {QStringLiteral("busy"), QStringLiteral("Line busy")},
                           {QString(), QStringLiteral("not given")}});
        QCOMPARE(bar.filter().endReason, QStringLiteral("voicemail"));
        auto *reasons = bar.findChild<QComboBox *>();
        QCOMPARE(reasons->count(), 3); // any, busy, voicemail (the empty code is "any")
        QCOMPARE(reasons->currentText(), QStringLiteral("Reached voicemail"));
        QCOMPARE(changed.size(), 0);

        reasons->setCurrentIndex(0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.last().first().value<CallFilter>().endReason.isEmpty());
    }

    void durationsAndClear()
    {
        CallFilterBar bar;
        QSignalSpy changed(&bar, &CallFilterBar::filterChanged);
        const auto boxes = bar.findChildren<QSpinBox *>();
        QCOMPARE(boxes.size(), 2);
        boxes.at(0)->setValue(45);
        QCOMPARE(changed.last().first().value<CallFilter>().minSeconds, 45);
        QCOMPARE(bar.filter().maxSeconds, -1);
        QVERIFY(!bar.filter().isEmpty());
        QAbstractButton *clear = nullptr;
        const auto buttons = bar.findChildren<QAbstractButton *>();
        for (QAbstractButton *button : buttons) {
            if (button->text() == QStringLiteral("Clear Filters"))
                clear = button;
        }
        QVERIFY(clear);
        clear->click();
        QVERIFY(bar.filter().isEmpty());
        QVERIFY(changed.last().first().value<CallFilter>().isEmpty());
    }
};

QTEST_MAIN(tst_CallFilterBar)
#include "tst_CallFilterBar.moc"
