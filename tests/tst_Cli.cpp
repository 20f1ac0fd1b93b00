// End to end: runs the built `callreview` executable against a fake API on 127.0.0.1 and
// checks exit codes, the exported file, stdout/stderr, and that the key is never printed.
#include "CallResponses.h"
#include "FakeAnunziApi.h"
#include "RawHttpServer.h"
#include "api/CallDecoder.h"
#include "export/PlainTextExporter.h"

#include <QFile>
#include <QProcess>
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
    m_silent->setMode(RawHttpServer::Mode::Silent);
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_Cli.moc"
