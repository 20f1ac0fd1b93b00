#include "ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this)) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    hide();
}

void ErrorBanner::showError(const QString &message, bool canRetry) {
    m_text->setText(message);
    m_retry->setVisible(canRetry);
    show();
}

QString ErrorBanner::message() const {
    return m_text->text();
}
