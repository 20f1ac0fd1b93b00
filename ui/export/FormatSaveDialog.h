#pragma once

#include "settings/AppSettings.h"

#include <QFileDialog>

// The one Save dialog that also chooses a file format, by its type filter: one name filter per
// format ("Markdown (*.md *.markdown)"). The file name's extension follows the chosen filter; a
// typed extension of another listed format picks that format; a name without a listed
// extension gets the filter's. The folder and the format are remembered per place
// (AppSettings::ExportPlace). Qt's own dialog, so that options can go below the file list.
class FormatSaveDialog : public QFileDialog
{
    Q_OBJECT

public:
    // nameFilters: one per format, in the order selectedFormat() counts them.
    FormatSaveDialog(AppSettings::ExportPlace place, const QString &title,
                     const QStringList &nameFilters, const QString &baseName,
                     QWidget *parent = nullptr);

    int selectedFormat() const; // index into nameFilters: the typed extension's, else the filter's
    QString selectedPath() const; // with an extension of the selected format
    void addOptions(QWidget *options); // below the file list
    void remember() const; // folder and format, for the next time

    // The extensions a name filter lists: "Markdown (*.md *.markdown)" → {"md", "markdown"}.
    static QStringList extensionsOf(const QString &nameFilter);

private:
    int filterFormat() const; // index of the selected name filter
    int formatOfExtension(const QString &suffix) const; // -1 when none lists it
    void onFilterSelected();

    AppSettings::ExportPlace m_place;
    QStringList m_filters;
};
