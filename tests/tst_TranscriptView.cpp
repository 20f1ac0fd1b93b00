#include "transcript/TranscriptDelegate.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptView.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

static QList<Turn> manyTurns(int count)
{
    QList<Turn> turns;
    for (int i = 0; i < count; ++i) {
        QString text = u"turn %1"_qs.arg(i);
        for (int k = 0; k < 1 + i % 7; ++k)
            text += u" lorem ipsum dolor sit amet"_qs;
        turns.append({i % 2 == 0 ? Speaker::Bot : Speaker::Human, text});
    }
    return turns;
}

class tst_TranscriptView : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = new TranscriptModel(this);
        m_model->setTurns(manyTurns(5000));
        m_view = new TranscriptView;
        m_view->resize(700, 500);
        m_view->setModel(m_model);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
        m_view->viewport()->repaint();
    }
    void cleanup()
    {
        delete m_view;
        delete m_model;
    }

    void laysOutOnlyWhatIsShown()
    {
        QCOMPARE(m_view->model()->rowCount(), 5000);
        QVERIFY(m_view->measuredRows() > 0);
        QVERIFY(m_view->measuredRows() < 40);
        QCOMPARE(m_view->indexAt(QPoint(20, 5)).row(), 0);
    }

    void scrollToLastShowsIt()
    {
        const QModelIndex last = m_model->index(4999);
        m_view->scrollTo(last, QAbstractItemView::PositionAtBottom);
        m_view->viewport()->repaint();
        QCOMPARE(m_view->indexAt(QPoint(20, m_view->viewport()->height() - 10)).row(), 4999);
        QVERIFY(m_view->viewport()->rect().contains(m_view->visualRect(last)));
        QVERIFY(m_view->measuredRows() < 80);
    }

    void visualRectMatchesDelegate()
    {
        const QModelIndex index = m_model->index(3);
        const QRect rect = m_view->visualRect(index);
        const QStyleOptionViewItem option = m_view->rowOption(3);
        QCOMPARE(rect, option.rect);
        QCOMPARE(rect.height(), m_view->transcriptDelegate()->layout(option, index).height());
        QCOMPARE(m_view->indexAt(rect.center()), index);
    }

    void resizeKeepsTheTopTurn()
    {
        m_view->scrollTo(m_model->index(2500), QAbstractItemView::PositionAtTop);
        m_view->viewport()->repaint();
        QCOMPARE(m_view->indexAt(QPoint(20, 1)).row(), 2500);
        m_view->resize(420, 500);
        m_view->viewport()->repaint();
        QCOMPARE(m_view->indexAt(QPoint(20, 1)).row(), 2500);
        m_view->resize(1100, 500);
        m_view->viewport()->repaint();
        QCOMPARE(m_view->indexAt(QPoint(20, 1)).row(), 2500);
    }

    void keyboardMovesTheCurrentTurn()
    {
        m_view->setFocus();
        m_view->setCurrentIndex(m_model->index(0));
        QTest::keyClick(m_view, Qt::Key_Down);
        QCOMPARE(m_view->currentIndex().row(), 1);
        QTest::keyClick(m_view, Qt::Key_End);
        QCOMPARE(m_view->currentIndex().row(), 4999);
        m_view->viewport()->repaint();
        QVERIFY(m_view->viewport()->rect().intersects(m_view->visualRect(m_view->currentIndex())));
        QTest::keyClick(m_view, Qt::Key_Home);
        QCOMPARE(m_view->currentIndex().row(), 0);
        QTest::keyClick(m_view, Qt::Key_PageDown);
        QVERIFY(m_view->currentIndex().row() > 1);
    }

    void clickSelectsATurn()
    {
        const QRect rect = m_view->visualRect(m_model->index(2));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(m_view->selectionModel()->selectedRows().first().row(), 2);
    }

    void resetForgetsOldRows()
    {
        m_model->setTurns(manyTurns(3));
        QCOMPARE(m_view->model()->rowCount(), 3);
        // The scroll bar goes away (the width changes): measured again on the next paint.
        QTRY_COMPARE(m_view->measuredRows(), 3);
        QVERIFY(m_view->contentHeight() < m_view->viewport()->height());
        QCOMPARE(m_view->verticalScrollBar()->maximum(), 0);
        m_model->setTurns({});
        m_view->viewport()->repaint();
        QVERIFY(!m_view->indexAt(QPoint(5, 5)).isValid());
    }

private:
    TranscriptModel *m_model = nullptr;
    TranscriptView *m_view = nullptr;
};

QTEST_MAIN(tst_TranscriptView)
#include "tst_TranscriptView.moc"
