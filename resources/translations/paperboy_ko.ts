<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>HfJsonReader</name>
    <message>
        <source>entry %1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;paper&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no paper.id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper.id is not an arXiv id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper %1 has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no name; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Hugging Face daily papers list (a JSON array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no valid day given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: paper %2 listed again; merged into its first listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not %1; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL; ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownDigestReader</name>
    <message>
        <source>%1: file too large (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the markdown parser gave up (out of memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no &quot;## Daily Papers (YYYY-MM-DD)&quot; header at the top; not a daily papers digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: header date &quot;%2&quot; is not a valid YYYY-MM-DD date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: header date %2 is not the expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file ends in the middle of a line; the last paper may be cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text outside any paper ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognised heading ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a block for %1 in the digest of %2: its %n paper(s) are not added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>heading is not &quot;### [Title](arXiv link)&quot;; paper skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link &quot;%1&quot; is not an arXiv paper; paper skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper %1 has no title; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper %1 listed again; merged into its first listing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperBodyReader</name>
    <message>
        <source>HTML that is not a video player dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognised text kept in section &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper %1 has no summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperMetaReader</name>
    <message>
        <source>media link &quot;%1&quot; is not an http(s) URL; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thumbnail of another paper kept as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second Vote line ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote count &quot;%1&quot; is not a number; left unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author list has unbalanced quotes; read as far as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second Authors line; its new names are added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::cli</name>
    <message>
        <source>Import digest files or folders (.md, .json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List cached days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the papers of a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch digests from the network into the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: paperboy [--data-dir DIR] [COMMAND] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, paperboy opens the reader window (--demo: with sample digests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the cache and user data (also $PAPERBOY_DATA_DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help; COMMAND --help shows a command&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paperboy: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import markdown digests (.md) and Hugging Face API days (.json) into the cache. Folders are read recursively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the imported .json files (default: from the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not list warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files or folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to import: name files or folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 files: %3 days, %4 papers, %5 warnings, %6 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List cached days with their paper counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the papers of a day in digest order (default: the latest cached day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most one date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is empty: import or sync digests first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one paper with everything every source said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arXiv id or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name one paper id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an arXiv id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source format &apos;%1&apos; (use markdown or hf-json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches digests from the enabled sources (or those given) into the cache. Days fetched before are re-checked only while they are at most 3 days old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (default: 14 days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source by name (hf, daily_papers_ko or your own), or FORMAT=URL_TEMPLATE with FORMAT markdown or hf-json and {date} or {yyyy}/{MM}/{dd} in the URL. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range is longer than %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source is enabled; name one with --source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n paper(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: the network is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n (day, source) pair(s) skipped: fetched before and final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ingest</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not readable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::parse</name>
    <message numerus="yes">
        <source>invalid UTF-8 on %n line(s), replaced by U+FFFD; this is the first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NUL byte(s) replaced by U+FFFD; this is the first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::store</name>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper %1 vanished while writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fetch record has no valid day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fetch record has no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an arXiv id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::store::DataPaths</name>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::sync</name>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source name cannot start or end with spaces or span lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &apos;%1&apos; has no URL template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL template of &apos;%1&apos; must name the day with {date}, or with {yyyy}, {MM} and {dd}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL template of &apos;%1&apos; has an unknown placeholder; use {date}, {yyyy}, {MM} or {dd}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL template of &apos;%1&apos; does not make a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &apos;%1&apos; must use https (plain http only for this computer: localhost, 127.0.0.1, ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::sync::DigestDecoder</name>
    <message>
        <source>%1: the server sent an HTML page, not a digest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::sync::HttpFetcher</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: the network is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the server asks to wait %2 s, so it waits until the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (after %2 tries)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::sync::HttpTransfer</name>
    <message>
        <source>gave up after %1 s: the server sends too slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused a redirect to &apos;%1&apos; (only https, or http to this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::sync::SourceRegistry</name>
    <message>
        <source>Cannot read the source list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &apos;%1&apos; has an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the source list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source name &apos;%1&apos; may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source named &apos;%1&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in source &apos;%1&apos; can be switched off but not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::sync::SyncWorker</name>
    <message>
        <source>cannot read the cache&apos;s fetch records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected 304 for a page after the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui</name>
    <message>
        <source>[image]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline reader for daily AI-paper digests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the cache and user data in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in sample digests in a temporary data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paperboy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::Actions</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Digests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Digest &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Sample Digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads the digests of today and the last days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;This Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backfill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Import &amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latest Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest Day with a &amp;Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Paper in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the arXiv page (also Enter or a double-click on a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;Digest Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Paperboy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::BackfillDialog</name>
    <message>
        <source>Backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the digests of every day in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day must not come after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digests of future days do not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 days at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::CachedDaysCalendar</name>
    <message>
        <source>%1 paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 papers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::DateNavigator</name>
    <message>
        <source>&amp;Go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date and press Enter (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::DetailDocument</name>
    <message>
        <source>arXiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary in the cache for this paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GitHub star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GitHub stars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ImportController</name>
    <message>
        <source>No digest files (*.md, *.json) found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ImportProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import; digests already written stay in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for digest files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1/%2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ImportReport</name>
    <message>
        <source>Import cancelled after %1 digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled after %1 digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 papers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files found: %1. Days written: %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::LinkOpener</name>
    <message>
        <source>Refused to open &quot;%1&quot;: only http and https links are opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: no web browser answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::MainWindow</name>
    <message>
        <source>Paperboy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import digests to start reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No digest for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest of this day lists no papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper %1 is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a paper first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later day with a digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier day with a digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No digests cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Paperboy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paperboy %1

An offline reader for daily AI-paper digests.

Data folder:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued after the running import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digests (*.md *.json);;Markdown digests (*.md);;Hugging Face days (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — see File → Last Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled: %1 new, %2 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync done: %1 new, %2 unchanged, %3 not published, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::PaperListPane</name>
    <message>
        <source>Filter by title or author (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the list (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No digest for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nearest day with a digest is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No papers match ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No digests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the latest digests (F5), import digest files (markdown or Hugging Face JSON), or try the sample digests. You can also drop files on this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SourcesDialog</name>
    <message>
        <source>Sync Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face API JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template names the day with {date} (YYYY-MM-DD) or {yyyy}, {MM} and {dd}. Only https is allowed, or http to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SyncLogDialog</name>
    <message>
        <source>Sync Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Selected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SyncLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SyncSettingsDialog</name>
    <message>
        <source>Sync Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync when Paperboy starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days before today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;Now covers today and:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync again &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SyncStatusWidget</name>
    <message>
        <source>Offline — showing cached papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync resumes by itself when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync; days already downloaded stay in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1/%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digests (days × sources) checked so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: 1 digest failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: %1 digests failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the Sync Log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parse</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large for a digest (%2 MB, the limit is %3 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large for a digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no date: name the file YYYY-MM-DD.json or pass --date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
