// Copy Transcript: Markdown and plain text on the clipboard, both with every turn.
#include "SampleCalls.h"
#include "transcript/TranscriptClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QtTest>

class TestTranscriptClipboard : public QObject
{
    Q_OBJECT

private slots:
    void offersMarkdownAndPlainText();
    void copiesToTheClipboard();
    void nothingWithoutACall();
};

void TestTranscriptClipboard::offersMarkdownAndPlainText()
{
    const CallRecord call = SampleCalls::hostileCall();
    std::unique_ptr<QMimeData> data(TranscriptClipboard::mimeData(call));
    QVERIFY(data->hasFormat(u"text/markdown"_qs));
    QVERIFY(data->hasText());
    const QString markdown = QString::fromUtf8(data->data(u"text/markdown"_qs));
    QVERIFY(markdown.startsWith(u"# "));
    QVERIFY(markdown.contains(u"\\<script\\>"));
    const QString plain = data->text();
    for (const QString &turn : SampleCalls::hostileTurnTexts())
        QVERIFY2(plain.contains(turn.split(u'\n').first()), qPrintable(turn));
}

void TestTranscriptClipboard::copiesToTheClipboard()
{
    QVERIFY(TranscriptClipboard::copy(SampleCalls::hostileCall()));
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QVERIFY(data->text().contains(u"hostile-1"));
}

void TestTranscriptClipboard::nothingWithoutACall()
{
    QVERIFY(!TranscriptClipboard::copy(CallRecord{}));
}

QTEST_MAIN(TestTranscriptClipboard)
#include "tst_TranscriptClipboard.moc"
