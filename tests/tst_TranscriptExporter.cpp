// Every export format: the output parses in its own format, holds every turn in order, keeps
// text from the API literal (no markup), and redaction leaves no phone number or e-mail behind.
#include "SampleCalls.h"
#include "export/CsvExporter.h"
#include "export/ExportFormat.h"
#include "export/PdfExporter.h"
#include "export/Redactor.h"
#include "export/TranscriptExporter.h"
#include "format/CallFormatting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QThread>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

// Turn i spoken from i*3 s to i*3+2 s: an easy timeline to read back.
Timeline evenTimeline(const CallRecord &call)
{
    Timeline timeline;
    timeline.channels = {0, 1};
    for (qsizetype i = 0; i < call.turns.size(); ++i)
        timeline.turns.append({i * 3000, i * 3000 + 2000, 0.9});
    timeline.durationMs = call.turns.size() * 3000;
    return timeline;
}

QByteArray renderOrFail(const CallRecord &call, ExportFormat format, bool redact = false)
{
    ExportOptions options;
    options.format = format;
    options.redact = redact;
    if (ExportFormats::needsTimeline(format))
        options.timeline = evenTimeline(call);
    options.locale = QLocale(QLocale::German, QLocale::Germany);
    QString error;
    QByteArray data = TranscriptExporter::render(call, options, &error);
    if (data.isEmpty())
        qWarning() << "render failed:" << error;
    return data;
}

// Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF records.
QList<QStringList> readCsv(const QString &text, QString *problem)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (fieldStarted && !field.isEmpty()) {
                *problem = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                return {};
            }
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                *problem = QStringLiteral("bare CR at %1").arg(i);
                return {};
            }
            ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n') {
            *problem = QStringLiteral("bare LF outside quotes at %1").arg(i);
            return {};
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        *problem = QStringLiteral("unterminated quote");
    if (!field.isEmpty() || !row.isEmpty()) {
        *problem = QStringLiteral("last record lacks CRLF");
    }
    return rows;
}

QString pdfToText(const QByteArray &pdf, QString *problem)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        *problem = QStringLiteral("pdftotext is not installed (poppler-utils)");
        return {};
    }
    QProcess process;
    process.start(tool,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-"),
                   QStringLiteral("-")});
    process.write(pdf);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *problem = QStringLiteral("pdftotext failed: ")
            + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral(R"([\s\x{200E}\x{200F}])")));
    return text;
}

// Each needle found after the previous one.
void verifyInOrder(const QString &haystack, const QStringList &needles)
{
    qsizetype from = 0;
    for (const QString &needle : needles) {
        const qsizetype at = haystack.indexOf(needle, from);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("missing or out of order: ") + needle));
        from = at + needle.size();
    }
}

QString withoutIdentifiers(QString text, const CallRecord &call)
{
    text.remove(call.modelId);
    text.remove(call.callId);
    return text;
}

} // namespace

class TestTranscriptExporter : public QObject
{
    Q_OBJECT

private slots:
    void chooseFormat_data();
    void chooseFormat();
    void plainTextHoldsEveryTurn();
    void markdownParsesWithoutMarkup();
    void htmlIsWellFormedAndInert();
    void jsonHoldsRawCallAndTurns();
    void endReasonInWordsRawInJson();
    void csvIsRfc4180();
    void csvFieldGuardsFormulas();
    void pdfHoldsArabicAndCjk();
    void pdfPaperFollowsLocale();
    void pdfRendersOffTheUiThread();
    void redactionLeavesNothing_data();
    void redactionLeavesNothing();
    void saveWritesFileAtomically();
    void timesShowWhenTheTimelineIsKnown_data();
    void timesShowWhenTheTimelineIsKnown();
    void csvAndJsonGainStartAndEnd();
    void subtitlesNeedATimeline_data();
    void subtitlesNeedATimeline();
    void subtitleCuesFollowTheTimeline();
};

void TestTranscriptExporter::chooseFormat_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("by extension") << QString() << QStringLiteral("a/b.MD") << QStringLiteral("md");
    QTest::newRow("htm") << QString() << QStringLiteral("b.htm") << QStringLiteral("html");
    QTest::newRow("no extension") << QString() << QStringLiteral("b") << QStringLiteral("txt");
    QTest::newRow("unknown") << QString() << QStringLiteral("b.docx") << QStringLiteral("txt");
    QTest::newRow("requested wins")
        << QStringLiteral("csv") << QStringLiteral("b.pdf") << QStringLiteral("csv");
    QTest::newRow("alias") << QStringLiteral("Markdown") << QStringLiteral("-")
                           << QStringLiteral("md");
}

void TestTranscriptExporter::chooseFormat()
{
    QFETCH(QString, requested);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const std::optional<ExportFormat> asked =
        requested.isEmpty() ? std::nullopt : ExportFormats::fromName(requested);
    QCOMPARE(ExportFormats::extension(TranscriptExporter::chooseFormat(asked, path)), expected);
    QVERIFY(!ExportFormats::fromName(u"docx"));
}

void TestTranscriptExporter::plainTextHoldsEveryTurn()
{
    const QString text =
        QString::fromUtf8(renderOrFail(SampleCalls::hostileCall(), ExportFormat::Text));
    QStringList lines;
    for (const QString &turn : SampleCalls::hostileTurnTexts())
        lines += turn.split(u'\n');
    verifyInOrder(text, lines);
}

void TestTranscriptExporter::markdownParsesWithoutMarkup()
{
    const CallRecord call = SampleCalls::hostileCall();
    const QString markdown = QString::fromUtf8(renderOrFail(call, ExportFormat::Markdown));
    // Every '<' from the API is backslash-escaped: no HTML block or tag can start.
    QVERIFY(!markdown.contains(QRegularExpression(QStringLiteral(R"((?<!\\)<)"))));

    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectCommonMark);
    const QString plain = document.toPlainText();
    // Every turn reads back literally, in order, with its speaker.
    QStringList expected;
    const QStringList texts = SampleCalls::hostileTurnTexts();
    for (int i = 0; i < texts.size(); ++i) {
        expected << CallFormatting::speakerName(call.turns.at(i).speaker) + u':';
        expected << texts.at(i).split(u'\n');
    }
    verifyInOrder(plain, expected);
    // No link, image or heading came from the transcript: the only headings are ours.
    int headings = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        headings += block.blockFormat().headingLevel() > 0 ? 1 : 0;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            QVERIFY2(!it.fragment().charFormat().isAnchor(), qPrintable(it.fragment().text()));
            QVERIFY(!it.fragment().charFormat().isImageFormat());
        }
        QVERIFY2(!block.textList(), qPrintable(block.text()));
    }
    QCOMPARE(headings, 2);
}

void TestTranscriptExporter::htmlIsWellFormedAndInert()
{
    const CallRecord call = SampleCalls::hostileCall();
    const QByteArray html = renderOrFail(call, ExportFormat::Html);
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("<b>"));

    QXmlStreamReader xml(html);
    QStringList bubbles;
    QStringList elements;
    int depthInBubble = 0;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            elements << xml.name().toString();
            if (depthInBubble > 0)
                ++depthInBubble;
            else if (xml.attributes().value(QStringLiteral("class")) == u"bubble")
                depthInBubble = 1;
        } else if (xml.isEndElement() && depthInBubble > 0) {
            if (--depthInBubble == 0) {
                bubbles << current;
                current.clear();
            }
        } else if (xml.isCharacters() && depthInBubble > 0) {
            current += xml.text();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(!elements.contains(QStringLiteral("script")));
    QVERIFY(!elements.contains(QStringLiteral("a")));
    QVERIFY(!elements.contains(QStringLiteral("link")));
    QCOMPARE(bubbles, SampleCalls::hostileTurnTexts());
}

void TestTranscriptExporter::jsonHoldsRawCallAndTurns()
{
    const CallRecord call = SampleCalls::hostileCall();
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(renderOrFail(call, ExportFormat::Json), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.value(u"call").toObject(), call.raw);
    QCOMPARE(root.value(u"redacted").toBool(true), false);
    const QJsonArray turns = root.value(u"turns").toArray();
    const QStringList texts = SampleCalls::hostileTurnTexts();
    QCOMPARE(turns.size(), texts.size());
    for (int i = 0; i < texts.size(); ++i) {
        const QJsonObject turn = turns.at(i).toObject();
        QCOMPARE(turn.value(u"number").toInt(), i + 1);
        QCOMPARE(turn.value(u"speaker").toString(),
                 i % 2 ? QStringLiteral("human") : QStringLiteral("bot"));
        QCOMPARE(turn.value(u"text").toString(), texts.at(i));
    }
}

void TestTranscriptExporter::endReasonInWordsRawInJson()
{
    // Issue 19: a code the app does not know reads as words where people read the call, with
    // the raw code beside it; JSON keeps the code as the API gave it.
    CallRecord call = SampleCalls::hostileCall();
    call.endCallReason = QStringLiteral("customer-ended-call");
    call.raw = {}; // the JSON is built from the fields, not copied from the API's response
    for (const ExportFormat format :
         {ExportFormat::Text, ExportFormat::Markdown, ExportFormat::Html}) {
        const QString text = QString::fromUtf8(renderOrFail(call, format));
        QVERIFY2(text.contains(u"Customer ended call"),
                 qPrintable(ExportFormats::extension(format)));
        QVERIFY2(text.contains(u"customer-ended-call"),
                 qPrintable(ExportFormats::extension(format)));
    }
    const QJsonObject json =
        QJsonDocument::fromJson(renderOrFail(call, ExportFormat::Json)).object();
    QCOMPARE(json.value(u"call").toObject().value(u"end_call_reason").toString(),
             call.endCallReason);
    QVERIFY(!renderOrFail(call, ExportFormat::Json).contains("Customer ended call"));
    // The CSV holds the turns only: no end reason to reword.
    QVERIFY(!renderOrFail(call, ExportFormat::Csv).contains("Customer ended call"));
}

void TestTranscriptExporter::csvIsRfc4180()
{
    const CallRecord call = SampleCalls::hostileCall();
    const QByteArray csv = renderOrFail(call, ExportFormat::Csv);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QString problem;
    const QList<QStringList> rows = readCsv(QString::fromUtf8(csv.mid(3)), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList texts = SampleCalls::hostileTurnTexts();
    QCOMPARE(rows.size(), texts.size() + 1);
    QCOMPARE(rows.first().size(), 3);
    for (int i = 0; i < texts.size(); ++i) {
        const QStringList &row = rows.at(i + 1);
        QCOMPARE(row.size(), 3);
        QCOMPARE(row.at(0), QString::number(i + 1));
        QCOMPARE(row.at(1), CallFormatting::speakerName(call.turns.at(i).speaker));
        QString text = row.at(2);
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        // Formula starters are defused with a leading apostrophe, nothing else changes.
        const bool formula = QStringLiteral("=+-@").contains(texts.at(i).front());
        QCOMPARE(text, formula ? u'\'' + texts.at(i) : texts.at(i));
    }
}

void TestTranscriptExporter::csvFieldGuardsFormulas()
{
    QCOMPARE(CsvExporter::field(u"=1+2"), QStringLiteral("'=1+2"));
    QCOMPARE(CsvExporter::field(u"-3"), QStringLiteral("'-3"));
    QCOMPARE(CsvExporter::field(u"@x"), QStringLiteral("'@x"));
    QCOMPARE(CsvExporter::field(u"+x, y"), QStringLiteral("\"'+x, y\""));
    QCOMPARE(CsvExporter::field(u"a\"b"), QStringLiteral("\"a\"\"b\""));
    QCOMPARE(CsvExporter::field(u"plain"), QStringLiteral("plain"));
}

void TestTranscriptExporter::pdfHoldsArabicAndCjk()
{
    const CallRecord call = SampleCalls::hostileCall();
    const QByteArray pdf = renderOrFail(call, ExportFormat::Pdf);
    QVERIFY(pdf.startsWith("%PDF-"));
    QString problem;
    const QString text = pdfToText(pdf, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // pdftotext breaks lines where the layout did; compare without white space. It gives Arabic
    // as presentation forms (NFKC maps them back) with runs in its own order: compare words.
    const QString normalized = withoutSpaces(text.normalized(QString::NormalizationForm_KC));
    QStringList expected;
    for (const QString &turn : SampleCalls::hostileTurnTexts()) {
        if (turn.front().script() != QChar::Script_Arabic)
            expected << withoutSpaces(turn.normalized(QString::NormalizationForm_KC));
    }
    verifyInOrder(normalized, expected);
    const QString arabic = SampleCalls::hostileTurnTexts().at(3);
    for (QString word : arabic.split(u' ')) {
        word.remove(QRegularExpression(QStringLiteral(R"(\p{P})")));
        QVERIFY2(normalized.contains(word), qPrintable(word));
    }
    QVERIFY(text.contains(PdfExporter::tr("Page %1 of %2").arg(1).arg(1)));
}

void TestTranscriptExporter::pdfPaperFollowsLocale()
{
    QVERIFY(PdfExporter::usesLetterPaper(QLocale(QLocale::English, QLocale::UnitedStates)));
    QVERIFY(PdfExporter::usesLetterPaper(QLocale(QLocale::French, QLocale::Canada)));
    QVERIFY(!PdfExporter::usesLetterPaper(QLocale(QLocale::English, QLocale::UnitedKingdom)));
    QVERIFY(!PdfExporter::usesLetterPaper(QLocale(QLocale::Arabic, QLocale::Egypt)));

    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QString error;
    const QByteArray letter =
        TranscriptExporter::render(SampleCalls::hostileCall(), options, &error);
    const QRegularExpression letterBox(QStringLiteral(R"(/MediaBox \[0 0 612(\.0*)? 792)"));
    QVERIFY(letterBox.match(QString::fromLatin1(letter)).hasMatch());
    options.locale = QLocale(QLocale::German, QLocale::Germany);
    const QByteArray a4 = TranscriptExporter::render(SampleCalls::hostileCall(), options, &error);
    QVERIFY(a4.contains("/MediaBox [0 0 595"));
    QVERIFY(!letterBox.match(QString::fromLatin1(a4)).hasMatch());
}

void TestTranscriptExporter::pdfRendersOffTheUiThread()
{
    // The save dialog renders on a worker thread so a long call never freezes the window.
    QByteArray pdf;
    std::unique_ptr<QThread> thread(QThread::create(
        [&pdf] { pdf = renderOrFail(SampleCalls::hostileCall(), ExportFormat::Pdf); }));
    thread->start();
    QVERIFY(thread->wait(60000));
    QString problem;
    const QString text = pdfToText(pdf, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(withoutSpaces(text).contains(withoutSpaces(SampleCalls::hostileTurnTexts().at(1))));
}

void TestTranscriptExporter::redactionLeavesNothing_data()
{
    QTest::addColumn<ExportFormat>("format");
    for (const ExportFormat format : ExportFormats::all())
        QTest::newRow(qPrintable(ExportFormats::extension(format))) << format;
}

void TestTranscriptExporter::redactionLeavesNothing()
{
    QFETCH(ExportFormat, format);
    const CallRecord call = SampleCalls::personalDataCall();
    const QByteArray plain = renderOrFail(call, format, false);
    const QByteArray redacted = renderOrFail(call, format, true);
    QVERIFY(!plain.isEmpty() && !redacted.isEmpty());

    QString problem;
    const auto textOf = [&](const QByteArray &data) {
        if (format == ExportFormat::Markdown) { // as a reader sees it, escapes undone
            QTextDocument document;
            document.setMarkdown(QString::fromUtf8(data));
            return document.toPlainText();
        }
        return format == ExportFormat::Pdf ? pdfToText(data, &problem) : QString::fromUtf8(data);
    };
    const QString before = withoutIdentifiers(textOf(plain), call);
    const QString after = withoutIdentifiers(textOf(redacted), call);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The unredacted output has the data (so the check below can fail) ...
    QVERIFY(!SampleCalls::leakedPersonalData(before).isEmpty());
    // ... and the redacted one has none of it, yet shows where it was.
    const QStringList leaks = SampleCalls::leakedPersonalData(after);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u" | ")));
    QVERIFY(after.contains(Redactor::phoneMask()));
    QVERIFY(after.contains(Redactor::emailMask()));
    QVERIFY(after.contains(u"Jane")); // the name stays unless asked
}

void TestTranscriptExporter::saveWritesFileAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("call.md"));
    ExportOptions options;
    options.format = ExportFormat::Markdown;
    QString error;
    QVERIFY2(TranscriptExporter::save(SampleCalls::hostileCall(), path, options, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("# "));
    QVERIFY(!TranscriptExporter::save(
        SampleCalls::hostileCall(), dir.filePath(QStringLiteral("missing/x.md")), options, &error));
    QVERIFY(error.contains(u"missing"));
}

QTEST_MAIN(TestTranscriptExporter)

void TestTranscriptExporter::timesShowWhenTheTimelineIsKnown_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("md") << ExportFormat::Markdown;
    QTest::newRow("html") << ExportFormat::Html;
    QTest::newRow("pdf") << ExportFormat::Pdf;
}

void TestTranscriptExporter::timesShowWhenTheTimelineIsKnown()
{
    QFETCH(ExportFormat, format);
    const CallRecord call = SampleCalls::personalDataCall();
    QVERIFY(call.turns.size() >= 3);
    ExportOptions options;
    options.format = format;
    QString error;
    const auto text = [&](const QByteArray &data) {
        return format == ExportFormat::Pdf ? pdfToText(data, &error) : QString::fromUtf8(data);
    };
    const QString without = text(TranscriptExporter::render(call, options, &error));
    options.timeline = evenTimeline(call);
    options.timeline->turns[1] = TurnTiming(); // a turn the aligner could not place
    const QString with = text(TranscriptExporter::render(call, options, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!without.contains(u"[0:00]"));
    QVERIFY(with.contains(u"[0:00]"));
    QVERIFY(!with.contains(u"[0:03]")); // turn 2 has no time
    QVERIFY(with.contains(u"[0:06]"));
    verifyInOrder(with, {u"[0:00]"_qs, u"[0:06]"_qs});
}

void TestTranscriptExporter::csvAndJsonGainStartAndEnd()
{
    const CallRecord call = SampleCalls::personalDataCall();
    ExportOptions options;
    options.format = ExportFormat::Csv;
    QString error;
    const QString plainCsv = QString::fromUtf8(TranscriptExporter::render(call, options, &error));
    QVERIFY(!plainCsv.contains(u"start_ms"));
    options.timeline = evenTimeline(call);
    options.timeline->turns[1] = TurnTiming();
    QString problem;
    const QList<QStringList> rows =
        readCsv(QString::fromUtf8(TranscriptExporter::render(call, options, &error)), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(rows.size(), call.turns.size() + 1);
    QCOMPARE(rows.at(0).mid(3), (QStringList{u"start_ms"_qs, u"end_ms"_qs}));
    QCOMPARE(rows.at(1).mid(3), (QStringList{u"0"_qs, u"2000"_qs}));
    QCOMPARE(rows.at(2).mid(3), (QStringList{QString(), QString()}));
    QCOMPARE(rows.at(3).mid(3), (QStringList{u"6000"_qs, u"8000"_qs}));

    options.format = ExportFormat::Json;
    const QJsonArray turns =
        QJsonDocument::fromJson(TranscriptExporter::render(call, options, &error))
            .object()
            .value(u"turns")
            .toArray();
    QCOMPARE(turns.size(), call.turns.size());
    QCOMPARE(turns.at(0).toObject().value(u"start_ms").toInteger(), 0);
    QCOMPARE(turns.at(0).toObject().value(u"end_ms").toInteger(), 2000);
    QVERIFY(!turns.at(1).toObject().contains(u"start_ms"));
    QCOMPARE(turns.at(2).toObject().value(u"start_ms").toInteger(), 6000);
}

void TestTranscriptExporter::subtitlesNeedATimeline_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("srt") << ExportFormat::SubRip;
    QTest::newRow("vtt") << ExportFormat::WebVtt;
}

void TestTranscriptExporter::subtitlesNeedATimeline()
{
    QFETCH(ExportFormat, format);
    QCOMPARE(ExportFormats::fromPath(u"call."_qs + ExportFormats::extension(format)), format);
    const CallRecord call = SampleCalls::personalDataCall();
    ExportOptions options;
    options.format = format;
    QString error;
    QVERIFY(TranscriptExporter::render(call, options, &error).isEmpty());
    QVERIFY2(error.contains(u"--recording"), qPrintable(error));
    // A timeline that places no turn is no better.
    options.timeline = Timeline();
    options.timeline->turns.resize(call.turns.size());
    error.clear();
    QVERIFY(TranscriptExporter::render(call, options, &error).isEmpty());
    QVERIFY(!error.isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"call."_qs + ExportFormats::extension(format));
    QVERIFY(!TranscriptExporter::save(call, path, options, &error));
    QVERIFY(!QFile::exists(path));
}

void TestTranscriptExporter::subtitleCuesFollowTheTimeline()
{
    const CallRecord call = SampleCalls::personalDataCall();
    ExportOptions options;
    options.timeline = evenTimeline(call);
    QString error;
    options.format = ExportFormat::SubRip;
    const QString srt = QString::fromUtf8(TranscriptExporter::render(call, options, &error));
    verifyInOrder(srt,
                  {u"1\r\n"_qs.left(1), u"00:00:00,000 --> 00:00:02,000"_qs, u"Assistant:"_qs,
                   u"00:00:03,000 --> 00:00:05,000"_qs, u"Caller:"_qs});
    options.format = ExportFormat::WebVtt;
    const QString vtt = QString::fromUtf8(TranscriptExporter::render(call, options, &error));
    QVERIFY(vtt.startsWith(u"WEBVTT"));
    verifyInOrder(vtt, {u"00:00:03.000 --> 00:00:05.000"_qs, u"<v Caller>"_qs});
    // Redaction applies to subtitles too.
    options.redact = true;
    const QString redacted = QString::fromUtf8(TranscriptExporter::render(call, options, &error));
    QVERIFY2(SampleCalls::leakedPersonalData(redacted).isEmpty(), qPrintable(redacted));
}

#include "tst_TranscriptExporter.moc"
