#pragma once

#include "scorecards/ScorecardAnswers.h"
#include "scorecards/ScorecardForm.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// Scorecard forms and the answers given with them, in the review database (the tables come
// from ReviewMigrations; the connection is ReviewStore's, named by connectionName).
//
// A form is stored per (name, version) as its JSON file (ScorecardJson), and a stored version
// never changes: publishing it again with other content is refused, so every evaluation keeps
// meaning what it meant when it was scored. Editing a form publishes nextVersion(name).
// Answers are kept per call and reviewer, with their comments, against one form version.
class ScorecardStore
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardStore)

public:
    explicit ScorecardStore(const QString &connectionName)
        : m_connectionName(connectionName)
    { }

    // Stores a valid form under its name and version. The same content again is accepted (an
    // import run twice); other content under a stored version is refused.
    bool publish(const ScorecardForm &form, QString *error = nullptr) const;
    // A form file brought in (Review > Scorecard Forms… > Import…): stored as its own version
    // when the name is new; when the same content is stored already (whatever version the file
    // says), that version and *added false; otherwise as the next version, so changing a
    // published form is importing the changed file. The stored version, or nullopt and *error.
    std::optional<int> importForm(const ScorecardForm &form, bool *added,
                                  QString *error = nullptr) const;
    std::optional<ScorecardForm> form(const QString &name, int version) const;
    std::optional<ScorecardForm> latest(const QString &name) const;
    QList<int> versions(const QString &name) const; // ascending
    int nextVersion(const QString &name) const; // the highest stored + 1; 1 for a new name
    QStringList formNames() const; // sorted

    // Replaces this reviewer's answers and comments for the call, in one transaction. The
    // form version must be stored and know every question answered or commented on; whether
    // the answers are complete is the scorer's question (a half-done evaluation is saved too).
    bool saveAnswers(const QString &callId, const QString &reviewer,
                     const ScorecardAnswers &answers, QString *error = nullptr) const;
    std::optional<ScorecardAnswers> answers(const QString &callId, const QString &reviewer) const;
    QStringList reviewers(const QString &callId) const; // who answered for this call, sorted
    bool removeAnswers(const QString &callId, const QString &reviewer,
                       QString *error = nullptr) const;

private:
    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }
    static std::optional<ScorecardForm> formIn(QSqlDatabase db, const QString &name, int version);

    QString m_connectionName;
};
