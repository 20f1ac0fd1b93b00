#include "ListFixtures.h"
#include "api/AssistantDecoder.h"
#include "browse/AssistantListModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

class tst_AssistantListModel : public QObject
{
    Q_OBJECT

private:
    static QList<AssistantRecord> assistants(int first, int count)
    {
        QList<AssistantRecord> list;
        for (int i = first; i < first + count; ++i)
            list.append(*AssistantDecoder::decodeAssistant(fixtureAssistantJson(i)).assistant);
        return list;
    }

private slots:
    void listsAndFilters()
    {
        AssistantListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(AssistantListModel::SearchTextRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        model.appendAssistants(assistants(0, 3));
        model.appendAssistants(assistants(3, 2));
        QCOMPARE(model.rowCount(), 5);
        const QModelIndex first = model.index(1, 0);
        QCOMPARE(first.data().toString(),
                 QStringLiteral("Assistant 1\nOutbound · +12025550001 · recording off · es-ES"));
        QCOMPARE(first.data(AssistantListModel::ModelIdRole).toString(), QStringLiteral("model1"));
        QCOMPARE(first.data(AssistantListModel::RecordingRole).toBool(), false);
        QCOMPARE(first.data(AssistantListModel::LanguageRole).toString(), QStringLiteral("es-ES"));
        QCOMPARE(model.rowOf(QStringLiteral("model3")), 3);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);

        proxy.setFilterFixedString(QStringLiteral("ES-es"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterFixedString(QStringLiteral("model4"));
        QCOMPARE(proxy.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void unnamedAssistantShowsItsId()
    {
        AssistantRecord bare;
        bare.modelId = QStringLiteral("m9");
        QVERIFY(AssistantListModel::nameOrId(bare).contains(QStringLiteral("m9")));
        QCOMPARE(
            AssistantListModel::details(bare),
            QStringLiteral("unknown · no phone number · recording unknown · language unknown"));
    }
};

QTEST_GUILESS_MAIN(tst_AssistantListModel)
#include "tst_AssistantListModel.moc"
