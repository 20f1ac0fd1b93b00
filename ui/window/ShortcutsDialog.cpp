#include "window/ShortcutsDialog.h"

#include "review/ScorecardPanel.h"
#include "team/CalibrationDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString plain(QString text)
{
    // "&Play" -> "Play", "Save &Recording As…" -> "Save Recording As…", "&&" stays "&".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void collect(const QMenu *menu, const QString &path, QList<ShortcutsDialog::Row> &rows)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            collect(sub, path + QStringLiteral(" > ") + plain(action->text()), rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        if (!keys.isEmpty())
            rows.append({path, plain(action->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

QList<ShortcutsDialog::Row> ShortcutsDialog::rows(const QMenuBar *bar)
{
    QList<Row> rows;
    for (const QAction *action : bar->actions()) {
        if (const QMenu *menu = action->menu())
            collect(menu, plain(action->text()), rows);
    }
    return rows;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *bar, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<Row> all = rows(bar);
    // The scorecard's keys work on its questions, not through menu actions.
    for (const auto &[action, keys] : ScorecardPanel::keyHelp())
        all.append({tr("Review > Scorecard"), action, keys});
    for (const auto &[action, keys] : CalibrationDialog::keyHelp())
        all.append({tr("Review > Calibration"), action, keys});
    auto *table = new QTableWidget(int(all.size()), 3, this);
    table->setHorizontalHeaderLabels({tr("Menu"), tr("Action"), tr("Keys")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    for (int r = 0; r < all.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(all.at(r).menu));
        table->setItem(r, 1, new QTableWidgetItem(all.at(r).action));
        table->setItem(r, 2, new QTableWidgetItem(all.at(r).keys));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(560, 520);
}
