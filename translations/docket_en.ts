<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Attendance</name>
    <message numerus="yes">
        <source>%1 — %n more needed for the quorum</source>
        <translation>
            <numerusform>%1 — %n more needed for the quorum</numerusform>
            <numerusform>%1 — %n more needed for the quorum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceRecord</name>
    <message numerus="yes">
        <source>%n checked in and left before this record.</source>
        <translation>
            <numerusform>%n checked in and left before this record.</numerusform>
            <numerusform>%n checked in and left before this record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Present (%n)</source>
        <translation>
            <numerusform>Present (%n)</numerusform>
            <numerusform>Present (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Absent (%n)</source>
        <translation>
            <numerusform>Absent (%n)</numerusform>
            <numerusform>Absent (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleExport</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n download</numerusform>
            <numerusform>%n downloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Serving %n open meeting(s) on port %1. Press Ctrl+C to stop.</source>
        <translation>
            <numerusform>Serving %n open meeting on port %1. Press Ctrl+C to stop.</numerusform>
            <numerusform>Serving %n open meetings on port %1. Press Ctrl+C to stop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>opened on %n device(s)</source>
        <translation>
            <numerusform>opened on %n device</numerusform>
            <numerusform>opened on %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complete download(s)</source>
        <translation>
            <numerusform>%n complete download</numerusform>
            <numerusform>%n complete downloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n document(s) for good; `docket-cli clean` frees their files.</source>
        <translation>
            <numerusform>Removed %n document for good; `docket-cli clean` frees its files.</numerusform>
            <numerusform>Removed %n documents for good; `docket-cli clean` frees their files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made a PDF of %1 (%n page(s)) for reading in the browser; Download still gives the original.</source>
        <translation>
            <numerusform>Made a PDF of %1 (%n page) for reading in the browser; Download still gives the original.</numerusform>
            <numerusform>Made a PDF of %1 (%n pages) for reading in the browser; Download still gives the original.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored the catalog from %1 (made %2): %n meeting(s).</source>
        <translation>
            <numerusform>Restored the catalog from %1 (made %2): %n meeting.</numerusform>
            <numerusform>Restored the catalog from %1 (made %2): %n meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the conference pack, %n page(s), to %1.</source>
        <translation>
            <numerusform>Wrote the conference pack, %n page, to %1.</numerusform>
            <numerusform>Wrote the conference pack, %n pages, to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) wait for text recognition.</source>
        <translation>
            <numerusform>%n document waits for text recognition.</numerusform>
            <numerusform>%n documents wait for text recognition.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s) without a text layer.</source>
        <translation>
            <numerusform>Read %n page without a text layer.</numerusform>
            <numerusform>Read %n pages without a text layer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text was found on %n of them.</source>
        <translation>
            <numerusform>Text was found on %n of them.</numerusform>
            <numerusform>Text was found on %n of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read; they are recorded as failed (--retry tries them again).</source>
        <translation>
            <numerusform>%n page could not be read; it is recorded as failed (--retry tries it again).</numerusform>
            <numerusform>%n pages could not be read; they are recorded as failed (--retry tries them again).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n file(s), %2).</source>
        <translation>
            <numerusform>Wrote %1 (%n file, %2).</numerusform>
            <numerusform>Wrote %1 (%n files, %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) of the bundle are as recorded.</source>
        <translation>
            <numerusform>The %n file of the bundle is as recorded.</numerusform>
            <numerusform>All %n files of the bundle are as recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported &quot;%1&quot; as archived meeting %2 (code %3): %n file(s).</source>
        <translation>
            <numerusform>Imported &quot;%1&quot; as archived meeting %2 (code %3): %n file.</numerusform>
            <numerusform>Imported &quot;%1&quot; as archived meeting %2 (code %3): %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s) would be added (dry run: nothing changed).</source>
        <translation>
            <numerusform>%n delegate would be added (dry run: nothing changed).</numerusform>
            <numerusform>%n delegates would be added (dry run: nothing changed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n delegate(s) to %1, numbers %2 to %3.</source>
        <translation>
            <numerusform>Added %n delegate to %1, numbers %2 to %3.</numerusform>
            <numerusform>Added %n delegates to %1, numbers %2 to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked in and left since.</source>
        <translation>
            <numerusform>%n checked in and left since.</numerusform>
            <numerusform>%n checked in and left since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the attendance record of %1 to %2 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote the attendance record of %1 to %2 (%n page).</numerusform>
            <numerusform>Wrote the attendance record of %1 to %2 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Survey %1 (code %2): “%3”, %n question(s), a draft.</source>
        <translation>
            <numerusform>Survey %1 (code %2): “%3”, %n question, a draft.</numerusform>
            <numerusform>Survey %1 (code %2): “%3”, %n questions, a draft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s), %1.</source>
        <translation>
            <numerusform>%n response, %1.</numerusform>
            <numerusform>%n responses, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean %1 of 5, %n answer(s)</source>
        <translation>
            <numerusform>mean %1 of 5, %n answer</numerusform>
            <numerusform>mean %1 of 5, %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the results of %1 to %2 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote the results of %1 to %2 (%n page).</numerusform>
            <numerusform>Wrote the results of %1 to %2 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConferencePack</name>
    <message numerus="yes">
        <source>Writing the conference pack took longer than %n second(s).</source>
        <translation>
            <numerusform>Writing the conference pack took longer than %n second.</numerusform>
            <numerusform>Writing the conference pack took longer than %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegatePage</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on more than %n page(s):</source>
        <translation>
            <numerusform>“%1” is on more than %n page:</numerusform>
            <numerusform>“%1” is on more than %n pages:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %n page(s):</source>
        <translation>
            <numerusform>“%1” is on %n page:</numerusform>
            <numerusform>“%1” is on %n pages:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuessWarning</name>
    <message numerus="yes">
        <source>Someone is guessing the PIN of meeting %1: %n wrong or refused PIN(s) in the last 10 minutes.</source>
        <translation>
            <numerusform>Someone is guessing the PIN of meeting %1: %n wrong or refused PIN in the last 10 minutes.</numerusform>
            <numerusform>Someone is guessing the PIN of meeting %1: %n wrong or refused PINs in the last 10 minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IsolatedInspector</name>
    <message numerus="yes">
        <source>Reading the PDF took longer than %n second(s), so it is kept as a plain file.</source>
        <translation>
            <numerusform>Reading the PDF took longer than %n second, so it is kept as a plain file.</numerusform>
            <numerusform>Reading the PDF took longer than %n seconds, so it is kept as a plain file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its first page took longer than %n second(s) to draw: phones are shown a notice to download the PDF instead of such pages.</source>
        <translation>
            <numerusform>Its first page took longer than %n second to draw: phones are shown a notice to download the PDF instead of such pages.</numerusform>
            <numerusform>Its first page took longer than %n seconds to draw: phones are shown a notice to download the PDF instead of such pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingPack</name>
    <message numerus="yes">
        <source>Wrote the conference pack (%n page(s), %1) to %2.</source>
        <translation>
            <numerusform>Wrote the conference pack (%n page, %1) to %2.</numerusform>
            <numerusform>Wrote the conference pack (%n pages, %1) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingPrint</name>
    <message numerus="yes">
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>Printed %n page.</numerusform>
            <numerusform>Printed %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>Exported %n page to %1.</numerusform>
            <numerusform>Exported %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ocr</name>
    <message numerus="yes">
        <source>reading it took longer than %n second(s)</source>
        <translation>
            <numerusform>reading it took longer than %n second</numerusform>
            <numerusform>reading it took longer than %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message numerus="yes">
        <source>Served to %n device(s): %1 request(s), %2 complete download(s), first %3, last %4</source>
        <translation>
            <numerusform>Served to %n device: %1 request(s), %2 complete download(s), first %3, last %4</numerusform>
            <numerusform>Served to %n devices: %1 request(s), %2 complete download(s), first %3, last %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>How should the %n file(s) of %1 join the agenda?</source>
        <translation>
            <numerusform>How should the %n file of %1 join the agenda?</numerusform>
            <numerusform>How should the %n files of %1 join the agenda?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One item per sub-folder makes %n new agenda item(s) at the end of the agenda, titled after the folders without their leading numbers and in their order. Files lying directly in a dropped folder make an item named after it.</source>
        <translation>
            <numerusform>One item per sub-folder makes %n new agenda item at the end of the agenda, titled after the folder without its leading number. Files lying directly in a dropped folder make an item named after it.</numerusform>
            <numerusform>One item per sub-folder makes %n new agenda items at the end of the agenda, titled after the folders without their leading numbers and in their order. Files lying directly in a dropped folder make an item named after it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenderPool</name>
    <message numerus="yes">
        <source>Page %1 took longer than %n second(s) to draw.</source>
        <translation>
            <numerusform>Page %1 took longer than %n second to draw.</numerusform>
            <numerusform>Page %1 took longer than %n seconds to draw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Renditions</name>
    <message numerus="yes">
        <source>LibreOffice took longer than %n second(s) to convert %1; no PDF was made.</source>
        <translation>
            <numerusform>LibreOffice took longer than %n second to convert %1; no PDF was made.</numerusform>
            <numerusform>LibreOffice took longer than %n seconds to convert %1; no PDF was made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message numerus="yes">
        <source>%n response(s) so far</source>
        <translation>
            <numerusform>%n response so far</numerusform>
            <numerusform>%n responses so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyReport</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more answer(s)</source>
        <translation>
            <numerusform>and %n more answer</numerusform>
            <numerusform>and %n more answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message numerus="yes">
        <source>The catalog is damaged: SQLite&apos;s checks found %n problem(s). Restore the newest good backup with `docket-cli restore` (or Library ▸ Restore from backup in the window); the damaged catalog is kept aside.</source>
        <translation>
            <numerusform>The catalog is damaged: SQLite&apos;s checks found %n problem. Restore the newest good backup with `docket-cli restore` (or Library ▸ Restore from backup in the window); the damaged catalog is kept aside.</numerusform>
            <numerusform>The catalog is damaged: SQLite&apos;s checks found %n problems. Restore the newest good backup with `docket-cli restore` (or Library ▸ Restore from backup in the window); the damaged catalog is kept aside.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxRoster</name>
    <message numerus="yes">
        <source>Reading %1 took longer than %n second(s): the workbook is too large or damaged. In Excel, save the roster as &quot;CSV UTF-8 (Comma delimited)&quot; and import that file.</source>
        <translation>
            <numerusform>Reading %1 took longer than %n second: the workbook is too large or damaged. In Excel, save the roster as &quot;CSV UTF-8 (Comma delimited)&quot; and import that file.</numerusform>
            <numerusform>Reading %1 took longer than %n seconds: the workbook is too large or damaged. In Excel, save the roster as &quot;CSV UTF-8 (Comma delimited)&quot; and import that file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::AgendaTree</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>opened on %n device(s)</source>
        <translation>
            <numerusform>opened on %n device</numerusform>
            <numerusform>opened on %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s); Agenda ▸ Versions… lists them</source>
        <translation>
            <numerusform>%n version; Agenda ▸ Versions… lists it</numerusform>
            <numerusform>%n versions; Agenda ▸ Versions… lists them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::Catalog</name>
    <message numerus="yes">
        <source>The catalog&apos;s journal %1 was cut short or is damaged: the %n change(s) before the damage are kept, those after it are lost.</source>
        <translation>
            <numerusform>The catalog&apos;s journal %1 was cut short or is damaged: the %n change before the damage is kept, those after it are lost.</numerusform>
            <numerusform>The catalog&apos;s journal %1 was cut short or is damaged: the %n changes before the damage are kept, those after it are lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::HallDialog</name>
    <message numerus="yes">
        <source>%n delegate(s) added to the roster.</source>
        <translation>
            <numerusform>%n delegate added to the roster.</numerusform>
            <numerusform>%n delegates added to the roster.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::HallPreparation</name>
    <message numerus="yes">
        <source>%n page image(s) ready for the hall.</source>
        <translation>
            <numerusform>%n page image ready for the hall.</numerusform>
            <numerusform>%n page images ready for the hall.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page image(s) ready for the hall (%1 could not be drawn: %2).</source>
        <translation>
            <numerusform>%n page image ready for the hall (%1 could not be drawn: %2).</numerusform>
            <numerusform>%n page images ready for the hall (%1 could not be drawn: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page image(s) could not be drawn: %1
Phones will ask for them when delegates open those pages, as without preparing.</source>
        <translation>
            <numerusform>%n page image could not be drawn: %1
Phones will ask for it when delegates open that page, as without preparing.</numerusform>
            <numerusform>%n page images could not be drawn: %1
Phones will ask for them when delegates open those pages, as without preparing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::HostingBar</name>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n phone connected</numerusform>
            <numerusform>%n phones connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::MainWindow</name>
    <message numerus="yes">
        <source>Adding %n document(s)…</source>
        <translation>
            <numerusform>Adding %n document…</numerusform>
            <numerusform>Adding %n documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s).</source>
        <translation>
            <numerusform>Added %n document.</numerusform>
            <numerusform>Added %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n agenda item(s) from the folder.</source>
        <translation>
            <numerusform>Made %n agenda item from the folder.</numerusform>
            <numerusform>Made %n agenda items from the folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not added:</source>
        <translation>
            <numerusform>%n file not added:</numerusform>
            <numerusform>%n files not added:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored file(s) failed the check:</source>
        <translation>
            <numerusform>%n stored file failed the check:</numerusform>
            <numerusform>%n stored files failed the check:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification stopped after %n stored file(s).</source>
        <translation>
            <numerusform>Verification stopped after %n stored file.</numerusform>
            <numerusform>Verification stopped after %n stored files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalog was restored from the backup made %1 (%n meeting(s)). The catalog it replaced is kept as %2.</source>
        <translation>
            <numerusform>The catalog was restored from the backup made %1 (%n meeting). The catalog it replaced is kept as %2.</numerusform>
            <numerusform>The catalog was restored from the backup made %1 (%n meetings). The catalog it replaced is kept as %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n stored file(s) and the catalog are intact.</source>
        <translation>
            <numerusform>The %n stored file and the catalog are intact.</numerusform>
            <numerusform>All %n stored files and the catalog are intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) are connected to this computer now.</source>
        <translation>
            <numerusform>%n phone is connected to this computer now.</numerusform>
            <numerusform>%n phones are connected to this computer now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n phone connected</numerusform>
            <numerusform>%n phones connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::OcrJob</name>
    <message numerus="yes">
        <source>Text recognition paused: %1 of %n page(s)</source>
        <translation>
            <numerusform>Text recognition paused: %1 of %n page</numerusform>
            <numerusform>Text recognition paused: %1 of %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recognising text: %1 of %n page(s)</source>
        <translation>
            <numerusform>Recognising text: %1 of %n page</numerusform>
            <numerusform>Recognising text: %1 of %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::PrintSetupDialog</name>
    <message numerus="yes">
        <source>%n to a page</source>
        <translation>
            <numerusform>%n to a page</numerusform>
            <numerusform>%n to a page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::RosterImportDialog</name>
    <message numerus="yes">
        <source>%n delegate(s) will be added.</source>
        <translation>
            <numerusform>%n delegate will be added.</numerusform>
            <numerusform>%n delegates will be added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::SearchDialog</name>
    <message numerus="yes">
        <source>The best %n pages; more words narrow the search.</source>
        <translation>
            <numerusform>The best page; more words narrow the search.</numerusform>
            <numerusform>The best %n pages; more words narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found.</source>
        <translation>
            <numerusform>%n page found.</numerusform>
            <numerusform>%n pages found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::SurveyDialog</name>
    <message numerus="yes">
        <source>Remove the survey “%1”? Its %n response(s) are removed with it, and its QR code no longer leads anywhere.</source>
        <translation>
            <numerusform>Remove the survey “%1”? Its %n response is removed with it, and its QR code no longer leads anywhere.</numerusform>
            <numerusform>Remove the survey “%1”? Its %n responses are removed with it, and its QR code no longer leads anywhere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::SurveyResultsView</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the results of %n response(s) to %1.</source>
        <translation>
            <numerusform>Saved the results of %n response to %1.</numerusform>
            <numerusform>Saved the results of %n responses to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
