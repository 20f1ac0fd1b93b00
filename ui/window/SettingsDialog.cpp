#include "window/SettingsDialog.h"

#include "api/ApiAccess.h"
#include "api/ApiEndpoint.h"
#include "api/ApiKeyStore.h"
#include "api/CallLoader.h"
#include "api/ConnectionTester.h"
#include "settings/AppSettings.h"
#include "storage/ReviewDatabase.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(CallLoader *loader, QWidget *parent)
    : QDialog(parent)
    , m_loader(loader)
    , m_tester(new ConnectionTester(loader->network(), this))
    , m_base(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_deadAir(new QDoubleSpinBox(this))
    , m_keyState(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_remove(new QPushButton(tr("&Remove Key"), this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_result(new QLabel(this))
    , m_reviewDatabase(new QLineEdit(this))
    , m_reviewerName(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    m_base->setPlaceholderText(ApiEndpoint::defaultBase.toString());
    m_timeout->setRange(1, ApiAccess::maxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_deadAir->setRange(AppSettings::minDeadAirMs / 1000.0, AppSettings::maxDeadAirMs / 1000.0);
    m_deadAir->setDecimals(1);
    m_deadAir->setSingleStep(0.5);
    m_deadAir->setSuffix(tr(" s"));
    m_deadAir->setValue(AppSettings::defaultDeadAirMs / 1000.0);
    m_deadAir->setToolTip(tr("A silence at least this long before a turn is reported as dead "
                             "air in the timing findings."));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste a new key to replace the current one"));
    m_key->setAccessibleName(tr("New API key"));
    m_reviewDatabase->setPlaceholderText(tr("Empty: this computer only (SQLite)"));
    m_reviewDatabase->setToolTip(
        tr("A team's PostgreSQL database, as postgresql://USER@HOST:PORT/DATABASE?sslmode=require. "
           "No password here: it comes from the system keychain or PGPASSFILE/~/.pgpass. Takes "
           "effect the next time Call Review starts."));
    m_reviewerName->setPlaceholderText(tr("Your name (required with a shared database)"));
    m_keyState->setWordWrap(true);
    m_keyState->setTextFormat(Qt::PlainText);
    for (QLabel *label : {m_result, m_error}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_error->hide();
    createLayout();
    connectParts();
    updateKeyState();
}

void SettingsDialog::createLayout()
{
    auto *form = new QFormLayout;
    form->addRow(tr("API &base URL:"), m_base);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("&Dead air from:"), m_deadAir);
    form->addRow(tr("API key:"), m_keyState);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_remove);
    auto *keyLabel = new QLabel(tr("New &key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyRow);
    form->addRow(tr("Shared review &database:"), m_reviewDatabase);
    form->addRow(tr("Revie&wer name:"), m_reviewerName);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
}

void SettingsDialog::connectParts()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_removeKey = true;
        m_key->clear();
        updateKeyState();
    });
    connect(m_tester, &ConnectionTester::finished, this, [this](bool ok, const QString &message) {
        m_test->setEnabled(true);
        m_result->setText((ok ? tr("✓ ") : tr("✗ ")) + message);
    });
}

void SettingsDialog::updateKeyState()
{
    using Source = CallLoader::KeySource;
    const QString masked = CallLoader::maskedKey(m_loader->apiKey());
    QString state;
    if (m_removeKey) {
        state = tr("Will be removed when you press OK.");
    } else {
        switch (m_loader->keySource()) {
        case Source::None:
            state = m_loader->keychainError().isEmpty()
                ? tr("None. Paste your Anunzi API key below.")
                : tr("None. %1 A key you paste below is kept for this session only.")
                      .arg(m_loader->keychainError());
            break;
        case Source::Environment:
            state = tr("%1, from the ANUNZI_API_KEY environment variable.").arg(masked);
            break;
        case Source::Keychain:
            state = tr("%1, stored in the system keychain.").arg(masked);
            break;
        case Source::Session:
            state =
                tr("%1, for this session only (the system keychain is not available).").arg(masked);
            break;
        }
    }
    m_keyState->setText(state);
    m_remove->setEnabled(!m_removeKey && m_loader->hasKey()
                         && m_loader->keySource() != Source::Environment);
}

void SettingsDialog::setApiBase(const QString &base)
{
    m_base->setText(base);
}

QString SettingsDialog::apiBase() const
{
    const QString base = m_base->text().trimmed();
    return base.isEmpty() ? ApiEndpoint::defaultBase.toString() : base;
}

void SettingsDialog::setTimeoutSeconds(int seconds)
{
    m_timeout->setValue(seconds);
}

int SettingsDialog::timeoutSeconds() const
{
    return m_timeout->value();
}

void SettingsDialog::setDeadAirMs(int ms)
{
    m_deadAir->setValue(ms / 1000.0);
}

int SettingsDialog::deadAirMs() const
{
    return int(qRound(m_deadAir->value() * 1000.0));
}

QString SettingsDialog::newKey() const
{
    return m_key->text().trimmed();
}

QString SettingsDialog::testResult() const
{
    return m_result->text();
}

void SettingsDialog::testConnection()
{
    const QString key = newKey().isEmpty() && !m_removeKey ? m_loader->apiKey() : newKey();
    m_test->setEnabled(false);
    m_result->setText(tr("Testing…"));
    m_tester->test(apiBase(), key, timeoutSeconds());
}

void SettingsDialog::accept()
{
    QString error;
    if (!ApiEndpoint::parseBase(apiBase(), &error).isValid()) {
        m_error->setText(error);
        m_error->show();
        m_base->setFocus();
        return;
    }
    if (!newKey().isEmpty() && !ApiKeyStore::isPlausibleKey(newKey(), &error)) {
        m_error->setText(error);
        m_error->show();
        m_key->setFocus();
        return;
    }
    const ReviewDatabase::Parsed database = ReviewDatabase::parse(reviewDatabase(), QString());
    if (!database.ok()) {
        m_error->setText(database.error);
        m_error->show();
        m_reviewDatabase->setFocus();
        return;
    }
    if (database.database.isShared() && reviewerName().isEmpty()) {
        m_error->setText(tr("A shared review database needs your name: every change there "
                            "records who made it."));
        m_error->show();
        m_reviewerName->setFocus();
        return;
    }
    m_tester->cancel();
    QDialog::accept();
}

void SettingsDialog::setReviewDatabase(const QString &url)
{
    m_reviewDatabase->setText(url);
}

QString SettingsDialog::reviewDatabase() const
{
    return m_reviewDatabase->text().trimmed();
}

void SettingsDialog::setReviewerName(const QString &name)
{
    m_reviewerName->setText(name);
}

QString SettingsDialog::reviewerName() const
{
    return m_reviewerName->text().trimmed();
}
