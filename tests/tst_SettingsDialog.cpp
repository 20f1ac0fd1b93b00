#include "FakeAnunziApi.h"
#include "api/CallLoader.h"
#include "window/SettingsDialog.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTest>

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // never the developer's keychain
        // The connection test's List Assistants answers only this key (401 otherwise).
        m_api.setRequiredKey("env-key-ABCDEFGHIJKLMN-wxyz");
        QVERIFY(m_api.isListening());
    }

    void keyIsNeverShownInFull()
    {
        qputenv("ANUNZI_API_KEY", "env-key-ABCDEFGHIJKLMN-wxyz");
        QNetworkAccessManager manager;
        CallLoader loader(&manager);
        loader.loadKey();
        SettingsDialog dialog(&loader);
        QStringList shown;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            shown.append(label->text());
        for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            shown.append(edit->text());
        const QString all = shown.join(u'\n');
        QVERIFY(!all.contains(u"ABCDEFGHIJKLMN"_qs));
        QVERIFY(all.contains(u"••••wxyz"_qs));
        QVERIFY(all.contains(u"ANUNZI_API_KEY"_qs));
    }

    void invalidBaseKeepsTheDialogOpen()
    {
        QNetworkAccessManager manager;
        CallLoader loader(&manager);
        SettingsDialog dialog(&loader);
        dialog.setApiBase(u"http://example.com/v2"_qs); // the key would travel in clear text
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.setApiBase(u"https://api.example.com/v2"_qs);
        dialog.setTimeoutSeconds(45);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.timeoutSeconds(), 45);
    }

    void deadAirInHalfSeconds()
    {
        QNetworkAccessManager manager;
        CallLoader loader(&manager);
        SettingsDialog dialog(&loader);
        QCOMPARE(dialog.deadAirMs(), 3000); // the default until told otherwise
        dialog.setDeadAirMs(4500);
        QCOMPARE(dialog.deadAirMs(), 4500);
        auto *spin = dialog.findChild<QDoubleSpinBox *>();
        QVERIFY(spin);
        QCOMPARE(spin->value(), 4.5);
        QCOMPARE(spin->singleStep(), 0.5);
        spin->stepUp();
        QCOMPARE(dialog.deadAirMs(), 5000);
        spin->setValue(0.1); // clamped to the minimum
        QCOMPARE(dialog.deadAirMs(), 500);
    }

    void testConnectionReportsInWords()
    {
        qputenv("ANUNZI_API_KEY", "env-key-ABCDEFGHIJKLMN-wxyz");
        QNetworkAccessManager manager;
        CallLoader loader(&manager);
        loader.loadKey();
        SettingsDialog dialog(&loader);
        dialog.setApiBase(m_api.base());
        dialog.testConnection();
        QTRY_VERIFY(dialog.testResult().contains(u"accepted"));
        // A new key typed in the dialog is what gets tested.
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->echoMode() == QLineEdit::Password)
                edit->setText(u"wrong-key-0000000000"_qs);
        }
        dialog.testConnection();
        QTRY_VERIFY(dialog.testResult().contains(u"401"));
    }

private:
    FakeAnunziApi m_api;
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_SettingsDialog.moc"
