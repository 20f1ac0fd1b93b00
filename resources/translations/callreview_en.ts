<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssignmentDialog</name>
    <message numerus="yes">
        <source>%n call(s) of assistant %1 loaded from List Calls (scroll the browse list to load more).</source>
        <translation>
            <numerusform>%Ln call of assistant %1 loaded from List Calls (scroll the browse list to load more).</numerusform>
            <numerusform>%Ln calls of assistant %1 loaded from List Calls (scroll the browse list to load more).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n matching call(s) sampled.</source>
        <translation>
            <numerusform>%1 of %Ln matching call sampled.</numerusform>
            <numerusform>%1 of %Ln matching calls sampled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) without a date were left out by the date range.</source>
        <translation>
            <numerusform>%Ln call without a date was left out by the date range.</numerusform>
            <numerusform>%Ln calls without a date were left out by the date range.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistantListView</name>
    <message numerus="yes">
        <source>%n assistant(s)</source>
        <translation>
            <numerusform>%Ln assistant</numerusform>
            <numerusform>%Ln assistants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n assistant(s)</source>
        <translation>
            <numerusform>%1 of %Ln assistant</numerusform>
            <numerusform>%1 of %Ln assistants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message numerus="yes">
        <source>Exporting %n call(s)…</source>
        <translation>
            <numerusform>Exporting %Ln call…</numerusform>
            <numerusform>Exporting %Ln calls…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n call(s) not exported.</source>
        <translation>
            <numerusform>Canceled: %Ln call not exported.</numerusform>
            <numerusform>Canceled: %Ln calls not exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %Ln more.</numerusform>
            <numerusform>… and %Ln more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibrationBanner</name>
    <message numerus="yes">
        <source>%1 of %n call(s) submitted</source>
        <translation>
            <numerusform>%1 of %Ln call submitted</numerusform>
            <numerusform>%1 of %Ln calls submitted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message numerus="yes">
        <source>New session from the review queue (%n call(s))</source>
        <translation>
            <numerusform>New session from the review queue (%Ln call)</numerusform>
            <numerusform>New session from the review queue (%Ln calls)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden until you submit your answers for this call (%n submitted so far)</source>
        <translation>
            <numerusform>Hidden until you submit your answers for this call (%Ln submitted so far)</numerusform>
            <numerusform>Hidden until you submit your answers for this call (%Ln submitted so far)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallIdList</name>
    <message numerus="yes">
        <source>The list of call IDs is larger than %n MB; split it into smaller files.</source>
        <translation>
            <numerusform>The list of call IDs is larger than %Ln MB; split it into smaller files.</numerusform>
            <numerusform>The list of call IDs is larger than %Ln MB; split it into smaller files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n entries that are not call IDs: %2. %3</source>
        <translation>
            <numerusform>%1 holds %Ln entry that is not a call ID: %2. %3</numerusform>
            <numerusform>%1 holds %Ln entries that are not call IDs: %2. %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallService</name>
    <message numerus="yes">
        <source>The API is rate-limiting requests (HTTP 429). Try again in %n s.</source>
        <translation>
            <numerusform>The API is rate-limiting requests (HTTP 429). Try again in %Ln s.</numerusform>
            <numerusform>The API is rate-limiting requests (HTTP 429). Try again in %Ln s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n s. Check the connection, or allow more time with --timeout.</source>
        <translation>
            <numerusform>The server did not answer within %Ln s. Check the connection, or allow more time with --timeout.</numerusform>
            <numerusform>The server did not answer within %Ln s. Check the connection, or allow more time with --timeout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The API is rate-limiting requests; trying again in %n s.</source>
        <translation>
            <numerusform>The API is rate-limiting requests; trying again in %Ln s.</numerusform>
            <numerusform>The API is rate-limiting requests; trying again in %Ln s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The API had a server error (HTTP %1); trying again in %n s.</source>
        <translation>
            <numerusform>The API had a server error (HTTP %1); trying again in %Ln s.</numerusform>
            <numerusform>The API had a server error (HTTP %1); trying again in %Ln s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The API did not answer in time; trying again in %n s.</source>
        <translation>
            <numerusform>The API did not answer in time; trying again in %Ln s.</numerusform>
            <numerusform>The API did not answer in time; trying again in %Ln s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not reach the API; trying again in %n s.</source>
        <translation>
            <numerusform>Could not reach the API; trying again in %Ln s.</numerusform>
            <numerusform>Could not reach the API; trying again in %Ln s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallTableView</name>
    <message numerus="yes">
        <source>%n malformed call(s) skipped</source>
        <translation>
            <numerusform>%Ln malformed call skipped</numerusform>
            <numerusform>%Ln malformed calls skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) loaded</source>
        <translation>
            <numerusform>%Ln call loaded</numerusform>
            <numerusform>%Ln calls loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown of %n call(s) loaded</source>
        <translation>
            <numerusform>%1 shown of %Ln call loaded</numerusform>
            <numerusform>%1 shown of %Ln calls loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message numerus="yes">
        <source>The server did not answer within %n s. Check the network connection and the API base URL.</source>
        <translation>
            <numerusform>The server did not answer within %Ln s. Check the network connection and the API base URL.</numerusform>
            <numerusform>The server did not answer within %Ln s. Check the network connection and the API base URL.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsDetector</name>
    <message numerus="yes">
        <source>The assistant spoke %n words in one turn.</source>
        <translation>
            <numerusform>The assistant spoke %Ln word in one turn.</numerusform>
            <numerusform>The assistant spoke %Ln words in one turn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The assistant said the same or nearly the same thing %n times: “%1”</source>
        <translation>
            <numerusform>The assistant said the same or nearly the same thing %Ln time: “%1”</numerusform>
            <numerusform>The assistant said the same or nearly the same thing %Ln times: “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The assistant went round in a loop of %1 replies over %n turns.</source>
        <translation>
            <numerusform>The assistant went round in a loop of %1 replies over %Ln turn.</numerusform>
            <numerusform>The assistant went round in a loop of %1 replies over %Ln turns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turns: %n (%1 by the assistant, %2 by the caller).</source>
        <translation>
            <numerusform>Turns: %Ln (%1 by the assistant, %2 by the caller).</numerusform>
            <numerusform>Turns: %Ln (%1 by the assistant, %2 by the caller).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message numerus="yes">
        <source>Findings: %n. They are suggestions: flag the ones that matter, dismiss the rest.</source>
        <translation>
            <numerusform>Findings: %Ln. They are suggestions: flag the ones that matter, dismiss the rest.</numerusform>
            <numerusform>Findings: %Ln. They are suggestions: flag the ones that matter, dismiss the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Opened call %1 · %n turn(s)</source>
        <translation>
            <numerusform>Opened call %1 · %Ln turn</numerusform>
            <numerusform>Opened call %1 · %Ln turns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message numerus="yes">
        <source>%1 of %n reviewed</source>
        <translation>
            <numerusform>%1 of %Ln reviewed</numerusform>
            <numerusform>%1 of %Ln reviewed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message numerus="yes">
        <source>Entries skipped as not call IDs: %n (%1)</source>
        <translation>
            <numerusform>Entries skipped as not call IDs: %Ln (%1)</numerusform>
            <numerusform>Entries skipped as not call IDs: %Ln (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewReportExporter</name>
    <message numerus="yes">
        <source>Review report: %n calls</source>
        <translation>
            <numerusform>Review report: %Ln call</numerusform>
            <numerusform>Review report: %Ln calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsCommand</name>
    <message numerus="yes">
        <source>Exported %n review(s).</source>
        <translation>
            <numerusform>Exported %Ln review.</numerusform>
            <numerusform>Exported %Ln reviews.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimingFindings</name>
    <message numerus="yes">
        <source>The assistant answered %n times: median %1, 90th percentile %2, slowest %3.</source>
        <translation>
            <numerusform>The assistant answered %Ln time: median %1, 90th percentile %2, slowest %3.</numerusform>
            <numerusform>The assistant answered %Ln times: median %1, 90th percentile %2, slowest %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptDelegate</name>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%Ln flag</numerusform>
            <numerusform>%Ln flags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message numerus="yes">
        <source>Copied %n turn(s).</source>
        <translation>
            <numerusform>Copied %Ln turn.</numerusform>
            <numerusform>Copied %Ln turns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied all %n turn(s).</source>
        <translation>
            <numerusform>Copied all %Ln turn.</numerusform>
            <numerusform>Copied all %Ln turns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n Turns</source>
        <translation>
            <numerusform>&amp;Copy %Ln Turn</numerusform>
            <numerusform>&amp;Copy %Ln Turns</numerusform>
        </translation>
    </message>
</context>
</TS>
