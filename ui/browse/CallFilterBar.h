#pragma once

#include "browse/CallFilter.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

// The local filters of the call table: text, end reason, duration range, recording.
// Typing is debounced so a fast typist does not refilter 10,000 rows per key.
class CallFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CallFilterBar(QWidget *parent = nullptr);

    CallFilter filter() const;
    void setFilter(const CallFilter &filter); // does not emit filterChanged
    // code -> words; the current choice is kept (even when not yet seen in this list).
    void setEndReasons(const QHash<QString, QString> &reasons);
    QLineEdit *textEdit() const { return m_text; }

signals:
    void filterChanged(const CallFilter &filter);

private:
    void emitChanged();

    QLineEdit *m_text;
    QComboBox *m_endReason;
    QSpinBox *m_minSeconds;
    QSpinBox *m_maxSeconds;
    QComboBox *m_recording;
    QTimer m_debounce;
    bool m_updating = false;
};
