#include "transcript/TranscriptClipboard.h"

#include "export/MarkdownExporter.h"
#include "export/PlainTextExporter.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

QMimeData *TranscriptClipboard::mimeData(const CallRecord &call)
{
    auto *data = new QMimeData;
    data->setData(QStringLiteral("text/markdown"), MarkdownExporter::render(call).toUtf8());
    data->setText(PlainTextExporter::render(call));
    return data;
}

bool TranscriptClipboard::copy(const CallRecord &call)
{
    if (call.callId.isEmpty())
        return false;
    QGuiApplication::clipboard()->setMimeData(mimeData(call));
    return true;
}
