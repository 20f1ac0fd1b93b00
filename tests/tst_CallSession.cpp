// The window's session without widgets: the current call, back and forward, and the signals
// the panels and menus follow.
#include "session/CallSession.h"

#include <QSignalSpy>
#include <QTest>

namespace {

CallRecord call(const QString &id)
{
    CallRecord record;
    record.callId = id;
    return record;
}

QString idIn(const QSignalSpy &spy, qsizetype at)
{
    return spy.at(at).first().value<CallRecord>().callId;
}

} // namespace

class tst_CallSession : public QObject
{
    Q_OBJECT

private slots:
    void startsEmpty()
    {
        CallSession session;
        QVERIFY(!session.hasCall());
        QVERIFY(session.current().callId.isEmpty());
        QVERIFY(!session.canGoBack());
        QVERIFY(!session.canGoForward());
        QSignalSpy changed(&session, &CallSession::currentChanged);
        QVERIFY(!session.goBack());
        QVERIFY(!session.goForward());
        QCOMPARE(changed.size(), 0);
    }

    void openingMakesTheCallCurrent()
    {
        CallSession session;
        QSignalSpy changed(&session, &CallSession::currentChanged);
        QSignalSpy history(&session, &CallSession::historyChanged);
        session.open(call(u"a1"_qs));
        QVERIFY(session.hasCall());
        QCOMPARE(session.current().callId, u"a1"_qs);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(idIn(changed, 0), u"a1"_qs);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.last(), (QVariantList{false, false}));

        session.open(call(u"b2"_qs));
        QCOMPARE(idIn(changed, 1), u"b2"_qs);
        QCOMPARE(history.last(), (QVariantList{true, false}));
    }

    void backAndForward()
    {
        CallSession session;
        for (const QString &id : {u"a1"_qs, u"b2"_qs, u"c3"_qs})
            session.open(call(id));
        QSignalSpy changed(&session, &CallSession::currentChanged);
        QSignalSpy history(&session, &CallSession::historyChanged);

        QVERIFY(session.goBack());
        QCOMPARE(session.current().callId, u"b2"_qs);
        QCOMPARE(history.last(), (QVariantList{true, true}));
        QVERIFY(session.goBack());
        QCOMPARE(session.current().callId, u"a1"_qs);
        QCOMPARE(history.last(), (QVariantList{false, true}));
        QVERIFY(!session.goBack());
        QVERIFY(session.goForward());
        QCOMPARE(session.current().callId, u"b2"_qs);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(idIn(changed, 0), u"b2"_qs);
        QCOMPARE(idIn(changed, 1), u"a1"_qs);
        QCOMPARE(idIn(changed, 2), u"b2"_qs);

        // Opening from the middle drops the calls forward of it, like a browser.
        session.open(call(u"d4"_qs));
        QVERIFY(!session.canGoForward());
        QVERIFY(!session.goForward());
        QVERIFY(session.goBack());
        QCOMPARE(session.current().callId, u"b2"_qs);
    }

    void historyIsKnownWhenTheCallArrives()
    {
        // A panel that shows the call may ask at once whether Back is possible.
        CallSession session;
        session.open(call(u"a1"_qs));
        bool couldGoBack = false;
        connect(&session, &CallSession::currentChanged, this,
                [&] { couldGoBack = session.canGoBack(); });
        session.open(call(u"b2"_qs));
        QVERIFY(couldGoBack);
    }

    void aReceiverMayOpenAnotherCall()
    {
        // The first receiver redirects (as a queue might); the second still gets a whole record.
        CallSession session;
        QStringList seen;
        connect(&session, &CallSession::currentChanged, this, [&](const CallRecord &shown) {
            if (shown.callId == u"old1")
                session.open(call(u"new2"_qs));
        });
        connect(&session, &CallSession::currentChanged, this,
                [&](const CallRecord &shown) { seen.append(shown.callId); });
        session.open(call(u"old1"_qs));
        QCOMPARE(seen, (QStringList{u"new2"_qs, u"old1"_qs}));
        QCOMPARE(session.current().callId, u"new2"_qs);
    }

    void keepsTheWholeRecord()
    {
        CallSession session;
        CallRecord full = call(u"e5"_qs);
        full.turns.append(Turn{});
        full.endCallReason = u"voicemail"_qs;
        session.open(full);
        session.open(call(u"f6"_qs));
        session.goBack();
        QCOMPARE(session.current().turns.size(), 1);
        QCOMPARE(session.current().endCallReason, u"voicemail"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_CallSession)
#include "tst_CallSession.moc"
