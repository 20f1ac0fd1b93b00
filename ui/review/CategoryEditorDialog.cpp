#include "review/CategoryEditorDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int keyRole = Qt::UserRole + 1;
}

CategoryEditorDialog::CategoryEditorDialog(const QList<ReviewCategory> &categories, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Flag Categories"));
    for (const ReviewCategory &category : categories) {
        auto *item = new QListWidgetItem(category.name, m_list);
        item->setData(keyRole, category.key);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *up = new QPushButton(tr("Move &Up"), this);
    auto *down = new QPushButton(tr("Move &Down"), this);
    connect(add, &QPushButton::clicked, this, &CategoryEditorDialog::addCategory);
    connect(remove, &QPushButton::clicked, this, &CategoryEditorDialog::removeSelected);
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(+1); });

    auto *side = new QVBoxLayout;
    for (QPushButton *button : {add, remove, up, down})
        side->addWidget(button);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
}

QList<ReviewCategory> CategoryEditorDialog::categories() const
{
    QList<ReviewCategory> result;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        result.append({item->data(keyRole).toString(), item->text().trimmed()});
    }
    return result;
}

void CategoryEditorDialog::addCategory()
{
    auto *item = new QListWidgetItem(tr("New category"), m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    m_list->editItem(item);
}

void CategoryEditorDialog::removeSelected()
{
    delete m_list->currentItem();
}

void CategoryEditorDialog::moveSelected(int by)
{
    const int row = m_list->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentItem(item);
}
