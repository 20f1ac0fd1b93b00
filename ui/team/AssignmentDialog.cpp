#include "team/AssignmentDialog.h"

#include "assignment/AssignmentStore.h"
#include "findings/Finding.h"
#include "findings/FindingsDetector.h"
#include "review/ReviewStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
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

QSpinBox *secondsBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(-1, 24 * 3600);
    box->setValue(-1);
    box->setSpecialValueText(AssignmentDialog::tr("any"));
    box->setSuffix(AssignmentDialog::tr(" s"));
    return box;
}

} // namespace

AssignmentDialog::AssignmentDialog(ReviewStore *store, const QList<CallRecord> &candidates,
                                   const QString &assistantId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_candidates(candidates)
    , m_assistantId(assistantId)
    , m_size(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_percent(new QDoubleSpinBox(this))
    , m_minimum(new QSpinBox(this))
    , m_useFrom(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-7), this))
    , m_useTo(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_endReasons(new QLineEdit(this))
    , m_minSeconds(secondsBox(this))
    , m_maxSeconds(secondsBox(this))
    , m_finding(new QComboBox(this))
    , m_seed(new QLineEdit(QString::number(QRandomGenerator::global()->bounded(1000000)), this))
    , m_reviewers(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_split(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Assign Calls"));
    // Names for tests and accessibility tools.
    m_size->setObjectName(QStringLiteral("size"));
    m_count->setObjectName(QStringLiteral("count"));
    m_percent->setObjectName(QStringLiteral("percent"));
    m_minimum->setObjectName(QStringLiteral("minimum"));
    m_seed->setObjectName(QStringLiteral("seed"));
    m_reviewers->setObjectName(QStringLiteral("reviewers"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_split->setObjectName(QStringLiteral("split"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("%n call(s) of assistant %1 loaded from List Calls (scroll the browse list to load "
           "more).",
           nullptr, int(m_candidates.size()))
            .arg(m_assistantId.isEmpty() ? tr("(none)") : m_assistantId),
        this));
    layout->addWidget(createRuleForm());

    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_split->setHorizontalHeaderLabels({tr("Reviewer"), tr("Calls"), tr("Call IDs")});
    m_split->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_split->verticalHeader()->hide();
    m_split->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    QPushButton *assignButton = buttons->addButton(tr("&Assign"), QDialogButtonBox::ApplyRole);
    previewButton->setObjectName(QStringLiteral("preview"));
    assignButton->setObjectName(QStringLiteral("assign"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &AssignmentDialog::preview);
    connect(assignButton, &QPushButton::clicked, this, &AssignmentDialog::assign);
    resize(760, 620);
}

QWidget *AssignmentDialog::createRuleForm()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);

    m_size->addItem(tr("A number of calls"));
    m_size->addItem(tr("A percentage of the matching calls"));
    m_count->setRange(0, 100000);
    m_count->setValue(10);
    m_percent->setRange(0, 100);
    m_percent->setValue(10);
    m_percent->setSuffix(tr(" %"));
    m_minimum->setRange(0, 100000);
    m_minimum->setPrefix(tr("at least "));
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size);
    sizeRow->addWidget(m_count);
    sizeRow->addWidget(m_percent);
    sizeRow->addWidget(m_minimum);
    form->addRow(tr("&Sample:"), sizeRow);
    auto updateSize = [this] {
        const bool percent = m_size->currentIndex() == 1;
        m_count->setVisible(!percent);
        m_percent->setVisible(percent);
        m_minimum->setVisible(percent);
    };
    connect(m_size, &QComboBox::currentIndexChanged, this, updateSize);
    updateSize();

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_useFrom);
    dates->addWidget(m_from);
    dates->addWidget(m_useTo);
    dates->addWidget(m_to);
    form->addRow(tr("Dates:"), dates);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);

    m_endReasons->setPlaceholderText(tr("End reason codes separated by commas; empty for any"));
    form->addRow(tr("&End reasons:"), m_endReasons);
    auto *duration = new QHBoxLayout;
    duration->addWidget(m_minSeconds);
    duration->addWidget(new QLabel(tr("to"), box));
    duration->addWidget(m_maxSeconds);
    form->addRow(tr("&Duration:"), duration);

    m_finding->addItem(tr("Any"), QString());
    for (int k = 0; k <= int(Finding::Kind::FirstWord); ++k) {
        const QString key = Finding::kindKey(Finding::Kind(k));
        m_finding->addItem(key, key);
    }
    form->addRow(tr("Has a &finding:"), m_finding);
    m_seed->setToolTip(tr("The same seed and the same calls give the same sample."));
    form->addRow(tr("S&eed:"), m_seed);
    m_reviewers->setPlaceholderText(tr("Names separated by commas"));
    form->addRow(tr("&Reviewers:"), m_reviewers);
    return box;
}

AssignmentRule AssignmentDialog::rule() const
{
    AssignmentRule rule;
    rule.assistantId = m_assistantId;
    rule.size =
        m_size->currentIndex() == 1 ? AssignmentRule::Size::Percent : AssignmentRule::Size::Count;
    rule.count = m_count->value();
    rule.percent = m_percent->value();
    rule.minimum = m_minimum->value();
    if (m_useFrom->isChecked())
        rule.from = m_from->date();
    if (m_useTo->isChecked())
        rule.to = m_to->date();
    rule.endReasons = names(m_endReasons->text());
    rule.minSeconds = m_minSeconds->value();
    rule.maxSeconds = m_maxSeconds->value();
    rule.findingKind = m_finding->currentData().toString();
    rule.seed = m_seed->text().trimmed().toULongLong();
    return rule;
}

void AssignmentDialog::preview()
{
    const auto hasFinding = [](const CallRecord &call, const QString &kind) {
        for (const Finding &finding : FindingsDetector::detect(call)) {
            if (Finding::kindKey(finding.kind) == kind)
                return true;
        }
        return false;
    };
    m_plan = AssignmentPlanner::plan(rule(), m_candidates, names(m_reviewers->text()), hasFinding);
    m_previewed = true;
    QString summary = tr("%1 of %n matching call(s) sampled.", nullptr, int(m_plan.eligible.size()))
                          .arg(m_plan.sample.size());
    if (m_plan.undated > 0)
        summary += u' '
            + tr("%n call(s) without a date were left out by the date range.", nullptr,
                 m_plan.undated);
    if (m_plan.reviewers.isEmpty())
        summary += u' ' + tr("Name at least one reviewer.");
    m_summary->setText(summary);
    m_split->setRowCount(int(m_plan.reviewers.size()));
    for (int row = 0; row < m_plan.reviewers.size(); ++row) {
        const QString &reviewer = m_plan.reviewers.at(row);
        const QStringList calls = m_plan.byReviewer.value(reviewer);
        m_split->setItem(row, 0, new QTableWidgetItem(reviewer));
        m_split->setItem(row, 1, new QTableWidgetItem(QString::number(calls.size())));
        m_split->setItem(row, 2, new QTableWidgetItem(calls.join(QStringLiteral(", "))));
    }
    m_split->resizeColumnsToContents();
}

void AssignmentDialog::assign()
{
    preview(); // what is stored is what the form says now
    QString error;
    const qint64 id =
        AssignmentStore(m_store->connectionName()).assign(rule(), m_plan.byReviewer, &error);
    m_summary->setText(id ? tr("Assigned as batch %1. Each reviewer loads theirs with Review > "
                               "My Assignment.")
                                .arg(id)
                          : tr("Not assigned: %1").arg(error));
}
