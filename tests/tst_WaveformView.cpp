// The timeline widget: barge-in and dead-air marks (where, which tooltip), zoom around the
// mouse with Ctrl+wheel, scrolling a zoomed view, Ctrl+0, and the click -> position mapping.
#include "player/WaveformView.h"

#include <QApplication>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

namespace {
// A minute of two lanes, 20 ms buckets.
WaveformPeaks minute()
{
    WaveformPeaks peaks;
    peaks.bucketMs = 20;
    peaks.lanes = {QList<float>(3000, 0.5f), QList<float>(3000, 0.25f)};
    return peaks;
}

void ctrlWheel(QWidget *widget, int x, int delta, Qt::KeyboardModifiers modifiers)
{
    const QPointF pos(x, widget->height() / 2);
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}
} // namespace

class tst_WaveformView : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_view = std::make_unique<WaveformView>();
        m_view->resize(600, 80);
        m_view->setPeaks(minute());
    }

    void clickMapsToTime()
    {
        QCOMPARE(m_view->timelineMs(), 60000);
        QCOMPARE(m_view->positionAt(300), 30000);
        QCOMPARE(m_view->xOf(15000), 150);
        QSignalSpy seek(m_view.get(), &WaveformView::seekRequested);
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, QPoint(150, 10));
        QCOMPARE(seek.size(), 1);
        QCOMPARE(seek.at(0).at(0).toLongLong(), 15000);
    }

    void marksAndTheirToolTips()
    {
        m_view->setMarks({{WaveformView::Mark::Kind::BargeIn, 10000, 10800,
                           u"Barge-in by caller, 0.8 s overlap"_qs},
                          {WaveformView::Mark::Kind::DeadAir, 40000, 44200,
                           u"Dead air 4.2 s before turn 12"_qs}});
        QCOMPARE(m_view->markAt(QPoint(101, 40)), 0); // 10 s at 10 px per second
        QCOMPARE(m_view->markAt(QPoint(420, 40)), 1);
        QCOMPARE(m_view->markAt(QPoint(300, 40)), -1);
        QHelpEvent help(QEvent::ToolTip, QPoint(420, 40), m_view->mapToGlobal(QPoint(420, 40)));
        QApplication::sendEvent(m_view.get(), &help);
        QTRY_COMPARE(QToolTip::text(), u"Dead air 4.2 s before turn 12"_qs);
        // Painted: the barge-in's red over the lanes where it is, none elsewhere.
        const QImage image = m_view->grab().toImage();
        const QColor inMark = image.pixelColor(104, 1);
        QVERIFY2(inMark.red() > 150 && inMark.green() < 100, qPrintable(inMark.name()));
        QVERIFY(image.pixelColor(250, 1) != inMark);
        m_view->clear();
        QVERIFY(m_view->marks().isEmpty());
    }

    // Ctrl+wheel zooms around the mouse: the time under it stays under it.
    void ctrlWheelZoomsAroundTheMouse()
    {
        QSignalSpy changed(m_view.get(), &WaveformView::viewChanged);
        const qint64 before = m_view->positionAt(150);
        ctrlWheel(m_view.get(), 150, 120 * 3, Qt::ControlModifier);
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_view->isZoomed());
        QVERIFY(m_view->viewSpanMs() < 60000 / 1.9);
        QVERIFY2(qAbs(m_view->positionAt(150) - before) <= m_view->viewSpanMs() / 600 + 1,
                 qPrintable(QString::number(m_view->positionAt(150))));
        // Zoomed in, a click maps within the visible part.
        QCOMPARE(m_view->positionAt(0), m_view->viewStartMs());
        // The plain wheel scrolls a zoomed view; it never goes past either end.
        const qint64 start = m_view->viewStartMs();
        ctrlWheel(m_view.get(), 150, -120, Qt::NoModifier);
        QVERIFY(m_view->viewStartMs() > start);
        m_view->setViewStart(-5000);
        QCOMPARE(m_view->viewStartMs(), 0);
        m_view->setViewStart(999999);
        QCOMPARE(m_view->viewStartMs() + m_view->viewSpanMs(), 60000);
        // Never closer than the minimum span, however far one zooms.
        for (int i = 0; i < 40; ++i)
            ctrlWheel(m_view.get(), 300, 120, Qt::ControlModifier);
        QCOMPARE(m_view->viewSpanMs(), WaveformView::minimumSpanMs);
        // Zooming out past the whole call is the whole call.
        for (int i = 0; i < 40; ++i)
            ctrlWheel(m_view.get(), 300, -120, Qt::ControlModifier);
        QVERIFY(!m_view->isZoomed());
        QCOMPARE(m_view->viewStartMs(), 0);
    }

    void ctrlZeroResetsAndIsClaimedFromShortcuts()
    {
        m_view->zoomBy(4.0, 300);
        QVERIFY(m_view->isZoomed());
        QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_0, Qt::ControlModifier);
        override.ignore();
        QApplication::sendEvent(m_view.get(), &override);
        QVERIFY(override.isAccepted()); // All Speakers (Ctrl+0) does not fire on the timeline
        QTest::keyClick(m_view.get(), Qt::Key_0, Qt::ControlModifier);
        QVERIFY(!m_view->isZoomed());
        QKeyEvent other(QEvent::ShortcutOverride, Qt::Key_1, Qt::ControlModifier);
        other.ignore();
        QApplication::sendEvent(m_view.get(), &other);
        QVERIFY(!other.isAccepted()); // Ctrl+1 stays a shortcut
    }

    // Playing zoomed in: the view turns the page when the playhead leaves it.
    void zoomedViewFollowsThePlayhead()
    {
        m_view->zoomBy(6.0, 0); // 0..10 s
        QCOMPARE(m_view->viewStartMs(), 0);
        m_view->setPosition(5000);
        QCOMPARE(m_view->viewStartMs(), 0);
        m_view->setPosition(10500);
        QVERIFY(m_view->viewStartMs() > 0);
        QVERIFY(m_view->viewStartMs() <= 10500);
        QVERIFY(m_view->viewStartMs() + m_view->viewSpanMs() > 10500);
        // Scrolled away by hand: the view stays where the user put it.
        m_view->setViewStart(40000);
        m_view->setPosition(11000);
        QCOMPARE(m_view->viewStartMs(), 40000);
    }

private:
    std::unique_ptr<WaveformView> m_view;
};

QTEST_MAIN(tst_WaveformView)
#include "tst_WaveformView.moc"
