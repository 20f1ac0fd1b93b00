#include "FakeAnunziApi.h"
#include "ListFixtures.h"
#include "api/CallLoader.h"
#include "browse/AssistantDirectory.h"
#include "browse/AssistantListView.h"
#include "browse/BrowsePanel.h"
#include "browse/CallNavigator.h"
#include "browse/CallTableView.h"
#include "calibration/CalibrationStore.h"
#include "net/RetryPolicy.h"
#include "player/PlayerPanel.h"
#include "review/FlagEditorDialog.h"
#include "review/ReviewDock.h"
#include "review/ReviewFlagsProxyModel.h"
#include "review/ReviewPanel.h"
#include "review/ReviewQueue.h"
#include "review/ReviewQueuePanel.h"
#include "review/ReviewSession.h"
#include "review/ReviewStore.h"
#include "review/ScorecardPanel.h"
#include "review/ScorecardQuestionRow.h"
#include "scorecards/ScorecardSheet.h"
#include "scorecards/ScorecardStore.h"
#include "session/CallSession.h"
#include "session/SessionStart.h"
#include "team/CalibrationBanner.h"
#include "team/CalibrationDialog.h"
#include "transcript/FindBar.h"
#include "transcript/TranscriptDelegate.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPane.h"
#include "transcript/TranscriptView.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RetryCountdown.h"
#include "window/CallBar.h"
#include "window/ExportActions.h"
#include "window/MainMenus.h"
#include "window/MainWindow.h"
#include "window/MetadataPanel.h"
#include "window/StartPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

QByteArray callResponse(const QString &id)
{
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

// Runs `handle` on the first popup or modal widget of type T once it shows (menus and dialogs
// run their own event loop, so the test acts from a timer).
template<typename T>
void whenShown(std::function<void(T *)> handle)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, handle] {
        QWidget *shown = QApplication::activePopupWidget();
        if (!qobject_cast<T *>(shown))
            shown = QApplication::activeModalWidget();
        if (auto *widget = qobject_cast<T *>(shown)) {
            poll->stop();
            poll->deleteLater();
            handle(widget);
        }
    });
    poll->start();
}

// The window's parts, found as a user finds them: by type, and by name where a type repeats
// (the browse panel has banners and docks of its own). Exactly one, or the test stops.
template<typename T>
T *part(const std::unique_ptr<MainWindow> &window, const QString &name = QString())
{
    const QList<T *> found = window->findChildren<T *>(name);
    if (found.size() != 1)
        qFatal("%d parts of type %s named \"%s\"", int(found.size()),
               T::staticMetaObject.className(), qPrintable(name));
    return found.first();
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Never reach the developer's real keychain: the key tests below must find none.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        QCoreApplication::setOrganizationName(u"CallReviewTests"_qs);
        QCoreApplication::setApplicationName(u"tst_MainWindow"_qs);
        m_api.setHandler([this](const FakeAnunziApi::Request &request) {
            using Reply = FakeAnunziApi::Reply;
            const std::optional<QString> callId = m_api.callIdOf(request.path);
            if (!callId)
                return Reply::withStatus(404);
            const QString &id = *callId;
            ++m_requests;
            m_lastAuthorization = request.header("Authorization");
            // A rate-limited call is refused once with Retry-After: 2, then answered.
            if (id.startsWith(u"limited") && !m_limitedAnswered.contains(id)) {
                m_limitedAnswered.insert(id);
                return Reply::error(429, "2");
            }
            if (id.startsWith(u"404"))
                return Reply::withStatus(404);
            // A flaky call fails every automatic attempt (RetryPolicy: 3), then answers.
            if (id.startsWith(u"flaky") && ++m_flakyRequests <= RetryPolicy().maxAttempts)
                return Reply::withStatus(503);
            return Reply::json(callResponse(id));
        });
        QVERIFY(m_api.isListening());
    }

    void init()
    {
        QSettings().clear();
        qputenv("ANUNZI_API_KEY", "test-key-0123456789abcdef");
        m_requests = 0;
        m_flakyRequests = 0;
    }

    void typedIdAndEnterFetches()
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        QSignalSpy busy(part<CallLoader>(window), &CallLoader::busyChanged);
        QLineEdit *edit = part<CallBar>(window)->idEdit();
        edit->setFocus();
        // A whole pasted line with stray spaces: the ID is picked out of it.
        QTest::keyClicks(edit, u"  Call ID: 1111x2222  "_qs);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(part<CallBar>(window)->fetchButton()->text(), u"Cancel"_qs);
        QTRY_COMPARE(part<MetadataPanel>(window)->fieldText(u"callId"_qs), u"1111x2222"_qs);
        QCOMPARE(m_requests, 1);
        QCOMPARE(m_lastAuthorization, QByteArray("Bearer test-key-0123456789abcdef"));
        QCOMPARE(part<CallBar>(window)->fetchButton()->text(), u"Fetch"_qs);
        QCOMPARE(busy.size(), 2);

        MetadataPanel *panel = part<MetadataPanel>(window);
        QCOMPARE(panel->fieldText(u"direction"_qs), u"Outbound"_qs);
        QCOMPARE(panel->fieldText(u"from"_qs), u"+1 415-555-0123"_qs);
        QCOMPARE(panel->copyValue(u"from"_qs), u"+14155550123"_qs); // raw value on copy
        QCOMPARE(panel->fieldText(u"to"_qs), u"+44 20 7183 8750"_qs);
        QCOMPARE(panel->fieldText(u"name"_qs), u"unknown"_qs);
        QCOMPARE(panel->fieldText(u"duration"_qs), u"1:06"_qs);
        QCOMPARE(panel->fieldText(u"endReason"_qs), u"Human pick-up cut off"_qs);
        QCOMPARE(panel->fieldText(u"recording"_qs), u"No"_qs);
        QCOMPARE(panel->fieldText(u"turns"_qs), u"Assistant 2 · Caller 1"_qs);

        TranscriptView *view = part<TranscriptPane>(window)->view();
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->model()->index(1, 0).data().toString(), u"Hi, I need help."_qs);
        QVERIFY(view->isVisible());
        QVERIFY(!part<StartPage>(window)->isVisible());
        // Kept across restarts.
        QCOMPARE(AppSettings().recentCalls(), QStringList{u"1111x2222"_qs});
    }

    void errorsShowInTheBannerWithRetry()
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        window->fetch(u"404x1"_qs);
        QTRY_VERIFY(part<ErrorBanner>(window, u"windowBanner"_qs)->isVisible());
        QVERIFY(part<ErrorBanner>(window, u"windowBanner"_qs)->isError());
        QVERIFY(part<ErrorBanner>(window, u"windowBanner"_qs)->message().contains(u"404"));
        QVERIFY(part<ErrorBanner>(window, u"windowBanner"_qs)->canRetry());

        window->fetch(u"flaky1"_qs); // 503 on every automatic retry, then the call
        QTRY_VERIFY_WITH_TIMEOUT(part<ErrorBanner>(window, u"windowBanner"_qs)->isVisible()
                                     && part<ErrorBanner>(window, u"windowBanner"_qs)->isError(),
                                 15000);
        QVERIFY(part<ErrorBanner>(window, u"windowBanner"_qs)->message().contains(u"503"));
        QPushButton *retry =
            part<ErrorBanner>(window, u"windowBanner"_qs)->findChild<QPushButton *>();
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(part<MetadataPanel>(window)->fieldText(u"callId"_qs), u"flaky1"_qs);
        QVERIFY(!part<ErrorBanner>(window, u"windowBanner"_qs)->isVisible());
    }

    void aNewFetchReplacesTheOneInFlight()
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        window->openDemoCall(); // not a recent call: it was not fetched
        window->fetch(u"7777x1"_qs);
        window->fetch(u"8888x2"_qs);
        QVERIFY(part<CallBar>(window)->isBusy());
        QTRY_COMPARE(window->session()->current().callId, u"8888x2"_qs);
        QVERIFY(!part<CallBar>(window)->isBusy());
        QVERIFY(!part<ErrorBanner>(window, u"windowBanner"_qs)
                     ->isVisible()); // the replaced fetch is no error
        QCOMPARE(AppSettings().recentCalls(), QStringList{u"8888x2"_qs});
    }

    void invalidIdIsExplainedWithoutARequest()
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        window->fetch(u"hello world"_qs);
        QVERIFY(part<ErrorBanner>(window, u"windowBanner"_qs)->isVisible());
        QVERIFY(
            part<ErrorBanner>(window, u"windowBanner"_qs)->message().contains(u"not a call ID"));
        QVERIFY(!part<ErrorBanner>(window, u"windowBanner"_qs)->canRetry());
        QCOMPARE(m_requests, 0);
    }

    void findCountsAndNavigates()
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        window->openDemoCall();
        QVERIFY(window->session()->hasCall());
        int expected = 0;
        for (const Turn &turn : window->session()->current().turns)
            expected += int(turn.text.count(u"wednesday"_qs, Qt::CaseInsensitive));
        QVERIFY(expected >= 3);

        QTest::keySequence(window.get(), QKeySequence::Find);
        FindBar *find = part<TranscriptPane>(window)->findBar();
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
        const TranscriptSearch::Match *match =
            part<TranscriptPane>(window)->search().currentMatch();
        TranscriptView *view = part<TranscriptPane>(window)->view();
        QCOMPARE(view->currentIndex().data(TranscriptModel::TurnNumberRole).toInt(),
                 match->row + 1);
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(view->currentIndex())));

        // Caller only: fewer turns, matches only in the caller's.
        find->setSpeakerChoice(FindBar::CallerOnly);
        QTRY_VERIFY(view->model()->rowCount() < int(window->session()->current().turns.size()));
        for (const TranscriptSearch::Match &m : part<TranscriptPane>(window)->search().matches())
            QCOMPARE(window->session()->current().turns.at(m.row).speaker, Speaker::Human);

        QTest::keyClicks(find->queryEdit(), u"zzz"_qs);
        QTRY_COMPARE(find->resultText(), u"No matches"_qs);
    }

    void backAndForwardBetweenCalls()
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        window->openDemoCall();
        const QString demoId = window->session()->current().callId;
        window->fetch(u"3333x4444"_qs);
        QTRY_COMPARE(window->session()->current().callId, u"3333x4444"_qs);
        QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window->session()->current().callId, demoId);
        QCOMPARE(part<MetadataPanel>(window)->fieldText(u"callId"_qs), demoId);
        QTest::keyClick(window.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window->session()->current().callId, u"3333x4444"_qs);
        QCOMPARE(m_requests, 1); // from memory, no refetch
    }

    void startPageWithoutKeyOffersTheDemo()
    {
        qputenv("ANUNZI_API_KEY", "");
        std::unique_ptr<MainWindow> window = makeWindow();
        QVERIFY(part<StartPage>(window)->isVisible());
        QTRY_VERIFY(!part<CallLoader>(window)->isKeyLoading()); // the keychain answered (or failed)
        QVERIFY(!part<CallLoader>(window)->hasKey());
        QVERIFY(part<StartPage>(window)->text().contains(u"API key"));
        QPushButton *demo = nullptr;
        for (QPushButton *button : part<StartPage>(window)->findChildren<QPushButton *>()) {
            if (button->text().contains(u"Demo"))
                demo = button;
        }
        QVERIFY(demo);
        QTest::mouseClick(demo, Qt::LeftButton);
        QVERIFY(window->session()->hasCall());
        QVERIFY(part<TranscriptPane>(window)->isVisible());
    }

    void settingsPersistedButNeverTheKey()
    {
        qputenv("ANUNZI_API_KEY", "");
        const QByteArray secret = "sk-live-SECRET-0123456789";
        {
            std::unique_ptr<MainWindow> window = makeWindow();
            QTRY_VERIFY(!part<CallLoader>(window)->isKeyLoading());
            part<CallLoader>(window)->storeKey(QString::fromLatin1(secret));
            // No keychain in the test environment: kept for the session, and the user is told.
            QTRY_VERIFY(part<CallLoader>(window)->hasKey());
            QCOMPARE(part<CallLoader>(window)->keySource(), CallLoader::KeySource::Session);
            QVERIFY(part<ErrorBanner>(window, u"windowBanner"_qs)->isVisible());
            QVERIFY(
                part<ErrorBanner>(window, u"windowBanner"_qs)->message().contains(u"session only"));
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

    void dropAJsonFileOpensIt()
    {
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
        QCOMPARE(window->session()->current().callId, u"5555x6666"_qs);

        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(dir.filePath(u"notes.txt"_qs))});
        QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, {});
        refused.setAccepted(false);
        QCoreApplication::sendEvent(window.get(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    void copyTurnsToTheClipboard()
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        window->openDemoCall();
        TranscriptView *view = part<TranscriptPane>(window)->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(1, 0));
        QTest::keySequence(window.get(), QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 u"Caller: "_qs + window->session()->current().turns.at(1).text);
        QTest::keySequence(window.get(), QKeySequence(u"Ctrl+Shift+C"_qs));
        QStringList all;
        for (const Turn &turn : window->session()->current().turns)
            all.append((turn.speaker == Speaker::Bot ? u"Assistant: "_qs : u"Caller: "_qs)
                       + turn.text);
        QCOMPARE(QGuiApplication::clipboard()->text(), all.join(u'\n'));
        part<MetadataPanel>(window)->copyField(u"to"_qs);
        QCOMPARE(QGuiApplication::clipboard()->text(), window->session()->current().phoneNumberTo);
    }

    void showingACallReachesEveryPanel()
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        const QString modelId = u"1725526325346x892123579587048600"_qs;
        window->fetch(u"3333x1"_qs);
        QTRY_COMPARE(window->session()->current().callId, u"3333x1"_qs);
        QCOMPARE(part<PlayerPanel>(window)->duration(), 66000); // the API's until the media has one
        QCOMPARE(part<ReviewDock>(window)->session()->callId(), u"3333x1"_qs);
        QCOMPARE(part<MetadataPanel>(window)->fieldText(u"assistantId"_qs), modelId);

        // Names from the browse panel's directory, as they arrive; copying still gives the ID.
        AssistantRecord assistant;
        assistant.modelId = modelId;
        assistant.name = u"Spanish sales"_qs;
        part<BrowsePanel>(window)->assistantDirectory()->add({assistant});
        const QString shown = part<MetadataPanel>(window)->fieldText(u"assistantId"_qs);
        QVERIFY2(shown.startsWith(u"Spanish sales"), qPrintable(shown));
        QCOMPARE(part<MetadataPanel>(window)->copyValue(u"assistantId"_qs), modelId);
        window->fetch(u"3333x2"_qs);
        QTRY_COMPARE(window->session()->current().callId, u"3333x2"_qs);
        QCOMPARE(part<MetadataPanel>(window)->fieldText(u"assistantId"_qs), shown);
    }

    void flagATurnFromTheContextMenu()
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        // Reviews are kept across runs (ReviewStore in the scratch HOME): a call never seen.
        const QString callId = u"4444x%1"_qs.arg(QDateTime::currentMSecsSinceEpoch());
        window->fetch(callId);
        QTRY_COMPARE(window->session()->current().callId, callId);
        TranscriptPane *pane = part<TranscriptPane>(window);
        TranscriptView *view = pane->view();
        pane->setSpeakerFilter(FindBar::CallerOnly); // proxy row 0 is turn 2 (index 1)
        QCOMPARE(view->model()->rowCount(), 1);
        const QRect bubble = view->visualRect(view->model()->index(0, 0));

        QString menuText;
        QKeySequence menuShortcut;
        whenShown<QMenu>([&](QMenu *menu) {
            QAction *flag = menu->findChild<QAction *>(u"flagTurnHere"_qs);
            QVERIFY(flag);
            menuText = flag->text();
            menuShortcut = flag->shortcut();
            whenShown<FlagEditorDialog>([](FlagEditorDialog *dialog) {
                dialog->setComment(u"too curt"_qs);
                dialog->accept();
            });
            menu->hide();
            flag->trigger();
        });
        emit view->customContextMenuRequested(bubble.center());
        QCOMPARE(menuText, u"F&lag Turn 2…"_qs);
        QCOMPARE(menuShortcut, pane->flagAction()->shortcut());
        QVERIFY(!menuShortcut.isEmpty());

        const Review &review = part<ReviewDock>(window)->session()->review();
        QTRY_COMPARE(review.flags.size(), 1);
        QCOMPARE(review.flags.first().turnIndex, 1);
        QVERIFY(part<ReviewDock>(window)->isVisible());
        // The bubble shows the flag.
        const QModelIndex flagged = view->model()->index(0, 0);
        QTRY_COMPARE(flagged.data(ReviewFlagsProxyModel::FlagCountRole).toInt(), 1);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = view->visualRect(flagged);
        QVERIFY(!view->transcriptDelegate()->layout(option, flagged).flags.isEmpty());
        QCOMPARE(view->model()->rowCount(), 1); // the filter kept its rows

        // The keyboard: the current turn, from the Edit menu's shortcut.
        pane->setSpeakerFilter(FindBar::AllSpeakers);
        pane->selectTurn(2);
        window->activateWindow(); // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QCOMPARE(pane->currentTurn(), 2);
        QVERIFY(pane->flagAction()->isEnabled());
        whenShown<FlagEditorDialog>([](FlagEditorDialog *dialog) { dialog->accept(); });
        QTest::keySequence(window.get(), pane->flagAction()->shortcut());
        QTRY_COMPARE(review.flags.size(), 2);
        QCOMPARE(review.flags.last().turnIndex, 2);
    }

    void jumpToTurnScrollsAndSelects()
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        window->openDemoCall();
        TranscriptPane *pane = part<TranscriptPane>(window);
        const int last = int(window->session()->current().turns.size()) - 1;
        QVERIFY(last > 3);
        pane->setSpeakerFilter(window->session()->current().turns.at(last).speaker == Speaker::Bot
                                   ? FindBar::CallerOnly
                                   : FindBar::AssistantOnly); // hides the last turn
        emit part<ReviewDock>(window)->jumpToTurn(last);
        QCOMPARE(pane->currentTurn(), last);
        QCOMPARE(pane->findBar()->speakerChoice(), FindBar::AllSpeakers);
        TranscriptView *view = pane->view();
        QTRY_VERIFY(view->viewport()->rect().intersects(view->visualRect(view->currentIndex())));
    }

    void exportActionsNeedACall()
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        ExportActions *exports = part<ExportActions>(window);
        const QList<QAction *> fileActions = part<MainMenus>(window)->fileMenu()->actions();
        for (QAction *action : {exports->saveAs(), exports->copyTranscript(), exports->print(),
                                exports->exportMany()})
            QVERIFY(fileActions.contains(action));
        for (QAction *action : {exports->saveAs(), exports->copyTranscript(), exports->print()})
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY(exports->exportMany()->isEnabled());
        QAction *exportText =
            part<MainMenus>(window)->fileMenu()->findChild<QAction *>(u"exportText"_qs);
        QVERIFY(exportText && !exportText->isEnabled());
        QCOMPARE(exports->saveAs()->shortcut(), QKeySequence(u"Ctrl+Shift+S"_qs));
        QCOMPARE(exports->print()->shortcut(), QKeySequence(QKeySequence::Print));

        window->openDemoCall();
        for (QAction *action : {exports->saveAs(), exports->copyTranscript(), exports->print()})
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
        QVERIFY(exportText->isEnabled());
        exports->copyTranscript()->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().contains(
            window->session()->current().turns.first().text));
    }

    void browseOpensCallsWithoutAnotherRequest()
    {
        FakeAnunziApi api;
        for (int i = 1; i <= 3; ++i)
            api.assistants.append(fixtureAssistantJson(i));
        for (int i = 0; i < 5; ++i)
            api.calls.append(fixtureCallJson(i, u"model1"_qs));
        std::unique_ptr<MainWindow> window = makeWindow();
        // As Settings does: the panel follows the loader's connection.
        part<CallLoader>(window)->setConnection(api.base(), 10);
        QVERIFY(!part<QDockWidget>(window, u"browseDock"_qs)
                     ->isVisible()); // nothing asked before it is opened
        QCOMPARE(api.requests().size(), 0);

        QTest::keySequence(window.get(), QKeySequence(u"Ctrl+B"_qs));
        QVERIFY(part<QDockWidget>(window, u"browseDock"_qs)->isVisible());
        BrowsePanel *panel = part<BrowsePanel>(window);
        QTRY_COMPARE(panel->assistantList()->listView()->model()->rowCount(), 3);
        panel->openAssistant(u"model1"_qs);
        QTableView *table = panel->callTable()->tableView();
        QTRY_COMPARE(table->model()->rowCount(), 5);
        const qsizetype requests = api.requests().size();

        panel->navigator()->open(2);
        QCOMPARE(window->session()->current().callId, u"call00002"_qs);
        QVERIFY(
            part<MetadataPanel>(window)->fieldText(u"assistantId"_qs).startsWith(u"Assistant 1"));
        QTest::keySequence(window.get(), QKeySequence(u"Ctrl+PgDown"_qs));
        QCOMPARE(window->session()->current().callId, u"call00003"_qs);
        QTest::keySequence(window.get(), QKeySequence(u"Ctrl+PgUp"_qs));
        QCOMPARE(window->session()->current().callId, u"call00002"_qs);
        QCOMPARE(api.requests().size(), requests);
        QCOMPARE(m_requests, 0);

        // Send to the review queue: added after what is there, Queue tab shown.
        ReviewDock *review = part<ReviewDock>(window);
        QVERIFY(review->queue()->setIds({u"older1"_qs}));
        QList<CallRecord> chosen;
        for (const QString &id : {u"call00001"_qs, u"older1"_qs, u"call00004"_qs}) {
            CallRecord call;
            call.callId = id;
            chosen.append(call);
        }
        emit panel->sendToReviewQueue(chosen);
        QCOMPARE(review->queue()->ids(),
                 (QStringList{u"older1"_qs, u"call00001"_qs, u"call00004"_qs}));
        QVERIFY(review->isVisible());
        QVERIFY(review->queuePanel()->isVisible());
    }

    void rateLimitedFetchCountsDown()
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        window->fetch(u"limited1"_qs);
        QTRY_VERIFY(part<ErrorBanner>(window, u"windowBanner"_qs)->isVisible());
        QVERIFY(!part<ErrorBanner>(window, u"windowBanner"_qs)->isError());
        QCOMPARE(part<ErrorBanner>(window, u"windowBanner"_qs)->message(),
                 u"The API is rate-limiting requests; trying again in 2 s."_qs);
        QVERIFY(part<RetryCountdown>(window)->isCounting());
        QTRY_COMPARE(part<ErrorBanner>(window, u"windowBanner"_qs)->message(),
                     u"The API is rate-limiting requests; trying again in 1 s."_qs);
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->current().callId, u"limited1"_qs, 10000);
        QVERIFY(!part<ErrorBanner>(window, u"windowBanner"_qs)->isVisible());
        QVERIFY(!part<RetryCountdown>(window)->isCounting());
        QCOMPARE(m_requests, 2);
    }

    void cancelStopsTheRetryWait()
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        QSignalSpy loaded(part<CallLoader>(window), &CallLoader::loaded);
        window->fetch(u"limited2"_qs);
        QTRY_VERIFY(part<RetryCountdown>(window)->isCounting());
        QCOMPARE(part<CallBar>(window)->fetchButton()->text(), u"Cancel"_qs);
        QTest::mouseClick(part<CallBar>(window)->fetchButton(), Qt::LeftButton);
        QVERIFY(!part<RetryCountdown>(window)->isCounting());
        QVERIFY(!part<ErrorBanner>(window, u"windowBanner"_qs)->isVisible());
        QVERIFY(!part<CallBar>(window)->isBusy());
        QVERIFY(!loaded.wait(2500)); // past the Retry-After: no second attempt
        QCOMPARE(m_requests, 1);
    }

    void playbackKeysLeaveTextFieldsAlone()
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        window->openDemoCall();
        part<ReviewDock>(window)->show();
        QAction *playPause = part<PlayerPanel>(window)->findChild<QAction *>(u"playPause"_qs);
        QVERIFY(playPause);
        QVERIFY(part<MainMenus>(window)->playbackMenu()->actions().contains(playPause));
        playPause->setEnabled(true); // as with a loaded recording
        QSignalSpy toggled(playPause, &QAction::triggered);

        QLineEdit *idField = part<CallBar>(window)->idEdit();
        idField->clear();
        idField->setFocus();
        QTest::keyClicks(idField, u"12 34"_qs);
        QTest::keyClick(idField, Qt::Key_Left);
        QCOMPARE(idField->text(), u"12 34"_qs);
        QCOMPARE(idField->cursorPosition(), 4);
        QCOMPARE(toggled.size(), 0);

        auto *summary = part<ReviewDock>(window)->reviewPanel()->findChild<QPlainTextEdit *>();
        QVERIFY(summary);
        summary->setFocus();
        QTest::keyClicks(summary, u"a b"_qs);
        QVERIFY(summary->toPlainText().contains(u"a b"));
        QCOMPARE(toggled.size(), 0);

        // A focused button keeps Space (it presses the button).
        QPushButton *pass = nullptr;
        for (QPushButton *button : part<ReviewDock>(window)->findChildren<QPushButton *>())
            if (button->text() == u"Pass"_qs)
                pass = button;
        QVERIFY(pass);
        QSignalSpy pressed(pass, &QPushButton::clicked);
        pass->setFocus();
        QTest::keyClick(pass, Qt::Key_Space);
        QCOMPARE(pressed.size(), 1);
        QCOMPARE(toggled.size(), 0);

        // The transcript has no use for Space: there it plays and pauses.
        part<TranscriptPane>(window)->view()->setFocus();
        QTest::keyClick(part<TranscriptPane>(window)->view(), Qt::Key_Space);
        QCOMPARE(toggled.size(), 1);
    }

    void noTwoActionsShareAShortcut()
    {
        std::unique_ptr<MainWindow> window = makeWindow();
        QHash<QKeySequence, QString> owners;
        QStringList clashes;
        const auto claim = [&](const QKeySequence &keys, const QString &who) {
            if (keys.isEmpty())
                return;
            const QString other = owners.value(keys);
            if (!other.isEmpty() && other != who)
                clashes.append(keys.toString() + u": "_qs + other + u" / "_qs + who);
            owners.insert(keys, who);
        };
        // Menu titles take Alt+letter.
        for (QAction *menu : window->menuBar()->actions()) {
            const qsizetype amp = menu->text().indexOf(u'&');
            if (amp >= 0 && amp + 1 < menu->text().size())
                claim(QKeySequence(u"Alt+"_qs + menu->text().at(amp + 1).toUpper()), menu->text());
        }
        QSet<QAction *> seen;
        for (QAction *action : window->findChildren<QAction *>()) {
            // Widget-scoped ones (Copy in a list) only act in their own widget.
            if (seen.contains(action) || action->shortcutContext() == Qt::WidgetShortcut
                || action->shortcutContext() == Qt::WidgetWithChildrenShortcut)
                continue;
            seen.insert(action);
            const QString who = action->text().isEmpty() ? action->objectName() : action->text();
            for (const QKeySequence &keys : action->shortcuts())
                claim(keys, who);
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_qs)));
        QVERIFY(owners.size() > 30); // the walk found the menus and the panels' actions
    }

    // Review > Calibration…, Score This Call: the window fetches the call and the Scorecard tab
    // scores it for the session; Review > Submit to Calibration (its keys) stores the answers
    // in the session and not as the call's evaluation.
    void scoreThisCallFromTheCalibrationDialog()
    {
        AppSettings().setReviewerName(u"Bo"_qs);
        std::unique_ptr<MainWindow> window = makeWindow();
        ReviewDock *dock = part<ReviewDock>(window);
        ScorecardQuestion question;
        question.id = u"resolved"_qs;
        question.text = u"Resolved"_qs;
        ScorecardForm form;
        form.name = u"Calibration check"_qs;
        form.groups = {{u"All"_qs, 1.0, {question}}};
        QVERIFY(dock->store()->scorecards().publish(form));
        // The review file outlives a run: a call no earlier run submitted.
        const QString callId = QString::number(QDateTime::currentMSecsSinceEpoch()) + u"x5"_qs;
        CalibrationSession session;
        session.name = u"Window check"_qs;
        session.formName = form.name;
        session.formVersion = form.version;
        session.callIds = {callId};
        session.participants = {u"Ana"_qs, u"Bo"_qs};
        session.benchmark = u"Ana"_qs;
        const CalibrationStore calibration(dock->store()->connectionName());
        QString error;
        const qint64 id = calibration.create(session, &error);
        QVERIFY2(id != 0, qPrintable(error));

        QAction *open = nullptr;
        QAction *submit = nullptr;
        for (QAction *action : part<MainMenus>(window)->reviewMenu()->actions()) {
            if (action->text() == u"&Calibration…"_qs)
                open = action;
            else if (action->text() == u"Su&bmit to Calibration"_qs)
                submit = action;
        }
        QVERIFY(open && submit);
        QVERIFY(!submit->isEnabled());
        whenShown<CalibrationDialog>([id, callId](CalibrationDialog *dialog) {
            dialog->selectSession(id, callId);
            dialog->findChild<QPushButton *>(u"scoreCall"_qs)->click();
        });
        const int requests = m_requests;
        open->trigger();
        QTRY_VERIFY(dock->scorecardSheet()->isDraft());
        QCOMPARE(m_requests, requests + 1);
        QCOMPARE(part<MetadataPanel>(window)->fieldText(u"callId"_qs), callId);
        QCOMPARE(dock->scorecardSheet()->callId(), callId);
        QVERIFY(part<CalibrationBanner>(window)->isVisible());
        QVERIFY(part<CalibrationBanner>(window)->titleLabel()->text().contains(u"Window check"_qs));
        QVERIFY(submit->isEnabled());

        QTest::keyClick(dock->scorecardPanel()->rows().constFirst(), Qt::Key_Y);
        // The window again, now the dialog is gone (window shortcuts need the active window).
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keySequence(window.get(), submit->shortcut());
        QVERIFY(calibration.hasSubmitted(id, callId, u"Bo"_qs));
        QVERIFY(!dock->store()->scorecards().answers(callId, u"Bo"_qs));
        QVERIFY(!dock->scorecardSheet()->isDraft());
        QVERIFY(!submit->isEnabled());
    }

    void docksRememberedAndEmptyStates()
    {
        {
            std::unique_ptr<MainWindow> window = makeWindow();
            // First start: the review panel only when the screen leaves the transcript room.
            QCOMPARE(part<ReviewDock>(window)->isVisible(), window->width() >= 1100);
            QVERIFY(!part<QDockWidget>(window, u"browseDock"_qs)->isVisible());
            part<ReviewDock>(window)->show();
            bool saysNoCall = false;
            for (const QLabel *label : part<ReviewDock>(window)->findChildren<QLabel *>())
                saysNoCall |= label->text() == u"Open a call to review it."_qs;
            QVERIFY(saysNoCall);
            part<QDockWidget>(window, u"browseDock"_qs)->show();
            window->close();
        }
        std::unique_ptr<MainWindow> again = makeWindow();
        QVERIFY(part<QDockWidget>(again, u"browseDock"_qs)->isVisible());
        QVERIFY(part<ReviewDock>(again)->isVisible());
        part<QDockWidget>(again, u"browseDock"_qs)->hide();
        again->close();
        again = makeWindow();
        QVERIFY(!part<QDockWidget>(again, u"browseDock"_qs)->isVisible());
    }

private:
    std::unique_ptr<MainWindow> makeWindow(const QString &apiBase = QString())
    {
        SessionStart start;
        start.apiBase = apiBase.isEmpty() ? m_api.base() : apiBase;
        auto window = std::make_unique<MainWindow>(start);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        return window;
    }

    FakeAnunziApi m_api;
    int m_requests = 0;
    int m_flakyRequests = 0;
    QByteArray m_lastAuthorization;
    QSet<QString> m_limitedAnswered;
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
