// TranscriptModel under QAbstractItemModelTester: rows, roles and resets.
#include "transcript/TranscriptModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestTranscriptModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyModel();
    void rowsAndRoles();
    void resetReplacesTurns();
};

void TestTranscriptModel::emptyModel()
{
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    // data() on an invalid index answers nothing (checkIndex warns about it).
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
    QVERIFY(!model.data(model.index(0, 0)).isValid());
}

void TestTranscriptModel::rowsAndRoles()
{
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTurns({{Speaker::Bot, QStringLiteral("Hello\nHow can I help?")},
                    {Speaker::Human, QStringLiteral("¿Hola?")},
                    {Speaker::Unknown, QStringLiteral("[noise]")}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a list: no children
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("Hello\nHow can I help?"));
    QCOMPARE(first.data(TranscriptModel::SpeakerRole).toInt(), int(Speaker::Bot));
    QCOMPARE(first.data(TranscriptModel::SpeakerNameRole).toString(), QStringLiteral("Assistant"));
    QCOMPARE(first.data(TranscriptModel::TurnNumberRole).toInt(), 1);
    const QModelIndex second = model.index(1, 0);
    QCOMPARE(second.data(TranscriptModel::SpeakerNameRole).toString(), QStringLiteral("Caller"));
    QCOMPARE(second.data(Qt::ToolTipRole).toString(), QStringLiteral("Turn 2 · Caller"));
    QCOMPARE(model.index(2, 0).data(TranscriptModel::SpeakerNameRole).toString(),
             QStringLiteral("Unlabeled"));
    QVERIFY(!first.data(Qt::DecorationRole).isValid());
    QVERIFY(!model.index(3, 0).isValid());
    QCOMPARE(model.roleNames().value(TranscriptModel::SpeakerRole), QByteArray("speaker"));
    QCOMPARE(model.roleNames().value(TranscriptModel::TurnNumberRole), QByteArray("turnNumber"));
    QCOMPARE(model.roleNames().value(Qt::DisplayRole), QByteArray("display"));
}

void TestTranscriptModel::resetReplacesTurns()
{
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<Turn> many;
    for (int i = 0; i < 500; ++i)
        many.append({i % 2 ? Speaker::Human : Speaker::Bot, QString::number(i)});
    model.setTurns(many);
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(model.index(499, 0).data().toString(), QStringLiteral("499"));
    model.setTurns({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.turns().size(), qsizetype(0));
}

QTEST_GUILESS_MAIN(TestTranscriptModel)
#include "tst_TranscriptModel.moc"
