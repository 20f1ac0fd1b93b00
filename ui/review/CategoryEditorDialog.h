#pragma once

#include "review/ReviewCategory.h"

#include <QDialog>

class QListWidget;
class QListWidgetItem;

// Edits the set of flag categories: rename in place, add, remove, reorder. Built-in
// categories keep their key when renamed so findings still suggest them.
class CategoryEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CategoryEditorDialog(const QList<ReviewCategory> &categories,
                                  QWidget *parent = nullptr);

    QList<ReviewCategory> categories() const;

private:
    void addCategory();
    void removeSelected();
    void moveSelected(int by);

    QListWidget *m_list;
};
