#include "window/PlaybackKeyGuard.h"

#include "transcript/TranscriptView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QTabBar>

PlaybackKeyGuard::PlaybackKeyGuard(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

PlaybackKeyGuard::~PlaybackKeyGuard()
{
    qApp->removeEventFilter(this);
}

bool PlaybackKeyGuard::keepsKey(const QWidget *focus, int key, Qt::KeyboardModifiers modifiers)
{
    if (!focus || (modifiers & ~(Qt::ShiftModifier | Qt::KeypadModifier)))
        return false;
    switch (key) {
    case Qt::Key_Space:
        return qobject_cast<const QAbstractButton *>(focus)
            || qobject_cast<const QComboBox *>(focus)
            || (qobject_cast<const QAbstractItemView *>(focus)
                && !qobject_cast<const TranscriptView *>(focus));
    case Qt::Key_Left:
    case Qt::Key_Right:
        // The transcript is a vertical list: ←/→ there mean nothing but playback.
        return qobject_cast<const QAbstractSlider *>(focus) || qobject_cast<const QTabBar *>(focus)
            || (qobject_cast<const QAbstractItemView *>(focus)
                && !qobject_cast<const TranscriptView *>(focus));
    default:
        return false;
    }
}

bool PlaybackKeyGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        const auto *key = static_cast<QKeyEvent *>(event);
        if (widget->window() == m_window && keepsKey(widget, key->key(), key->modifiers())) {
            event->accept(); // the key goes to the widget as a key press
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
