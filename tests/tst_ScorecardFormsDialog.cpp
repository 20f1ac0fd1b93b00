// ScorecardFormsDialog: importing a form file lists it with its version, a changed form under
// the same name becomes the next version (the first unchanged), a malformed file or an unknown
// finding kind is refused with its JSON path, and Export writes the selected version back.
#include "review/ScorecardFormsDialog.h"

#include "ScorecardSample.h"
#include "review/ReviewStore.h"
#include "scorecards/ScorecardStore.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class tst_ScorecardFormsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<ReviewStore>();
        QString error;
        QVERIFY2(
            m_store->open(m_dir.filePath(QStringLiteral("f%1.sqlite").arg(++m_counter)), &error),
            qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void importsVersionsAndExports()
    {
        ScorecardFormsDialog dialog(&m_store->scorecards());
        QSignalSpy changed(&dialog, &ScorecardFormsDialog::formsChanged);
        QVERIFY2(dialog.importFile(file("form.json", ScorecardSample::formJson())),
                 qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(dialog.messageLabel()->text(),
                 QStringLiteral("Imported \"Test QA\" as version 1."));
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        QCOMPARE(dialog.list()->topLevelItem(0)->childCount(), 1);
        QCOMPARE(dialog.list()->topLevelItem(0)->child(0)->text(2), QStringLiteral("6"));

        // The same file again: nothing new.
        QVERIFY(dialog.importFile(file("again.json", ScorecardSample::formJson())));
        QVERIFY(
            dialog.messageLabel()->text().contains(QStringLiteral("already stored as version 1")));
        QCOMPARE(changed.size(), 1);

        // Edited (a question reworded), same name and version in the file: version 2.
        QByteArray edited = ScorecardSample::formJson();
        edited.replace("Greets the caller", "Greets the caller warmly");
        QVERIFY(dialog.importFile(file("edited.json", edited)));
        QCOMPARE(dialog.messageLabel()->text(),
                 QStringLiteral("Imported \"Test QA\" as version 2."));
        QCOMPARE(dialog.list()->topLevelItem(0)->childCount(), 2);
        QCOMPARE(m_store->scorecards().form(QStringLiteral("Test QA"), 1),
                 std::optional<ScorecardForm>(ScorecardSample::form()));

        // Export version 1 and read it back.
        dialog.list()->setCurrentItem(dialog.list()->topLevelItem(0)->child(0));
        const QString out = m_dir.filePath(QStringLiteral("out.json"));
        QVERIFY2(dialog.exportSelected(out), qPrintable(dialog.messageLabel()->text()));
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        ScorecardError error;
        QCOMPARE(ScorecardJson::readForm(written.readAll(), &error),
                 std::optional<ScorecardForm>(ScorecardSample::form()));
    }

    void refusesWithTheJsonPath()
    {
        ScorecardFormsDialog dialog(&m_store->scorecards());
        QByteArray bad = ScorecardSample::formJson();
        bad.replace("\"type\": \"scale\"", "\"type\": \"slider\"");
        QVERIFY(!dialog.importFile(file("bad.json", bad)));
        QVERIFY2(dialog.messageLabel()->text().startsWith(
                     QStringLiteral("bad.json was not imported: groups[1].questions[1].type: ")),
                 qPrintable(dialog.messageLabel()->text()));
        QByteArray unknown = ScorecardSample::formJson();
        unknown.replace("repetition-cycle", "loop");
        QVERIFY(!dialog.importFile(file("unknown.json", unknown)));
        QVERIFY2(dialog.messageLabel()->text().startsWith(QStringLiteral(
                     "unknown.json was not imported: groups[1].questions[0].suggested_by.finding: "
                     "unknown finding kind \"loop\"")),
                 qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(dialog.list()->topLevelItemCount(), 0);
    }

private:
    QString file(const char *name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            qFatal("cannot write %s", name);
        return path;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<ReviewStore> m_store;
};

QTEST_MAIN(tst_ScorecardFormsDialog)
#include "tst_ScorecardFormsDialog.moc"
