#include "widgets/ErrorBanner.h"

#include "transcript/BubblePalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("ErrorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // A glyph in the palette's button text colour: the style's close icon is dark on dark.
    m_dismiss->setText(QStringLiteral("\u2715"));
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAutoRaise(true);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_dismiss);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(m_dismiss, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showError(const QString &message, bool canRetry)
{
    m_error = true;
    m_message->setText(message);
    m_retry->setVisible(canRetry);
    setAccessibleName(tr("Error"));
    applyColours();
    show();
}

void ErrorBanner::showNotice(const QString &message)
{
    m_error = false;
    m_message->setText(message);
    m_retry->hide();
    setAccessibleName(tr("Notice"));
    applyColours();
    show();
}

QString ErrorBanner::message() const
{
    return m_message->text();
}

bool ErrorBanner::canRetry() const
{
    return !m_retry->isHidden();
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void ErrorBanner::applyColours()
{
    // A tint of the window colour (red for errors), so WindowText stays readable in any theme.
    QPalette p = parentWidget() ? parentWidget()->palette() : palette();
    const QColor window = p.color(QPalette::Window);
    const QColor tint = m_error ? QColor(0xd0, 0x30, 0x30) : p.color(QPalette::Highlight);
    p.setColor(QPalette::Window, BubblePalette::mix(window, tint, m_error ? 0.22 : 0.16));
    const QSignalBlocker blocker(this);
    setPalette(p);
}
