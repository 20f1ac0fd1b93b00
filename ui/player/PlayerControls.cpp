#include "player/PlayerControls.h"

#include "format/CallFormatting.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <limits>

namespace {

QToolButton *makeButton(QWidget *parent, QStyle::StandardPixmap icon, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setProperty("standardIcon", int(icon));
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

QString clock(qint64 ms)
{
    return CallFormatting::duration(qMax<qint64>(0, ms) / 1000);
}

} // namespace

PlayerControls::PlayerControls(QWidget *parent)
    : QWidget(parent)
    , m_playPause(makeButton(this, QStyle::SP_MediaPlay, tr("Play (Space)")))
    , m_seek(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_speed(new QComboBox(this))
    , m_mute(makeButton(this, QStyle::SP_MediaVolume, tr("Mute (M)")))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_back15(makeButton(this, QStyle::SP_MediaSeekBackward, tr("Back 15 s (Shift+←)")))
    , m_back5(makeButton(this, QStyle::SP_MediaSkipBackward, tr("Back 5 s (←)")))
    , m_forward5(makeButton(this, QStyle::SP_MediaSkipForward, tr("Forward 5 s (→)")))
    , m_forward15(makeButton(this, QStyle::SP_MediaSeekForward, tr("Forward 15 s (Shift+→)")))
{
    m_seek->setRange(0, 0);
    m_seek->setAccessibleName(tr("Position"));
    m_time->setTextFormat(Qt::PlainText);
    m_time->setObjectName(QStringLiteral("positionLabel"));
    // The position is what a supervisor looks for: larger and bold, readable at a glance.
    QFont timeFont = m_time->font();
    timeFont.setPointSizeF(timeFont.pointSizeF() * 1.2);
    timeFont.setBold(true);
    m_time->setFont(timeFont);
    m_time->setMinimumWidth(
        m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 / 00:00:00")));
    for (const qreal speed : speeds())
        m_speed->addItem(tr("%L1×").arg(speed), speed);
    m_speed->setToolTip(tr("Playback speed ([ slower, ] faster)"));
    setSpeed(1.0);
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setMaximumWidth(100);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume"));
    m_volume->setMinimumWidth(60);
    showTime(0);
    createLayout();
    connectParts();
    refreshIcons();
}

QIcon PlayerControls::tintedIcon(QStyle::StandardPixmap kind) const
{
    // The style's media icons are dark grey whatever the palette: drawn in the palette's button
    // text colour they stay visible in the dark theme too.
    const QIcon base = style()->standardIcon(kind, nullptr, this);
    QIcon tinted;
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
        const QColor color = palette().color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        for (const int extent : {16, 24, 32}) {
            QPixmap pixmap = base.pixmap(extent);
            QPainter painter(&pixmap);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), color);
            painter.end();
            tinted.addPixmap(pixmap, mode);
        }
    }
    return tinted;
}

void PlayerControls::refreshIcons()
{
    for (QToolButton *button : findChildren<QToolButton *>()) {
        const QVariant kind = button->property("standardIcon");
        if (kind.isValid())
            button->setIcon(tintedIcon(QStyle::StandardPixmap(kind.toInt())));
    }
}

void PlayerControls::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        refreshIcons();
}

void PlayerControls::createLayout()
{
    // Two rows: the seek bar needs the column's whole width to be usable in a narrow panel.
    auto *seekRow = new QHBoxLayout;
    seekRow->addWidget(m_seek, 1);
    seekRow->addWidget(m_time);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_playPause);
    buttonRow->addWidget(m_back15);
    buttonRow->addWidget(m_back5);
    buttonRow->addWidget(m_forward5);
    buttonRow->addWidget(m_forward15);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_speed);
    buttonRow->addWidget(m_mute);
    buttonRow->addWidget(m_volume);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(seekRow);
    layout->addLayout(buttonRow);
}

void PlayerControls::connectParts()
{
    connect(m_playPause, &QToolButton::clicked, this, &PlayerControls::playPauseClicked);
    connect(m_back15, &QToolButton::clicked, this, [this] { emit skipClicked(-15000); });
    connect(m_back5, &QToolButton::clicked, this, [this] { emit skipClicked(-5000); });
    connect(m_forward5, &QToolButton::clicked, this, [this] { emit skipClicked(5000); });
    connect(m_forward15, &QToolButton::clicked, this, [this] { emit skipClicked(15000); });
    // While dragging only the time label follows; the seek happens on release (or on a click
    // or key press on the bar, which move it without dragging).
    connect(m_seek, &QSlider::sliderMoved, this, [this](int value) { showTime(value); });
    connect(m_seek, &QSlider::sliderReleased, this,
            [this] { emit seekRequested(m_seek->value()); });
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && !m_seek->isSliderDown())
            emit seekRequested(m_seek->sliderPosition());
    });
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { emit speedChosen(m_speed->itemData(index).toReal()); });
    connect(m_mute, &QToolButton::clicked, this, &PlayerControls::muteClicked);
    connect(m_volume, &QSlider::valueChanged, this, &PlayerControls::volumeChosen);
}

QList<qreal> PlayerControls::speeds()
{
    return {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};
}

void PlayerControls::setPlaying(bool playing)
{
    const QStyle::StandardPixmap kind = playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay;
    m_playPause->setProperty("standardIcon", int(kind));
    m_playPause->setIcon(tintedIcon(kind));
    m_playPause->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
}

void PlayerControls::setDuration(qint64 ms)
{
    m_durationMs = qMax<qint64>(0, ms);
    m_seek->setRange(0, int(qMin<qint64>(m_durationMs, std::numeric_limits<int>::max())));
    m_seek->setSingleStep(5000);
    m_seek->setPageStep(15000);
    if (!isSeeking())
        showTime(m_seek->value());
}

void PlayerControls::setPosition(qint64 ms)
{
    if (isSeeking())
        return; // the user is dragging: the bar stays under the mouse
    const QSignalBlocker blocker(m_seek);
    m_seek->setValue(int(qBound(qint64(0), ms, qint64(m_seek->maximum()))));
    showTime(ms);
}

void PlayerControls::setSpeed(qreal speed)
{
    const int index = m_speed->findData(speed);
    if (index >= 0)
        m_speed->setCurrentIndex(index);
}

void PlayerControls::setMuted(bool muted)
{
    const QStyle::StandardPixmap kind =
        muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume;
    m_mute->setProperty("standardIcon", int(kind));
    m_mute->setIcon(tintedIcon(kind));
    m_mute->setToolTip(muted ? tr("Unmute (M)") : tr("Mute (M)"));
}

void PlayerControls::setVolume(int percent)
{
    const QSignalBlocker blocker(m_volume);
    m_volume->setValue(percent);
}

bool PlayerControls::isSeeking() const
{
    return m_seek->isSliderDown();
}

void PlayerControls::showTime(qint64 ms)
{
    m_time->setText(tr("%1 / %2").arg(clock(ms), clock(m_durationMs)));
}
