// The 50,000-turn transcript in the window's transcript pane: how long the steps a reviewer
// waits for take, and the peak memory. Prints one line per figure and fails when a target
// (50 ms per step, 150 MB peak) is missed.
//
// Run (offscreen, Release build recommended):
//   cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-release --target bench_transcript
//   QT_QPA_PLATFORM=offscreen build-release/tests/bench/bench_transcript
#include "transcript/FindBar.h"
#include "transcript/TranscriptDelegate.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPane.h"
#include "transcript/TranscriptView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QTest>

#include <algorithm>
#include <functional>

namespace {

constexpr int turnCount = 50000;
constexpr double targetMs = 50.0;
constexpr int runs = 5;

// Turn i: the bot's when i is even, the human's when odd; "turn i" then "lorem ipsum dolor sit
// amet" 1 + i % 7 times, single spaces.
QList<Turn> longTranscript()
{
    QList<Turn> turns;
    turns.reserve(turnCount);
    for (int i = 0; i < turnCount; ++i) {
        QString text = QStringLiteral("turn %1").arg(i);
        for (int k = 0; k < 1 + i % 7; ++k)
            text += QStringLiteral(" lorem ipsum dolor sit amet");
        turns.append({i % 2 == 0 ? Speaker::Bot : Speaker::Human, text});
    }
    return turns;
}

double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Median of `runs` timings of step, each after a fresh setup.
double medianMs(const std::function<void()> &setup, const std::function<void()> &step)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        setup();
        QElapsedTimer timer;
        timer.start();
        step();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(runs / 2);
}

void report(const char *what, double ms)
{
    qInfo("%-48s %8.2f ms  (target < %.0f ms)", what, ms, targetMs);
}

} // namespace

class BenchTranscript : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_turns = longTranscript();
        m_window.resize(1280, 800);
        m_pane = new TranscriptPane(&m_model, &m_window);
        m_pane->setGeometry(0, 0, 900, 760);
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    }

    void setModelAndFirstPaint()
    {
        TranscriptView *view = m_pane->view();
        const double ms = medianMs([&] { m_model.setTurns({}); },
                                   [&] {
                                       m_model.setTurns(m_turns);
                                       view->viewport()->repaint();
                                   });
        QCOMPARE(view->model()->rowCount(), turnCount);
        QVERIFY(view->measuredRows() > 0); // the paint really ran
        QVERIFY(view->measuredRows() < 100);
        report("model set + first screen painted", ms);
        QVERIFY2(ms < targetMs, "model set + first paint is over target");
    }

    void jumpToLastTurn()
    {
        TranscriptView *view = m_pane->view();
        const double ms = medianMs(
            [&] {
                m_model.setTurns(m_turns);
                view->viewport()->repaint();
            },
            [&] {
                m_pane->scrollToLast();
                view->viewport()->repaint();
            });
        QCOMPARE(view->indexAt(QPoint(10, view->viewport()->height() - 12)).row(), turnCount - 1);
        QVERIFY(view->measuredRows() < 200); // not every turn laid out
        report("jump to last turn + paint", ms);
        QVERIFY2(ms < targetMs, "jump to last turn is over target");
    }

    void resizeWindow()
    {
        TranscriptView *view = m_pane->view();
        m_model.setTurns(m_turns);
        view->scrollTo(view->model()->index(turnCount / 2, 0), QAbstractItemView::PositionAtTop);
        view->viewport()->repaint();
        int width = 900;
        const double ms = medianMs([&] { width = width == 900 ? 700 : 900; },
                                   [&] {
                                       m_pane->resize(width, 760);
                                       view->viewport()->repaint();
                                   });
        QCOMPARE(view->viewport()->width() + view->verticalScrollBar()->width()
                     + 2 * view->frameWidth(),
                 m_pane->width());
        // The turn that was at the top is still there after the width changed.
        QCOMPARE(view->indexAt(QPoint(10, 2)).row(), turnCount / 2);
        report("window resize (relayout + paint)", ms);
        QVERIFY2(ms < targetMs, "resize is over target");
    }

    void findAcrossAllTurns()
    {
        m_model.setTurns(m_turns);
        TranscriptSearch search;
        search.setTurns(m_turns);
        // The pane folds the text once, right after the first paint of a new transcript.
        QElapsedTimer fold;
        fold.start();
        search.prepare();
        const double foldMs = fold.nsecsElapsed() / 1e6;
        QElapsedTimer first;
        first.start();
        search.search(QStringLiteral("Dolor"));
        const double firstMs = first.nsecsElapsed() / 1e6;
        int expected = 0;
        for (int i = 0; i < turnCount; ++i)
            expected += 1 + i % 7; // one "dolor" per "lorem ipsum dolor sit amet"
        QCOMPARE(search.count(), expected);
        const double warmMs = medianMs([] {}, [&] { search.search(QStringLiteral("Amet")); });
        report("find: fold the text (once per call, when idle)", foldMs);
        report("find: search all turns (\"Dolor\", 199,997 hits)", firstMs);
        report("find: search all turns (\"Amet\", median)", warmMs);
        const double uiMs =
            medianMs([&] { m_pane->findBar()->queryEdit()->setText({}); },
                     [&] {
                         m_pane->findBar()->queryEdit()->setText(QStringLiteral("turn 49999 "));
                         m_pane->runSearchNow();
                         m_pane->view()->viewport()->repaint();
                     });
        QCOMPARE(m_pane->search().count(), 1);
        report("find in the pane + scroll to match + paint", uiMs);
        QVERIFY2(foldMs < targetMs && firstMs < targetMs && warmMs < targetMs && uiMs < targetMs,
                 "find is over target");
    }

    void scrollThroughPages()
    {
        TranscriptView *view = m_pane->view();
        m_model.setTurns(m_turns);
        view->viewport()->repaint();
        QElapsedTimer timer;
        timer.start();
        constexpr int pages = 200;
        for (int i = 0; i < pages; ++i) {
            view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
            view->viewport()->repaint();
        }
        const double perPage = timer.nsecsElapsed() / 1e6 / pages;
        report("scroll one page + paint (mean of 200)", perPage);
        QVERIFY(m_pane->view()->transcriptDelegate()->cachedLayouts()
                <= TextLayoutCache::defaultCapacity);
    }

    // Before the QListView comparison, which lays out every row and would raise the peak.
    void peakMemory()
    {
        const double mb = peakMegabytes();
        qInfo("%-48s %8.1f MB  (target < 150 MB)", "peak memory (VmHWM, whole process)", mb);
        QVERIFY2(mb > 0 && mb < 150, "peak memory over target");
    }

    void listViewForComparison()
    {
        // What a plain QListView does with the same model and delegate: every row's size.
        TranscriptModel model;
        QListView list(&m_window);
        list.setGeometry(0, 0, 900, 760);
        list.setItemDelegate(new TranscriptDelegate(&list));
        list.setWordWrap(true);
        list.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        list.setModel(&model);
        list.show();
        QElapsedTimer timer;
        timer.start();
        model.setTurns(m_turns);
        list.doItemsLayout();
        list.viewport()->repaint();
        qInfo("%-48s %8.2f ms  (reference only)", "QListView: model set + layout + paint",
              timer.nsecsElapsed() / 1e6);
    }

private:
    QList<Turn> m_turns;
    TranscriptModel m_model;
    QWidget m_window;
    TranscriptPane *m_pane = nullptr;
};

QTEST_MAIN(BenchTranscript)
#include "bench_transcript.moc"
