#include "team/CalibrationDialog.h"

#include "calibration/CalibrationAlignment.h"
#include "calibration/CalibrationStore.h"
#include "review/ReviewStore.h"
#include "scorecards/ScorecardJson.h"
#include "team/CalibrationBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QStringList names(const QString &text)
{
    QStringList result;
    for (const QString &part : text.split(u',')) {
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    }
    return result;
}

QString percent(double fraction)
{
    return QStringLiteral("%1 %").arg(fraction * 100, 0, 'f', 1);
}

} // namespace

CalibrationDialog::CalibrationDialog(ReviewStore *store, const QStringList &queueIds,
                                     const QString &reviewer, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_queueIds(queueIds)
    , m_reviewer(reviewer.trimmed())
    , m_sessions(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_forms(new QComboBox(this))
    , m_participants(new QLineEdit(this))
    , m_benchmark(new QLineEdit(this))
    , m_calls(new QComboBox(this))
    , m_score(new QPushButton(tr("Score &This Call"), this))
    , m_progress(new QLabel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_alignment(new QLabel(this))
{
    setWindowTitle(tr("Calibration"));
    // Names for tests and accessibility tools.
    m_sessions->setObjectName(QStringLiteral("sessions"));
    m_name->setObjectName(QStringLiteral("name"));
    m_participants->setObjectName(QStringLiteral("participants"));
    m_benchmark->setObjectName(QStringLiteral("benchmark"));
    m_calls->setObjectName(QStringLiteral("calls"));
    m_score->setObjectName(QStringLiteral("scoreCall"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_status->setObjectName(QStringLiteral("status"));
    m_table->setObjectName(QStringLiteral("comparison"));
    m_alignment->setObjectName(QStringLiteral("alignment"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        m_reviewer.isEmpty()
            ? tr("Type your name in the Review panel first: answers are submitted under it.")
            : tr("You are %1.").arg(m_reviewer),
        this));
    layout->addWidget(createSessionBox());

    auto *sessionRow = new QHBoxLayout;
    auto *sessionLabel = new QLabel(tr("&Session:"), this);
    sessionLabel->setBuddy(m_sessions);
    sessionRow->addWidget(sessionLabel);
    sessionRow->addWidget(m_sessions, 1);
    layout->addLayout(sessionRow);

    auto *submitRow = new QHBoxLayout;
    auto *callLabel = new QLabel(tr("&Call:"), this);
    callLabel->setBuddy(m_calls);
    submitRow->addWidget(callLabel);
    submitRow->addWidget(m_calls, 1);
    submitRow->addWidget(m_score);
    auto *submit = new QPushButton(tr("Submit an Answers F&ile…"), this);
    submit->setObjectName(QStringLiteral("submitFile"));
    submit->setToolTip(tr("An answers file for this call, as callreview --score reads. Once "
                          "submitted, your answers cannot change."));
    submitRow->addWidget(submit);
    layout->addLayout(submitRow);
    m_progress->setWordWrap(true);
    m_progress->setTextFormat(Qt::PlainText);
    layout->addWidget(m_progress);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_alignment->setWordWrap(true);
    layout->addWidget(m_alignment);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(submit, &QPushButton::clicked, this, &CalibrationDialog::submitAnswers);
    connect(m_score, &QPushButton::clicked, this, [this] {
        const qint64 id = m_sessions->currentData().toLongLong();
        const QString callId = m_calls->currentData().toString();
        if (id == 0 || callId.isEmpty())
            return;
        emit scoreRequested(id, callId);
        accept();
    });
    connect(m_sessions, &QComboBox::currentIndexChanged, this, &CalibrationDialog::showSession);
    connect(m_calls, &QComboBox::currentIndexChanged, this, &CalibrationDialog::updateScoreButton);
    resize(900, 600);
    reloadSessions();
}

void CalibrationDialog::selectSession(qint64 id, const QString &callId)
{
    const int index = m_sessions->findData(id);
    if (index >= 0)
        m_sessions->setCurrentIndex(index);
    if (!callId.isEmpty()) {
        const int call = m_calls->findData(callId);
        if (call >= 0)
            m_calls->setCurrentIndex(call);
    }
}

QList<QPair<QString, QString>> CalibrationDialog::keyHelp()
{
    return {{tr("Score the selected call of the session (Calibration dialog)"), tr("Alt+T")}};
}

void CalibrationDialog::updateScoreButton()
{
    const CalibrationStore store(m_store->connectionName());
    const std::optional<CalibrationSession> session =
        store.session(m_sessions->currentData().toLongLong());
    const QString callId = m_calls->currentData().toString();
    QString why;
    if (!session || callId.isEmpty())
        why = tr("Pick a session and one of its calls.");
    else if (m_reviewer.isEmpty())
        why = tr("Type your name in the Review panel first: answers are submitted under it.");
    else if (!session->participants.contains(m_reviewer))
        why = tr("You do not take part in this session.");
    else if (store.hasSubmitted(session->id, callId, m_reviewer))
        why = tr("You already submitted this call.");
    m_score->setEnabled(why.isEmpty());
    m_score->setToolTip(why.isEmpty()
                            ? tr("Opens the call and scores it in the Scorecard tab on the "
                                 "session's form; your answers stay hidden from the others "
                                 "until you submit.")
                            : why);
}

QWidget *CalibrationDialog::createSessionBox()
{
    auto *box = new QGroupBox(
        tr("New session from the review queue (%n call(s))", nullptr, int(m_queueIds.size())),
        this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Name:"), m_name);
    for (const QString &name : m_store->scorecards().formNames()) {
        if (const std::optional<ScorecardForm> latest = m_store->scorecards().latest(name)) {
            m_forms->addItem(tr("%1 (version %2)").arg(name).arg(latest->version),
                             QVariantList{name, latest->version});
        }
    }
    form->addRow(tr("&Form:"), m_forms);
    m_participants->setPlaceholderText(tr("Names separated by commas"));
    form->addRow(tr("&Participants:"), m_participants);
    m_benchmark->setText(m_reviewer);
    form->addRow(tr("&Benchmark reviewer:"), m_benchmark);
    auto *create = new QPushButton(tr("C&reate Session"), box);
    create->setObjectName(QStringLiteral("create"));
    create->setEnabled(!m_queueIds.isEmpty() && m_forms->count() > 0);
    form->addRow(QString(), create);
    connect(create, &QPushButton::clicked, this, &CalibrationDialog::createSession);
    return box;
}

void CalibrationDialog::reloadSessions(qint64 select)
{
    const CalibrationStore store(m_store->connectionName());
    m_sessions->clear();
    for (const CalibrationSession &session : store.sessions()) {
        m_sessions->addItem(
            tr("%1 — %2 (benchmark %3)").arg(session.name, session.formName, session.benchmark),
            session.id);
        if (session.id == select)
            m_sessions->setCurrentIndex(m_sessions->count() - 1);
    }
    showSession();
}

void CalibrationDialog::createSession()
{
    CalibrationSession session;
    session.name = m_name->text();
    const QVariantList form = m_forms->currentData().toList();
    if (form.size() == 2) {
        session.formName = form.at(0).toString();
        session.formVersion = form.at(1).toInt();
    }
    session.callIds = m_queueIds;
    session.participants = names(m_participants->text());
    session.benchmark = m_benchmark->text();
    QString error;
    const qint64 id = CalibrationStore(m_store->connectionName()).create(session, &error);
    m_status->setText(id ? tr("Session created.") : tr("Not created: %1").arg(error));
    if (id)
        reloadSessions(id);
}

void CalibrationDialog::submitAnswers()
{
    const qint64 id = m_sessions->currentData().toLongLong();
    const QString callId = m_calls->currentData().toString();
    if (id == 0 || callId.isEmpty() || m_reviewer.isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Answers for %1").arg(callId), QString(), tr("Answers (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    ScorecardError parseError;
    const std::optional<ScorecardAnswers> answers = file.open(QIODevice::ReadOnly)
        ? ScorecardJson::readAnswers(file.readAll(), &parseError)
        : std::nullopt;
    QString error;
    if (!answers) {
        m_status->setText(tr("Could not read %1: %2").arg(path, parseError.toString()));
    } else if (!CalibrationStore(m_store->connectionName())
                    .submit(id, callId, m_reviewer, *answers, &error)) {
        m_status->setText(tr("Not submitted: %1").arg(error));
    } else {
        m_status->setText(tr("Submitted. The others' answers for %1 are shown below.").arg(callId));
    }
    showSession();
}

void CalibrationDialog::showSession()
{
    m_table->clear();
    m_table->setRowCount(0);
    m_alignment->clear();
    m_progress->clear();
    const QString keepCall = m_calls->currentData().toString();
    {
        const QSignalBlocker blocker(m_calls);
        m_calls->clear();
    }
    const CalibrationStore store(m_store->connectionName());
    const std::optional<CalibrationSession> session =
        store.session(m_sessions->currentData().toLongLong());
    if (!session) {
        updateScoreButton();
        return;
    }
    {
        const QSignalBlocker blocker(m_calls);
        for (const QString &callId : session->callIds) {
            m_calls->addItem(store.hasSubmitted(session->id, callId, m_reviewer)
                                 ? tr("%1 (submitted)").arg(callId)
                                 : callId,
                             callId);
        }
        m_calls->setCurrentIndex(qMax(0, m_calls->findData(keepCall)));
    }
    updateScoreButton();
    // Who submitted how many calls: names and counts only, never answers.
    QStringList progress;
    for (const QString &participant : session->participants)
        progress.append(tr("%1: %2").arg(
            participant, CalibrationBanner::progress(store, *session, participant)));
    m_progress->setText(tr("Progress — %1").arg(progress.join(QStringLiteral("; "))));
    const std::optional<ScorecardForm> form =
        m_store->scorecards().form(session->formName, session->formVersion);
    if (!form)
        return;

    QStringList others = session->participants;
    others.removeAll(session->benchmark);
    QStringList headers{tr("Call"), tr("Question"), tr("%1 (benchmark)").arg(session->benchmark)};
    headers += others;
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);

    QMap<QString, QMap<QString, ScorecardAnswers>> visible;
    for (const QString &callId : session->callIds) {
        const QMap<QString, ScorecardAnswers> seen =
            store.visibleAnswers(session->id, callId, m_reviewer);
        if (seen.isEmpty()) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(callId));
            m_table->setItem(row, 1,
                             new QTableWidgetItem(
                                 tr("Hidden until you submit your answers for this call "
                                    "(%n submitted so far)",
                                    nullptr, int(store.submitted(session->id, callId).size()))));
            continue;
        }
        visible.insert(callId, seen);
        const auto benchmark = seen.constFind(session->benchmark);
        for (const ScorecardForm::Group &group : form->groups) {
            for (const ScorecardQuestion &question : group.questions) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                m_table->setItem(row, 0, new QTableWidgetItem(callId));
                m_table->setItem(row, 1, new QTableWidgetItem(question.text));
                auto describe = [&](const QString &reviewer) -> QString {
                    const auto mine = seen.constFind(reviewer);
                    if (mine == seen.cend())
                        return tr("(not submitted)");
                    const auto answer = mine->answers.constFind(question.id);
                    if (answer == mine->answers.cend())
                        return tr("(no answer)");
                    QString text = answer->isNotApplicable() ? tr("N/A")
                        : answer->kind == ScorecardAnswer::Kind::Number
                        ? QString::number(answer->number)
                        : answer->text;
                    if (reviewer != session->benchmark && benchmark != seen.cend()) {
                        const auto reference = benchmark->answers.constFind(question.id);
                        if (reference != benchmark->answers.cend()) {
                            if (const std::optional<double> aligned =
                                    CalibrationAlignment::question(question, *answer, *reference))
                                text += QStringLiteral("  (") + percent(*aligned) + u')';
                        }
                    }
                    return text;
                };
                m_table->setItem(row, 2, new QTableWidgetItem(describe(session->benchmark)));
                for (int i = 0; i < others.size(); ++i)
                    m_table->setItem(row, 3 + i, new QTableWidgetItem(describe(others.at(i))));
            }
        }
        // Each reviewer's alignment on this call, weighted like the form.
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(callId));
        auto *label = new QTableWidgetItem(tr("Alignment on this call"));
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        m_table->setItem(row, 1, label);
        m_table->setItem(row, 2,
                         new QTableWidgetItem(benchmark == seen.cend() ? tr("(not submitted)")
                                                                       : QStringLiteral("—")));
        for (int i = 0; i < others.size(); ++i) {
            const auto mine = seen.constFind(others.at(i));
            QString text;
            if (mine != seen.cend() && benchmark != seen.cend()) {
                const std::optional<double> score =
                    CalibrationAlignment::evaluation(*form, *mine, *benchmark).score;
                text = score ? percent(*score) : tr("(nothing to compare)");
            }
            auto *item = new QTableWidgetItem(text);
            item->setFont(bold);
            m_table->setItem(row, 3 + i, item);
        }
    }
    m_table->resizeColumnsToContents();

    QStringList scores;
    const QMap<QString, CalibrationAlignment::Result> aligned =
        CalibrationAlignment::perReviewer(*form, session->benchmark, visible);
    for (auto it = aligned.cbegin(); it != aligned.cend(); ++it) {
        if (it->score)
            scores.append(tr("%1: %2").arg(it.key(), percent(*it->score)));
    }
    m_alignment->setText(scores.isEmpty()
                             ? tr("No alignment to show yet.")
                             : tr("Alignment with %1, over the calls you can see: %2")
                                   .arg(session->benchmark, scores.join(QStringLiteral(", "))));
}
