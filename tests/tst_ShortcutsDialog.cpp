#include "window/ShortcutsDialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTest>

class tst_ShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    // The scorecard's and the Calibration dialog's keys are listed though no menu action
    // carries them.
    void listsTheScorecardKeys()
    {
        QMenuBar bar;
        ShortcutsDialog dialog(&bar);
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table);
        QStringList keys;
        QStringList calibration;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString menu = table->item(row, 0)->text();
            QVERIFY2(menu == u"Review > Scorecard"_qs || menu == u"Review > Calibration"_qs,
                     qPrintable(menu));
            (menu.endsWith(u"Scorecard"_qs) ? keys : calibration)
                .append(table->item(row, 2)->text());
        }
        QCOMPARE(calibration, QStringList{u"Alt+T"_qs});
        QVERIFY(keys.contains(u"Ctrl+Enter"_qs));
        QVERIFY(keys.contains(u"Y / N"_qs));
        QVERIFY(keys.contains(u"A"_qs));
    }

    void listsEveryActionWithAKey()
    {
        QMenuBar bar;
        QMenu *playback = bar.addMenu(u"Pla&yback"_qs);
        playback->addAction(u"&Play"_qs)->setShortcut(Qt::Key_Space);
        playback->addSeparator();
        playback->addAction(u"No key"_qs);
        QAction *follow = playback->addAction(u"F&ollow Playback"_qs);
        follow->setShortcut(QKeySequence(u"Ctrl+J"_qs));
        QMenu *sub = playback->addMenu(u"&Speed"_qs);
        QAction *both = sub->addAction(u"Save && Quit"_qs);
        both->setShortcuts({QKeySequence(u"Ctrl+Q"_qs), QKeySequence(u"F10"_qs)});

        const QList<ShortcutsDialog::Row> rows = ShortcutsDialog::rows(&bar);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).menu, u"Playback"_qs);
        QCOMPARE(rows.at(0).action, u"Play"_qs);
        QCOMPARE(rows.at(0).keys, QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText));
        QCOMPARE(rows.at(1).action, u"Follow Playback"_qs);
        QCOMPARE(rows.at(2).menu, u"Playback > Speed"_qs);
        QCOMPARE(rows.at(2).action, u"Save & Quit"_qs);
        QVERIFY(rows.at(2).keys.contains(u", "_qs));
    }
};

QTEST_MAIN(tst_ShortcutsDialog)
#include "tst_ShortcutsDialog.moc"
