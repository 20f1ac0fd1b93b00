// The call's fields as the metadata panel shows them: end reasons in words with the raw code in
// the tooltip, raw values on copy, and nothing left over after clear().
#include "window/MetadataPanel.h"

#include <QtTest>

namespace {

CallRecord callEndedBy(const QString &endReason)
{
    CallRecord call;
    call.callId = QStringLiteral("1111x2222");
    call.campaignType = QStringLiteral("Inbound");
    call.phoneNumberFrom = QStringLiteral("+14155550123");
    call.durationSeconds = 66;
    call.endCallReason = endReason;
    return call;
}

} // namespace

class tst_MetadataPanel : public QObject
{
    Q_OBJECT

private slots:
    void endReasonInWordsWithTheCodeInTheTooltip_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("toolTip");
        QTest::newRow("unknown, hyphens")
            << QStringLiteral("customer-ended-call") << QStringLiteral("Customer ended call")
            << QStringLiteral("customer-ended-call");
        QTest::newRow("unknown, underscores")
            << QStringLiteral(" sip_408_timeout ") << QStringLiteral("Sip 408 timeout")
            << QStringLiteral("sip_408_timeout");
        QTest::newRow("known") << QStringLiteral("human_hangup") << QStringLiteral("Caller hung up")
                               << QStringLiteral("human_hangup");
        QTest::newRow("not given") << QString() << QStringLiteral("not given") << QString();
    }
    void endReasonInWordsWithTheCodeInTheTooltip()
    {
        QFETCH(QString, code);
        QFETCH(QString, shown);
        QFETCH(QString, toolTip);
        MetadataPanel panel;
        panel.showCall(callEndedBy(code));
        QCOMPARE(panel.fieldText(QStringLiteral("endReason")), shown);
        QCOMPARE(panel.fieldToolTip(QStringLiteral("endReason")), toolTip);
        if (!code.isEmpty())
            QCOMPARE(panel.copyValue(QStringLiteral("endReason")), code);
    }

    void clearLeavesNoTooltip()
    {
        MetadataPanel panel;
        panel.showCall(callEndedBy(QStringLiteral("customer-ended-call")));
        panel.clear();
        QVERIFY(panel.fieldText(QStringLiteral("endReason")).isEmpty());
        QVERIFY(panel.fieldToolTip(QStringLiteral("endReason")).isEmpty());
        QVERIFY(panel.copyValue(QStringLiteral("from")).isEmpty());
    }
};

QTEST_MAIN(tst_MetadataPanel)
#include "tst_MetadataPanel.moc"
