#pragma once

#include "model/CallRecord.h"

#include <QPointer>
#include <QWidget>

class AssistantDirectory;
class QFormLayout;
class QLabel;
class QToolButton;

// The fields of one call, read-only and selectable. IDs and phone numbers have a copy button
// that copies the raw value (the phone number as the API gave it, not as displayed).
class MetadataPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataPanel(QWidget *parent = nullptr);

    void showCall(const CallRecord &call);
    void clear();
    // Shows the assistant's name for the call's model_id when the directory knows it (the copy
    // button still copies the ID); follows the directory as it fills.
    void setAssistantDirectory(AssistantDirectory *directory);

    // For tests and accessibility: the displayed text of a field, by its name ("callId", ...).
    QString fieldText(const QString &name) const;
    QString copyValue(const QString &name) const;
    QString fieldToolTip(const QString &name) const; // e.g. the end reason's raw code
    void copyField(const QString &name);

signals:
    void copied(const QString &what);

private:
    struct Field
    {
        QString name;
        QString label;
        QLabel *value = nullptr;
        QToolButton *copy = nullptr;
        QString display; // full text shown (a label may elide it)
        QString raw; // what the copy button copies
    };
    Field &addField(const QString &name, const QString &label, bool copyable);
    Field *field(const QString &name);
    const Field *field(const QString &name) const;
    void set(const QString &name, const QString &text, const QString &raw = QString());
    void showAssistant();

    QFormLayout *m_form;
    QLabel *m_heading;
    QLabel *m_empty;
    QWidget *m_fields;
    QList<Field> m_rows;
    QPointer<AssistantDirectory> m_directory;
    QString m_modelId; // of the call shown
};
