// Save As dialog: the format follows the filter or the typed extension, redaction choices
// reach the options, and the folder and format are remembered for next time.
#include "export/ExportDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void formatFollowsFilter();
    void typedExtensionWins();
    void redactionChoices();
    void remembersFolderAndFormat();
    void remembersHidingTheName();

private:
    QTemporaryDir m_dir;
};

void TestExportDialog::init()
{
    QSettings().clear();
}

void TestExportDialog::formatFollowsFilter()
{
    ExportDialog dialog(u"call-1"_qs);
    dialog.setDirectory(m_dir.path());
    QCOMPARE(dialog.exportOptions().format, ExportFormat::Text);
    dialog.selectNameFilter(ExportFormats::nameFilter(ExportFormat::Pdf));
    emit dialog.filterSelected(ExportFormats::nameFilter(ExportFormat::Pdf));
    QCOMPARE(dialog.exportOptions().format, ExportFormat::Pdf);
    QCOMPARE(QFileInfo(dialog.selectedPath()).fileName(), u"call-1.pdf"_qs);
}

void TestExportDialog::typedExtensionWins()
{
    ExportDialog dialog(u"call-1"_qs);
    dialog.setDirectory(m_dir.path());
    dialog.selectFile(m_dir.filePath(u"notes.md"_qs));
    QCOMPARE(dialog.exportOptions().format, ExportFormat::Markdown);
    dialog.selectFile(m_dir.filePath(u"plain"_qs)); // no extension: the filter's is added
    QCOMPARE(QFileInfo(dialog.selectedPath()).fileName(), u"plain.txt"_qs);
}

void TestExportDialog::redactionChoices()
{
    ExportDialog dialog(u"call-1"_qs);
    const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>();
    QCOMPARE(boxes.size(), 2);
    QVERIFY(!dialog.exportOptions().redacts());
    boxes.at(1)->setChecked(true); // the name: implies contacts
    QVERIFY(dialog.exportOptions().redact);
    QVERIFY(dialog.exportOptions().redactName);
    QVERIFY(boxes.at(0)->isChecked());
}

void TestExportDialog::remembersFolderAndFormat()
{
    {
        ExportDialog dialog(u"call-1"_qs);
        dialog.setDirectory(m_dir.path());
        dialog.selectFile(m_dir.filePath(u"x.html"_qs));
        dialog.findChildren<QCheckBox *>().at(0)->setChecked(true);
        dialog.remember();
    }
    ExportDialog again(u"call-2"_qs);
    QCOMPARE(QDir(again.directory()).canonicalPath(), QDir(m_dir.path()).canonicalPath());
    QCOMPARE(again.exportOptions().format, ExportFormat::Html);
    QCOMPARE(QFileInfo(again.selectedPath()).fileName(), u"call-2.html"_qs);
    QVERIFY(again.exportOptions().redact);
}

void TestExportDialog::remembersHidingTheName()
{
    {
        ExportDialog dialog(u"call-1"_qs);
        dialog.findChild<QCheckBox *>(u"redactName"_qs)->setChecked(true);
        dialog.remember();
    }
    ExportDialog again(u"call-2"_qs);
    QVERIFY(again.exportOptions().redactName);
    QVERIFY(again.exportOptions().redact);
    QVERIFY(!again.findChild<QCheckBox *>(u"redactContacts"_qs)->isEnabled());
}

QTEST_MAIN(TestExportDialog)
#include "tst_ExportDialog.moc"
