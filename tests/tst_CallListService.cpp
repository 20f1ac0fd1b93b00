#include "FakeAnunziApi.h"
#include "ListFixtures.h"
#include "api/ApiEndpoint.h"
#include "api/CallListService.h"
#include "cli/ExitCode.h"
#include "net/HttpGet.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class tst_CallListService : public QObject
{
    Q_OBJECT

private:
    CallListService::Settings settingsFor(const FakeAnunziApi &api)
    {
        CallListService::Settings settings;
        settings.apiBase = api.base();
        settings.apiKey = QStringLiteral("secret-key");
        settings.timeoutSeconds = 10;
        return settings;
    }

    QNetworkAccessManager m_network;

private slots:
    void pagesUntilShortPage()
    {
        FakeAnunziApi api;
        for (int i = 0; i < 45; ++i)
            api.calls.append(fixtureCallJson(i));
        CallListService service(&m_network);
        service.setSettings(settingsFor(api));
        service.setModelId(QStringLiteral("m1"));
        QSignalSpy calls(&service, &CallListService::callsReceived);
        QSignalSpy end(&service, &CallListService::endReached);
        service.fetchAll();
        QVERIFY(end.wait(10000));
        QCOMPARE(calls.size(), 3); // 20 + 20 + 5
        QCOMPARE(calls.at(0).at(0).toInt(), 0);
        QCOMPARE(calls.at(2).at(0).toInt(), 40);
        QCOMPARE(calls.at(2).at(1).value<QList<CallRecord>>().size(), 5);
        QCOMPARE(calls.at(1).at(1).value<QList<CallRecord>>().first().callId,
                 QStringLiteral("call00020"));
        QCOMPARE(api.requests().size(), 3);
        QCOMPARE(api.requests().at(2).queryValue(QStringLiteral("offset")), QStringLiteral("40"));
        QCOMPARE(api.requests().at(2).queryValue(QStringLiteral("limit")), QStringLiteral("20"));
        QVERIFY(!service.hasMore());
        QVERIFY(!service.fetchNextPage()); // at the end: nothing more is requested
        QCOMPARE(api.requests().size(), 3);
    }

    void exactMultipleEndsWithEmptyPage()
    {
        FakeAnunziApi api;
        for (int i = 0; i < 4; ++i)
            api.calls.append(fixtureCallJson(i));
        CallListService service(&m_network);
        service.setSettings(settingsFor(api));
        service.setPageSize(2);
        service.setModelId(QStringLiteral("m1"));
        QSignalSpy end(&service, &CallListService::endReached);
        QSignalSpy pages(&service, &CallListService::pageLoaded);
        service.fetchAll();
        QVERIFY(end.wait(10000));
        QCOMPARE(pages.size(), 3); // 2, 2, 0
        QCOMPARE(service.nextOffset(), 4);
    }

    void oneFetchPerCallWhenLazy()
    {
        FakeAnunziApi api;
        for (int i = 0; i < 30; ++i)
            api.calls.append(fixtureCallJson(i));
        CallListService service(&m_network);
        service.setSettings(settingsFor(api));
        service.setModelId(QStringLiteral("m1"));
        QSignalSpy pages(&service, &CallListService::pageLoaded);
        QVERIFY(service.fetchNextPage());
        QVERIFY(!service.fetchNextPage()); // one in flight
        QVERIFY(pages.wait(10000));
        QVERIFY(service.hasMore());
        QCOMPARE(api.requests().size(), 1);
    }

    void malformedCallKeepsTheOthers()
    {
        FakeAnunziApi api;
        for (int i = 0; i < 5; ++i)
            api.calls.append(fixtureCallJson(i));
        QJsonObject bad = fixtureCallJson(99);
        bad.insert(QStringLiteral("duration"), QStringLiteral("long"));
        api.calls[2] = bad;
        api.calls.append(QStringLiteral("not an object"));
        CallListService service(&m_network);
        service.setSettings(settingsFor(api));
        service.setModelId(QStringLiteral("m1"));
        QSignalSpy calls(&service, &CallListService::callsReceived);
        QSignalSpy pages(&service, &CallListService::pageLoaded);
        service.fetchNextPage();
        QVERIFY(pages.wait(10000));
        const auto received = calls.at(0).at(1).value<QList<CallRecord>>();
        QCOMPARE(received.size(), 4);
        QCOMPARE(received.at(2).callId, QStringLiteral("call00003"));
        const auto rejected = pages.at(0).at(2).value<QList<ListPageDecoder::Rejected>>();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected.at(0).index, 2);
        QVERIFY2(rejected.at(0).reason.contains(QStringLiteral("response.calls[2].duration")),
                 qPrintable(rejected.at(0).reason));
        QCOMPARE(rejected.at(1).index, 5);
        QCOMPARE(pages.at(0).at(1).toInt(), 6); // entries, good and bad: paging counts all
        QVERIFY(!service.hasMore());
    }

    void emptyAssistant()
    {
        FakeAnunziApi api;
        CallListService service(&m_network);
        service.setSettings(settingsFor(api));
        service.setModelId(QStringLiteral("m1"));
        QSignalSpy calls(&service, &CallListService::callsReceived);
        QSignalSpy end(&service, &CallListService::endReached);
        QSignalSpy failed(&service, &CallListService::pageFailed);
        service.fetchAll();
        QVERIFY(end.wait(10000));
        QCOMPARE(calls.size(), 1);
        QVERIFY(calls.at(0).at(1).value<QList<CallRecord>>().isEmpty());
        QCOMPARE(failed.size(), 0);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("400") << 400 << QByteArray() << int(FetchError::Kind::HttpError)
                             << QStringLiteral("HTTP 400");
        QTest::newRow("403") << 403 << QByteArray() << int(FetchError::Kind::Forbidden)
                             << QStringLiteral("no permission");
        QTest::newRow("429") << 429 << QByteArray("7") << int(FetchError::Kind::RateLimited)
                             << QStringLiteral("Try again in 7 s");
        QTest::newRow("500") << 500 << QByteArray() << int(FetchError::Kind::ServerError)
                             << QStringLiteral("Try again later");
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, kind);
        QFETCH(QString, words);
        FakeAnunziApi api;
        for (int i = 0; i < 3; ++i)
            api.calls.append(fixtureCallJson(i));
        api.script(api.callsPath(), {FakeAnunziApi::Reply::error(status, retryAfter)});
        CallListService service(&m_network);
        PagedListService::Settings settings = settingsFor(api);
        settings.retry = RetryPolicy::none(); // the failure itself, not the automatic retries
        service.setSettings(settings);
        service.setModelId(QStringLiteral("m1"));
        QSignalSpy failed(&service, &CallListService::pageFailed);
        QSignalSpy calls(&service, &CallListService::callsReceived);
        service.fetchAll();
        QVERIFY(failed.wait(10000));
        const FetchError error = failed.at(0).at(0).value<FetchError>();
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
        QVERIFY(!service.isLoading());
        QVERIFY(service.hasMore());
        // Retry asks for the same page again and carries on.
        QSignalSpy end(&service, &CallListService::endReached);
        service.retry();
        QVERIFY(end.wait(10000));
        QCOMPARE(calls.size(), 1);
        QCOMPARE(api.requests().size(), 2);
        QCOMPARE(api.requests().at(1).queryValue(QStringLiteral("offset")), QStringLiteral("0"));
    }

    void noModelIdSendsNothing()
    {
        FakeAnunziApi api;
        CallListService service(&m_network);
        service.setSettings(settingsFor(api));
        QSignalSpy failed(&service, &CallListService::pageFailed);
        service.fetchNextPage();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<FetchError>().kind, FetchError::Kind::InvalidInput);
        QVERIFY(api.requests().isEmpty());
    }

    void invalidModelIdSendsNothing_data()
    {
        QTest::addColumn<QString>("modelId");
        QTest::newRow("ampersand") << QStringLiteral("m1&limit=1000");
        QTest::newRow("hash") << QStringLiteral("m1#x");
        QTest::newRow("slash") << QStringLiteral("../assistants");
        QTest::newRow("percent") << QStringLiteral("m1%26offset=9");
    }

    void invalidModelIdSendsNothing()
    {
        QFETCH(QString, modelId);
        FakeAnunziApi api;
        CallListService service(&m_network);
        service.setSettings(settingsFor(api));
        service.setModelId(modelId);
        QSignalSpy failed(&service, &CallListService::pageFailed);
        service.fetchNextPage();
        QCOMPARE(failed.size(), 1);
        const FetchError error = failed.at(0).at(0).value<FetchError>();
        QCOMPARE(error.kind, FetchError::Kind::InvalidInput);
        QCOMPARE(ExitCode::of(error), 2);
        QVERIFY(api.requests().isEmpty());
    }

    // Even a value the validator would refuse stays inside its parameter: the URL builder
    // encodes every reserved character.
    void queryEncodingCannotAddParameters_data()
    {
        QTest::addColumn<QString>("modelId");
        QTest::newRow("ampersand") << QStringLiteral("m1&limit=1000&offset=5");
        QTest::newRow("hash") << QStringLiteral("m1#fragment&x=1");
        QTest::newRow("equals-plus") << QStringLiteral("a=b+c d");
        QTest::newRow("percent") << QStringLiteral("m1%26limit%3D1");
    }

    void queryEncodingCannotAddParameters()
    {
        QFETCH(QString, modelId);
        FakeAnunziApi api;
        QString error;
        const QUrl url =
            ApiEndpoint::listCallsUrl(ApiEndpoint::parseBase(api.base(), &error), modelId, 20, 40);
        HttpGet get(&m_network);
        QSignalSpy finished(&get, &HttpGet::finished);
        HttpGet::Request request;
        request.url = url;
        get.start(request);
        QVERIFY(finished.wait(10000));
        QCOMPARE(api.requests().size(), 1);
        const FakeAnunziApi::Request &got = api.requests().first();
        QCOMPARE(got.path, QStringLiteral("/v2/calls"));
        QCOMPARE(got.queryItems().queryItems().size(), 3);
        QCOMPARE(got.queryValue(QStringLiteral("model_id")), modelId);
        QCOMPARE(got.queryValue(QStringLiteral("limit")), QStringLiteral("20"));
        QCOMPARE(got.queryValue(QStringLiteral("offset")), QStringLiteral("40"));
        QVERIFY(!got.query.contains('#'));
        QVERIFY(!got.query.contains('+'));
    }

    void keyOnlyToApiOrigin()
    {
        FakeAnunziApi api;
        FakeAnunziApi elsewhere; // another port: another origin
        api.calls.append(fixtureCallJson(1));
        CallListService service(&m_network);
        service.setSettings(settingsFor(api));
        service.setModelId(QStringLiteral("m1"));
        QSignalSpy pages(&service, &CallListService::pageLoaded);
        service.fetchNextPage();
        QVERIFY(pages.wait(10000));
        QCOMPARE(api.requests().size(), 1);
        QCOMPARE(api.requests().first().header("Authorization"), QByteArray("Bearer secret-key"));

        // A redirect to another origin is refused: the key never reaches it.
        api.script(api.callsPath(),
                   {FakeAnunziApi::Reply::redirect(
                       (elsewhere.base() + QStringLiteral("/calls?model_id=m1")).toLatin1())},
                   FakeAnunziApi::Then::RepeatLast);
        service.setModelId(QStringLiteral("m1"));
        QSignalSpy failed(&service, &CallListService::pageFailed);
        service.fetchNextPage();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<FetchError>().kind, FetchError::Kind::Redirect);
        QVERIFY(elsewhere.requests().isEmpty());
    }

    void cancelDropsThePage()
    {
        FakeAnunziApi api;
        for (int i = 0; i < 3; ++i)
            api.calls.append(fixtureCallJson(i));
        CallListService service(&m_network);
        service.setSettings(settingsFor(api));
        service.setModelId(QStringLiteral("m1"));
        QSignalSpy calls(&service, &CallListService::callsReceived);
        QSignalSpy failed(&service, &CallListService::pageFailed);
        service.fetchNextPage();
        service.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<FetchError>().kind, FetchError::Kind::Canceled);
        // Switching assistant starts over; nothing of the old request arrives.
        service.setModelId(QStringLiteral("m2"));
        QSignalSpy pages(&service, &CallListService::pageLoaded);
        service.fetchNextPage();
        QVERIFY(pages.wait(10000));
        QCOMPARE(calls.size(), 1);
        QCOMPARE(api.requests().last().queryValue(QStringLiteral("model_id")),
                 QStringLiteral("m2"));
    }
};

QTEST_GUILESS_MAIN(tst_CallListService)
#include "tst_CallListService.moc"
