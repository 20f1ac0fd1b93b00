#pragma once

#include "review/ReviewMerge.h"

#include <QDialog>
#include <QHash>

class QAbstractButton;
class QButtonGroup;
class QGridLayout;
class QListWidget;
class QPushButton;

// Merging a review another reviewer (or window) saved while the user was editing it: for each
// field both changed, "Yours" beside "Saved by <reviewer> at <time>" with a radio each; the
// flags that differ as a checkable list (both sides kept by default); "Keep Mine for All" /
// "Take Theirs for All"; Save Merged or Cancel (the user's edits stay unsaved in the dock).
// What only one side changed was merged already and is only named. Keyboard: Tab between
// fields, arrows between the two sides, Space ticks a flag.
class ReviewMergeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewMergeDialog(const ReviewMerge &merge, QWidget *parent = nullptr);

    // The merge with the choices made so far, and its result (at the stored version).
    const ReviewMerge &merge() const { return m_merge; }
    Review merged() const { return m_merge.result(); }

    // The call is being left: Cancel then drops the edits, and says so.
    void setLeavingCall(bool leaving);

    // For tests and the buttons: the radio of a field's side (null when the field is not
    // asked), the list of flags asked (item data: index into merge().flags()).
    QAbstractButton *sideButton(ReviewMerge::Field field, ReviewMerge::Side side) const;
    QListWidget *flagList() const { return m_flags; }

private:
    void addFields(QGridLayout *grid);
    void addFlags();
    void chooseAll(ReviewMerge::Side side);
    void showChoices(); // the widgets from m_merge
    QString theirsTitle() const;
    static QString flagText(const ReviewMerge::FlagChoice &choice);

    ReviewMerge m_merge;
    QHash<int, QButtonGroup *> m_groups; // by Field
    QListWidget *m_flags = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_showing = false;
};
