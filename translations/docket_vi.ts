<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>BlobStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store %1: %2 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegatePage</name>
    <message>
        <source>Served on the venue network by Docket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda has no items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n document(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents for this item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address does not lead to an open meeting. Check the code on your agenda sheet, or scan the QR code again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>%1 is not an IP address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a network socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is already in use on %2. Another program (or another Docket) is serving there: stop it, or choose another port such as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no address %1 (has the network changed?). Choose another network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights; choose a port above 1023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web server could not start on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is named as a PDF but does not contain one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no readable pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Cannot create the library folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such agenda item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingState</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>Nothing to encode in a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR code cannot hold a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::Catalog</name>
    <message>
        <source>This catalog was written by a newer Docket (schema %1; this one knows %2). Update Docket to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find a free meeting code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such agenda item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item number %1 is outside the agenda (1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a document without a stored blob.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
