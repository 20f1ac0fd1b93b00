#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMenuBar;

// Help > Keyboard Shortcuts: every menu action that has a key, read from the menu bar itself,
// so a new action with a shortcut appears here with no further change.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Row
    {
        QString menu; // "Playback"
        QString action; // "Follow Playback"
        QString keys; // "Ctrl+J", several joined with ", "
    };
    static QList<Row> rows(const QMenuBar *bar);

    explicit ShortcutsDialog(const QMenuBar *bar, QWidget *parent = nullptr);
};
