#include "review/ReviewMergeDialog.h"

#include "format/CallFormatting.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int mineId = 0;
constexpr int theirsId = 1;

int idOf(ReviewMerge::Side side)
{
    return side == ReviewMerge::Side::Mine ? mineId : theirsId;
}

} // namespace

ReviewMergeDialog::ReviewMergeDialog(const ReviewMerge &merge, QWidget *parent)
    : QDialog(parent)
    , m_merge(merge)
{
    setWindowTitle(tr("Merge Changes to the Review of Call %1").arg(m_merge.theirs().callId));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("%1 while you were editing this review. Nothing of yours is saved yet and nothing "
           "of theirs is overwritten: choose what the review keeps.")
            .arg(theirsTitle()),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    // What only one side changed is merged already: named, not asked.
    QStringList automatic;
    for (const ReviewMerge::FieldChoice &choice : m_merge.fields()) {
        if (!choice.conflicting)
            automatic.append(choice.side == ReviewMerge::Side::Mine
                                 ? tr("%1 (yours)").arg(ReviewMerge::fieldName(choice.field))
                                 : tr("%1 (theirs)").arg(ReviewMerge::fieldName(choice.field)));
    }
    const auto automaticFlags =
        std::count_if(m_merge.flags().cbegin(), m_merge.flags().cend(),
                      [](const ReviewMerge::FlagChoice &choice) { return !choice.conflicting; });
    if (automaticFlags > 0)
        automatic.append(tr("flags (%1)").arg(automaticFlags)); // no plural: a count
    if (!automatic.isEmpty()) {
        auto *note = new QLabel(tr("Changed on one side only, merged already: %1.")
                                    .arg(automatic.join(QStringLiteral(", "))),
                                this);
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
        layout->addWidget(note);
    }

    auto *grid = new QGridLayout;
    addFields(grid);
    layout->addLayout(grid);
    addFlags();
    if (m_flags) {
        auto *label = new QLabel(tr("&Flags to keep (yours and theirs are both kept unless you "
                                    "untick one):"),
                                 this);
        label->setWordWrap(true);
        label->setBuddy(m_flags);
        layout->addWidget(label);
        layout->addWidget(m_flags, 1);
    }

    auto *all = new QHBoxLayout;
    auto *keepMine = new QPushButton(tr("Keep &Mine for All"), this);
    auto *takeTheirs = new QPushButton(tr("Take &Theirs for All"), this);
    keepMine->setObjectName(QStringLiteral("keepMineForAll"));
    takeTheirs->setObjectName(QStringLiteral("takeTheirsForAll"));
    keepMine->setAutoDefault(false);
    takeTheirs->setAutoDefault(false);
    all->addWidget(keepMine);
    all->addWidget(takeTheirs);
    all->addStretch(1);
    layout->addLayout(all);
    connect(keepMine, &QPushButton::clicked, this, [this] { chooseAll(ReviewMerge::Side::Mine); });
    connect(takeTheirs, &QPushButton::clicked, this,
            [this] { chooseAll(ReviewMerge::Side::Theirs); });

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("&Save Merged"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveMerged"));
    save->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setToolTip(tr("Your changes stay in the review panel, not saved."));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    showChoices();
    // The first choice has the focus, so the keyboard starts where the decisions are.
    if (!m_groups.isEmpty()) {
        for (const ReviewMerge::FieldChoice &choice : m_merge.fields()) {
            if (choice.conflicting) {
                m_groups.value(int(choice.field))->checkedButton()->setFocus();
                break;
            }
        }
    } else if (m_flags) {
        m_flags->setFocus();
    }
}

QString ReviewMergeDialog::theirsTitle() const
{
    const Review &theirs = m_merge.theirs();
    const QString who = theirs.reviewer.isEmpty() ? tr("Another reviewer") : theirs.reviewer;
    return theirs.reviewedAt.isValid()
        ? tr("Saved by %1 at %2").arg(who, CallFormatting::dateTime(theirs.reviewedAt))
        : tr("Saved by %1").arg(who);
}

void ReviewMergeDialog::addFields(QGridLayout *grid)
{
    bool any = false;
    int row = 1;
    for (const ReviewMerge::FieldChoice &choice : m_merge.fields()) {
        if (!choice.conflicting)
            continue;
        any = true;
        const ReviewMerge::Field field = choice.field;
        auto *group = new QButtonGroup(this);
        m_groups.insert(int(field), group);
        auto *label = new QLabel(ReviewMerge::fieldName(field) + u':', this);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        for (const ReviewMerge::Side side : {ReviewMerge::Side::Mine, ReviewMerge::Side::Theirs}) {
            const Review &review =
                side == ReviewMerge::Side::Mine ? m_merge.mine() : m_merge.theirs();
            const QString value = ReviewMerge::valueText(review, field);
            const int column = side == ReviewMerge::Side::Mine ? 1 : 2;
            QRadioButton *radio = nullptr;
            if (field == ReviewMerge::Field::Summary) {
                // A summary may be long: the text beside its radio, read-only.
                radio = new QRadioButton(side == ReviewMerge::Side::Mine ? tr("Your summary")
                                                                         : tr("Their summary"),
                                         this);
                auto *text = new QPlainTextEdit(review.summary, this);
                text->setReadOnly(true);
                text->setTabChangesFocus(true);
                text->setPlaceholderText(value);
                text->setMaximumHeight(fontMetrics().lineSpacing() * 6);
                auto *cell = new QVBoxLayout;
                cell->addWidget(radio);
                cell->addWidget(text);
                grid->addLayout(cell, row, column);
            } else {
                radio = new QRadioButton(value, this);
                grid->addWidget(radio, row, column);
            }
            radio->setObjectName((side == ReviewMerge::Side::Mine ? QStringLiteral("mine-")
                                                                  : QStringLiteral("theirs-"))
                                 + QString::number(int(field)));
            group->addButton(radio, idOf(side));
            if (side == ReviewMerge::Side::Mine)
                label->setBuddy(radio);
        }
        connect(group, &QButtonGroup::idToggled, this, [this, field](int id, bool checked) {
            if (checked && !m_showing)
                m_merge.choose(field,
                               id == mineId ? ReviewMerge::Side::Mine : ReviewMerge::Side::Theirs);
        });
        ++row;
    }
    if (!any)
        return;
    auto *yours = new QLabel(tr("Yours"), this);
    auto *theirs = new QLabel(theirsTitle(), this);
    QFont bold = font();
    bold.setBold(true);
    for (QLabel *header : {yours, theirs}) {
        header->setFont(bold);
        header->setTextFormat(Qt::PlainText);
        header->setWordWrap(true);
    }
    grid->addWidget(yours, 0, 1);
    grid->addWidget(theirs, 0, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
}

QString ReviewMergeDialog::flagText(const ReviewMerge::FlagChoice &choice)
{
    QString text = choice.side == ReviewMerge::Side::Mine ? tr("Yours: ") : tr("Theirs: ");
    text += tr("Turn %1 · %2").arg(choice.flag.turnIndex + 1).arg(choice.flag.category);
    if (!choice.flag.comment.isEmpty())
        text += QStringLiteral(" — ") + choice.flag.comment;
    switch (choice.kind) {
    case ReviewMerge::FlagChoice::Kind::Changed:
        text += u' ' + tr("(changed on both sides)");
        break;
    case ReviewMerge::FlagChoice::Kind::OnlyMine:
        text += u' ' + tr("(not in theirs)");
        break;
    case ReviewMerge::FlagChoice::Kind::OnlyTheirs:
        text += u' ' + tr("(not in yours)");
        break;
    }
    return text;
}

void ReviewMergeDialog::addFlags()
{
    const QList<ReviewMerge::FlagChoice> &flags = m_merge.flags();
    for (int i = 0; i < flags.size(); ++i) {
        if (!flags.at(i).conflicting)
            continue;
        if (!m_flags) {
            m_flags = new QListWidget(this);
            m_flags->setObjectName(QStringLiteral("flags"));
        }
        auto *item = new QListWidgetItem(flagText(flags.at(i)), m_flags);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setData(Qt::UserRole, i);
        item->setToolTip(flags.at(i).flag.quote.left(500));
    }
    if (!m_flags)
        return;
    m_flags->setCurrentRow(0);
    connect(m_flags, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_showing)
            m_merge.keepFlag(item->data(Qt::UserRole).toInt(), item->checkState() == Qt::Checked);
    });
}

void ReviewMergeDialog::chooseAll(ReviewMerge::Side side)
{
    m_merge.chooseAll(side);
    showChoices();
}

void ReviewMergeDialog::showChoices()
{
    m_showing = true;
    for (const ReviewMerge::FieldChoice &choice : m_merge.fields()) {
        if (QButtonGroup *group = m_groups.value(int(choice.field)))
            group->button(idOf(choice.side))->setChecked(true);
    }
    if (m_flags) {
        for (int row = 0; row < m_flags->count(); ++row) {
            QListWidgetItem *item = m_flags->item(row);
            const int index = item->data(Qt::UserRole).toInt();
            item->setCheckState(m_merge.flags().at(index).keep ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_showing = false;
}

void ReviewMergeDialog::setLeavingCall(bool leaving)
{
    m_cancel->setText(leaving ? tr("&Discard My Changes") : tr("Cancel"));
    m_cancel->setToolTip(leaving ? tr("Another call is being opened: your changes to this "
                                      "review are dropped, theirs stay.")
                                 : tr("Your changes stay in the review panel, not saved."));
}

QAbstractButton *ReviewMergeDialog::sideButton(ReviewMerge::Field field,
                                               ReviewMerge::Side side) const
{
    const QButtonGroup *group = m_groups.value(int(field));
    return group ? group->button(idOf(side)) : nullptr;
}
