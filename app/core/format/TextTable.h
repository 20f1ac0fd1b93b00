#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Rows of text for the terminal. Aligned: padded columns, long cells cut with '…' (for a
// person at a terminal). Tab-separated: one line per row, tabs and line breaks in cells
// turned into spaces (for scripts and pipes).
class TextTable
{
public:
    explicit TextTable(const QStringList &headers);

    void addRow(const QStringList &cells);
    int rowCount() const { return int(m_rows.size()); }

    QString renderAligned(int maxColumnWidth = 48) const;
    QString renderTabSeparated() const;

private:
    static QString clean(const QString &cell);

    QStringList m_headers;
    QList<QStringList> m_rows;
};
