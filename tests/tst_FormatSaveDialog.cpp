// The Save dialog that chooses a format: the extension follows the filter, a typed extension of
// a listed format picks it, other names get the filter's extension, and folder and format are
// remembered per place.
#include "export/FormatSaveDialog.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QStringList reportFilters{u"Markdown (*.md *.markdown)"_qs, u"HTML (*.html)"_qs,
                                u"PDF (*.pdf)"_qs};

void chooseFilter(FormatSaveDialog &dialog, int index)
{
    dialog.selectNameFilter(reportFilters.at(index));
    emit dialog.filterSelected(reportFilters.at(index));
}

} // namespace

class tst_FormatSaveDialog : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void extensionsOfAFilter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("extensions");
        QTest::newRow("two") << u"Markdown (*.md *.markdown)"_qs
                             << QStringList{u"md"_qs, u"markdown"_qs};
        QTest::newRow("one, upper case") << u"PDF (*.PDF)"_qs << QStringList{u"pdf"_qs};
        QTest::newRow("words around")
            << u"CSV, one row per call (*.csv)"_qs << QStringList{u"csv"_qs};
        QTest::newRow("any file") << u"All files (*)"_qs << QStringList{};
    }
    void extensionsOfAFilter()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, extensions);
        QCOMPARE(FormatSaveDialog::extensionsOf(filter), extensions);
    }

    void extensionFollowsTheFilter()
    {
        QTemporaryDir dir;
        FormatSaveDialog dialog(AppSettings::ExportPlace::Report, u"Export"_qs, reportFilters,
                                u"review-1"_qs);
        dialog.setDirectory(dir.path());
        QCOMPARE(dialog.selectedFormat(), 0);
        QCOMPARE(QFileInfo(dialog.selectedPath()).fileName(), u"review-1.md"_qs);
        chooseFilter(dialog, 2);
        QCOMPARE(dialog.selectedFormat(), 2);
        QCOMPARE(QFileInfo(dialog.selectedPath()).fileName(), u"review-1.pdf"_qs);
    }

    void typedNamesDecide_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("saved");
        QTest::newRow("another listed format") << u"notes.html"_qs << 1 << u"notes.html"_qs;
        QTest::newRow("an alias") << u"notes.MARKDOWN"_qs << 0 << u"notes.MARKDOWN"_qs;
        QTest::newRow("no extension") << u"plain"_qs << 2 << u"plain.pdf"_qs;
        QTest::newRow("a dot in the name") << u"report.v2"_qs << 2 << u"report.v2.pdf"_qs;
    }
    void typedNamesDecide()
    {
        QFETCH(QString, typed);
        QFETCH(int, format);
        QFETCH(QString, saved);
        QTemporaryDir dir;
        FormatSaveDialog dialog(AppSettings::ExportPlace::Report, u"Export"_qs, reportFilters,
                                u"review-1"_qs);
        dialog.setDirectory(dir.path());
        chooseFilter(dialog, 2); // PDF
        dialog.selectFile(dir.filePath(typed));
        QCOMPARE(dialog.selectedFormat(), format);
        QCOMPARE(QFileInfo(dialog.selectedPath()).fileName(), saved);
    }

    void remembersFolderAndFormatPerPlace()
    {
        QTemporaryDir dir;
        {
            FormatSaveDialog dialog(AppSettings::ExportPlace::Report, u"Export"_qs, reportFilters,
                                    u"review-1"_qs);
            dialog.setDirectory(dir.path());
            dialog.selectFile(dir.filePath(u"x.html"_qs));
            dialog.remember();
        }
        FormatSaveDialog again(AppSettings::ExportPlace::Report, u"Export"_qs, reportFilters,
                               u"review-2"_qs);
        QCOMPARE(QDir(again.directory()).canonicalPath(), QDir(dir.path()).canonicalPath());
        QCOMPARE(again.selectedFormat(), 1);
        QCOMPARE(again.selectedNameFilter(), reportFilters.at(1));
        QCOMPARE(QFileInfo(again.selectedPath()).fileName(), u"review-2.html"_qs);

        // Another place starts from its own choices.
        QTemporaryDir elsewhere;
        AppSettings().setExportFolder(AppSettings::ExportPlace::SaveAs, elsewhere.path());
        FormatSaveDialog other(AppSettings::ExportPlace::SaveAs, u"Save"_qs, reportFilters,
                               u"call-1"_qs);
        QCOMPARE(other.selectedFormat(), 0);
        QCOMPARE(QDir(other.directory()).canonicalPath(), QDir(elsewhere.path()).canonicalPath());
    }
};

QTEST_MAIN(tst_FormatSaveDialog)
#include "tst_FormatSaveDialog.moc"
