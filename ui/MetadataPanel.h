#pragma once

#include "CallRecord.h"

#include <QWidget>

class QFormLayout;
class QLabel;

// The fields of one call, read-only, selectable.
class MetadataPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataPanel(QWidget *parent = nullptr);

    void showCall(const CallRecord &call);
    void clear();

private:
    QLabel *addRow(QFormLayout *form, const QString &label);

    QLabel *m_callId;
    QLabel *m_assistantId;
    QLabel *m_direction;
    QLabel *m_from;
    QLabel *m_to;
    QLabel *m_name;
    QLabel *m_duration;
    QLabel *m_endReason;
    QLabel *m_recording;
    QLabel *m_turns;
};
