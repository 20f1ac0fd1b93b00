#include "review/FlagEditorDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

FlagEditorDialog::FlagEditorDialog(int turnIndex, const QList<ReviewCategory> &categories,
                                   QWidget *parent)
    : QDialog(parent)
    , m_category(new QComboBox(this))
    , m_comment(new QLineEdit(this))
{
    setWindowTitle(tr("Flag Turn %1").arg(turnIndex + 1));
    for (const ReviewCategory &category : categories)
        m_category->addItem(category.name);
    m_comment->setPlaceholderText(tr("Optional: what went wrong"));
    m_comment->setMaxLength(2000);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Flag"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!categories.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("C&omment:"), m_comment);
    form->addRow(buttons);
    m_comment->setFocus();
}

void FlagEditorDialog::setCategory(const QString &name)
{
    const int index = m_category->findText(name);
    if (index >= 0) {
        m_category->setCurrentIndex(index);
    } else if (!name.isEmpty()) {
        // A category renamed or removed since the flag was set stays selectable.
        m_category->addItem(name);
        m_category->setCurrentIndex(m_category->count() - 1);
    }
}

QString FlagEditorDialog::category() const
{
    return m_category->currentText();
}

void FlagEditorDialog::setComment(const QString &comment)
{
    m_comment->setText(comment);
}

QString FlagEditorDialog::comment() const
{
    return m_comment->text().trimmed();
}
