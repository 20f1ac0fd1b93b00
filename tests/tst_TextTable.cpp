#include "format/TextTable.h"

#include <QTest>

class tst_TextTable : public QObject
{
    Q_OBJECT

private slots:
    void alignedForTerminalsTabsForPipes()
    {
        TextTable table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("N")});
        table.addRow({QStringLiteral("a"), QStringLiteral("tab\there"), QStringLiteral("1")});
        table.addRow({QStringLiteral("long-id"), QString(60, u'x'), QStringLiteral("22")});
        const QStringList rows = table.renderAligned(10).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.at(0), QStringLiteral("ID       NAME        N"));
        QCOMPARE(rows.at(1), QStringLiteral("a        tab here    1"));
        QCOMPARE(rows.at(2), QStringLiteral("long-id  xxxxxxxxx…  22"));
        QCOMPARE(table.renderTabSeparated().split(u'\n').at(1), QStringLiteral("a\ttab here\t1"));
    }

    void missingCellsAreEmpty()
    {
        TextTable table({QStringLiteral("A"), QStringLiteral("B")});
        table.addRow({QStringLiteral("only")});
        QCOMPARE(table.rowCount(), 1);
        QCOMPARE(table.renderTabSeparated(), QStringLiteral("A\tB\nonly\t\n"));
        QCOMPARE(table.renderAligned(), QStringLiteral("A     B\nonly\n"));
    }
};

QTEST_GUILESS_MAIN(tst_TextTable)
#include "tst_TextTable.moc"
