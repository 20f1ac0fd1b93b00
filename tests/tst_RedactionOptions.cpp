// The redaction choices shared by Save As and Export Many: hiding the name hides the contacts,
// and each dialog remembers its own choices.
#include "export/RedactionOptions.h"

#include <QCheckBox>
#include <QSettings>
#include <QtTest>

class tst_RedactionOptions : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void hidingTheNameHidesTheContacts()
    {
        RedactionOptions options;
        auto *contacts = options.findChild<QCheckBox *>(u"redactContacts"_qs);
        auto *name = options.findChild<QCheckBox *>(u"redactName"_qs);
        QVERIFY(contacts && name);
        QCOMPARE(options.redaction(), AppSettings::Redaction{});

        contacts->setChecked(true);
        QCOMPARE(options.redaction(), (AppSettings::Redaction{true, false}));
        contacts->setChecked(false);
        name->setChecked(true);
        QVERIFY(contacts->isChecked());
        QVERIFY(!contacts->isEnabled()); // fixed while the name is hidden
        ExportOptions exported;
        options.applyTo(exported);
        QVERIFY(exported.redact);
        QVERIFY(exported.redactName);

        name->setChecked(false);
        QVERIFY(contacts->isEnabled());
        QVERIFY(contacts->isChecked()); // stays as it was left
        options.setRedaction({false, false});
        options.applyTo(exported);
        QVERIFY(!exported.redacts());
    }

    void setRedactionShowsTheChoice()
    {
        RedactionOptions options;
        options.setRedaction({false, true});
        auto *contacts = options.findChild<QCheckBox *>(u"redactContacts"_qs);
        QVERIFY(contacts->isChecked());
        QVERIFY(!contacts->isEnabled());
        QCOMPARE(options.redaction(), (AppSettings::Redaction{true, true}));
    }

    void eachDialogRemembersItsOwn()
    {
        {
            RedactionOptions batch;
            batch.setRedaction({true, true});
            batch.remember(AppSettings::ExportPlace::Batch);
            RedactionOptions saveAs;
            saveAs.setRedaction({true, false});
            saveAs.remember(AppSettings::ExportPlace::SaveAs);
        }
        RedactionOptions batch;
        batch.restore(AppSettings::ExportPlace::Batch);
        QCOMPARE(batch.redaction(), (AppSettings::Redaction{true, true}));
        RedactionOptions saveAs;
        saveAs.restore(AppSettings::ExportPlace::SaveAs);
        QCOMPARE(saveAs.redaction(), (AppSettings::Redaction{true, false}));
    }
};

QTEST_MAIN(tst_RedactionOptions)
#include "tst_RedactionOptions.moc"
