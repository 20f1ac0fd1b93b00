// Export Many: IDs pasted with comments and duplicates, a run against the fake API, the
// summary, and cancel through the progress dialog.
#include "FakeAnunziApi.h"
#include "SampleCalls.h"
#include "export/BatchExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestBatchExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesPastedIds();
    void exportsAndSummarises();
    void refusesWithoutKeyOrIds();
    void cancelFromProgressDialog();
    void hidesAndRemembersTheName();
    void everyLabelHasItsField();

private:
    static constexpr const char *key = "test-key-123";
    CallService::Settings service() const;

    FakeAnunziApi m_api;
    QNetworkAccessManager m_network;
};

void TestBatchExportDialog::initTestCase()
{
    QSettings().clear();
    QVERIFY(m_api.isListening());
    m_api.setRequiredKey(key);
    // ok-* calls exist, anything else is a 404.
    QStringList ids{u"ok-1"_qs, u"ok-2"_qs, u"ok-3"_qs, u"ok-n1"_qs};
    for (int i = 0; i < 40; ++i)
        ids << QStringLiteral("ok-c%1").arg(i);
    for (const QString &id : std::as_const(ids))
        m_api.addCall(id, SampleCalls::greetingResponse(id));
}

CallService::Settings TestBatchExportDialog::service() const
{
    CallService::Settings settings;
    settings.apiBase = m_api.base();
    settings.apiKey = QString::fromLatin1(key);
    return settings;
}

void TestBatchExportDialog::parsesPastedIds()
{
    BatchExportDialog dialog(&m_network, service());
    dialog.setCallIdsText(u"# week 12\nok-1\n\n  ok-2  \nok-1\nCall ID: ok-3\n"_qs);
    QCOMPARE(dialog.callIds(), QStringList({u"ok-1"_qs, u"ok-2"_qs, u"ok-3"_qs}));
}

void TestBatchExportDialog::exportsAndSummarises()
{
    QTemporaryDir dir;
    BatchExportDialog dialog(&m_network, service());
    dialog.setFolder(dir.filePath(u"new/sub"_qs)); // created on demand
    dialog.findChild<QComboBox *>()->setCurrentIndex(
        dialog.findChild<QComboBox *>()->findData(int(ExportFormat::Csv)));
    dialog.setCallIdsText(u"ok-1\nmissing-1\nok-2"_qs);
    QSignalSpy finished(&dialog, &BatchExportDialog::exportFinished);
    QVERIFY(dialog.startExport());
    QVERIFY(finished.wait(10000));
    const auto summary = finished.first().first().value<BatchExporter::Summary>();
    QCOMPARE(summary.saved, 2);
    QCOMPARE(summary.failed, 1);
    QVERIFY(QFile::exists(dir.filePath(u"new/sub/ok-1.csv"_qs)));
    QVERIFY(QFile::exists(dir.filePath(u"new/sub/ok-2.csv"_qs)));
    bool summaryShown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        summaryShown |= label->text().contains(u"missing-1");
    QVERIFY(summaryShown);
}

void TestBatchExportDialog::refusesWithoutKeyOrIds()
{
    QTemporaryDir dir;
    BatchExportDialog noIds(&m_network, service());
    noIds.setFolder(dir.path());
    QVERIFY(!noIds.startExport());

    CallService::Settings keyless = service();
    keyless.apiKey.clear();
    BatchExportDialog noKey(&m_network, keyless);
    noKey.setFolder(dir.path());
    noKey.setCallIdsText(u"ok-1"_qs);
    QVERIFY(!noKey.startExport());
    QVERIFY(!noKey.exporter());
}

void TestBatchExportDialog::cancelFromProgressDialog()
{
    QTemporaryDir dir;
    BatchExportDialog dialog(&m_network, service());
    dialog.setFolder(dir.path());
    QString ids;
    for (int i = 0; i < 40; ++i)
        ids += QStringLiteral("ok-c%1\n").arg(i);
    dialog.setCallIdsText(ids);
    QSignalSpy finished(&dialog, &BatchExportDialog::exportFinished);
    QVERIFY(dialog.startExport());
    auto *progress = dialog.findChild<QProgressDialog *>();
    QVERIFY(progress);
    auto *cancelButton = progress->findChild<QPushButton *>();
    QVERIFY(cancelButton);
    cancelButton->click(); // may finish the batch right away
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const auto summary = finished.first().first().value<BatchExporter::Summary>();
    QVERIFY(summary.canceled);
    QVERIFY(summary.saved < 40);
    QCOMPARE(summary.saved + summary.notStarted, 40);
}

void TestBatchExportDialog::hidesAndRemembersTheName()
{
    QTemporaryDir dir;
    {
        BatchExportDialog dialog(&m_network, service());
        dialog.setFolder(dir.path());
        auto *name = dialog.findChild<QCheckBox *>(u"redactName"_qs);
        QVERIFY(name);
        name->setChecked(true);
        QVERIFY(dialog.batchSettings().exportOptions.redactName);
        QVERIFY(dialog.batchSettings().exportOptions.redact);
        dialog.findChild<QComboBox *>()->setCurrentIndex(
            dialog.findChild<QComboBox *>()->findData(int(ExportFormat::Json)));
        dialog.setCallIdsText(u"ok-n1"_qs);
        QSignalSpy finished(&dialog, &BatchExportDialog::exportFinished);
        QVERIFY(dialog.startExport());
        QVERIFY(finished.wait(10000));
        QFile saved(dir.filePath(u"ok-n1.json"_qs));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains("Jane Roe")); // the sample call's caller
    }
    // The next Export Many starts with the same choices, the name included.
    BatchExportDialog again(&m_network, service());
    QCOMPARE(QDir(again.batchSettings().directory).canonicalPath(),
             QDir(dir.path()).canonicalPath());
    QCOMPARE(again.batchSettings().exportOptions.format, ExportFormat::Json);
    QVERIFY(again.batchSettings().exportOptions.redactName);
    QVERIFY(again.findChild<QCheckBox *>(u"redactName"_qs)->isChecked());
    QVERIFY(!again.findChild<QCheckBox *>(u"redactContacts"_qs)->isEnabled());
}

void TestBatchExportDialog::everyLabelHasItsField()
{
    // Alt+letter reaches each field; a label without a buddy would show its '&' instead.
    BatchExportDialog dialog(&m_network, service());
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(u'&'))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    bool folderLabel = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        folderLabel |= label->buddy() == dialog.findChild<QLineEdit *>();
    QVERIFY(folderLabel);
}

QTEST_MAIN(TestBatchExportDialog)
#include "tst_BatchExportDialog.moc"
