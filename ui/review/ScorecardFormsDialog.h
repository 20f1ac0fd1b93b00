#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class ScorecardStore;

// Review > Scorecard Forms…: the stored forms and their versions, Import… (a form's JSON file;
// a problem is shown with its JSON path) and Export… of the selected version. A published
// version never changes: importing a changed form under the same name stores the next version,
// and the answers already given keep pointing at the version they were given with.
class ScorecardFormsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScorecardFormsDialog(const ScorecardStore *store, QWidget *parent = nullptr);

    // What Import… and Export… do once a file is chosen; true when done. The message line says
    // what happened either way.
    bool importFile(const QString &path);
    bool exportSelected(const QString &path);

    QTreeWidget *list() const { return m_list; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void formsChanged();

private:
    void showForms();
    void updateButtons();

    const ScorecardStore *m_store;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_import;
    QPushButton *m_export;
};
