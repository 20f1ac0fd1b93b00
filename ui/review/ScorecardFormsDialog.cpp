#include "review/ScorecardFormsDialog.h"

#include "base/AtomicFileWriter.h"
#include "findings/Finding.h"
#include "scorecards/ScorecardJson.h"
#include "scorecards/ScorecardStore.h"
#include "scorecards/ScorecardSuggestions.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int nameRole = Qt::UserRole + 1;
constexpr int versionRole = Qt::UserRole + 2;

// Every kind the findings have, for checking a form's suggested_by.
QStringList findingKinds()
{
    QStringList kinds;
    for (int kind = 0; kind <= int(Finding::Kind::FirstWord); ++kind)
        kinds.append(Finding::kindKey(Finding::Kind(kind)));
    return kinds;
}

int questionCount(const ScorecardForm &form)
{
    int count = 0;
    for (const ScorecardForm::Group &group : form.groups)
        count += int(group.questions.size());
    return count;
}

} // namespace

ScorecardFormsDialog::ScorecardFormsDialog(const ScorecardStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    setWindowTitle(tr("Scorecard Forms"));
    m_list->setHeaderLabels({tr("Form"), tr("Groups"), tr("Questions")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Scorecard Form"),
                                                          QString(), tr("JSON (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        const QString name = item->data(0, nameRole).toString();
        const QString suggested = QStringLiteral("%1.v%2.json")
                                      .arg(name.simplified().replace(u' ', u'-').toLower())
                                      .arg(item->data(0, versionRole).toInt());
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Scorecard Form"),
                                                          suggested, tr("JSON (*.json)"));
        if (!path.isEmpty())
            exportSelected(path);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ScorecardFormsDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A published version never changes: import a changed form "
                                    "with the same name to make its next version."),
                                 this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, 400);
    showForms();
}

void ScorecardFormsDialog::showForms()
{
    m_list->clear();
    if (!m_store)
        return;
    for (const QString &name : m_store->formNames()) {
        auto *top = new QTreeWidgetItem(m_list, {name});
        const QList<int> versions = m_store->versions(name);
        for (const int version : versions) {
            const std::optional<ScorecardForm> form = m_store->form(name, version);
            auto *item =
                new QTreeWidgetItem(top,
                                    {tr("Version %1").arg(version),
                                     form ? QString::number(form->groups.size()) : QString(),
                                     form ? QString::number(questionCount(*form)) : QString()});
            item->setData(0, nameRole, name);
            item->setData(0, versionRole, version);
        }
        // The form's own row exports its latest version.
        top->setData(0, nameRole, name);
        top->setData(0, versionRole, versions.isEmpty() ? 0 : versions.constLast());
        top->setExpanded(true);
    }
    updateButtons();
}

void ScorecardFormsDialog::updateButtons()
{
    m_export->setEnabled(m_list->currentItem() != nullptr);
}

bool ScorecardFormsDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Could not read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QString fileName = QFileInfo(path).fileName();
    ScorecardError error;
    std::optional<ScorecardForm> form = ScorecardJson::readForm(file.readAll(), &error);
    if (!form) {
        m_message->setText(tr("%1 was not imported: %2").arg(fileName, error.toString()));
        return false;
    }
    if (const QList<ScorecardError> unknown =
            ScorecardSuggestions::unknownFindings(*form, findingKinds());
        !unknown.isEmpty()) {
        m_message->setText(
            tr("%1 was not imported: %2").arg(fileName, unknown.constFirst().toString()));
        return false;
    }
    bool added = false;
    QString reason;
    const std::optional<int> version =
        m_store ? m_store->importForm(*form, &added, &reason) : std::nullopt;
    if (!version) {
        m_message->setText(reason);
        return false;
    }
    m_message->setText(added ? tr("Imported \"%1\" as version %2.").arg(form->name).arg(*version)
                             : tr("\"%1\" is already stored as version %2; nothing changed.")
                                   .arg(form->name)
                                   .arg(*version));
    showForms();
    if (added)
        emit formsChanged();
    return true;
}

bool ScorecardFormsDialog::exportSelected(const QString &path)
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const std::optional<ScorecardForm> form = item && m_store
        ? m_store->form(item->data(0, nameRole).toString(), item->data(0, versionRole).toInt())
        : std::nullopt;
    if (!form) {
        m_message->setText(tr("Select a form or a version to export."));
        return false;
    }
    QString error;
    if (!AtomicFileWriter::write(path, ScorecardJson::writeForm(*form), &error)) {
        m_message->setText(error);
        return false;
    }
    m_message->setText(
        tr("Exported version %1 of \"%2\" to %3.")
            .arg(QString::number(form->version), form->name, QFileInfo(path).fileName()));
    return true;
}
