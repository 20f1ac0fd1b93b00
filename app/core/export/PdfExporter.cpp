#include "export/PdfExporter.h"

#include "base/Logging.h"
#include "format/CallFormatting.h"
#include "format/CallSummary.h"
#include "timing/TimestampFormat.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <memory>

namespace {

constexpr qreal bodyPointSize = 10;

QFont baseFont()
{
    QFont font;
    // Noto first: its families cover Arabic and CJK; fontconfig falls back for the rest.
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(bodyPointSize);
    return font;
}

void addHeader(QTextCursor &cursor, const CallRecord &call)
{
    QTextCharFormat title;
    title.setFontPointSize(16);
    title.setFontWeight(QFont::Bold);
    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(8);
    cursor.setBlockFormat(titleBlock);
    cursor.insertText(CallSummary::title(call), title);

    const QList<CallSummary::Field> fields = CallSummary::fields(call);
    QTextTableFormat tableFormat;
    tableFormat.setBorder(0);
    tableFormat.setCellPadding(2);
    tableFormat.setCellSpacing(0);
    tableFormat.setBottomMargin(12);
    QTextTable *table = cursor.insertTable(int(fields.size()), 2, tableFormat);
    QTextCharFormat label;
    label.setForeground(QColor(0x52, 0x60, 0x6d));
    label.setFontWeight(QFont::DemiBold);
    const QTextCharFormat value;
    for (int row = 0; row < fields.size(); ++row) {
        table->cellAt(row, 0).firstCursorPosition().insertText(fields.at(row).label + u"  ", label);
        table->cellAt(row, 1).firstCursorPosition().insertText(fields.at(row).value, value);
    }
    cursor.movePosition(QTextCursor::End);
}

void addTurns(QTextCursor &cursor, const CallRecord &call, const Timeline *timeline)
{
    QTextCharFormat botName;
    botName.setFontWeight(QFont::Bold);
    botName.setForeground(QColor(0x1f, 0x29, 0x33));
    QTextCharFormat humanName = botName;
    humanName.setForeground(QColor(0x1d, 0x4e, 0xd8));

    // Chat-like: assistant turns on a grey band indented right, caller turns on blue indented
    // left. One block per turn (the name, a line break, the text) keeps 50,000 turns fast.
    QTextBlockFormat botBlock;
    botBlock.setBackground(QColor(0xf1, 0xf3, 0xf5));
    botBlock.setRightMargin(60);
    botBlock.setTopMargin(5);
    QTextBlockFormat humanBlock = botBlock;
    humanBlock.setBackground(QColor(0xe8, 0xf0, 0xfe));
    humanBlock.setRightMargin(0);
    humanBlock.setLeftMargin(60);
    const QTextCharFormat text;

    if (call.turns.isEmpty()) {
        cursor.insertBlock();
        cursor.insertText(PdfExporter::tr("The transcript is empty."), text);
        return;
    }
    for (qsizetype i = 0; i < call.turns.size(); ++i) {
        const Turn &turn = call.turns.at(i);
        const bool human = turn.speaker == Speaker::Human;
        cursor.insertBlock(human ? humanBlock : botBlock);
        QString name = CallFormatting::speakerName(turn.speaker);
        if (const TurnTiming *timing = timeline ? timeline->timingOf(i) : nullptr)
            name = TimestampFormat::turnLabel(timing->startMs) + u' ' + name;
        cursor.insertText(name, human ? humanName : botName);
        // QTextDocument reads '\n' as a new block; U+2028 is a line break inside this one.
        QString body = QChar(QChar::LineSeparator) + turn.text;
        body.replace(u'\n', QChar::LineSeparator);
        cursor.insertText(body, text);
    }
}

std::unique_ptr<QTextDocument> buildDocument(const CallRecord &call, const Timeline *timeline)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(baseFont());
    document->setUndoRedoEnabled(false);
    QTextCursor cursor(document.get());
    cursor.beginEditBlock();
    addHeader(cursor, call);
    addTurns(cursor, call, timeline);
    cursor.endEditBlock();
    return document;
}

} // namespace

bool PdfExporter::canRender(QString *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    if (error)
        *error = tr("PDF output needs the graphics libraries, which were not started. Save as "
                    "another format, or report this as a bug.");
    return false;
}

bool PdfExporter::usesLetterPaper(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
        return true;
    default:
        return false;
    }
}

bool PdfExporter::paint(const CallRecord &call, QPagedPaintDevice *device, QString *error,
                        const Timeline *timeline)
{
    if (!canRender(error))
        return false;
    std::unique_ptr<QTextDocument> document = buildDocument(call, timeline);
    document->documentLayout()->setPaintDevice(device); // lay out at the device's resolution

    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The document could not be started (the printer or file refused it).");
        return false;
    }
    const qreal dpi = device->logicalDpiY();
    const qreal footerHeight = dpi * 0.35; // about 9 mm
    const QSizeF pageBody(device->width(), device->height() - footerHeight);
    // Keep each block's shaped glyphs from layout to drawing; QTextDocumentLayout otherwise
    // frees them after layout and shapes every line a second time while painting.
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    document->setPageSize(pageBody);
    const int pages = document->pageCount();

    QFont footerFont = baseFont();
    footerFont.setPointSizeF(8);
    const QString footerLeft = CallSummary::title(call);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            if (error)
                *error = tr("The document could not take page %1.").arg(page + 1);
            painter.end();
            return false;
        }
        const QRectF clip(0, page * pageBody.height(), pageBody.width(), pageBody.height());
        painter.save();
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        document->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x52, 0x60, 0x6d));
        const QRectF footer(0, device->height() - footerHeight * 0.7, device->width(),
                            footerHeight * 0.7);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, footerLeft);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                         tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    painter.end();
    return true;
}

QByteArray PdfExporter::render(const CallRecord &call, const QLocale &locale, QString *error,
                               const Timeline *timeline)
{
    if (!canRender(error))
        return {};
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(CallSummary::title(call));
        writer.setCreator(QStringLiteral("Call Review ") + QCoreApplication::applicationVersion());
        writer.setPageSize(QPageSize(usesLetterPaper(locale) ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
        if (!paint(call, &writer, error, timeline))
            return {};
    }
    buffer.close();
    qCDebug(lcExport) << "PDF of" << call.turns.size() << "turns:" << pdf.size() << "bytes";
    return pdf;
}
