#include "export/FormatSaveDialog.h"

#include <QGridLayout>
#include <QRegularExpression>

FormatSaveDialog::FormatSaveDialog(AppSettings::ExportPlace place, const QString &title,
                                   const QStringList &nameFilters, const QString &baseName,
                                   QWidget *parent)
    : QFileDialog(parent, title)
    , m_place(place)
    , m_filters(nameFilters)
{
    Q_ASSERT(!nameFilters.isEmpty());
    // Qt's own dialog: options go into its layout, and the filter signals are reliable.
    setOption(QFileDialog::DontUseNativeDialog);
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile);
    setNameFilters(m_filters);

    const AppSettings settings;
    const int remembered = formatOfExtension(settings.exportFormat(place));
    const QString filter = m_filters.at(qMax(0, remembered));
    const QString extension = extensionsOf(filter).value(0);
    setDirectory(settings.exportFolder(place));
    selectNameFilter(filter);
    setDefaultSuffix(extension);
    selectFile(baseName + u'.' + extension);
    connect(this, &QFileDialog::filterSelected, this, &FormatSaveDialog::onFilterSelected);
}

QStringList FormatSaveDialog::extensionsOf(const QString &nameFilter)
{
    static const QRegularExpression pattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
    QStringList extensions;
    for (auto it = pattern.globalMatch(nameFilter); it.hasNext();)
        extensions.append(it.next().captured(1).toLower());
    return extensions;
}

int FormatSaveDialog::formatOfExtension(const QString &suffix) const
{
    if (suffix.isEmpty())
        return -1;
    for (int i = 0; i < m_filters.size(); ++i) {
        if (extensionsOf(m_filters.at(i)).contains(suffix.toLower()))
            return i;
    }
    return -1;
}

int FormatSaveDialog::filterFormat() const
{
    return qMax(0, int(m_filters.indexOf(selectedNameFilter())));
}

void FormatSaveDialog::onFilterSelected()
{
    const QString extension = extensionsOf(m_filters.at(filterFormat())).value(0);
    setDefaultSuffix(extension);
    const QStringList files = selectedFiles();
    if (!files.isEmpty() && !QFileInfo(files.first()).fileName().isEmpty())
        selectFile(QFileInfo(files.first()).completeBaseName() + u'.' + extension);
}

int FormatSaveDialog::selectedFormat() const
{
    const QStringList files = selectedFiles();
    const int typed = files.isEmpty() ? -1 : formatOfExtension(QFileInfo(files.first()).suffix());
    return typed >= 0 ? typed : filterFormat();
}

QString FormatSaveDialog::selectedPath() const
{
    const QStringList files = selectedFiles();
    if (files.isEmpty())
        return {};
    QString path = files.first();
    // "report.v2" or "notes" with no listed extension: the filter's is added.
    if (formatOfExtension(QFileInfo(path).suffix()) < 0)
        path += u'.' + extensionsOf(m_filters.at(filterFormat())).value(0);
    return path;
}

void FormatSaveDialog::addOptions(QWidget *options)
{
    if (auto *grid = qobject_cast<QGridLayout *>(layout()))
        grid->addWidget(options, grid->rowCount(), 0, 1, grid->columnCount());
    else if (layout())
        layout()->addWidget(options);
}

void FormatSaveDialog::remember() const
{
    AppSettings settings;
    const QString path = selectedPath();
    if (!path.isEmpty())
        settings.setExportFolder(m_place, QFileInfo(path).absolutePath());
    settings.setExportFormat(m_place, extensionsOf(m_filters.at(selectedFormat())).value(0));
}
