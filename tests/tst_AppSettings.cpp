#include "api/ApiAccess.h"
#include "api/ApiEndpoint.h"
#include "browse/CallFilter.h"
#include "settings/AppSettings.h"
#include "settings/SettingsKeys.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class tst_AppSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(u"s.ini"_qs), QSettings::IniFormat);
        const AppSettings settings(&ini);
        QCOMPARE(settings.apiBase(), ApiEndpoint::defaultBase.toString());
        QCOMPARE(settings.timeoutSeconds(), ApiAccess::defaultTimeoutSeconds);
        QVERIFY(settings.recentCalls().isEmpty());
        QVERIFY(settings.windowGeometry().isEmpty());
    }

    void persisted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_qs);
        {
            QSettings ini(path, QSettings::IniFormat);
            AppSettings settings(&ini);
            settings.setApiBase(u" http://127.0.0.1:8080/v2 "_qs);
            settings.setTimeoutSeconds(12);
            settings.addRecentCall(u"111x1"_qs);
            settings.addRecentCall(u"222x2"_qs);
            settings.addRecentCall(u"111x1"_qs); // moves to the front, no duplicate
            settings.addRecentCall(u"../etc"_qs); // not an ID: ignored
            settings.setSplitterState(u"main"_qs, QByteArray("state"));
        }
        QSettings ini(path, QSettings::IniFormat);
        const AppSettings settings(&ini);
        QCOMPARE(settings.apiBase(), u"http://127.0.0.1:8080/v2"_qs);
        QCOMPARE(settings.timeoutSeconds(), 12);
        QCOMPARE(settings.recentCalls(), QStringList({u"111x1"_qs, u"222x2"_qs}));
        QCOMPARE(settings.splitterState(u"main"_qs), QByteArray("state"));
    }

    void timelineLayoutAndTheme()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_qs);
        {
            QSettings ini(path, QSettings::IniFormat);
            AppSettings settings(&ini);
            QVERIFY(!settings.timelineFullWidth());
            QCOMPARE(settings.theme(), AppSettings::Theme::System);
            settings.setTimelineFullWidth(true);
            settings.setTheme(AppSettings::Theme::Dark);
        }
        {
            QSettings ini(path, QSettings::IniFormat);
            AppSettings settings(&ini);
            QVERIFY(settings.timelineFullWidth());
            QCOMPARE(settings.theme(), AppSettings::Theme::Dark);
            settings.setTheme(AppSettings::Theme::Light);
            QCOMPARE(settings.theme(), AppSettings::Theme::Light);
            ini.setValue(SettingsKeys::theme, u"purple"_qs); // edited by hand
            QCOMPARE(settings.theme(), AppSettings::Theme::System);
        }
    }

    void recentCallsBoundedAndChecked()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(u"s.ini"_qs), QSettings::IniFormat);
        AppSettings settings(&ini);
        for (int i = 0; i < AppSettings::maxRecentCalls + 4; ++i)
            settings.addRecentCall(u"call%1"_qs.arg(i));
        QCOMPARE(settings.recentCalls().size(), AppSettings::maxRecentCalls);
        QCOMPARE(settings.recentCalls().first(), u"call%1"_qs.arg(AppSettings::maxRecentCalls + 3));
        // A hand-edited file with junk is cleaned on read.
        ini.setValue(SettingsKeys::recentCalls, QStringList({u"ok1"_qs, u"a/b"_qs, u"ok1"_qs}));
        QCOMPARE(settings.recentCalls(), QStringList({u"ok1"_qs}));
        settings.clearRecentCalls();
        QVERIFY(settings.recentCalls().isEmpty());
    }

    void timeoutOutOfRangeFallsBack()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(u"s.ini"_qs), QSettings::IniFormat);
        AppSettings settings(&ini);
        ini.setValue(SettingsKeys::timeoutSeconds, -5);
        QCOMPARE(settings.timeoutSeconds(), ApiAccess::defaultTimeoutSeconds);
        settings.setTimeoutSeconds(999999);
        QVERIFY(settings.timeoutSeconds() <= 3600);
    }
    void deadAirThresholdIsBoundedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_qs);
        {
            QSettings ini(path, QSettings::IniFormat);
            AppSettings settings(&ini);
            QCOMPARE(settings.deadAirMs(), 3000); // the default
            settings.setDeadAirMs(4500);
        }
        QSettings ini(path, QSettings::IniFormat);
        AppSettings settings(&ini);
        QCOMPARE(settings.deadAirMs(), 4500);
        settings.setDeadAirMs(10);
        QCOMPARE(settings.deadAirMs(), AppSettings::minDeadAirMs);
        settings.setDeadAirMs(10'000'000);
        QCOMPARE(settings.deadAirMs(), AppSettings::maxDeadAirMs);
        // A hand-edited value out of range or not a number falls back to the default.
        ini.setValue(SettingsKeys::deadAirMs, 1);
        QCOMPARE(settings.deadAirMs(), AppSettings::defaultDeadAirMs);
        ini.setValue(SettingsKeys::deadAirMs, u"soon"_qs);
        QCOMPARE(settings.deadAirMs(), AppSettings::defaultDeadAirMs);
    }

    void reviewerAndBrowse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_qs);
        CallFilter filter;
        filter.text = u"refund"_qs;
        filter.endReason = u"voicemail"_qs;
        filter.minSeconds = 30;
        filter.recording = CallFilter::Recording::Without;
        {
            QSettings ini(path, QSettings::IniFormat);
            AppSettings settings(&ini);
            QVERIFY(settings.reviewerName().isEmpty());
            QVERIFY(settings.browseModelId().isEmpty());
            QVERIFY(settings.browseFilter().isEmpty());
            settings.setReviewerName(u"  Ana  "_qs);
            settings.setBrowseModelId(u"1725526325346x892123579587048600"_qs);
            settings.setBrowseFilter(filter);
        }
        QSettings ini(path, QSettings::IniFormat);
        AppSettings settings(&ini);
        QCOMPARE(settings.reviewerName(), u"Ana"_qs);
        QCOMPARE(settings.browseModelId(), u"1725526325346x892123579587048600"_qs);
        QCOMPARE(settings.browseFilter(), filter);

        // A hand-edited file: an ID that is not one, a huge text, an unknown recording choice.
        ini.setValue(SettingsKeys::browseLastModelId, u"../../etc"_qs);
        ini.setValue(SettingsKeys::browseFilterText, QString(5000, u'x'));
        ini.setValue(SettingsKeys::browseFilterRecording, 7);
        ini.setValue(SettingsKeys::browseFilterMaxSeconds, -40);
        QVERIFY(settings.browseModelId().isEmpty());
        QCOMPARE(settings.browseFilter().text.size(), AppSettings::maxFilterText);
        QCOMPARE(settings.browseFilter().recording, CallFilter::Recording::Any);
        QCOMPARE(settings.browseFilter().maxSeconds, -1);
    }

    void exportPlacesKeepTheirOwnChoices()
    {
        using Place = AppSettings::ExportPlace;
        QTemporaryDir dir;
        QSettings ini(dir.filePath(u"s.ini"_qs), QSettings::IniFormat);
        AppSettings settings(&ini);
        for (const Place place : {Place::SaveAs, Place::Batch, Place::Report}) {
            QVERIFY(!settings.exportFolder(place).isEmpty()); // Documents
            QVERIFY(settings.exportFormat(place).isEmpty());
            QCOMPARE(settings.exportRedaction(place), AppSettings::Redaction{});
        }
        settings.setExportFolder(Place::SaveAs, dir.filePath(u"one"_qs));
        settings.setExportFolder(Place::Batch, dir.filePath(u"two"_qs));
        settings.setExportFolder(Place::Report, dir.filePath(u"three"_qs));
        settings.setExportFormat(Place::SaveAs, u"md"_qs);
        settings.setExportFormat(Place::Report, u"pdf"_qs);
        settings.setExportRedaction(Place::Batch, {false, true});
        QCOMPARE(settings.exportFolder(Place::SaveAs), dir.filePath(u"one"_qs));
        QCOMPARE(settings.exportFolder(Place::Batch), dir.filePath(u"two"_qs));
        QCOMPARE(settings.exportFolder(Place::Report), dir.filePath(u"three"_qs));
        QCOMPARE(settings.exportFormat(Place::SaveAs), u"md"_qs);
        QVERIFY(settings.exportFormat(Place::Batch).isEmpty());
        QCOMPARE(settings.exportFormat(Place::Report), u"pdf"_qs);
        // Hiding the name hides the contacts too.
        QCOMPARE(settings.exportRedaction(Place::Batch), (AppSettings::Redaction{true, true}));
        QCOMPARE(settings.exportRedaction(Place::SaveAs), AppSettings::Redaction{});
        // Reports hide nothing: not stored.
        settings.setExportRedaction(Place::Report, {true, true});
        QCOMPARE(settings.exportRedaction(Place::Report), AppSettings::Redaction{});

        // The keys the dialogs used before AppSettings held them: choices survive the update.
        QCOMPARE(ini.value(u"export/lastFormat"_qs).toString(), u"md"_qs);
        QCOMPARE(ini.value(u"batchExport/folder"_qs).toString(), dir.filePath(u"two"_qs));
        QCOMPARE(ini.value(u"batchExport/redactName"_qs).toBool(), true);
        ini.setValue(u"export/lastFormat"_qs, u"../x"_qs); // edited by hand: no such extension
        QVERIFY(settings.exportFormat(Place::SaveAs).isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_AppSettings)
#include "tst_AppSettings.moc"
