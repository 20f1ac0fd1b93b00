#include "FakeAnunziApi.h"
#include "ListFixtures.h"
#include "browse/AssistantDirectory.h"
#include "browse/AssistantListView.h"
#include "browse/BrowsePanel.h"
#include "browse/CallFilterBar.h"
#include "browse/CallFilterProxyModel.h"
#include "browse/CallNavigator.h"
#include "browse/CallTableView.h"
#include "settings/AppSettings.h"
#include "widgets/ErrorBanner.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

class tst_BrowsePanel : public QObject
{
    Q_OBJECT

private:
    FakeAnunziApi *m_api = nullptr;
    QNetworkAccessManager m_network;

    std::unique_ptr<BrowsePanel> makePanel()
    {
        auto panel = std::make_unique<BrowsePanel>(&m_network);
        panel->setApiAccess(m_api->base(), 10, [] { return QStringLiteral("key"); });
        panel->resize(1000, 400);
        return panel;
    }

    int requestsTo(const QString &path) const
    {
        int count = 0;
        for (const FakeAnunziApi::Request &request : m_api->requests())
            count += request.path == path;
        return count;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CallReviewTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_BrowsePanel"));
    }

    void init()
    {
        QSettings().clear();
        m_api = new FakeAnunziApi;
        for (int i = 0; i < 3; ++i)
            m_api->assistants.append(fixtureAssistantJson(i));
        for (int i = 0; i < 100; ++i)
            m_api->calls.append(fixtureCallJson(i, QStringLiteral("model1")));
    }

    void cleanup() { delete m_api; }

    void pickAssistantOpenCallWithoutRequest()
    {
        auto panel = makePanel();
        QSignalSpy opened(panel.get(), &BrowsePanel::callOpened);
        panel->show();
        QListView *assistants = panel->assistantList()->listView();
        QTRY_COMPARE(assistants->model()->rowCount(), 3);
        QCOMPARE(panel->assistantDirectory()->name(QStringLiteral("model2")),
                 QStringLiteral("Assistant 2"));

        // Typing filters; Enter in the filter picks the match.
        QTest::keyClicks(panel->assistantList()->filterEdit(), QStringLiteral("assistant 1"));
        QCOMPARE(assistants->model()->rowCount(), 1);
        QTest::keyClick(panel->assistantList()->filterEdit(), Qt::Key_Return);
        QCOMPARE(panel->currentModelId(), QStringLiteral("model1"));

        QTableView *table = panel->callTable()->tableView();
        QTRY_VERIFY(table->model()->rowCount() >= 20);
        QCOMPARE(m_api->requests().last().queryValue(QStringLiteral("model_id")),
                 QStringLiteral("model1"));

        // Enter on a row opens that call from the list data: no new request.
        const int requests = int(m_api->requests().size());
        table->setFocus();
        table->setCurrentIndex(table->model()->index(3, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().value<CallRecord>().callId, QStringLiteral("call00003"));
        QCOMPARE(opened.first().first().value<CallRecord>().turns.size(), 3);
        QCOMPARE(m_api->requests().size(), requests);
        // Next / previous from the window's keys.
        panel->navigator()->next();
        QCOMPARE(opened.last().first().value<CallRecord>().callId, QStringLiteral("call00004"));
        QCOMPARE(table->currentIndex().row(), 4);
        QCOMPARE(AppSettings().browseModelId(), QStringLiteral("model1"));
    }

    void pagesLoadAsTheTableScrolls()
    {
        AppSettings().setBrowseModelId(QStringLiteral("model1"));
        auto panel = makePanel();
        panel->show();
        QTableView *table = panel->callTable()->tableView();
        // The last assistant is reopened at start; one page fills the view.
        QTRY_COMPARE(table->model()->rowCount(), 20);
        // Its name replaces its ID in the title once the assistants arrive.
        QTRY_COMPARE(panel->callTable()->title(), QStringLiteral("Calls of Assistant 1 (model1)"));
        for (int expected = 40; expected <= 100; expected += 20) {
            QTRY_VERIFY(table->model()->canFetchMore(QModelIndex())); // previous page done
            table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
            QTRY_COMPARE(table->model()->rowCount(), expected);
        }
        QTRY_VERIFY(table->model()->canFetchMore(QModelIndex()));
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QTRY_COMPARE(requestsTo(QStringLiteral("/v2/calls")), 6); // 5 full pages + 1 empty
        QTRY_VERIFY(!table->model()->canFetchMore(QModelIndex()));
        QCOMPARE(table->model()->rowCount(), 100);
    }

    void rateLimitShowsRetry()
    {
        // Longer than RetryPolicy's bound: no automatic retry, the banner shows at once.
        m_api->script(m_api->assistantsPath(), {FakeAnunziApi::Reply::error(429, "120")});
        AppSettings().setBrowseModelId(QStringLiteral("model1"));
        auto panel = makePanel();
        panel->show();
        // The first request (assistants) gets the 429.
        ErrorBanner *banner = panel->assistantList()->findChild<ErrorBanner *>();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->message().contains(QStringLiteral("120 s")),
                 qPrintable(banner->message()));
        QPushButton *retry = banner->findChild<QPushButton *>();
        QVERIFY(retry->isVisible());
        retry->click();
        QTRY_COMPARE(panel->assistantList()->listView()->model()->rowCount(), 3);
        QVERIFY(!banner->isVisible());
    }

    void forbiddenCalls()
    {
        auto panel = makePanel();
        panel->show();
        QTRY_COMPARE(panel->assistantList()->listView()->model()->rowCount(), 3);
        m_api->script(m_api->callsPath(), {FakeAnunziApi::Reply::error(403)});
        panel->openAssistant(QStringLiteral("model1"));
        ErrorBanner *banner = panel->callTable()->findChild<ErrorBanner *>();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->message().contains(QStringLiteral("no permission")));
        QVERIFY(!panel->callTable()->tableView()->model()->canFetchMore(QModelIndex()));
        banner->findChild<QPushButton *>()->click();
        QTRY_VERIFY(panel->callTable()->tableView()->model()->rowCount() >= 20);
    }

    void filtersAreRemembered()
    {
        {
            auto panel = makePanel();
            panel->show();
            QTRY_COMPARE(panel->assistantList()->listView()->model()->rowCount(), 3);
            panel->openAssistant(QStringLiteral("model1"));
            QTRY_VERIFY(panel->callTable()->tableView()->model()->rowCount() >= 20);
            QTest::keyClicks(panel->callTable()->filterBar()->textEdit(), QStringLiteral("ana 1"));
            QTRY_COMPARE(panel->callTable()->proxy()->filter().text, QStringLiteral("ana 1"));
        }
        auto panel = makePanel();
        QCOMPARE(panel->callTable()->proxy()->filter().text, QStringLiteral("ana 1"));
        QCOMPARE(panel->callTable()->filterBar()->filter().text, QStringLiteral("ana 1"));
    }

    void sendsTheFilteredList()
    {
        auto panel = makePanel();
        panel->show();
        panel->openAssistant(QStringLiteral("model1"));
        QTRY_VERIFY(panel->callTable()->tableView()->model()->rowCount() >= 20);
        CallFilter filter;
        filter.endReason = QStringLiteral("voicemail");
        panel->callTable()->setFilter(filter);
        QSignalSpy exported(panel.get(), &BrowsePanel::sendToBatchExport);
        QSignalSpy queued(panel.get(), &BrowsePanel::sendToReviewQueue);
        const auto buttons = panel->callTable()->findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->text().contains(QStringLiteral("Export"))
                || button->text().contains(QStringLiteral("Queue")))
                button->click();
        }
        QCOMPARE(exported.size(), 1);
        QCOMPARE(queued.size(), 1);
        const auto calls = exported.first().first().value<QList<CallRecord>>();
        QVERIFY(!calls.isEmpty());
        for (const CallRecord &call : calls)
            QCOMPARE(call.endCallReason, QStringLiteral("voicemail"));
        QCOMPARE(calls.size(), panel->callTable()->proxy()->rowCount());
    }
};

QTEST_MAIN(tst_BrowsePanel)
#include "tst_BrowsePanel.moc"
