#pragma once

#include "recording/TwilioCredentials.h"

#include <QDialog>

class QLabel;
class QLineEdit;

// Asks for the Twilio Account SID and Auth Token that some accounts require on recording URLs.
class RecordingCredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordingCredentialsDialog(const TwilioCredentials &current,
                                        QWidget *parent = nullptr);

    TwilioCredentials credentials() const;

    void accept() override;

private:
    QLineEdit *m_sid;
    QLineEdit *m_token;
    QLabel *m_error;
};
