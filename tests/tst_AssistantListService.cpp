#include "FakeAnunziApi.h"
#include "ListFixtures.h"
#include "api/AssistantListService.h"
#include "browse/AssistantDirectory.h"
#include "cli/ExitCode.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class tst_AssistantListService : public QObject
{
    Q_OBJECT

private slots:
    void pagesAndFeedsTheDirectory()
    {
        FakeAnunziApi api;
        for (int i = 0; i < 23; ++i)
            api.assistants.append(fixtureAssistantJson(i));
        QNetworkAccessManager network;
        AssistantListService service(&network);
        AssistantListService::Settings settings;
        settings.apiBase = api.base();
        settings.apiKey = QStringLiteral("k");
        service.setSettings(settings);
        AssistantDirectory directory;
        connect(&service, &AssistantListService::assistantsReceived, &directory,
                [&directory](int, const QList<AssistantRecord> &list) { directory.add(list); });
        QSignalSpy end(&service, &AssistantListService::endReached);
        service.fetchAll();
        QVERIFY(end.wait(10000));
        QCOMPARE(api.requests().size(), 2);
        QCOMPARE(api.requests().at(0).path, QStringLiteral("/v2/assistants/"));
        QCOMPARE(api.requests().at(1).queryValue(QStringLiteral("offset")), QStringLiteral("20"));
        QCOMPARE(api.requests().at(1).header("Authorization"), QByteArray("Bearer k"));
        QCOMPARE(directory.name(QStringLiteral("model22")), QStringLiteral("Assistant 22"));
        QCOMPARE(directory.displayName(QStringLiteral("model2")),
                 QStringLiteral("Assistant 2 (model2)"));
        QCOMPARE(directory.displayName(QStringLiteral("other")), QStringLiteral("other"));
    }

    void forbiddenInWords()
    {
        FakeAnunziApi api;
        api.script(api.assistantsPath(), {FakeAnunziApi::Reply::error(403)});
        QNetworkAccessManager network;
        AssistantListService service(&network);
        AssistantListService::Settings settings;
        settings.apiBase = api.base();
        settings.apiKey = QStringLiteral("k");
        service.setSettings(settings);
        QSignalSpy failed(&service, &AssistantListService::pageFailed);
        service.fetchNextPage();
        QVERIFY(failed.wait(10000));
        const FetchError error = failed.at(0).at(0).value<FetchError>();
        QCOMPARE(error.kind, FetchError::Kind::Forbidden);
        QVERIFY(error.message.contains(QStringLiteral("list assistants")));
        QCOMPARE(ExitCode::of(error), 3);
    }

    void noKeyNoRequest()
    {
        FakeAnunziApi api;
        QNetworkAccessManager network;
        AssistantListService service(&network);
        AssistantListService::Settings settings;
        settings.apiBase = api.base();
        service.setSettings(settings);
        QSignalSpy failed(&service, &AssistantListService::pageFailed);
        service.fetchNextPage();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<FetchError>().kind, FetchError::Kind::MissingKey);
        QVERIFY(api.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_AssistantListService)
#include "tst_AssistantListService.moc"
