#pragma once

#include <QObject>

class QWidget;

// The player's single-key shortcuts (Space, ←/→, Shift+←/→, [, ], M) are window-wide. Text
// fields already keep those keys (they claim them through ShortcutOverride); this gives the
// same to the widgets whose keys a user expects to keep: a focused button or check box
// (Space presses it), a list or table other than the transcript (Space, ←/→ move in it), a
// combo box, tab bar or slider. Installed on the application, acts only on `window`.
class PlaybackKeyGuard : public QObject
{
    Q_OBJECT

public:
    explicit PlaybackKeyGuard(QWidget *window);
    ~PlaybackKeyGuard() override;

    // True when `focus` should get the key itself instead of the playback shortcut.
    static bool keepsKey(const QWidget *focus, int key, Qt::KeyboardModifiers modifiers);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};
