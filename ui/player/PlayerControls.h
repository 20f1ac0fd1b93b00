#pragma once

#include <QIcon>
#include <QStyle>
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

// The player's buttons and sliders. Holds no player: it shows the state it is given and only
// emits what the user asks for (the pattern of Qt's player example), so the panel decides.
class PlayerControls : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerControls(QWidget *parent = nullptr);

    static QList<qreal> speeds(); // 0.5× … 2×

    void setPlaying(bool playing);
    void setDuration(qint64 ms);
    void setPosition(qint64 ms); // ignored while the user drags the seek bar
    void setSpeed(qreal speed);
    void setMuted(bool muted);
    void setVolume(int percent); // on the slider's (logarithmic) scale

    bool isSeeking() const;
    qint64 duration() const { return m_durationMs; }

signals:
    void playPauseClicked();
    void skipClicked(qint64 deltaMs);
    void seekRequested(qint64 ms);
    void speedChosen(qreal speed);
    void volumeChosen(int percent); // 0..100, perceived loudness
    void muteClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    QIcon tintedIcon(QStyle::StandardPixmap kind) const;
    void refreshIcons(); // after a palette (theme) or style change
    void createLayout();
    void connectParts();
    void showTime(qint64 ms);

    QToolButton *m_playPause;
    QSlider *m_seek;
    QLabel *m_time;
    QComboBox *m_speed;
    QToolButton *m_mute;
    QSlider *m_volume;
    QToolButton *m_back15;
    QToolButton *m_back5;
    QToolButton *m_forward5;
    QToolButton *m_forward15;
    qint64 m_durationMs = 0;
};
