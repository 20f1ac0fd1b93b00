// Redactor: phone numbers in every common notation, the call's own numbers, e-mails, the name.
#include "SampleCalls.h"
#include "export/Redactor.h"

#include <QJsonDocument>
#include <QtTest>

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void masksPhoneNumbers_data();
    void masksPhoneNumbers();
    void keepsWhatIsNotPersonal_data();
    void keepsWhatIsNotPersonal();
    void masksEmails();
    void masksOwnNumbersInAnyNotation();
    void masksNameOnlyWhenAsked();
    void redactsEveryFieldAndTheRawObject();
};

void TestRedactor::masksPhoneNumbers_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &phone : SampleCalls::phoneNumbers())
        QTest::newRow(qPrintable(phone)) << QStringLiteral("call me at %1, thanks").arg(phone);
    QTest::newRow("in parentheses") << QStringLiteral("(415-555-0123)");
    QTest::newRow("slashes") << QStringLiteral("030/901820 11");
    QTest::newRow("non-breaking") << QStringLiteral("612\u00A034\u00A056\u00A078");
    QTest::newRow("line end") << QStringLiteral("number:\n6123456789");
}

void TestRedactor::masksPhoneNumbers()
{
    QFETCH(QString, text);
    const Redactor redactor(CallRecord{}, false);
    const QString out = redactor.redactText(text);
    QVERIFY2(SampleCalls::leakedPersonalData(out).isEmpty(), qPrintable(out));
    QVERIFY2(out.contains(Redactor::phoneMask()), qPrintable(out));
    QVERIFY(!out.contains(QRegularExpression(QStringLiteral("\\d{2}"))));
}

void TestRedactor::keepsWhatIsNotPersonal_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("short numbers") << QStringLiteral("I have 3 kids, 2 dogs and 145 sheep.");
    QTest::newRow("date") << QStringLiteral("Booked for 2024-05-01 at 10:30.");
    QTest::newRow("european date") << QStringLiteral("Booked for 01.05.2024.");
    QTest::newRow("money") << QStringLiteral("It costs $1,234.50 in total.");
    QTest::newRow("call id") << QStringLiteral("Call 1725527007259x327898249603432960 done");
    QTest::newRow("at sign alone") << QStringLiteral("meet @ noon");
}

void TestRedactor::keepsWhatIsNotPersonal()
{
    QFETCH(QString, text);
    QCOMPARE(Redactor(CallRecord{}, false).redactText(text), text);
}

void TestRedactor::masksEmails()
{
    const Redactor redactor(CallRecord{}, false);
    for (const QString &mail : SampleCalls::emails()) {
        const QString out = redactor.redactText(QStringLiteral("write to <%1>.").arg(mail));
        QCOMPARE(out, QStringLiteral("write to <%1>.").arg(Redactor::emailMask()));
    }
}

void TestRedactor::masksOwnNumbersInAnyNotation()
{
    CallRecord call;
    call.phoneNumberFrom = QStringLiteral("+1 415 555 0123");
    call.phoneNumberTo = QStringLiteral("55501"); // a short code: too short for the pattern
    const Redactor redactor(call, false);
    QCOMPARE(redactor.redactText(QStringLiteral("from +1 415 555 0123 to 55501")),
             QStringLiteral("from %1 to %1").arg(Redactor::phoneMask()));
    QCOMPARE(redactor.redactText(QStringLiteral("i.e. 415-555-0123")),
             QStringLiteral("i.e. %1").arg(Redactor::phoneMask()));
}

void TestRedactor::masksNameOnlyWhenAsked()
{
    CallRecord call;
    call.name = QStringLiteral("Jane  Roe");
    const QString text = QStringLiteral("Hi Jane Roe! Is JANE there? Ms. Roe? Janet stays.");
    QCOMPARE(Redactor(call, false).redactText(text), text);
    QCOMPARE(Redactor(call, true).redactText(text),
             QStringLiteral("Hi [name]! Is [name] there? Ms. [name]? Janet stays.")
                 .replace(QStringLiteral("[name]"), Redactor::nameMask()));
}

void TestRedactor::redactsEveryFieldAndTheRawObject()
{
    const CallRecord call = SampleCalls::personalDataCall();
    const CallRecord out = Redactor::redact(call, true);
    QCOMPARE(out.callId, call.callId);
    QCOMPARE(out.modelId, call.modelId);
    QCOMPARE(out.phoneNumberFrom, Redactor::phoneMask());
    QCOMPARE(out.phoneNumberTo, Redactor::phoneMask());
    QCOMPARE(out.name, Redactor::nameMask());
    QCOMPARE(out.turns.size(), call.turns.size());
    QString turns;
    for (const Turn &turn : out.turns)
        turns += turn.text + u'\n';
    QVERIFY2(SampleCalls::leakedPersonalData(turns).isEmpty(), qPrintable(turns));
    QVERIFY(!turns.contains(u"Jane"));
    QString raw = QString::fromUtf8(QJsonDocument(out.raw).toJson());
    raw.remove(call.modelId);
    QVERIFY2(SampleCalls::leakedPersonalData(raw).isEmpty(), qPrintable(raw));
    QVERIFY(!raw.contains(u"Jane"));
    QCOMPARE(out.raw.value(u"call_id").toString(), call.callId);
    QCOMPARE(out.raw.value(u"duration").toInt(), 66);
}

QTEST_MAIN(TestRedactor)
#include "tst_Redactor.moc"
