#include "export/HtmlExporter.h"

#include "format/CallFormatting.h"
#include "format/CallSummary.h"
#include "timing/TimestampFormat.h"

namespace {

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Kept free of '<' and '&' so the page stays well-formed XML.
constexpr QStringView styleSheet =
    u""
    ":root{color-scheme:light;}"
    "body{font-family:'Noto Sans','DejaVu Sans',system-ui,sans-serif;margin:0;background:#f3f4f6;"
    "color:#1f2933;}"
    "main{max-width:52rem;margin:0 auto;padding:1.5rem;}"
    "h1{font-size:1.4rem;margin:0 0 1rem;word-break:break-all;}"
    "table.meta{border-collapse:collapse;margin-bottom:1.5rem;background:#fff;}"
    "table.meta th,table.meta td{text-align:start;padding:.3rem .8rem;border-bottom:1px solid "
    "#e4e7eb;vertical-align:top;}"
    "table.meta th{color:#52606d;font-weight:600;}"
    ".chat{display:flex;flex-direction:column;gap:.6rem;}"
    ".turn{display:flex;flex-direction:column;max-width:75%;}"
    ".turn.bot{align-self:flex-start;}"
    ".turn.human{align-self:flex-end;align-items:flex-end;}"
    ".turn.unknown{align-self:center;}"
    ".speaker{font-size:.75rem;color:#52606d;margin:0 .6rem .15rem;}"
    ".bubble{padding:.55rem .8rem;border-radius:1rem;white-space:pre-wrap;overflow-wrap:anywhere;"
    "line-height:1.4;}"
    ".bot .bubble{background:#fff;border:1px solid #d9e2ec;border-bottom-left-radius:.3rem;}"
    ".human .bubble{background:#2563eb;color:#fff;border-bottom-right-radius:.3rem;}"
    ".unknown .bubble{background:#e4e7eb;}"
    ".empty{color:#52606d;font-style:italic;}"
    "@media print{body{background:#fff;}main{max-width:none;padding:0;}"
    ".turn{break-inside:avoid;}"
    ".bubble{border:1px solid #9aa5b1;}"
    ".human .bubble{background:#e8f0fe;color:#000;}"
    "@page{margin:15mm;}}";

QString speakerClass(Speaker speaker)
{
    switch (speaker) {
    case Speaker::Bot:
        return QStringLiteral("bot");
    case Speaker::Human:
        return QStringLiteral("human");
    case Speaker::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

QString HtmlExporter::escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case U'<':
            out += QStringLiteral("&lt;");
            break;
        case U'>':
            out += QStringLiteral("&gt;");
            break;
        case U'&':
            out += QStringLiteral("&amp;");
            break;
        case U'"':
            out += QStringLiteral("&quot;");
            break;
        case U'\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            if (isXmlChar(c))
                out += QChar::fromUcs4(c);
            break;
        }
    }
    return out;
}

QString HtmlExporter::render(const CallRecord &call, const Timeline *timeline)
{
    QString out;
    out.reserve(call.transcript.size() * 11 / 10 + call.turns.size() * 120 + 4096);
    out += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
                          "<meta charset=\"utf-8\"/>\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                          "'none'; style-src 'unsafe-inline'\"/>\n"
                          "<meta name=\"viewport\" content=\"width=device-width, "
                          "initial-scale=1\"/>\n<title>");
    out += escape(CallSummary::title(call));
    out += QStringLiteral("</title>\n<style>");
    out += styleSheet;
    out += QStringLiteral("</style>\n</head>\n<body>\n<main>\n<h1>");
    out += escape(CallSummary::title(call));
    out += QStringLiteral("</h1>\n<table class=\"meta\">\n");
    const QList<CallSummary::Field> fields = CallSummary::fields(call);
    for (const CallSummary::Field &field : fields) {
        out += QStringLiteral("<tr><th scope=\"row\">") + escape(field.label)
            + QStringLiteral("</th><td dir=\"auto\">") + escape(field.value)
            + QStringLiteral("</td></tr>\n");
    }
    out += QStringLiteral("</table>\n<section class=\"chat\" aria-label=\"")
        + escape(tr("Transcript")) + QStringLiteral("\">\n");
    if (call.turns.isEmpty()) {
        out += QStringLiteral("<p class=\"empty\">") + escape(tr("The transcript is empty."))
            + QStringLiteral("</p>\n");
    }
    for (qsizetype i = 0; i < call.turns.size(); ++i) {
        const Turn &turn = call.turns.at(i);
        const TurnTiming *timing = timeline ? timeline->timingOf(i) : nullptr;
        out += QStringLiteral("<div class=\"turn ") + speakerClass(turn.speaker)
            + QStringLiteral("\"><div class=\"speaker\">")
            + (timing ? QStringLiteral("<span class=\"time\">")
                       + escape(TimestampFormat::turnLabel(timing->startMs))
                       + QStringLiteral("</span> ")
                      : QString())
            + escape(CallFormatting::speakerName(turn.speaker))
            + QStringLiteral("</div><div class=\"bubble\" dir=\"auto\">") + escape(turn.text)
            + QStringLiteral("</div></div>\n");
    }
    out += QStringLiteral("</section>\n</main>\n</body>\n</html>\n");
    return out;
}
