#include "CallBar.h"
#include "CallLoader.h"
#include "ErrorBanner.h"
#include "FindBar.h"
#include "MainWindow.h"
#include "MetadataPanel.h"
#include "StartPage.h"
#include "TranscriptModel.h"
#include "TranscriptPane.h"
#include "TranscriptView.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray callResponse(const QString &id) {
    const QJsonObject call{
        {u"call_id"_qs, id},
        {u"model_id"_qs, u"1725526325346x892123579587048600"_qs},
        {u"campaign_type"_qs, u"Outbound"_qs},
        {u"phone_number_from"_qs, u"+14155550123"_qs},
        {u"phone_number_to"_qs, u"+442071838750"_qs},
        {u"name"_qs, u""_qs},
        {u"transcript"_qs,
         u"\nbot: Hello, this is Ava.\nhuman: Hi, I need help.\nbot: Sure, hello again."_qs},
        {u"duration"_qs, 66},
        {u"recording_url"_qs, u""_qs},
        {u"end_call_reason"_qs, u"human_pick_up_cut_off"_qs},
    };
    const QJsonObject body{{u"status"_qs, u"ok"_qs},
                           {u"response"_qs, QJsonObject{{u"calls"_qs, QJsonArray{call}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_MainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Never reach the developer's real keychain: the key tests below must find none.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        QCoreApplication::setOrganizationName(u"CallReviewTests"_qs);
        QCoreApplication::setApplicationName(u"tst_MainWindow"_qs);
        m_server.route(
            u"/v2/calls/<arg>"_qs, [this](const QString &id, const QHttpServerRequest &request) {
                ++m_requests;
                m_lastAuthorization = request.value("Authorization");
                if (id.startsWith(u"404"))
                    return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
                if (id.startsWith(u"flaky") && ++m_flakyRequests == 1)
                    return QHttpServerResponse(QHttpServerResponse::StatusCode::ServiceUnavailable);
                return QHttpServerResponse("application/json", callResponse(id));
            });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    void init() {
        QSettings().clear();
        qputenv("ANUNZI_API_KEY", "test-key-0123456789abcdef");
        m_requests = 0;
        m_flakyRequests = 0;
    }

    void typedIdAndEnterFetches() {
        std::unique_ptr<MainWindow> window = makeWindow();
        QSignalSpy busy(window->callLoader(), &CallLoader::busyChanged);
        QLineEdit *edit = window->callBar()->idEdit();
        edit->setFocus();
        // A whole pasted line with stray spaces: the ID is picked out of it.
        QTest::keyClicks(edit, u"  Call ID: 1111x2222  "_qs);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(window->callBar()->fetchButton()->text(), u"Cancel"_qs);
        QTRY_COMPARE(window->metadataPanel()->fieldText(u"callId"_qs), u"1111x2222"_qs);
        QCOMPARE(m_requests, 1);
        QCOMPARE(m_lastAuthorization, QByteArray("Bearer test-key-0123456789abcdef"));
        QCOMPARE(window->callBar()->fetchButton()->text(), u"Fetch"_qs);
        QCOMPARE(busy.size(), 2);

        MetadataPanel *panel = window->metadataPanel();
        QCOMPARE(panel->fieldText(u"direction"_qs), u"Outbound"_qs);
        QCOMPARE(panel->fieldText(u"from"_qs), u"+1 415-555-0123"_qs);
        QCOMPARE(panel->copyValue(u"from"_qs), u"+14155550123"_qs); // raw value on copy
        QCOMPARE(panel->fieldText(u"to"_qs), u"+44 20 7183 8750"_qs);
        QCOMPARE(panel->fieldText(u"name"_qs), u"unknown"_qs);
        QCOMPARE(panel->fieldText(u"duration"_qs), u"1:06"_qs);
        QCOMPARE(panel->fieldText(u"endReason"_qs), u"Human pick-up cut off"_qs);
        QCOMPARE(panel->fieldText(u"recording"_qs), u"No"_qs);
        QCOMPARE(panel->fieldText(u"turns"_qs), u"Assistant 2 · Caller 1"_qs);

        TranscriptView *view = window->transcriptPane()->view();
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->model()->index(1, 0).data().toString(), u"Hi, I need help."_qs);
        QVERIFY(view->isVisible());
        QVERIFY(!window->startPage()->isVisible());
        // Kept across restarts.
        QCOMPARE(AppSettings().recentCalls(), QStringList{u"1111x2222"_qs});
    }

    void errorsShowInTheBannerWithRetry() {
        std::unique_ptr<MainWindow> window = makeWindow();
        window->fetch(u"404x1"_qs);
        QTRY_VERIFY(window->banner()->isVisible());
        QVERIFY(window->banner()->isError());
        QVERIFY(window->banner()->message().contains(u"404"));
        QVERIFY(window->banner()->canRetry());

        window->fetch(u"flaky1"_qs); // first answer 503, then the call
        QTRY_VERIFY(window->banner()->isVisible());
        QVERIFY(window->banner()->message().contains(u"503"));
        QPushButton *retry = window->banner()->findChild<QPushButton *>();
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(window->metadataPanel()->fieldText(u"callId"_qs), u"flaky1"_qs);
        QVERIFY(!window->banner()->isVisible());
    }

    void aNewFetchReplacesTheOneInFlight() {
        std::unique_ptr<MainWindow> window = makeWindow();
        window->openDemoCall(); // not a recent call: it was not fetched
        window->fetch(u"7777x1"_qs);
        window->fetch(u"8888x2"_qs);
        QVERIFY(window->callBar()->isBusy());
        QTRY_COMPARE(window->currentCall().callId, u"8888x2"_qs);
        QVERIFY(!window->callBar()->isBusy());
        QVERIFY(!window->banner()->isVisible()); // the replaced fetch is no error
        QCOMPARE(AppSettings().recentCalls(), QStringList{u"8888x2"_qs});
    }

    void invalidIdIsExplainedWithoutARequest() {
        std::unique_ptr<MainWindow> window = makeWindow();
        window->fetch(u"hello world"_qs);
        QVERIFY(window->banner()->isVisible());
        QVERIFY(window->banner()->message().contains(u"not a call ID"));
        QVERIFY(!window->banner()->canRetry());
        QCOMPARE(m_requests, 0);
    }

    void findCountsAndNavigates() {
        std::unique_ptr<MainWindow> window = makeWindow();
        window->openDemoCall();
        QVERIFY(window->hasCall());
        int expected = 0;
        for (const Turn &turn : window->currentCall().turns)
            expected += int(turn.text.count(u"wednesday"_qs, Qt::CaseInsensitive));
        QVERIFY(expected >= 3);

        QTest::keySequence(window.get(), QKeySequence::Find);
        FindBar *find = window->transcriptPane()->findBar();
        QVERIFY(find->isVisible());
        QTRY_VERIFY(find->queryEdit()->hasFocus());
        QTest::keyClicks(find->queryEdit(), u"WEDNESDAY"_qs);
        QTRY_COMPARE(find->resultText(), u"1 of %1"_qs.arg(expected));
        QTest::keyClick(find->queryEdit(), Qt::Key_Return);
        QCOMPARE(find->resultText(), u"2 of %1"_qs.arg(expected));
        QTest::keyClick(window.get(), Qt::Key_F3);
        QCOMPARE(find->resultText(), u"3 of %1"_qs.arg(expected));
        QTest::keyClick(window.get(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(find->resultText(), u"2 of %1"_qs.arg(expected));
        // The current match's turn is the view's current index, and on screen.
        const TranscriptSearch::Match *match = window->transcriptPane()->search().currentMatch();
        TranscriptView *view = window->transcriptPane()->view();
        QCOMPARE(view->currentIndex().data(TranscriptModel::TurnNumberRole).toInt(),
                 match->row + 1);
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(view->currentIndex())));

        // Caller only: fewer turns, matches only in the caller's.
        find->setSpeakerChoice(FindBar::CallerOnly);
        QTRY_VERIFY(view->model()->rowCount() < int(window->currentCall().turns.size()));
        for (const TranscriptSearch::Match &m : window->transcriptPane()->search().matches())
            QCOMPARE(window->currentCall().turns.at(m.row).speaker, Speaker::Human);

        QTest::keyClicks(find->queryEdit(), u"zzz"_qs);
        QTRY_COMPARE(find->resultText(), u"No matches"_qs);
    }

    void backAndForwardBetweenCalls() {
        std::unique_ptr<MainWindow> window = makeWindow();
        window->openDemoCall();
        const QString demoId = window->currentCall().callId;
        window->fetch(u"3333x4444"_qs);
        QTRY_COMPARE(window->currentCall().callId, u"3333x4444"_qs);
        QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window->currentCall().callId, demoId);
        QCOMPARE(window->metadataPanel()->fieldText(u"callId"_qs), demoId);
        QTest::keyClick(window.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window->currentCall().callId, u"3333x4444"_qs);
        QCOMPARE(m_requests, 1); // from memory, no refetch
    }

    void startPageWithoutKeyOffersTheDemo() {
        qputenv("ANUNZI_API_KEY", "");
        std::unique_ptr<MainWindow> window = makeWindow();
        QVERIFY(window->startPage()->isVisible());
        QTRY_VERIFY(!window->callLoader()->isKeyLoading()); // the keychain answered (or failed)
        QVERIFY(!window->callLoader()->hasKey());
        QVERIFY(window->startPage()->text().contains(u"API key"));
        QPushButton *demo = nullptr;
        for (QPushButton *button : window->startPage()->findChildren<QPushButton *>()) {
            if (button->text().contains(u"Demo"))
                demo = button;
        }
        QVERIFY(demo);
        QTest::mouseClick(demo, Qt::LeftButton);
        QVERIFY(window->hasCall());
        QVERIFY(window->transcriptPane()->isVisible());
    }

    void settingsPersistedButNeverTheKey() {
        qputenv("ANUNZI_API_KEY", "");
        const QByteArray secret = "sk-live-SECRET-0123456789";
        {
            std::unique_ptr<MainWindow> window = makeWindow();
            QTRY_VERIFY(!window->callLoader()->isKeyLoading());
            window->callLoader()->storeKey(QString::fromLatin1(secret));
            // No keychain in the test environment: kept for the session, and the user is told.
            QTRY_VERIFY(window->callLoader()->hasKey());
            QCOMPARE(window->callLoader()->keySource(), CallLoader::KeySource::Session);
            QVERIFY(window->banner()->isVisible());
            QVERIFY(window->banner()->message().contains(u"session only"));
            window->openDemoCall();
            window->resize(900, 640);
            window->close();
        }
        QSettings settings;
        settings.sync();
        QVERIFY(!settings.value(u"window/geometry"_qs).toByteArray().isEmpty());
        QVERIFY(!settings.value(u"window/splitter/main"_qs).toByteArray().isEmpty());
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret));

        std::unique_ptr<MainWindow> again = makeWindow();
        QCOMPARE(again->size(), QSize(900, 640));
    }

    void dropAJsonFileOpensIt() {
        std::unique_ptr<MainWindow> window = makeWindow();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"saved.JSON"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(callResponse(u"5555x6666"_qs));
        file.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(window.get(), &drop);
        QCOMPARE(window->currentCall().callId, u"5555x6666"_qs);

        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(dir.filePath(u"notes.txt"_qs))});
        QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, {});
        refused.setAccepted(false);
        QCoreApplication::sendEvent(window.get(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    void copyTurnsToTheClipboard() {
        std::unique_ptr<MainWindow> window = makeWindow();
        window->openDemoCall();
        TranscriptView *view = window->transcriptPane()->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(1, 0));
        QTest::keySequence(window.get(), QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 u"Caller: "_qs + window->currentCall().turns.at(1).text);
        QTest::keySequence(window.get(), QKeySequence(u"Ctrl+Shift+C"_qs));
        QStringList all;
        for (const Turn &turn : window->currentCall().turns)
            all.append((turn.speaker == Speaker::Bot ? u"Assistant: "_qs : u"Caller: "_qs) +
                       turn.text);
        QCOMPARE(QGuiApplication::clipboard()->text(), all.join(u'\n'));
        window->metadataPanel()->copyField(u"to"_qs);
        QCOMPARE(QGuiApplication::clipboard()->text(), window->currentCall().phoneNumberTo);
    }

private:
    std::unique_ptr<MainWindow> makeWindow() {
        CommandLineOptions options;
        options.apiBase = u"http://127.0.0.1:%1/v2"_qs.arg(m_port);
        auto window = std::make_unique<MainWindow>(options);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        return window;
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    int m_requests = 0;
    int m_flakyRequests = 0;
    QByteArray m_lastAuthorization;
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
