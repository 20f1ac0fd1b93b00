#include "api/ApiAccess.h"
#include "api/ApiEndpoint.h"
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
};

QTEST_APPLESS_MAIN(tst_AppSettings)
#include "tst_AppSettings.moc"
