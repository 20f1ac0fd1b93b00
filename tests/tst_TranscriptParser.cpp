// TranscriptParser: labels, turns, continuation lines, and text kept exactly.
#include "CallResponses.h"
#include "transcript/TranscriptParser.h"

#include "FuzzInvariants.h"

#include <QTest>

using Turns = QList<Turn>;

namespace {
Turn bot(const QString &text)
{
    return {Speaker::Bot, text};
}
Turn human(const QString &text)
{
    return {Speaker::Human, text};
}
Turn unknown(const QString &text)
{
    return {Speaker::Unknown, text};
}
} // namespace

// Readable failure output for QCOMPARE on turns.
namespace QTest {
template<>
char *toString(const Turn &turn)
{
    return QTest::toString(TranscriptParser::speakerLabel(turn.speaker) + QStringLiteral(": ")
                           + turn.text);
}
} // namespace QTest

class TestTranscriptParser : public QObject
{
    Q_OBJECT

private slots:
    void fuzzRegressions_data();
    void fuzzRegressions();
    void parse_data();
    void parse();
    void keepsTextExactly_data();
    void keepsTextExactly();
    void longTranscript();
    void speakerLabel();
};

void TestTranscriptParser::parse_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<Turns>("turns");

    QTest::newRow("empty") << QString() << Turns{};
    QTest::newRow("only newlines") << QStringLiteral("\n\n\r\n") << Turns{};
    QTest::newRow("only labels") << QStringLiteral("bot:\nhuman:\nbot: \n") << Turns{};
    QTest::newRow("one of each") << QStringLiteral("bot: Hi\nhuman: Hello")
                                 << Turns{bot(QStringLiteral("Hi")),
                                          human(QStringLiteral("Hello"))};
    QTest::newRow("any case") << QStringLiteral("BOT: a\nHuman: b\nbOt: c\nHUMAN: d")
                              << Turns{bot(QStringLiteral("a")), human(QStringLiteral("b")),
                                       bot(QStringLiteral("c")), human(QStringLiteral("d"))};
    QTest::newRow("no space after colon")
        << QStringLiteral("bot:Hi\nhuman:Hello")
        << Turns{bot(QStringLiteral("Hi")), human(QStringLiteral("Hello"))};
    QTest::newRow("leading spaces")
        << QStringLiteral("   bot: Hi\n\thuman: Hello")
        << Turns{bot(QStringLiteral("Hi")), human(QStringLiteral("Hello"))};
    QTest::newRow("consecutive lines join")
        << QStringLiteral("bot: one\nbot: two\nbot: three\nhuman: four\nhuman: five")
        << Turns{bot(QStringLiteral("one\ntwo\nthree")), human(QStringLiteral("four\nfive"))};
    QTest::newRow("unlabeled continues")
        << QStringLiteral("bot: one\nand more\nhuman: two\n...")
        << Turns{bot(QStringLiteral("one\nand more")), human(QStringLiteral("two\n..."))};
    QTest::newRow("leading unlabeled text")
        << QStringLiteral("[call started]\nstill before\nbot: Hi")
        << Turns{unknown(QStringLiteral("[call started]\nstill before")),
                 bot(QStringLiteral("Hi"))};
    QTest::newRow("CRLF") << QStringLiteral("bot: Hi\r\nhuman: Hello\r\n")
                          << Turns{bot(QStringLiteral("Hi")), human(QStringLiteral("Hello"))};
    QTest::newRow("CRLF continuation")
        << QStringLiteral("bot: a\r\nb\r\n") << Turns{bot(QStringLiteral("a\nb"))};
    QTest::newRow("blank lines dropped")
        << QStringLiteral("\n\nbot: Hi\n\n\n   \nbot: again\n\nhuman: Hello\n\n")
        << Turns{bot(QStringLiteral("Hi\nagain")), human(QStringLiteral("Hello"))};
    QTest::newRow("colon in text is not a label")
        << QStringLiteral("bot: see http://x: y\nsee http://x: y")
        << Turns{bot(QStringLiteral("see http://x: y\nsee http://x: y"))};
    QTest::newRow("robot is not a label")
        << QStringLiteral("bot: a\nrobot: hi") << Turns{bot(QStringLiteral("a\nrobot: hi"))};
    QTest::newRow("botany is not a label")
        << QStringLiteral("human: a\nbotany: x") << Turns{human(QStringLiteral("a\nbotany: x"))};
    QTest::newRow("humans is not a label") << QStringLiteral("bot: a\nhumans: x\nhuman : y")
                                           << Turns{bot(QStringLiteral("a\nhumans: x\nhuman : y"))};
    QTest::newRow("label later in a line")
        << QStringLiteral("bot: I said bot: hi") << Turns{bot(QStringLiteral("I said bot: hi"))};
    QTest::newRow("bare label then text")
        << QStringLiteral("bot:\nHello there\nhuman:\nHi")
        << Turns{bot(QStringLiteral("Hello there")), human(QStringLiteral("Hi"))};
    // Found by fuzz_transcriptparser: a bare label split one speaker's lines into two turns.
    QTest::newRow("bare label between one speaker's lines")
        << QStringLiteral("bot: a\nhuman: \nbot: b\nhuman:\n\nbot: c")
        << Turns{bot(QStringLiteral("a\nb\nc"))};
    QTest::newRow("bare label then other speaker")
        << QStringLiteral("bot: a\nhuman:\nhuman: b")
        << Turns{bot(QStringLiteral("a")), human(QStringLiteral("b"))};
    QTest::newRow("colon only") << QStringLiteral(":\n: x")
                                << Turns{unknown(QStringLiteral(":\n: x"))};
    QTest::newRow("no trailing newline")
        << QStringLiteral("human: end") << Turns{human(QStringLiteral("end"))};
    QTest::newRow("lone CR") << QStringLiteral("\r") << Turns{};
}

void TestTranscriptParser::parse()
{
    QFETCH(QString, transcript);
    QFETCH(Turns, turns);
    QCOMPARE(TranscriptParser::parse(transcript), turns);
}

void TestTranscriptParser::keepsTextExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Spanish") << QStringLiteral("¿Cuál es su número? Señora Jiménez, ¡gracias!");
    QTest::newRow("emoji") << QStringLiteral("Great 👍🏽 see you 🇪🇸 👨‍👩‍👧");
    QTest::newRow("Arabic") << QStringLiteral("مرحبا، كيف يمكنني مساعدتك اليوم؟");
    QTest::newRow("Hebrew") << QStringLiteral("שלום, איך אפשר לעזור?");
    QTest::newRow("mixed RTL") << QStringLiteral("Order ‏#123‎ شكرا abc");
    QTest::newRow("CJK") << QStringLiteral("你好，我想预约。こんにちは。안녕하세요");
    QTest::newRow("inner spaces") << QStringLiteral("a  b   c\td");
}

void TestTranscriptParser::keepsTextExactly()
{
    QFETCH(QString, text);
    const QString transcript =
        QStringLiteral("bot: ") + text + QStringLiteral("\nhuman: ") + text + u'\n' + text;
    const Turns turns = TranscriptParser::parse(transcript);
    const QString twice = text + u'\n' + text;
    QCOMPARE(turns, (Turns{bot(text), human(twice)}));
}

void TestTranscriptParser::longTranscript()
{
    const Turns turns = TranscriptParser::parse(CallResponses::longTranscript(1000));
    QCOMPARE(turns.size(), qsizetype(1000));
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(turns.at(i).speaker, i % 2 == 0 ? Speaker::Bot : Speaker::Human);
        QCOMPARE(turns.at(i).text, CallResponses::longTranscriptTurnText(i));
    }
}

void TestTranscriptParser::speakerLabel()
{
    QCOMPARE(TranscriptParser::speakerLabel(Speaker::Bot), QStringLiteral("bot"));
    QCOMPARE(TranscriptParser::speakerLabel(Speaker::Human), QStringLiteral("human"));
    QCOMPARE(TranscriptParser::speakerLabel(Speaker::Unknown), QStringLiteral("unknown"));
}

// The seed corpus and the inputs a fuzzer broke
// (tests/fuzz/{corpus,regressions}/transcriptparser/), replayed with the fuzz target's checks.
void TestTranscriptParser::fuzzRegressions_data()
{
    QTest::addColumn<QByteArray>("input");
    for (const auto &[name, input] :
         FuzzInvariants::savedInputs(QStringLiteral("transcriptparser")))
        QTest::newRow(qPrintable(name)) << input;
}

void TestTranscriptParser::fuzzRegressions()
{
    QFETCH(QByteArray, input);
    const QString problem = FuzzInvariants::transcriptParser(input);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestTranscriptParser)
#include "tst_TranscriptParser.moc"
