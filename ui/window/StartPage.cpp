#include "window/StartPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_addKey(new QPushButton(tr("Add API &Key…"), this))
    , m_demo(new QPushButton(tr("Open &Demo Call"), this))
    , m_open(new QPushButton(tr("&Open Saved Call…"), this))
    , m_browse(new QPushButton(tr("&Browse Assistants…"), this))
{
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setMinimumWidth(260);

    // One above the other: the page stays narrow enough for the metadata and player beside it
    // on a small screen.
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_addKey, m_demo, m_open, m_browse})
        buttons->addWidget(button, 0, Qt::AlignLeft);

    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addSpacing(6);
    column->addWidget(m_body);
    column->addSpacing(12);
    column->addLayout(buttons);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    // Stretches rather than alignment: a word-wrapped label needs the layout's
    // height-for-width, which an aligned widget does not get.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 4);
    row->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_addKey, &QPushButton::clicked, this, &StartPage::settingsRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_browse, &QPushButton::clicked, this, &StartPage::browseRequested);
    setKeyState(false, true, QString());
}

void StartPage::setKeyState(bool hasKey, bool loading, const QString &keychainError)
{
    m_addKey->setVisible(!hasKey && !loading);
    m_addKey->setDefault(!hasKey && !loading);
    m_browse->setVisible(hasKey || loading); // listing needs the key too
    if (hasKey || loading) {
        m_title->setText(tr("Review a call"));
        m_body->setText(tr("Paste a call ID into the field above (Ctrl+L) and press Enter. "
                           "A whole pasted line is fine: the ID is picked out of it. No ID? "
                           "Browse an assistant's calls (Ctrl+B).\n\n"
                           "You can also open a saved API response (Ctrl+O), drop a .json file "
                           "here, or look around in the demo call."));
        return;
    }
    QString body = tr("To fetch calls from Anunzi, Call Review needs your API key. Add it with "
                      "Add API Key (it is kept in the system keychain), or start Call Review "
                      "with the ANUNZI_API_KEY environment variable set.");
    if (!keychainError.isEmpty())
        body += u"\n\n"
            + tr("Note: %1 A key you add now is kept for this session only.").arg(keychainError);
    body += u"\n\n" + tr("No key at hand? The demo call shows everything the window can do.");
    m_title->setText(tr("Add your API key to begin"));
    m_body->setText(body);
}

QString StartPage::text() const
{
    return m_title->text() + u'\n' + m_body->text();
}
