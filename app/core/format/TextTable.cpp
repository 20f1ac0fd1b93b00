#include "format/TextTable.h"

TextTable::TextTable(const QStringList &headers)
    : m_headers(headers)
{ }

void TextTable::addRow(const QStringList &cells)
{
    QStringList row;
    row.reserve(m_headers.size());
    for (int i = 0; i < m_headers.size(); ++i)
        row.append(clean(cells.value(i)));
    m_rows.append(row);
}

QString TextTable::clean(const QString &cell)
{
    QString text = cell;
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r' || c.category() == QChar::Other_Control)
            c = u' ';
    }
    return text;
}

QString TextTable::renderAligned(int maxColumnWidth) const
{
    const auto cut = [maxColumnWidth](const QString &cell) {
        return cell.size() > maxColumnWidth ? cell.left(maxColumnWidth - 1) + u'…' : cell;
    };
    QList<qsizetype> widths;
    for (const QString &header : m_headers)
        widths.append(cut(header).size());
    for (const QStringList &row : m_rows) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], cut(row.at(i)).size());
    }
    QString out;
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i) {
            const QString cell = cut(cells.at(i));
            text += i + 1 < cells.size() ? cell.leftJustified(widths.at(i) + 2, u' ') : cell;
        }
        while (text.endsWith(u' '))
            text.chop(1);
        out += text + u'\n';
    };
    line(m_headers);
    for (const QStringList &row : m_rows)
        line(row);
    return out;
}

QString TextTable::renderTabSeparated() const
{
    QString out = m_headers.join(u'\t') + u'\n';
    for (const QStringList &row : m_rows)
        out += row.join(u'\t') + u'\n';
    return out;
}
