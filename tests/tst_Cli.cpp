// End to end: runs the built `callreview` executable against a fake API on 127.0.0.1 and
// checks exit codes, the exported file, stdout/stderr, and that the key is never printed.
#include "CallResponses.h"
#include "FakeAnunziApi.h"
#include "RawHttpServer.h"
#include "api/CallDecoder.h"
#include "export/PlainTextExporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString callId = QStringLiteral("1725527007259x327898249603432960");
const QString apiKey = QStringLiteral("cli-secret-key-8c2e41");

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

bool writePlain(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray expectedExport(const QByteArray &response)
{
    const CallDecoder::Result decoded = CallDecoder::decodeResponse(response);
    return decoded.ok() ? PlainTextExporter::render(*decoded.call).toUtf8()
                        : QByteArray("<invalid>");
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(CALLREVIEW_SOURCE_DIR "/") + relative;
}

QJsonObject readJsonObject(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    return writePlain(path, QJsonDocument(object).toJson());
}

// The JSON block that follows `<!-- score-output: NAME -->` in docs/SCORECARDS.md.
QJsonObject documentedScore(const QString &name)
{
    const QString text =
        QString::fromUtf8(readAll(sourcePath(QStringLiteral("docs/SCORECARDS.md"))));
    const QRegularExpression block(QStringLiteral("<!-- score-output: ")
                                       + QRegularExpression::escape(name)
                                       + QStringLiteral(" -->\\s*```json\\n(.*?)```"),
                                   QRegularExpression::DotMatchesEverythingOption);
    return QJsonDocument::fromJson(block.match(text).captured(1).toUtf8()).object();
}

// Equal JSON, numbers to 1e-12 (the page may round where the output does not).
bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    if (a.isDouble())
        return qAbs(a.toDouble() - b.toDouble()) <= 1e-12;
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameJson(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (const QString &key : x.keys()) {
            if (!sameJson(x.value(key), y.value(key)))
                return false;
        }
        return true;
    }
    return a == b;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportsCall();
    void exportsToStdout();
    void demoNeedsNoKeyOrNetwork();
    void versionAndHelp();
    void failures_data();
    void failures();
    void scoresTheDocumentedSamples_data();
    void scoresTheDocumentedSamples();
    void scoreProblems_data();
    void scoreProblems();
    void scoreCannotWrite();
    void missingKeyIsOneSentence();

private:
    Run run(const QStringList &arguments, const QString &key = apiKey,
            const QString &environmentBase = QString(), int timeoutMs = 20000);

    FakeAnunziApi *m_api = nullptr;
    RawHttpServer *m_silent = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    const QByteArray m_response = CallResponses::envelope(CallResponses::sampleCall(callId));
};

void TestCli::init()
{
    QVERIFY2(QFile::exists(QStringLiteral(CALLREVIEW_EXECUTABLE)), CALLREVIEW_EXECUTABLE);
    m_api = new FakeAnunziApi;
    QVERIFY(m_api->isListening());
    m_api->addCall(callId, m_response);
    m_silent = new RawHttpServer;
    QVERIFY(m_silent->listenOnLoopback());
    m_silent->setDefaultReply(RawHttpServer::silence());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    delete m_api;
    delete m_silent;
    m_dir.reset();
}

Run TestCli::run(const QStringList &arguments, const QString &key, const QString &environmentBase,
                 int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANUNZI_API_KEY"), key);
    if (environmentBase.isEmpty())
        env.remove(QStringLiteral("ANUNZI_API_BASE"));
    else
        env.insert(QStringLiteral("ANUNZI_API_BASE"), environmentBase);
    // No session bus: the keychain fails within milliseconds instead of prompting.
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    Run result;
    // The fake servers live in this process: wait with the event loop running, never block.
    connect(&process, &QProcess::finished, this, [&] { result.finished = true; });
    process.start(QStringLiteral(CALLREVIEW_EXECUTABLE), arguments);
    if (!QTest::qWaitFor([&] { return result.finished; }, timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCli::exportsCall()
{
    const QString out = m_dir->filePath(QStringLiteral("call.txt"));
    const Run r =
        run({callId, QStringLiteral("--api-base"), m_api->base(), QStringLiteral("--export"), out});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(readAll(out), expectedExport(m_response));
    QVERIFY(readAll(out).startsWith(QByteArray("Call " + callId.toLatin1() + '\n')));
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(m_api->requests().first().header("Authorization"), "Bearer " + apiKey.toLatin1());

    // A pasted line works as the ID; ANUNZI_API_BASE is honoured when --api-base is absent.
    QFile::remove(out);
    const Run pasted = run({QStringLiteral("Call ID: ") + callId, QStringLiteral("--export"), out},
                           apiKey, m_api->base());
    QCOMPARE(pasted.exitCode, 0);
    QCOMPARE(readAll(out), expectedExport(m_response));
    QCOMPARE(m_api->requestCount(), 2);
}

void TestCli::exportsToStdout()
{
    const Run r = run({callId, QStringLiteral("--api-base"), m_api->base(),
                       QStringLiteral("--export"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expectedExport(m_response));
    QCOMPARE(r.err, QByteArray());
}

void TestCli::demoNeedsNoKeyOrNetwork()
{
    const QString out = m_dir->filePath(QStringLiteral("demo.txt"));
    // An API base nobody listens on: the demo must not use it.
    const Run r = run({QStringLiteral("--demo"), QStringLiteral("--api-base"),
                       QStringLiteral("http://127.0.0.1:9/v2"), QStringLiteral("--export"), out},
                      QString());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    const QByteArray text = readAll(out);
    QVERIFY(text.startsWith("Call "));
    QVERIFY(text.contains("Assistant:\n"));
    QVERIFY(text.contains("Caller:\n"));
    QCOMPARE(m_api->requestCount(), 0);
}

void TestCli::versionAndHelp()
{
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QByteArray("callreview " CALLREVIEW_VERSION "\n"));
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--export"));
    QVERIFY(help.out.contains("--api-base"));
    QVERIFY(help.out.contains("Exit codes"));
}

void TestCli::failures_data()
{
    QTest::addColumn<QString>("server"); // "api", "silent" or "" (none)
    QTest::addColumn<int>("status"); // what the fake API answers (0: the call)
    QTest::addColumn<QByteArray>("body"); // when status is 200: this body instead of the call
    QTest::addColumn<QStringList>("arguments"); // besides --export FILE (and --api-base)
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("parentIsFile");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrMentions");

    const QStringList id{callId};
    QTest::newRow("invalid ID") << QString() << 0 << QByteArray()
                                << QStringList{QStringLiteral("../assistants")} << apiKey << false
                                << 2 << QStringLiteral("not a valid call ID");
    QTest::newRow("no key") << QStringLiteral("api") << 0 << QByteArray() << id << QString()
                            << false << 2 << QStringLiteral("ANUNZI_API_KEY");
    QTest::newRow("usage error") << QString() << 0 << QByteArray()
                                 << QStringList{callId, QStringLiteral("--frobnicate")} << apiKey
                                 << false << 2 << QStringLiteral("frobnicate");
    QTest::newRow("two IDs") << QString() << 0 << QByteArray()
                             << QStringList{QStringLiteral("123"), callId} << apiKey << false << 2
                             << QStringLiteral("at most one CALL_ID");
    QTest::newRow("insecure base") << QString() << 0 << QByteArray()
                                   << QStringList{callId, QStringLiteral("--api-base"),
                                                  QStringLiteral("http://api.anunzi.net/v2")}
                                   << apiKey << false << 2 << QStringLiteral("https://");
    QTest::newRow("bad timeout") << QString() << 0 << QByteArray()
                                 << QStringList{callId, QStringLiteral("--timeout"),
                                                QStringLiteral("0")}
                                 << apiKey << false << 2 << QStringLiteral("--timeout");
    QTest::newRow("401") << QStringLiteral("api") << 401 << QByteArray() << id << apiKey << false
                         << 3 << QStringLiteral("rejected the key");
    QTest::newRow("404") << QStringLiteral("api") << 404 << QByteArray() << id << apiKey << false
                         << 3 << QStringLiteral("no call with ID");
    QTest::newRow("500") << QStringLiteral("api") << 500 << QByteArray() << id << apiKey << false
                         << 3 << QStringLiteral("server error");
    QTest::newRow("timeout") << QStringLiteral("silent") << 0 << QByteArray()
                             << QStringList{callId, QStringLiteral("--timeout"),
                                            QStringLiteral("1")}
                             << apiKey << false << 3 << QStringLiteral("did not answer within 1 s");
    QTest::newRow("connection refused")
        << QString() << 0 << QByteArray()
        << QStringList{callId, QStringLiteral("--api-base"),
                       QStringLiteral("http://127.0.0.1:9/v2")}
        << apiKey << false << 3 << QStringLiteral("Could not reach the API");
    QTest::newRow("invalid JSON") << QStringLiteral("api") << 200
                                  << QByteArray("{\"status\":\"ok\",") << id << apiKey << false << 4
                                  << QStringLiteral("not a valid call");
    QTest::newRow("HTML page") << QStringLiteral("api") << 200
                               << QByteArray("<html>maintenance</html>") << id << apiKey << false
                               << 4 << QStringLiteral("HTML page");
    QTest::newRow("unwritable output") << QStringLiteral("api") << 0 << QByteArray() << id << apiKey
                                       << true << 5 << QStringLiteral("Could not write");
}

void TestCli::failures()
{
    QFETCH(QString, server);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, arguments);
    QFETCH(QString, key);
    QFETCH(bool, parentIsFile);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrMentions);

    if (status != 0) {
        m_api->setHandler([&](const FakeAnunziApi::Request &) {
            return status == 200 ? FakeAnunziApi::Reply::json(body)
                                 : FakeAnunziApi::Reply::json(R"({"status":"error"})", status);
        });
    }
    // The user's previous export, which no failure may touch.
    const QByteArray original("previous export\n");
    QString out = m_dir->filePath(QStringLiteral("out.txt"));
    QVERIFY(writePlain(out, original));
    const QString keep = out;
    if (parentIsFile)
        out += QStringLiteral("/inside.txt");

    QStringList command{QStringLiteral("--export"), out};
    if (!arguments.contains(QStringLiteral("--api-base"))) {
        command << QStringLiteral("--api-base")
                << (server == u"silent" ? m_silent->base() : m_api->base());
    }
    command << arguments;

    const Run r = run(command, key);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out, QByteArray());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(QStringLiteral("callreview: ")), qPrintable(err));
    QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1,
             qPrintable(QStringLiteral("not one line: ") + err));
    QVERIFY2(err.contains(stderrMentions), qPrintable(err));
    QVERIFY(!r.err.contains(apiKey.toUtf8()));
    QCOMPARE(readAll(keep), original);
    if (server.isEmpty() || exitCode == 2)
        QCOMPARE(m_api->requestCount(), 0);
    if (server == u"silent")
        QCOMPARE(m_silent->requests().size(), 1);
}

void TestCli::scoresTheDocumentedSamples_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("inbound-booking") << QStringLiteral("inbound-booking");
    QTest::newRow("reserva-entrante (fatal)") << QStringLiteral("reserva-entrante");
}

void TestCli::scoresTheDocumentedSamples()
{
    QFETCH(QString, name);
    const QJsonObject documented = documentedScore(name);
    QVERIFY2(!documented.isEmpty(), "docs/SCORECARDS.md has no score-output block for it");
    // No key, and an API base nobody listens on: scoring needs neither.
    const Run r = run({QStringLiteral("--score"),
                       sourcePath(QStringLiteral("docs/scorecards/%1.form.json").arg(name)),
                       QStringLiteral("--answers"),
                       sourcePath(QStringLiteral("docs/scorecards/%1.answers.json").arg(name))},
                      QString(), QStringLiteral("http://127.0.0.1:9/v2"));
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QJsonParseError error;
    const QJsonDocument printed = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
    QVERIFY2(sameJson(printed.object(), documented), r.out.constData());
    QCOMPARE(m_api->requestCount(), 0);
}

void TestCli::scoreProblems_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("stderrMentions");
    QTest::newRow("unanswered question")
        << QStringLiteral("unanswered") << 2
        << QStringList{QStringLiteral("answers.json"), QStringLiteral("\"identity_name\""),
                       QStringLiteral("has no answer")};
    QTest::newRow("missing required comment")
        << QStringLiteral("no comment") << 2
        << QStringList{QStringLiteral("\"booking_efficiency\""), QStringLiteral("comment")};
    QTest::newRow("form version mismatch")
        << QStringLiteral("version") << 2
        << QStringList{QStringLiteral("version 1"), QStringLiteral("version 2")};
    QTest::newRow("malformed form")
        << QStringLiteral("malformed form") << 2
        << QStringList{QStringLiteral("form.json"), QStringLiteral("groups[1].questions[0].type")};
    QTest::newRow("answers not JSON")
        << QStringLiteral("not json") << 2 << QStringList{QStringLiteral("answers.json")};
    QTest::newRow("missing form file")
        << QStringLiteral("missing") << 2
        << QStringList{QStringLiteral("nowhere.json"), QStringLiteral("cannot be read")};
    QTest::newRow("--score without --answers")
        << QStringLiteral("usage") << 2 << QStringList{QStringLiteral("--answers")};
}

void TestCli::scoreProblems()
{
    QFETCH(QString, problem);
    QFETCH(int, exitCode);
    QFETCH(QStringList, stderrMentions);

    QJsonObject form =
        readJsonObject(sourcePath(QStringLiteral("docs/scorecards/inbound-booking.form.json")));
    QJsonObject answers =
        readJsonObject(sourcePath(QStringLiteral("docs/scorecards/inbound-booking.answers.json")));
    QVERIFY(!form.isEmpty() && !answers.isEmpty());
    QString formPath = m_dir->filePath(QStringLiteral("form.json"));
    const QString answersPath = m_dir->filePath(QStringLiteral("answers.json"));
    if (problem == u"unanswered") {
        QJsonObject given = answers.value(QStringLiteral("answers")).toObject();
        given.remove(QStringLiteral("identity_name"));
        answers.insert(QStringLiteral("answers"), given);
    } else if (problem == u"no comment") {
        QJsonObject comments = answers.value(QStringLiteral("comments")).toObject();
        comments.remove(QStringLiteral("booking_efficiency"));
        answers.insert(QStringLiteral("comments"), comments);
    } else if (problem == u"version") {
        form.insert(QStringLiteral("version"), 2);
    } else if (problem == u"malformed form") {
        QJsonArray groups = form.value(QStringLiteral("groups")).toArray();
        QJsonObject group = groups.at(1).toObject();
        QJsonArray questions = group.value(QStringLiteral("questions")).toArray();
        QJsonObject question = questions.at(0).toObject();
        question.insert(QStringLiteral("type"), QStringLiteral("yesno"));
        questions.replace(0, question);
        group.insert(QStringLiteral("questions"), questions);
        groups.replace(1, group);
        form.insert(QStringLiteral("groups"), groups);
    } else if (problem == u"missing") {
        formPath = m_dir->filePath(QStringLiteral("nowhere.json"));
    }
    if (problem != u"missing")
        QVERIFY(writeJson(formPath, form));
    if (problem == u"not json")
        QVERIFY(writePlain(answersPath, QByteArray("{\"form\": ")));
    else
        QVERIFY(writeJson(answersPath, answers));

    QStringList arguments{QStringLiteral("--score"), formPath};
    if (problem != u"usage")
        arguments << QStringLiteral("--answers") << answersPath;
    const Run r = run(arguments, QString());
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out, QByteArray());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(QStringLiteral("callreview: ")), qPrintable(err));
    QVERIFY2(err.count(u'\n') == 1, qPrintable(QStringLiteral("not one line: ") + err));
    for (const QString &words : std::as_const(stderrMentions))
        QVERIFY2(err.contains(words), qPrintable(err));
}

void TestCli::scoreCannotWrite()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("needs /dev/full");
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(CALLREVIEW_EXECUTABLE),
                  {QStringLiteral("--score"),
                   sourcePath(QStringLiteral("docs/scorecards/inbound-booking.form.json")),
                   QStringLiteral("--answers"),
                   sourcePath(QStringLiteral("docs/scorecards/inbound-booking.answers.json"))});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 5);
    QVERIFY(process.readAllStandardError().contains("Could not write to standard output"));
}

void TestCli::missingKeyIsOneSentence()
{
    // No key in the environment, no keychain (no session bus): one sentence naming both ways
    // to give a key, without QtKeychain's "Unknown error" and without repeating itself.
    const Run r = run({callId, QStringLiteral("--api-base"), m_api->base(),
                       QStringLiteral("--export"), QStringLiteral("-")},
                      QString());
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(QStringLiteral("callreview: No Anunzi API key")), qPrintable(err));
    QVERIFY2(err.count(u'\n') == 1 && err.count(QStringLiteral(". ")) == 0, qPrintable(err));
    QCOMPARE(err.count(QStringLiteral("ANUNZI_API_KEY")), 1);
    QCOMPARE(err.count(QStringLiteral("callreview --set-api-key")), 1);
    QVERIFY2(!err.contains(QStringLiteral("Unknown error"), Qt::CaseInsensitive), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("()")), qPrintable(err));
    QCOMPARE(m_api->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_Cli.moc"
