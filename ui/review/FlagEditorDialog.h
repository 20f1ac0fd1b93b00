#pragma once

#include "review/ReviewCategory.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

// Asks for a flag's category and optional comment, for one turn.
class FlagEditorDialog : public QDialog
{
    Q_OBJECT

public:
    FlagEditorDialog(int turnIndex, const QList<ReviewCategory> &categories,
                     QWidget *parent = nullptr);

    void setCategory(const QString &name);
    QString category() const;
    void setComment(const QString &comment);
    QString comment() const;

private:
    QComboBox *m_category;
    QLineEdit *m_comment;
};
