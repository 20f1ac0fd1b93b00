// ScorecardStore: forms stored per version and never changed once published, the next version
// stored beside the first, answers and comments per call and reviewer round-tripping exactly
// (the repository's sample forms in English and Spanish), and a schema 3 database (free scores
// only) migrating with its reviews intact.
#include "review/ReviewMigrations.h"
#include "review/ReviewStore.h"
#include "scorecards/ScorecardJson.h"
#include "scorecards/ScorecardStore.h"
#include "storage/SchemaMigrator.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(CALLREVIEW_SOURCE_DIR "/docs/scorecards/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ScorecardForm sampleForm(const QString &name)
{
    ScorecardError error;
    const std::optional<ScorecardForm> form = ScorecardJson::readForm(sample(name), &error);
    if (!form)
        qFatal("%s: %s", qPrintable(name), qPrintable(error.toString()));
    return *form;
}

ScorecardAnswers sampleAnswers(const QString &name)
{
    ScorecardError error;
    const std::optional<ScorecardAnswers> answers =
        ScorecardJson::readAnswers(sample(name), &error);
    if (!answers)
        qFatal("%s: %s", qPrintable(name), qPrintable(error.toString()));
    return *answers;
}

// A small form of every question type.
ScorecardForm smallForm()
{
    ScorecardQuestion yesNo;
    yesNo.id = QStringLiteral("greets");
    yesNo.text = QStringLiteral("Greets the caller");
    yesNo.naAllowed = true;
    ScorecardQuestion scale;
    scale.id = QStringLiteral("pace");
    scale.text = QStringLiteral("Pace");
    scale.type = ScorecardQuestion::Type::Scale;
    scale.min = 1;
    scale.max = 5;
    scale.commentRequired = ScorecardQuestion::CommentRule::OnFail;
    ScorecardQuestion choice;
    choice.id = QStringLiteral("close");
    choice.text = QStringLiteral("Closes the call");
    choice.type = ScorecardQuestion::Type::Choice;
    choice.options = {{QStringLiteral("none"), 0},
                      {QStringLiteral("Partly — en parte"), 1},
                      {QStringLiteral("complete"), 2}};
    choice.fatal = true;
    ScorecardForm form;
    form.name = QStringLiteral("Small ñ");
    form.version = 1;
    form.groups = {{QStringLiteral("All"), 1.5, {yesNo, scale, choice}}};
    return form;
}

} // namespace

class tst_ScorecardStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<ReviewStore>();
        QString error;
        QVERIFY2(
            m_store->open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_counter)), &error),
            qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void savesAndLoadsAFormVersion_data()
    {
        QTest::addColumn<ScorecardForm>("form");
        QTest::newRow("every type") << smallForm();
        QTest::newRow("inbound booking") << sampleForm(QStringLiteral("inbound-booking.form.json"));
        QTest::newRow("reserva entrante")
            << sampleForm(QStringLiteral("reserva-entrante.form.json"));
    }

    void savesAndLoadsAFormVersion()
    {
        QFETCH(ScorecardForm, form);
        const ScorecardStore &store = m_store->scorecards();
        QVERIFY(!store.form(form.name, form.version));
        QCOMPARE(store.nextVersion(form.name), 1);
        QString error;
        QVERIFY2(store.publish(form, &error), qPrintable(error));
        QCOMPARE(store.form(form.name, form.version), std::optional<ScorecardForm>(form));
        QCOMPARE(store.latest(form.name), std::optional<ScorecardForm>(form));
        QCOMPARE(store.formNames(), QStringList{form.name});
        QVERIFY(!store.form(form.name, form.version + 1));

        // Read back by another connection, after the writer closed.
        const QString path = m_store->path();
        m_store.reset();
        ReviewStore again;
        QVERIFY(again.open(path));
        QCOMPARE(again.scorecards().form(form.name, form.version),
                 std::optional<ScorecardForm>(form));
    }

    void nextVersionIsStoredBesideAndThePublishedOneNeverChanges()
    {
        const ScorecardStore &store = m_store->scorecards();
        const ScorecardForm first = smallForm();
        QVERIFY(store.publish(first));
        QCOMPARE(store.nextVersion(first.name), 2);

        ScorecardForm edited = first;
        edited.groups[0].questions[0].text = QStringLiteral("Greets the caller by name");
        QString error;
        QVERIFY(!store.publish(edited, &error)); // same version, other content
        QVERIFY2(error.contains(QStringLiteral("version 2")), qPrintable(error));
        QCOMPARE(store.form(first.name, 1), std::optional<ScorecardForm>(first));
        QVERIFY(store.publish(first)); // the same content again: an import run twice

        ScorecardForm second = first.nextVersion();
        QCOMPARE(second.version, store.nextVersion(first.name));
        second.groups[0].questions[0].text = edited.groups[0].questions[0].text;
        second.groups[0].weight = 3;
        QVERIFY2(store.publish(second, &error), qPrintable(error));
        QCOMPARE(store.versions(first.name), (QList<int>{1, 2}));
        QCOMPARE(store.form(first.name, 1), std::optional<ScorecardForm>(first));
        QCOMPARE(store.form(first.name, 2), std::optional<ScorecardForm>(second));
        QCOMPARE(store.latest(first.name), std::optional<ScorecardForm>(second));
        QCOMPARE(store.nextVersion(first.name), 3);
    }

    void refusesAnInvalidForm()
    {
        ScorecardForm form = smallForm();
        form.groups[0].questions[1].max = 0; // max below min
        QString error;
        QVERIFY(!m_store->scorecards().publish(form, &error));
        QVERIFY2(error.contains(QStringLiteral("groups[0].questions[1]")), qPrintable(error));
        QVERIFY(m_store->scorecards().formNames().isEmpty());
    }

    void answersRoundTrip_data()
    {
        QTest::addColumn<ScorecardForm>("form");
        QTest::addColumn<ScorecardAnswers>("answers");
        ScorecardAnswers small;
        small.formName = smallForm().name;
        small.formVersion = 1;
        small.answers.insert(QStringLiteral("greets"), ScorecardAnswer::notApplicable());
        small.answers.insert(QStringLiteral("pace"), ScorecardAnswer::fromNumber(2));
        small.answers.insert(QStringLiteral("close"),
                             ScorecardAnswer::fromText(u"Partly — en parte"_qs));
        small.comments.insert(QStringLiteral("pace"), QStringLiteral("Slow — «lento»\nline 2"));
        QTest::newRow("every kind") << smallForm() << small;
        ScorecardAnswers partial;
        partial.formName = smallForm().name;
        partial.formVersion = 1;
        partial.answers.insert(QStringLiteral("greets"), ScorecardAnswer::yes());
        partial.comments.insert(QStringLiteral("close"), QStringLiteral("not reached yet"));
        QTest::newRow("half done, comment without answer") << smallForm() << partial;
        QTest::newRow("inbound booking")
            << sampleForm(QStringLiteral("inbound-booking.form.json"))
            << sampleAnswers(QStringLiteral("inbound-booking.answers.json"));
        QTest::newRow("reserva entrante")
            << sampleForm(QStringLiteral("reserva-entrante.form.json"))
            << sampleAnswers(QStringLiteral("reserva-entrante.answers.json"));
    }

    void answersRoundTrip()
    {
        QFETCH(ScorecardForm, form);
        QFETCH(ScorecardAnswers, answers);
        const ScorecardStore &store = m_store->scorecards();
        QVERIFY(store.publish(form));
        QVERIFY(!store.answers(QStringLiteral("1x1"), QStringLiteral("Ana")));
        QString error;
        QVERIFY2(store.saveAnswers(QStringLiteral("1x1"), QStringLiteral("Ana"), answers, &error),
                 qPrintable(error));
        QCOMPARE(store.answers(QStringLiteral("1x1"), QStringLiteral("Ana")),
                 std::optional<ScorecardAnswers>(answers));
        QVERIFY(!store.answers(QStringLiteral("1x1"), QStringLiteral("Bo")));
        QVERIFY(!store.answers(QStringLiteral("2x2"), QStringLiteral("Ana")));
    }

    void answersArePerCallAndReviewerAndReplaced()
    {
        const ScorecardStore &store = m_store->scorecards();
        QVERIFY(store.publish(smallForm()));
        ScorecardAnswers ana;
        ana.formName = smallForm().name;
        ana.formVersion = 1;
        ana.answers.insert(QStringLiteral("greets"), ScorecardAnswer::yes());
        ana.answers.insert(QStringLiteral("pace"), ScorecardAnswer::fromNumber(4));
        ana.comments.insert(QStringLiteral("pace"), QStringLiteral("fine"));
        ScorecardAnswers bo = ana;
        bo.answers.insert(QStringLiteral("greets"), ScorecardAnswer::no());
        QVERIFY(store.saveAnswers(QStringLiteral("1x1"), QStringLiteral("Ana"), ana));
        QVERIFY(store.saveAnswers(QStringLiteral("1x1"), QStringLiteral("Bo"), bo));
        QCOMPARE(store.reviewers(QStringLiteral("1x1")),
                 (QStringList{QStringLiteral("Ana"), QStringLiteral("Bo")}));

        // A later save replaces the whole set: a removed answer and comment are gone.
        ScorecardAnswers changed = ana;
        changed.answers.remove(QStringLiteral("pace"));
        changed.comments.clear();
        changed.answers.insert(QStringLiteral("close"), ScorecardAnswer::fromText(u"none"_qs));
        QVERIFY(store.saveAnswers(QStringLiteral("1x1"), QStringLiteral("Ana"), changed));
        QCOMPARE(store.answers(QStringLiteral("1x1"), QStringLiteral("Ana")),
                 std::optional<ScorecardAnswers>(changed));
        QCOMPARE(store.answers(QStringLiteral("1x1"), QStringLiteral("Bo")),
                 std::optional<ScorecardAnswers>(bo));

        QVERIFY(store.removeAnswers(QStringLiteral("1x1"), QStringLiteral("Bo")));
        QVERIFY(!store.answers(QStringLiteral("1x1"), QStringLiteral("Bo")));
        QCOMPARE(store.reviewers(QStringLiteral("1x1")), QStringList{QStringLiteral("Ana")});
        QSqlQuery left(QSqlDatabase::database(m_store->connectionName()));
        QVERIFY(left.exec(QStringLiteral("SELECT COUNT(*) FROM scorecard_answers"
                                         " WHERE reviewer = 'Bo'"))
                && left.next());
        QCOMPARE(left.value(0).toInt(), 0); // the answers went with their evaluation
    }

    void refusesAnswersToAnUnknownFormOrQuestion()
    {
        const ScorecardStore &store = m_store->scorecards();
        ScorecardAnswers answers;
        answers.formName = smallForm().name;
        answers.formVersion = 1;
        answers.answers.insert(QStringLiteral("greets"), ScorecardAnswer::yes());
        QString error;
        QVERIFY(!store.saveAnswers(QStringLiteral("1x1"), QStringLiteral("Ana"), answers, &error));
        QVERIFY2(error.contains(QStringLiteral("not in the store")), qPrintable(error));

        QVERIFY(store.publish(smallForm()));
        answers.comments.insert(QStringLiteral("nosuch"), QStringLiteral("?"));
        QVERIFY(!store.saveAnswers(QStringLiteral("1x1"), QStringLiteral("Ana"), answers, &error));
        QVERIFY2(error.contains(QStringLiteral("nosuch")), qPrintable(error));
        QVERIFY(!store.answers(QStringLiteral("1x1"), QStringLiteral("Ana"))); // nothing half-saved
    }

    void changesAreAudited()
    {
        const ScorecardStore &store = m_store->scorecards();
        QVERIFY(store.publish(smallForm()));
        QVERIFY(store.publish(smallForm())); // the same again: no change, no row
        ScorecardAnswers answers;
        answers.formName = smallForm().name;
        answers.formVersion = 1;
        answers.answers.insert(QStringLiteral("greets"), ScorecardAnswer::yes());
        answers.answers.insert(QStringLiteral("pace"), ScorecardAnswer::fromNumber(3));
        answers.comments.insert(QStringLiteral("pace"), QStringLiteral("so-so"));
        answers.comments.insert(QStringLiteral("close"), QStringLiteral("not reached"));
        QVERIFY(store.saveAnswers(QStringLiteral("1x1"), QStringLiteral("Ana"), answers));
        QVERIFY(store.removeAnswers(QStringLiteral("1x1"), QStringLiteral("Ana")));

        const QList<AuditLog::Entry> trail = m_store->auditTrail();
        QCOMPARE(trail.size(), 3);
        QCOMPARE(trail.at(0).entity, QStringLiteral("form"));
        QCOMPARE(trail.at(0).key, QStringLiteral("Small ñ v1"));
        QCOMPARE(trail.at(0).action, QStringLiteral("publish"));
        QCOMPARE(trail.at(1).entity, QStringLiteral("answers"));
        QCOMPARE(trail.at(1).key, QStringLiteral("1x1"));
        QCOMPARE(trail.at(1).actor, QStringLiteral("Ana")); // no actor set: the reviewer
        QCOMPARE(trail.at(1).details.value(QStringLiteral("answers")).toInt(), 2);
        QCOMPARE(trail.at(1).details.value(QStringLiteral("comments")).toInt(), 2);
        QCOMPARE(trail.at(2).action, QStringLiteral("delete"));
    }

    // A database from before scorecards (schema 3) gains the tables; its reviews keep their
    // free score and the same calls can be scored with a form.
    void migratesFromThePreviousSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString reason;
            QVERIFY2(SchemaMigrator::migrate(db, ReviewMigrations::all().mid(0, 3), &reason),
                     qPrintable(reason));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral(
                "INSERT INTO reviews VALUES ('7x7', 'needs-work', 64, 'Free score', 'Ana', '')")));
            QCOMPARE(SchemaMigrator::version(db), 3);
            QVERIFY(!db.tables().contains(QStringLiteral("scorecard_forms")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));

        ReviewStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.userVersion(), ReviewStore::schemaVersion);
        const Review old = store.load(QStringLiteral("7x7"));
        QCOMPARE(old.score, std::optional<int>(64));
        QCOMPARE(old.verdict, Review::Verdict::NeedsWork);
        QVERIFY(store.scorecards().formNames().isEmpty());
        QVERIFY(store.scorecards().publish(smallForm()));
        ScorecardAnswers answers;
        answers.formName = smallForm().name;
        answers.formVersion = 1;
        answers.answers.insert(QStringLiteral("greets"), ScorecardAnswer::yes());
        QVERIFY(
            store.scorecards().saveAnswers(QStringLiteral("7x7"), QStringLiteral("Ana"), answers));
        QCOMPARE(store.load(QStringLiteral("7x7")).score, std::optional<int>(64));
    }

    // Importing: a new name keeps its version, the same content again changes nothing, a
    // changed form becomes the next version and the first one stays as it was.
    void importCreatesTheNextVersion()
    {
        const ScorecardStore &store = m_store->scorecards();
        ScorecardForm form = smallForm();
        form.version = 3;
        bool added = false;
        QString error;
        QCOMPARE(store.importForm(form, &added, &error), std::optional<int>(3));
        QVERIFY(added);
        form.version = 1; // the file says another version, the content is the same
        QCOMPARE(store.importForm(form, &added, &error), std::optional<int>(3));
        QVERIFY(!added);
        ScorecardForm changed = form;
        changed.groups[0].questions[0].text = QStringLiteral("Greets the caller by name");
        QCOMPARE(store.importForm(changed, &added, &error), std::optional<int>(4));
        QVERIFY(added);
        QCOMPARE(store.versions(form.name), (QList<int>{3, 4}));
        QCOMPARE(store.form(form.name, 3)->groups[0].questions[0].text,
                 QStringLiteral("Greets the caller"));
        ScorecardForm invalid = changed;
        invalid.groups.clear();
        QVERIFY(!store.importForm(invalid, &added, &error));
        QVERIFY(!error.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ReviewStore> m_store;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(tst_ScorecardStore)
#include "tst_ScorecardStore.moc"
