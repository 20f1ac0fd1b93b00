// PlainTextExporter: the header fields and every utterance, in order, under its speaker.
#include "export/PlainTextExporter.h"
#include "transcript/TranscriptParser.h"

#include <QTest>

namespace {

CallRecord sampleCall()
{
    CallRecord call;
    call.callId = QStringLiteral("1725527007259x327898249603432960");
    call.campaignType = QStringLiteral("Inbound");
    call.phoneNumberFrom = QStringLiteral("+11234567890");
    call.phoneNumberTo = QStringLiteral("+1098765432");
    call.name = QStringLiteral("Marta Jiménez");
    call.durationSeconds = 66;
    call.endCallReason = QStringLiteral("human_pick_up_cut_off");
    call.transcript = QStringLiteral("bot: Hello 👋\nbot: How can I help?\nhuman: ¿Hablas español?\n"
                                     "bot: Sí.\nhuman: مرحبا\nand one more line");
    call.turns = TranscriptParser::parse(call.transcript);
    return call;
}

} // namespace

class TestPlainTextExporter : public QObject
{
    Q_OBJECT

private slots:
    void wholeExport();
    void header_data();
    void header();
    void emptyTranscript();
    void everyUtteranceInOrder();
};

void TestPlainTextExporter::wholeExport()
{
    const QString expected =
        QStringLiteral("Call 1725527007259x327898249603432960\n"
                       "Direction: Inbound\n"
                       "From → To: +11234567890 → +1098765432\n"
                       "Name: Marta Jiménez\n"
                       "Duration: 1:06\n"
                       "End reason: Human pick-up cut off (human_pick_up_cut_off)\n"
                       "Turns: 4\n"
                       "\n"
                       "Assistant:\n"
                       "  Hello 👋\n"
                       "  How can I help?\n"
                       "\n"
                       "Caller:\n"
                       "  ¿Hablas español?\n"
                       "\n"
                       "Assistant:\n"
                       "  Sí.\n"
                       "\n"
                       "Caller:\n"
                       "  مرحبا\n"
                       "  and one more line\n");
    QCOMPARE(PlainTextExporter::render(sampleCall()), expected);
}

void TestPlainTextExporter::header_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedLine");
    QTest::newRow("no name") << QStringLiteral("name") << QString()
                             << QStringLiteral("Name: unknown");
    QTest::newRow("blank name") << QStringLiteral("name") << QStringLiteral("  ")
                                << QStringLiteral("Name: unknown");
    QTest::newRow("outbound") << QStringLiteral("campaign_type") << QStringLiteral("outbound")
                              << QStringLiteral("Direction: Outbound");
    QTest::newRow("other campaign") << QStringLiteral("campaign_type") << QStringLiteral("Survey")
                                    << QStringLiteral("Direction: Survey");
    QTest::newRow("no campaign") << QStringLiteral("campaign_type") << QString()
                                 << QStringLiteral("Direction: unknown");
    QTest::newRow("no from") << QStringLiteral("from") << QString()
                             << QStringLiteral("From → To: - → +1098765432");
    QTest::newRow("no end reason")
        << QStringLiteral("end") << QString() << QStringLiteral("End reason: not given");
    QTest::newRow("unknown end reason")
        << QStringLiteral("end") << QStringLiteral("sip_408_timeout")
        << QStringLiteral("End reason: Sip 408 timeout (sip_408_timeout)");
    QTest::newRow("hyphenated end reason")
        << QStringLiteral("end") << QStringLiteral("customer-ended-call")
        << QStringLiteral("End reason: Customer ended call (customer-ended-call)");
    QTest::newRow("zero duration")
        << QStringLiteral("duration") << QStringLiteral("0") << QStringLiteral("Duration: 0:00");
    QTest::newRow("long duration") << QStringLiteral("duration") << QStringLiteral("3725")
                                   << QStringLiteral("Duration: 1:02:05");
    QTest::newRow("59 s") << QStringLiteral("duration") << QStringLiteral("59")
                          << QStringLiteral("Duration: 0:59");
}

void TestPlainTextExporter::header()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expectedLine);
    CallRecord call = sampleCall();
    if (field == u"name")
        call.name = value;
    else if (field == u"campaign_type")
        call.campaignType = value;
    else if (field == u"from")
        call.phoneNumberFrom = value;
    else if (field == u"end")
        call.endCallReason = value;
    else if (field == u"duration")
        call.durationSeconds = value.toLongLong();
    const QStringList lines = PlainTextExporter::render(call).split(u'\n');
    QVERIFY2(lines.contains(expectedLine), qPrintable(lines.mid(0, 8).join(u'|')));
}

void TestPlainTextExporter::emptyTranscript()
{
    CallRecord call = sampleCall();
    call.transcript.clear();
    call.turns.clear();
    const QString text = PlainTextExporter::render(call);
    QVERIFY(text.contains(QStringLiteral("Turns: 0\n")));
    QVERIFY(text.endsWith(QStringLiteral("\n(The transcript is empty.)\n")));
    QVERIFY(text.startsWith(QStringLiteral("Call 1725527007259x327898249603432960\n")));
}

void TestPlainTextExporter::everyUtteranceInOrder()
{
    CallRecord call = sampleCall();
    QString transcript;
    for (int i = 0; i < 300; ++i)
        transcript += (i % 3 == 0 ? QStringLiteral("human: ") : QStringLiteral("bot: "))
            + QString::number(i) + u'\n';
    call.turns = TranscriptParser::parse(transcript);
    const QString text = PlainTextExporter::render(call);
    qsizetype from = 0;
    for (int i = 0; i < 300; ++i) {
        const QString line = QStringLiteral("\n  ") + QString::number(i) + u'\n';
        const qsizetype at = text.indexOf(line, from);
        QVERIFY2(at >= 0, qPrintable(QString::number(i)));
        // The nearest speaker heading above the utterance is its speaker's.
        const qsizetype heading = text.lastIndexOf(QStringLiteral(":\n"), at);
        const QString speaker = text.sliced(text.lastIndexOf(u'\n', heading - 1) + 1,
                                            heading - text.lastIndexOf(u'\n', heading - 1) - 1);
        QCOMPARE(speaker, i % 3 == 0 ? QStringLiteral("Caller") : QStringLiteral("Assistant"));
        from = at + 1;
    }
}

QTEST_GUILESS_MAIN(TestPlainTextExporter)
#include "tst_PlainTextExporter.moc"
