// FindingsDetector on hand-written transcripts: each detector with positive and negative
// cases, in English and Spanish, and a long repetitive call whose output stays bounded.
#include "findings/FindingsDetector.h"
#include "transcript/TranscriptParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {

QList<Finding> detect(const QString &transcript, const QString &endReason = QString())
{
    return FindingsDetector::detect(TranscriptParser::parse(transcript), endReason);
}

QList<Finding> ofKind(const QList<Finding> &findings, Finding::Kind kind)
{
    QList<Finding> result;
    for (const Finding &finding : findings) {
        if (finding.kind == kind)
            result.append(finding);
    }
    return result;
}

} // namespace

class tst_FindingsDetector : public QObject
{
    Q_OBJECT

private slots:
    void repeatedUtterance_data()
    {
        QTest::addColumn<QString>("transcript");
        QTest::addColumn<QList<int>>("turns"); // empty: no finding expected
        QTest::newRow("exact, English")
            << QStringLiteral("bot: Let me check the afternoon openings for you.\nhuman: ok\n"
                              "bot: Let me check the afternoon openings for you.")
            << QList<int>{0, 2};
        QTest::newRow("case, punctuation and a word added")
            << QStringLiteral("bot: Could I have your full name, please?\nhuman: Marta\n"
                              "bot: Great. could I have your FULL name please\nhuman: Marta!")
            << QList<int>{0, 2};
        QTest::newRow("only the amount differs")
            << QStringLiteral("bot: Your balance today is 45 dollars and 10 cents.\nhuman: what\n"
                              "bot: Your balance today is 50 dollars and 10 cents.")
            << QList<int>{0, 2};
        QTest::newRow("Spanish, accents dropped") << QStringLiteral(
            "bot: Déjeme revisar las citas disponibles de la tarde.\nhuman: vale\n"
            "bot: Dejeme revisar las citas disponibles de la tarde.")
                                                  << QList<int>{0, 2};
        QTest::newRow("different sentences sharing words")
            << QStringLiteral("bot: Could I have your full name, please?\nhuman: Marta\n"
                              "bot: Could I have your phone number, please?")
            << QList<int>{};
        QTest::newRow("short acknowledgements do not count")
            << QStringLiteral("bot: Okay, great.\nhuman: yes\nbot: Okay, great.\nhuman: no\n"
                              "bot: Okay, great.")
            << QList<int>{};
        QTest::newRow("caller repeating is not the assistant repeating")
            << QStringLiteral("bot: Hello there.\nhuman: I want to cancel my order please\n"
                              "bot: Sure.\nhuman: I want to cancel my order please")
            << QList<int>{};
    }
    void repeatedUtterance()
    {
        QFETCH(QString, transcript);
        QFETCH(QList<int>, turns);
        const QList<Finding> found = ofKind(detect(transcript), Finding::Kind::RepeatedUtterance);
        if (turns.isEmpty()) {
            QVERIFY2(found.isEmpty(),
                     found.isEmpty() ? "" : qPrintable(found.constFirst().message));
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().turns, turns);
        QCOMPARE(found.constFirst().flagTurns, turns.mid(1));
        QCOMPARE(found.constFirst().details.value(QStringLiteral("occurrences")).toInt(), 2);
    }

    void cycles()
    {
        const QString ab =
            QStringLiteral("bot: Would you like the morning or the afternoon slot?\nhuman: hmm\n"
                           "bot: I can also put you on the waiting list for Friday.\nhuman: what\n"
                           "bot: Would you like the morning or the afternoon slot?\nhuman: eh\n"
                           "bot: I can also put you on the waiting list for Friday.\nhuman: bye");
        const QList<Finding> found = ofKind(detect(ab), Finding::Kind::RepetitionCycle);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().turns, (QList<int>{0, 2, 4, 6}));
        QCOMPARE(found.constFirst().flagTurns, (QList<int>{4, 6}));
        QCOMPARE(found.constFirst().details.value(QStringLiteral("period")).toInt(), 2);

        // A, A, A is plain repetition, not a loop; A, B, A, C is no loop either.
        const QString aaa =
            QStringLiteral("bot: Would you like the morning or the afternoon slot?\nhuman: hmm\n"
                           "bot: Would you like the morning or the afternoon slot?\nhuman: what\n"
                           "bot: Would you like the morning or the afternoon slot?");
        QVERIFY(ofKind(detect(aaa), Finding::Kind::RepetitionCycle).isEmpty());
        QCOMPARE(ofKind(detect(aaa), Finding::Kind::RepeatedUtterance).size(), 1);
        const QString abac =
            QStringLiteral("bot: Would you like the morning or the afternoon slot?\nhuman: hmm\n"
                           "bot: I can also put you on the waiting list for Friday.\nhuman: what\n"
                           "bot: Would you like the morning or the afternoon slot?\nhuman: eh\n"
                           "bot: Thank you for calling Brightside Dental, goodbye.");
        QVERIFY(ofKind(detect(abac), Finding::Kind::RepetitionCycle).isEmpty());

        // Spanish, a loop of three replies.
        const QString abc =
            QStringLiteral("bot: ¿Quiere la cita por la mañana o por la tarde?\nhuman: eh\n"
                           "bot: También puedo apuntarle en la lista de espera.\nhuman: no sé\n"
                           "bot: Tenemos huecos libres el martes y el jueves.\nhuman: mmm\n"
                           "bot: ¿Quiere la cita por la mañana o por la tarde?\nhuman: eh\n"
                           "bot: También puedo apuntarle en la lista de espera.\nhuman: no sé\n"
                           "bot: Tenemos huecos libres el martes y el jueves.");
        const QList<Finding> loop = ofKind(detect(abc), Finding::Kind::RepetitionCycle);
        QCOMPARE(loop.size(), 1);
        QCOMPARE(loop.constFirst().details.value(QStringLiteral("period")).toInt(), 3);
        QCOMPARE(loop.constFirst().turns, (QList<int>{0, 2, 4, 6, 8, 10}));
        QCOMPARE(loop.constFirst().flagTurns, (QList<int>{6, 8, 10}));
    }

    void repeatedQuestion()
    {
        const QList<Finding> found = ofKind(
            detect(QStringLiteral("bot: Hi! Could I have your full name, please?\n"
                                  "human: It's Marta Jiménez.\nbot: Thanks.\nbot: Anything else?\n"
                                  "human: Move my appointment.\n"
                                  "bot: Sure. Could I have your full name, please?")),
            Finding::Kind::RepeatedQuestion);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().turns, (QList<int>{0, 1, 4}));
        QCOMPARE(found.constFirst().flagTurns, QList<int>{4});
        QCOMPARE(found.constFirst().severity, Finding::Severity::Problem);

        // Spanish, with the inverted question mark only.
        QCOMPARE(ofKind(detect(QStringLiteral("bot: ¿Me puede decir su número de cliente\n"
                                              "human: Es el 4471.\n"
                                              "bot: ¿Me puede decir su número de cliente")),
                        Finding::Kind::RepeatedQuestion)
                     .size(),
                 1);
        // Asked again because the caller did not understand: fine.
        QVERIFY(ofKind(detect(QStringLiteral("bot: Could I have your full name, please?\n"
                                             "human: Sorry, could you repeat that?\n"
                                             "bot: Could I have your full name, please?")),
                       Finding::Kind::RepeatedQuestion)
                    .isEmpty());
        // A statement said twice is no question.
        QVERIFY(ofKind(detect(QStringLiteral("bot: I have moved your cleaning to Wednesday.\n"
                                             "human: ok\nbot: I have moved your cleaning to "
                                             "Wednesday.")),
                       Finding::Kind::RepeatedQuestion)
                    .isEmpty());
    }

    void misunderstanding_data()
    {
        QTest::addColumn<QString>("transcript");
        QTest::addColumn<int>("turn"); // -1: none
        QTest::newRow("assistant, en")
            << QStringLiteral("human: blah\nbot: Sorry, I didn't catch that.") << 1;
        QTest::newRow("assistant, curly apostrophe")
            << QStringLiteral("human: blah\nbot: Sorry, I didn’t understand.") << 1;
        QTest::newRow("caller, en")
            << QStringLiteral("bot: Your code is X7.\nhuman: Could you repeat that?") << 1;
        QTest::newRow("assistant, es")
            << QStringLiteral("human: eh\nbot: Disculpe, no le he entendido.") << 1;
        QTest::newRow("caller, es")
            << QStringLiteral("bot: Su código es X7.\nhuman: ¿Puede repetir?") << 1;
        QTest::newRow("caller, es, no entendí")
            << QStringLiteral("bot: Hola.\nhuman: No entendí nada.") << 1;
        QTest::newRow("understood, en") << QStringLiteral(
            "bot: I understand, let me help.\nhuman: I repeat my order every week.")
                                        << -1;
        QTest::newRow("understood, es") << QStringLiteral(
            "bot: Lo entiendo perfectamente.\nhuman: Repetimos la cita el martes.")
                                        << -1;
    }
    void misunderstanding()
    {
        QFETCH(QString, transcript);
        QFETCH(int, turn);
        const QList<Finding> found = ofKind(detect(transcript), Finding::Kind::Misunderstanding);
        if (turn < 0) {
            QVERIFY2(found.isEmpty(),
                     found.isEmpty() ? "" : qPrintable(found.constFirst().message));
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().turns, QList<int>{turn});
        QCOMPARE(found.constFirst().flagTurns, QList<int>{turn});
    }

    void humanRequested_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<bool>("expected");
        QTest::newRow("real person") << QStringLiteral("Can I talk to a real person?") << true;
        QTest::newRow("agent") << QStringLiteral("Agent. AGENT!") << true;
        QTest::newRow("representative") << QStringLiteral("Give me a representative") << true;
        QTest::newRow("human") << QStringLiteral("I want a human") << true;
        QTest::newRow("operador") << QStringLiteral("Quiero hablar con un operador") << true;
        QTest::newRow("persona") << QStringLiteral("Páseme con una persona, por favor") << true;
        QTest::newRow("hablar con alguien") << QStringLiteral("¿Puedo hablar con alguien?") << true;
        QTest::newRow("personal") << QStringLiteral("It's about my personal information") << false;
        QTest::newRow("personalizado") << QStringLiteral("Quiero un plan personalizado") << false;
        QTest::newRow("travel agent")
            << QStringLiteral("I'm a travel agent booking for a client") << false;
        QTest::newRow("human resources") << QStringLiteral("I work in human resources") << false;
        QTest::newRow("recursos humanos") << QStringLiteral("Llamo de recursos humanos") << false;
        QTest::newRow("agenda") << QStringLiteral("Let me check my agenda") << false;
    }
    void humanRequested()
    {
        QFETCH(QString, caller);
        QFETCH(bool, expected);
        const QList<Finding> found =
            ofKind(detect(QString(QStringLiteral("bot: How can I help?\nhuman: ") + caller)),
                   Finding::Kind::HumanRequested);
        QCOMPARE(found.size(), expected ? 1 : 0);
        if (expected)
            QCOMPARE(found.constFirst().turns, QList<int>{1});
    }
    void humanRequestedOnlyFromTheCaller()
    {
        QVERIFY(ofKind(detect(QStringLiteral("bot: I can transfer you to an agent or a human.")),
                       Finding::Kind::HumanRequested)
                    .isEmpty());
    }

    void longMonologue()
    {
        const auto words = [](int count) {
            QStringList list;
            for (int i = 0; i < count; ++i)
                list.append(QStringLiteral("word%1x").arg(QChar(u'a' + i % 26)));
            return list.join(u' ');
        };
        FindingsDetector::Options options;
        options.longMonologueWords = 120;
        const QString transcript = QStringLiteral("bot: ") + words(121)
            + QStringLiteral("\nhuman: ") + words(300) + QStringLiteral("\nbot: ") + words(120);
        const QList<Turn> turns = TranscriptParser::parse(transcript);
        const QList<Finding> found = ofKind(FindingsDetector::detect(turns, QString(), options),
                                            Finding::Kind::LongMonologue);
        QCOMPARE(found.size(), 1); // not the caller's 300, not the assistant's 120
        QCOMPARE(found.constFirst().turns, QList<int>{0});
        QVERIFY(found.constFirst().message.contains(QStringLiteral("121")));
    }

    void shapeOfTheCall()
    {
        const QList<Finding> all =
            detect(QStringLiteral("bot: one two three four five six seven eight\nhuman: one two\n"
                                  "bot: one two three four five six"),
                   QStringLiteral("human_hangup"));
        const QList<Finding> share = ofKind(all, Finding::Kind::SpeakerShare);
        QCOMPARE(share.size(), 1);
        QCOMPARE(share.constFirst().details.value(QStringLiteral("assistantWords")).toInt(), 14);
        QCOMPARE(share.constFirst().details.value(QStringLiteral("callerWords")).toInt(), 2);
        QCOMPARE(share.constFirst().details.value(QStringLiteral("assistantPercent")).toInt(), 88);
        QCOMPARE(share.constFirst().severity, Finding::Severity::Info); // too few words to judge
        const QList<Finding> count = ofKind(all, Finding::Kind::TurnCount);
        QCOMPARE(count.size(), 1);
        QCOMPARE(count.constFirst().details.value(QStringLiteral("turns")).toInt(), 3);
        QCOMPARE(count.constFirst().details.value(QStringLiteral("assistantTurns")).toInt(), 2);
        const QList<Finding> end = ofKind(all, Finding::Kind::EndReason);
        QCOMPARE(end.size(), 1);
        QVERIFY2(end.constFirst().message.contains(QStringLiteral("Caller hung up")),
                 qPrintable(end.constFirst().message));
        QVERIFY(end.constFirst().turns.isEmpty());
        QVERIFY(end.constFirst().flagTurns.isEmpty());
    }

    void dominantAssistantIsAWarning()
    {
        QString transcript;
        for (int i = 0; i < 10; ++i) {
            transcript += QStringLiteral("bot: reply %1 alpha beta gamma delta epsilon zeta eta "
                                         "theta iota kappa lambda mu nu xi omicron pi rho\n"
                                         "human: yes\n")
                              .arg(i);
        }
        const QList<Finding> share = ofKind(detect(transcript), Finding::Kind::SpeakerShare);
        QCOMPARE(share.size(), 1);
        QCOMPARE(share.constFirst().severity, Finding::Severity::Warning);
    }

    // Every reply nearly the same ("turn i lorem ipsum ..."): one finding, bounded lists.
    void longRepetitiveCallStaysBounded()
    {
        QList<Turn> turns;
        for (int i = 0; i < 4000; ++i) {
            QString text = QStringLiteral("turn %1").arg(i);
            for (int r = 0; r < 1 + i % 7; ++r)
                text += QStringLiteral(" lorem ipsum dolor sit amet");
            turns.append({i % 2 == 0 ? Speaker::Bot : Speaker::Human, text});
        }
        const QList<Finding> all = FindingsDetector::detect(turns, QString());
        const QList<Finding> repeated = ofKind(all, Finding::Kind::RepeatedUtterance);
        QCOMPARE(repeated.size(), 1);
        QCOMPARE(repeated.constFirst().details.value(QStringLiteral("occurrences")).toInt(), 2000);
        QCOMPARE(repeated.constFirst().turns.size(),
                 FindingsDetector::Options().maxTurnsPerFinding);
        QVERIFY(ofKind(all, Finding::Kind::RepetitionCycle).isEmpty());
        QVERIFY(all.size() <= 10);
    }

    void manyMarkersAreCapped()
    {
        QString transcript;
        for (int i = 0; i < 100; ++i)
            transcript +=
                QStringLiteral("bot: Sorry, I didn't catch that %1.\nhuman: agent\n").arg(i);
        FindingsDetector::Options options;
        const QList<Finding> all =
            FindingsDetector::detect(TranscriptParser::parse(transcript), QString(), options);
        const QList<Finding> markers = ofKind(all, Finding::Kind::Misunderstanding);
        QCOMPARE(markers.size(), options.maxFindingsPerKind);
        QCOMPARE(markers.constLast().details.value(QStringLiteral("turns")).toInt(),
                 100 - (options.maxFindingsPerKind - 1));
        QCOMPARE(ofKind(all, Finding::Kind::HumanRequested).size(), options.maxFindingsPerKind);
    }

    void json()
    {
        const QList<Finding> findings =
            detect(QStringLiteral("bot: Could I have your full name, please?\nhuman: Marta\n"
                                  "bot: Could I have your full name, please?"),
                   QStringLiteral("voicemail"));
        const QJsonObject root =
            FindingsDetector::toJson(QStringLiteral("1x2"), 3, findings).object();
        QCOMPARE(root.value(QStringLiteral("callId")).toString(), QStringLiteral("1x2"));
        QCOMPARE(root.value(QStringLiteral("turnCount")).toInt(), 3);
        const QJsonArray array = root.value(QStringLiteral("findings")).toArray();
        QCOMPARE(array.size(), findings.size());
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("repeated-utterance"));
        QCOMPARE(first.value(QStringLiteral("turns")).toArray(), (QJsonArray{0, 2}));
        QCOMPARE(first.value(QStringLiteral("key")).toString(),
                 QStringLiteral("repeated-utterance:0,2"));
        QVERIFY(!first.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(array.at(array.size() - 1).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("end-reason"));
    }
};

QTEST_GUILESS_MAIN(tst_FindingsDetector)
#include "tst_FindingsDetector.moc"
