#include "player/RecordingCredentialsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

RecordingCredentialsDialog::RecordingCredentialsDialog(const TwilioCredentials &current,
                                                       QWidget *parent)
    : QDialog(parent)
    , m_sid(new QLineEdit(current.accountSid, this))
    , m_token(new QLineEdit(current.authToken, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Recording Credentials"));
    auto *intro = new QLabel(
        tr("Some Twilio accounts protect recordings with HTTP Basic authentication. Call Review "
           "sends these credentials only to %1, and only when it asks for them. They are kept "
           "in the system keychain.")
            .arg(TwilioCredentials::origin().host()),
        this);
    intro->setWordWrap(true);
    m_sid->setPlaceholderText(QStringLiteral("AC…"));
    m_token->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Account &SID:"), m_sid);
    form->addRow(tr("Auth &Token:"), m_token);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

TwilioCredentials RecordingCredentialsDialog::credentials() const
{
    return {m_sid->text().trimmed(), m_token->text().trimmed()};
}

void RecordingCredentialsDialog::accept()
{
    QString error;
    if (!TwilioCredentials::isPlausible(credentials(), &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}
