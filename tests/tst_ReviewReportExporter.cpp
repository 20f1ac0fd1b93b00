// ReviewReportExporter: Markdown and HTML carry every field and quote flagged turns with
// stored text made harmless; CSV is RFC 4180 and parses back to the same values.
#include "review/ReviewReportExporter.h"

#include "scorecards/ScorecardScorer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QList<Review> reviews()
{
    Review first;
    first.callId = QStringLiteral("1725527007259x327898249603432960");
    first.verdict = Review::Verdict::NeedsWork;
    first.score = 65;
    first.summary = QStringLiteral("Asked for the name twice.\n# not a heading <b>bold?</b>");
    first.reviewer = QStringLiteral("Ana \"QA\" Pérez, team 2");
    first.reviewedAt = QDateTime(QDate(2026, 11, 25), QTime(20, 31), Qt::UTC);
    first.flags.append({10, QStringLiteral("Repeated itself"), QStringLiteral("second time"),
                        Speaker::Bot,
                        QStringLiteral("Great. Could I have your full name, please?")});
    first.flags.append(
        {15, QStringLiteral("Should have escalated"), QString(), Speaker::Human,
         QStringLiteral("<script>alert(1)</script>\n- Can I talk to a real person?")});
    first.flags.append({16, QStringLiteral("Repeated itself"), QString(), Speaker::Bot,
                        QStringLiteral("I can help with that.")});
    Review second;
    second.callId = QStringLiteral("222x333");
    second.verdict = Review::Verdict::Pass;
    second.reviewer = QStringLiteral("Bo");
    second.summary = QStringLiteral("=SUM(A1:A9)");
    second.reviewedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 5), Qt::UTC);
    Review third; // in the queue, not reviewed yet
    third.callId = QStringLiteral("444x555");
    return {first, second, third};
}

// RFC 4180 reader: quoted fields with "" escapes, commas and line breaks inside.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace

class tst_ReviewReportExporter : public QObject
{
    Q_OBJECT

private slots:
    void formatForPath()
    {
        using F = ReviewReportExporter::Format;
        QCOMPARE(ReviewReportExporter::formatForPath(QStringLiteral("a/r.MD")), F::Markdown);
        QCOMPARE(ReviewReportExporter::formatForPath(QStringLiteral("r.htm")), F::Html);
        QCOMPARE(ReviewReportExporter::formatForPath(QStringLiteral("r.csv")), F::Csv);
        QCOMPARE(ReviewReportExporter::formatForPath(QStringLiteral("r.pdf")), F::Pdf);
        QVERIFY(!ReviewReportExporter::formatForPath(QStringLiteral("r.docx")));
    }

    void markdown()
    {
        const QString md = ReviewReportExporter::markdown(reviews());
        QVERIFY(md.startsWith(QStringLiteral("# Review report: 3 calls\n")));
        QVERIFY(md.contains(QStringLiteral("## Call 1725527007259x327898249603432960")));
        QVERIFY(md.contains(QStringLiteral("**Verdict:** Needs work")));
        QVERIFY(md.contains(QStringLiteral("**Score:** 65 of 100")));
        QVERIFY(md.contains(QStringLiteral("**Reviewed:** 2026-11-25 20:31 UTC")));
        QVERIFY(
            md.contains(QStringLiteral("**Turn 11 · Assistant — Repeated itself**: second time")));
        QVERIFY(md.contains(QStringLiteral("> Great. Could I have your full name, please?\n")));
        // Stored text cannot become markup: a quoted turn stays inside its quote.
        QVERIFY(
            md.contains(QStringLiteral("> \\<script\\>alert(1)\\</script\\>\n> \\- Can I talk")));
        QVERIFY(md.contains(QStringLiteral("\\# not a heading \\<b\\>bold?\\</b\\>")));
        QVERIFY(md.contains(QStringLiteral("**Verdict:** No verdict")));
        QVERIFY(md.contains(QStringLiteral("No turns flagged.")));
        const QString one = ReviewReportExporter::markdown({reviews().constFirst()});
        QVERIFY(
            one.startsWith(QStringLiteral("# Review of call 1725527007259x327898249603432960\n")));
        QVERIFY(one.contains(QStringLiteral("## Flags (3)")));
    }

    void htmlEscapesEverything()
    {
        const QString html = ReviewReportExporter::html(reviews());
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(!html.contains(QStringLiteral("<b>bold")));
        QVERIFY(
            html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;<br>- Can I talk")));
        QVERIFY(html.contains(QStringLiteral("Ana &quot;QA&quot; Pérez, team 2")));
        QVERIFY(html.contains(QStringLiteral(
            "<blockquote>Great. Could I have your full name, please?</blockquote>")));
        QVERIFY(html.contains(QStringLiteral("<td>Needs work</td>")));
        QVERIFY(html.contains(QStringLiteral("<td>65 of 100</td>")));
        QCOMPARE(html.count(QStringLiteral("<blockquote>")), 3);
    }

    void csvParsesBack()
    {
        const QStringList categories{QStringLiteral("Wrong information"),
                                     QStringLiteral("Repeated itself"), QStringLiteral("Tone")};
        const QString csv = ReviewReportExporter::csv(reviews(), categories);
        QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
        const QList<QStringList> rows = parseCsv(csv);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0),
                 (QStringList{QStringLiteral("Call ID"), QStringLiteral("Verdict"),
                              QStringLiteral("Score"), QStringLiteral("Wrong information"),
                              QStringLiteral("Repeated itself"), QStringLiteral("Tone"),
                              QStringLiteral("Should have escalated"), QStringLiteral("Flags"),
                              QStringLiteral("Reviewer"), QStringLiteral("Reviewed at (UTC)"),
                              QStringLiteral("Summary")}));
        QCOMPARE(
            rows.at(1),
            (QStringList{
                QStringLiteral("1725527007259x327898249603432960"), QStringLiteral("needs-work"),
                QStringLiteral("65"), QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("0"),
                QStringLiteral("1"), QStringLiteral("3"),
                QStringLiteral("Ana \"QA\" Pérez, team 2"), QStringLiteral("2026-11-25T20:31:00Z"),
                QStringLiteral("Asked for the name twice.\n# not a heading <b>bold?</b>")}));
        // A formula-like cell is defused for spreadsheets.
        QCOMPARE(rows.at(2).constLast(), QStringLiteral("'=SUM(A1:A9)"));
        QCOMPARE(rows.at(3).at(0), QStringLiteral("444x555"));
        QCOMPARE(rows.at(3).at(1), QString());
        QCOMPARE(rows.at(3).at(2), QString());
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), rows.at(0).size());
    }

    void timingWhereKnown()
    {
        ReviewReportExporter::Timing entry;
        entry.assistantP90Ms = 1840;
        entry.bargeIns = 3;
        entry.assistantBargeIns = 1;
        const ReviewReportExporter::CallTiming timing{{u"222x333"_qs, entry}};
        const QList<Review> all = reviews();

        const QString md = ReviewReportExporter::markdown(all, timing);
        QCOMPARE(md.count(u"P90 latency"_qs), 1); // only the aligned call
        QVERIFY(md.contains(u"- **Assistant's P90 latency:** 1.8 s\n"_qs));
        QVERIFY(md.contains(u"- **Barge-ins:** 3 (1 by the assistant)\n"_qs));
        QVERIFY(!ReviewReportExporter::markdown(all).contains(u"P90"_qs));

        const QString html = ReviewReportExporter::html(all, timing);
        QVERIFY(html.contains(u"<tr><th>Assistant's P90 latency</th><td>1.8 s</td></tr>"_qs));
        QVERIFY(html.contains(u"<td>3 (1 by the assistant)</td>"_qs));

        const QList<QStringList> rows = parseCsv(ReviewReportExporter::csv(all, {}, timing));
        QCOMPARE(rows.at(0).mid(rows.at(0).size() - 2),
                 QStringList({u"Assistant P90 latency (ms)"_qs, u"Barge-ins"_qs}));
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), rows.at(0).size());
            const bool aligned = row.at(0) == u"222x333";
            QCOMPARE(row.at(row.size() - 2), aligned ? u"1840"_qs : QString());
            QCOMPARE(row.constLast(), aligned ? u"3"_qs : QString());
        }
    }

    // An aligned call's flags carry their turn's time: "[1:23]" in every format.
    void flagTimesWhenAligned()
    {
        QList<Review> timed = reviews();
        timed[0].flags[0].startMs = 83'000; // 1:23
        timed[0].flags[2].startMs = 3'723'000; // 1:02:03
        const QString md = ReviewReportExporter::markdown(timed);
        QVERIFY2(md.contains(QStringLiteral("**[1:23] Turn 11 ·")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("**[1:02:03] Turn 17 ·")));
        QVERIFY(md.contains(QStringLiteral("**Turn 16 ·"))); // its turn has no time
        const QString html = ReviewReportExporter::html(timed);
        QVERIFY(html.contains(QStringLiteral("<b>[1:23] Turn 11 ·")));
        const QList<QStringList> rows =
            parseCsv(ReviewReportExporter::csv(timed, {QStringLiteral("Tone")}));
        QCOMPARE(rows.at(0).constLast(), QStringLiteral("Flag times"));
        QCOMPARE(rows.at(1).constLast(),
                 QStringLiteral("[1:23] Repeated itself; [1:02:03] Repeated itself"));
        QCOMPARE(rows.at(2).constLast(), QString());
        // Without times (not aligned) the reports are as before.
        QVERIFY(!ReviewReportExporter::markdown(reviews()).contains(QStringLiteral("[1:23]")));
        QVERIFY(!ReviewReportExporter::csv(reviews(), {}).contains(QStringLiteral("Flag times")));
    }

    // A call with a scorecard gets its section in every format; the others none.
    void includesTheScorecard()
    {
        const QList<Review> all = reviews();
        ScorecardForm form;
        form.name = QStringLiteral("Mini");
        form.version = 2;
        ScorecardQuestion question;
        question.id = QStringLiteral("greet");
        question.text = QStringLiteral("Greets the caller");
        form.groups = {{QStringLiteral("Opening"), 1, {question}}};
        ScorecardAnswers answers;
        answers.formName = form.name;
        answers.formVersion = 2;
        answers.answers.insert(QStringLiteral("greet"), ScorecardAnswer::yes());
        answers.comments.insert(QStringLiteral("greet"), QStringLiteral("warm"));
        const ScorecardReport::Evaluations scorecards{
            {QStringLiteral("222x333"), {form, answers, ScorecardScorer::score(form, answers)}}};
        const QString md = ReviewReportExporter::markdown(all, scorecards);
        QCOMPARE(md.count(QStringLiteral("Scorecard: Mini, version 2")), 1);
        QVERIFY(md.indexOf(QStringLiteral("Scorecard:"))
                > md.indexOf(QStringLiteral("Call 222x333")));
        QVERIFY(md.indexOf(QStringLiteral("Scorecard:"))
                < md.indexOf(QStringLiteral("Call 444x555")));
        QVERIFY(md.contains(QStringLiteral("- Greets the caller: **Yes** — warm")));
        QVERIFY(md.contains(QStringLiteral("**Total score:** 100%")));
        const QString html = ReviewReportExporter::html(all, scorecards);
        QVERIFY(html.contains(QStringLiteral("<li>Greets the caller: <b>Yes</b> — warm</li>")));
        const QList<QStringList> rows = parseCsv(ReviewReportExporter::csv(all, {}, scorecards));
        QCOMPARE(rows.at(0).mid(rows.at(0).size() - 4),
                 (QStringList{QStringLiteral("Scorecard"), QStringLiteral("Scorecard score"),
                              QStringLiteral("Critical score"), QStringLiteral("Fatal")}));
        QCOMPARE(rows.at(2).mid(rows.at(2).size() - 4),
                 (QStringList{QStringLiteral("Mini, version 2"), QStringLiteral("1.0000"),
                              QString(), QString()}));
        QCOMPARE(rows.at(1).constLast(), QString());
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), rows.at(0).size());
    }

    void writesThroughAtomicWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.md"));
        QString error;
        QVERIFY2(ReviewReportExporter::write(path, ReviewReportExporter::Format::Markdown,
                                             reviews(), {}, &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), ReviewReportExporter::markdown(reviews()));
        QVERIFY(!ReviewReportExporter::write(dir.filePath(QStringLiteral("no/such/dir/r.csv")),
                                             ReviewReportExporter::Format::Csv, reviews(), {},
                                             &error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
    }
};

QTEST_GUILESS_MAIN(tst_ReviewReportExporter)
#include "tst_ReviewReportExporter.moc"
