#include "scorecards/ScorecardReport.h"

#include "scorecards/ScorecardScorer.h"
#include "scorecards/ScorecardStore.h"
#include "scorecards/ScorecardSuggestions.h"

namespace {

QString answerText(const ScorecardQuestion &question, const ScorecardAnswers &answers)
{
    const auto answer = answers.answers.constFind(question.id);
    return answer == answers.answers.cend() ? ScorecardReport::tr("not answered")
                                            : ScorecardSuggestions::answerText(question, *answer);
}

QString formTitle(const ScorecardForm &form)
{
    return ScorecardReport::tr("%1, version %2").arg(form.name, QString::number(form.version));
}

QString markdownText(QString text)
{
    // The review report's own escaping is private to it; a scorecard's texts are the team's
    // own form, so only the characters that would start markup mid-line are escaped here.
    for (const QChar c : {u'\\', u'*', u'_', u'`', u'[', u']', u'<', u'>', u'|'})
        text.replace(c, QStringLiteral("\\") + c);
    return text.simplified();
}

} // namespace

std::optional<ScorecardReport::Evaluation>
ScorecardReport::load(const ScorecardStore &store, const QString &callId, const QString &reviewer)
{
    std::optional<ScorecardAnswers> answers;
    if (!reviewer.isEmpty())
        answers = store.answers(callId, reviewer);
    if (!answers) {
        const QStringList reviewers = store.reviewers(callId);
        if (!reviewers.isEmpty())
            answers = store.answers(callId, reviewers.constFirst());
    }
    if (!answers)
        return std::nullopt;
    const std::optional<ScorecardForm> form = store.form(answers->formName, answers->formVersion);
    if (!form)
        return std::nullopt;
    return Evaluation{*form, *answers, ScorecardScorer::score(*form, *answers)};
}

ScorecardReport::Evaluations ScorecardReport::loadAll(const ScorecardStore &store,
                                                      const QStringList &callIds)
{
    Evaluations result;
    for (const QString &id : callIds) {
        if (std::optional<Evaluation> evaluation = load(store, id))
            result.insert(id, *evaluation);
    }
    return result;
}

QString ScorecardReport::percent(const std::optional<double> &score)
{
    return score ? tr("%1%").arg(qRound(*score * 100)) : QStringLiteral("–");
}

QString ScorecardReport::markdown(const Evaluation &evaluation, const QString &heading)
{
    const ScorecardResult &result = evaluation.result;
    QString out = heading + u' ' + tr("Scorecard: %1").arg(markdownText(formTitle(evaluation.form)))
        + QStringLiteral("\n\n");
    out += QStringLiteral("- **%1** %2\n").arg(tr("Total score:"), percent(result.score));
    out +=
        QStringLiteral("- **%1** %2\n").arg(tr("Critical score:"), percent(result.criticalScore));
    for (const QString &id : result.fatal) {
        const ScorecardQuestion *question = evaluation.form.question(id);
        out += QStringLiteral("- **%1** %2\n")
                   .arg(tr("Fatal:"), markdownText(question ? question->text : id));
    }
    out += u'\n';
    for (int g = 0; g < evaluation.form.groups.size(); ++g) {
        const ScorecardForm::Group &group = evaluation.form.groups.at(g);
        const std::optional<double> score =
            g < result.groups.size() ? result.groups.at(g).score : std::nullopt;
        out += QStringLiteral("**%1 — %2**\n\n").arg(markdownText(group.name), percent(score));
        for (const ScorecardQuestion &question : group.questions) {
            out += QStringLiteral("- %1: **%2**")
                       .arg(markdownText(question.text),
                            markdownText(answerText(question, evaluation.answers)));
            if (const QString comment = evaluation.answers.comment(question.id); !comment.isEmpty())
                out += QStringLiteral(" — ") + markdownText(comment);
            out += u'\n';
        }
        out += u'\n';
    }
    return out;
}

QString ScorecardReport::html(const Evaluation &evaluation)
{
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    const ScorecardResult &result = evaluation.result;
    QString out = QStringLiteral("<h3>%1</h3>\n<table>\n")
                      .arg(esc(tr("Scorecard: %1").arg(formTitle(evaluation.form))));
    const auto row = [&](const QString &label, const QString &value, bool alarm = false) {
        out += QStringLiteral("<tr><th>%1</th><td%3>%2</td></tr>\n")
                   .arg(esc(label), esc(value),
                        alarm ? QStringLiteral(" style=\"color:#b00020\"") : QString());
    };
    row(tr("Total score"), percent(result.score));
    row(tr("Critical score"), percent(result.criticalScore));
    for (const QString &id : result.fatal) {
        const ScorecardQuestion *question = evaluation.form.question(id);
        row(tr("Fatal"), question ? question->text : id, true);
    }
    out += QStringLiteral("</table>\n");
    for (int g = 0; g < evaluation.form.groups.size(); ++g) {
        const ScorecardForm::Group &group = evaluation.form.groups.at(g);
        const std::optional<double> score =
            g < result.groups.size() ? result.groups.at(g).score : std::nullopt;
        out += QStringLiteral("<h4>%1 — %2</h4>\n<ul>\n").arg(esc(group.name), esc(percent(score)));
        for (const ScorecardQuestion &question : group.questions) {
            out += QStringLiteral("<li>%1: <b>%2</b>")
                       .arg(esc(question.text), esc(answerText(question, evaluation.answers)));
            if (const QString comment = evaluation.answers.comment(question.id); !comment.isEmpty())
                out += QStringLiteral(" — ") + esc(comment);
            out += QStringLiteral("</li>\n");
        }
        out += QStringLiteral("</ul>\n");
    }
    return out;
}

QStringList ScorecardReport::csvHeader()
{
    return {tr("Scorecard"), tr("Scorecard score"), tr("Critical score"), tr("Fatal")};
}

QStringList ScorecardReport::csvFields(const Evaluation *evaluation)
{
    if (!evaluation)
        return {QString(), QString(), QString(), QString()};
    const auto fraction = [](const std::optional<double> &score) {
        return score ? QString::number(*score, 'f', 4) : QString();
    };
    return {formTitle(evaluation->form), fraction(evaluation->result.score),
            fraction(evaluation->result.criticalScore),
            evaluation->result.fatal.join(QStringLiteral(" "))};
}
