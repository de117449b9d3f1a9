<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>HfJsonReader</name>
    <message>
        <source>entry %1 skipped: %2</source>
        <translation>항목 %1을(를) 건너뛰었습니다: %2</translation>
    </message>
    <message>
        <source>no &quot;paper&quot; object</source>
        <translation>&quot;paper&quot; 객체가 없습니다</translation>
    </message>
    <message>
        <source>no paper.id</source>
        <translation>paper.id가 없습니다</translation>
    </message>
    <message>
        <source>paper.id is not an arXiv id</source>
        <translation>paper.id가 arXiv ID가 아닙니다</translation>
    </message>
    <message>
        <source>entry %1 (%2)</source>
        <translation>항목 %1 (%2)</translation>
    </message>
    <message>
        <source>paper %1 has no title</source>
        <translation>논문 %1에 제목이 없습니다</translation>
    </message>
    <message>
        <source>has no name; ignored</source>
        <translation>이름이 없어 무시했습니다</translation>
    </message>
    <message>
        <source>%1: invalid JSON (%2 at byte %3)</source>
        <translation>%1: 잘못된 JSON입니다(%3바이트 위치에서 %2)</translation>
    </message>
    <message>
        <source>%1: not a Hugging Face daily papers list (a JSON array)</source>
        <translation>%1: Hugging Face daily papers 목록(JSON 배열)이 아닙니다</translation>
    </message>
    <message>
        <source>%1: no valid day given</source>
        <translation>%1: 유효한 날짜가 지정되지 않았습니다</translation>
    </message>
    <message>
        <source>entry %1: paper %2 listed again; merged into its first listing</source>
        <translation>항목 %1: 논문 %2이(가) 다시 나와 처음 나온 항목에 병합했습니다</translation>
    </message>
    <message>
        <source>is not %1; ignored</source>
        <translation>%1이(가) 아니어서 무시했습니다</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>an ISO date and time</source>
        <translation>ISO 날짜 및 시각</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL; ignored</source>
        <translation>&quot;%1&quot;은(는) http(s) URL이 아니어서 무시했습니다</translation>
    </message>
</context>
<context>
    <name>MarkdownDigestReader</name>
    <message>
        <source>%1: file too large (%2 bytes)</source>
        <translation>%1: 파일이 너무 큽니다(%2바이트)</translation>
    </message>
    <message>
        <source>%1: the markdown parser gave up (out of memory)</source>
        <translation>%1: Markdown 파서가 처리를 중단했습니다(메모리 부족)</translation>
    </message>
    <message>
        <source>%1: no &quot;## Daily Papers (YYYY-MM-DD)&quot; header at the top; not a daily papers digest</source>
        <translation>%1: 맨 위에 &quot;## Daily Papers (YYYY-MM-DD)&quot; 헤더가 없으므로 daily papers 다이제스트가 아닙니다</translation>
    </message>
    <message>
        <source>%1: header date &quot;%2&quot; is not a valid YYYY-MM-DD date</source>
        <translation>%1: 헤더 날짜 &quot;%2&quot;은(는) 유효한 YYYY-MM-DD 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>%1: header date %2 is not the expected %3</source>
        <translation>%1: 헤더 날짜 %2이(가) 예상한 %3과(와) 다릅니다</translation>
    </message>
    <message>
        <source>file ends in the middle of a line; the last paper may be cut off</source>
        <translation>파일이 줄 중간에서 끝나므로 마지막 논문이 잘렸을 수 있습니다</translation>
    </message>
    <message>
        <source>text outside any paper ignored</source>
        <translation>논문에 속하지 않은 텍스트를 무시했습니다</translation>
    </message>
    <message>
        <source>unrecognised heading ignored</source>
        <translation>인식할 수 없는 제목을 무시했습니다</translation>
    </message>
    <message numerus="yes">
        <source>a block for %1 in the digest of %2: its %n paper(s) are not added</source>
        <translation>
            <numerusform>%2 다이제스트 안의 %1 블록: 논문 %n편을 추가하지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>heading is not &quot;### [Title](arXiv link)&quot;; paper skipped</source>
        <translation>제목이 &quot;### [Title](arXiv link)&quot; 형식이 아니어서 논문을 건너뛰었습니다</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; is not an arXiv paper; paper skipped</source>
        <translation>링크 &quot;%1&quot;은(는) arXiv 논문이 아니어서 논문을 건너뛰었습니다</translation>
    </message>
    <message>
        <source>paper %1 has no title; skipped</source>
        <translation>논문 %1에 제목이 없어 건너뛰었습니다</translation>
    </message>
    <message>
        <source>paper %1 listed again; merged into its first listing</source>
        <translation>논문 %1이(가) 다시 나와 처음 나온 항목에 병합했습니다</translation>
    </message>
</context>
<context>
    <name>PaperBodyReader</name>
    <message>
        <source>HTML that is not a video player dropped</source>
        <translation>동영상 플레이어가 아닌 HTML을 제거했습니다</translation>
    </message>
    <message>
        <source>unrecognised text kept in section &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 섹션의 인식할 수 없는 텍스트를 그대로 두었습니다</translation>
    </message>
    <message>
        <source>paper %1 has no summary</source>
        <translation>논문 %1에 요약이 없습니다</translation>
    </message>
</context>
<context>
    <name>PaperMetaReader</name>
    <message>
        <source>media link &quot;%1&quot; is not an http(s) URL; ignored</source>
        <translation>미디어 링크 &quot;%1&quot;은(는) http(s) URL이 아니므로 무시했습니다</translation>
    </message>
    <message>
        <source>thumbnail of another paper kept as an image</source>
        <translation>다른 논문의 썸네일을 이미지로 유지했습니다</translation>
    </message>
    <message>
        <source>second Vote line ignored</source>
        <translation>두 번째 Vote 줄을 무시했습니다</translation>
    </message>
    <message>
        <source>vote count &quot;%1&quot; is not a number; left unknown</source>
        <translation>투표 수 &quot;%1&quot;이(가) 숫자가 아니므로 알 수 없음으로 두었습니다</translation>
    </message>
    <message>
        <source>author list has unbalanced quotes; read as far as possible</source>
        <translation>저자 목록의 따옴표 짝이 맞지 않습니다. 가능한 데까지 읽었습니다</translation>
    </message>
    <message>
        <source>second Authors line; its new names are added</source>
        <translation>두 번째 Authors 줄입니다. 새 이름을 추가했습니다</translation>
    </message>
</context>
<context>
    <name>paperboy::ask</name>
    <message>
        <source>the endpoint stopped with an error: %1</source>
        <translation>엔드포인트가 오류로 멈췄습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>the endpoint fell silent for %n second(s); the answer is cut off</source>
        <translation>
            <numerusform>엔드포인트가 %n초 동안 응답하지 않아 답이 중간에 끊겼습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection ended before the answer did; it is cut off</source>
        <translation>답이 끝나기 전에 연결이 끊어져 답이 중간에 끊겼습니다</translation>
    </message>
    <message numerus="yes">
        <source>the endpoint gave no answer within %n second(s)</source>
        <translation>
            <numerusform>엔드포인트가 %n초 안에 답하지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the endpoint could not be reached: %1</source>
        <translation>엔드포인트에 연결할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>the endpoint is busy and asks to wait %n second(s) (HTTP 429); ask again later</source>
        <translation>
            <numerusform>엔드포인트가 바빠서 %n초 기다려 달라고 합니다(HTTP 429). 나중에 다시 물어보세요</numerusform>
        </translation>
    </message>
    <message>
        <source>the endpoint is still busy (HTTP 429); ask again later</source>
        <translation>엔드포인트가 여전히 바쁩니다(HTTP 429). 나중에 다시 물어보세요</translation>
    </message>
    <message>
        <source>the endpoint refused the request without a key (HTTP %1); set the key in Settings → Summaries or $PAPERBOY_LLM_API_KEY</source>
        <translation>엔드포인트가 키 없는 요청을 거부했습니다(HTTP %1). 설정 → 요약 또는 $PAPERBOY_LLM_API_KEY에 키를 설정하세요</translation>
    </message>
    <message>
        <source>the endpoint refused the key (HTTP %1)</source>
        <translation>엔드포인트가 키를 거부했습니다(HTTP %1)</translation>
    </message>
    <message>
        <source>the endpoint answered HTTP %1</source>
        <translation>엔드포인트가 HTTP %1로 응답했습니다</translation>
    </message>
    <message>
        <source>the endpoint&apos;s answer holds no message (is it an OpenAI-compatible chat-completions endpoint?)</source>
        <translation>엔드포인트의 응답에 메시지가 없습니다(OpenAI 호환 chat-completions 엔드포인트가 맞습니까?)</translation>
    </message>
    <message>
        <source>(The PDF was not available: this answer rests on the abstract and the summaries only.)</source>
        <translation>(PDF가 없어 이 답은 초록과 요약만을 근거로 합니다.)</translation>
    </message>
</context>
<context>
    <name>paperboy::cli</name>
    <message>
        <source>Serve the library to AI assistants (Model Context Protocol)</source>
        <translation>AI 어시스턴트에 라이브러리 제공(Model Context Protocol)</translation>
    </message>
    <message>
        <source>Serve the library to AI assistants as a Model Context Protocol server over standard input and output (JSON-RPC, one message a line; messages go to standard error). Read-only unless --allow-writes.</source>
        <translation>라이브러리를 표준 입력과 출력 위의 Model Context Protocol 서버로 AI 어시스턴트에 제공합니다(JSON-RPC, 한 줄에 메시지 하나; 안내 메시지는 표준 오류로). --allow-writes가 없으면 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Let assistants add and remove bookmarks, set notes and mark papers read</source>
        <translation>어시스턴트가 북마크를 추가·삭제하고 메모를 쓰고 논문을 읽음으로 표시하도록 허용</translation>
    </message>
    <message>
        <source>takes no arguments</source>
        <translation>인수를 받지 않습니다</translation>
    </message>
    <message>
        <source>paperboy mcp: serving %1 (%2)</source>
        <translation>paperboy mcp: %1 제공 중(%2)</translation>
    </message>
    <message>
        <source>writes allowed</source>
        <translation>쓰기 허용</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>Import digest files or folders (.md, .json)</source>
        <translation>다이제스트 파일 또는 폴더 가져오기(.md, .json)</translation>
    </message>
    <message>
        <source>List cached days</source>
        <translation>캐시된 날짜 목록</translation>
    </message>
    <message>
        <source>List the papers of a day</source>
        <translation>하루치 논문 목록</translation>
    </message>
    <message>
        <source>Show one paper</source>
        <translation>논문 하나 보기</translation>
    </message>
    <message>
        <source>Fetch digests from the network into the cache</source>
        <translation>네트워크에서 다이제스트를 가져와 캐시에 저장</translation>
    </message>
    <message>
        <source>--data-dir needs a folder</source>
        <translation>--data-dir에는 폴더가 필요합니다</translation>
    </message>
    <message>
        <source>Usage: paperboy [--data-dir DIR] [COMMAND] [OPTIONS]</source>
        <translation>사용법: paperboy [--data-dir 폴더] [명령] [옵션]</translation>
    </message>
    <message>
        <source>Without a command, paperboy opens the reader window (--demo: with sample digests).</source>
        <translation>명령 없이 실행하면 paperboy는 리더 창을 엽니다(--demo: 샘플 다이제스트와 함께).</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>전역 옵션:</translation>
    </message>
    <message>
        <source>Folder of the cache and user data (also $PAPERBOY_DATA_DIR)</source>
        <translation>캐시와 사용자 데이터 폴더($PAPERBOY_DATA_DIR로도 지정 가능)</translation>
    </message>
    <message>
        <source>Show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>이 도움말을 표시합니다. 명령 --help는 해당 명령의 옵션을 표시합니다</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>버전 표시</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>paperboy: unknown command &apos;%1&apos;</source>
        <translation>paperboy: 알 수 없는 명령 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: &apos;%2&apos;은(는) 날짜(YYYY-MM-DD)가 아닙니다</translation>
    </message>
    <message>
        <source>Day of the imported .json files (default: from the file name)</source>
        <translation>가져온 .json 파일의 날짜(기본값: 파일 이름에서)</translation>
    </message>
    <message>
        <source>Do not list warnings</source>
        <translation>경고를 표시하지 않음</translation>
    </message>
    <message>
        <source>Files or folders</source>
        <translation>파일 또는 폴더</translation>
    </message>
    <message>
        <source>nothing to import: name files or folders</source>
        <translation>가져올 것이 없습니다: 파일이나 폴더를 지정하십시오</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>경고: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>오류: </translation>
    </message>
    <message>
        <source>Imported %1 of %2 files: %3 days, %4 papers, %5 warnings, %6 failed</source>
        <translation>파일 %2개 중 %1개를 가져왔습니다: %3일, 논문 %4편, 경고 %5개, 실패 %6개</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>JSON으로 출력</translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation>투표: %1</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation>AI 요약</translation>
    </message>
    <message>
        <source>Keywords: </source>
        <translation>키워드: </translation>
    </message>
    <message>
        <source>List cached days with their paper counts.</source>
        <translation>캐시된 날짜와 각 날짜의 논문 수를 나열합니다.</translation>
    </message>
    <message>
        <source>List the papers of a day in digest order (default: the latest cached day).</source>
        <translation>하루치 논문을 다이제스트 순서로 나열합니다(기본값: 가장 최근에 캐시된 날짜).</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>at most one date</source>
        <translation>날짜는 하나만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>The cache is empty: import or sync digests first.</source>
        <translation>캐시가 비어 있습니다. 먼저 다이제스트를 가져오거나 동기화하십시오.</translation>
    </message>
    <message>
        <source>Show one paper with everything every source said.</source>
        <translation>논문 하나를 모든 소스의 내용과 함께 표시합니다.</translation>
    </message>
    <message>
        <source>arXiv id or URL</source>
        <translation>arXiv ID 또는 URL</translation>
    </message>
    <message>
        <source>name one paper id</source>
        <translation>논문 ID를 하나 지정하십시오</translation>
    </message>
    <message>
        <source>%1 is not in the cache</source>
        <translation>%1은(는) 캐시에 없습니다</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos; (known: %2)</source>
        <translation>알 수 없는 소스 &apos;%1&apos;(알려진 소스: %2)</translation>
    </message>
    <message>
        <source>--%1 needs a number of milliseconds</source>
        <translation>--%1에는 밀리초 단위의 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>Fetches digests from the enabled sources (or those given) into the cache. Days fetched before are re-checked only while they are at most 3 days old.</source>
        <translation>활성화된 소스(또는 지정한 소스)에서 다이제스트를 가져와 캐시에 저장합니다. 이전에 가져온 날짜는 3일이 지나기 전까지만 다시 확인합니다.</translation>
    </message>
    <message>
        <source>First day (default: 14 days ago)</source>
        <translation>첫째 날(기본값: 14일 전)</translation>
    </message>
    <message>
        <source>Last day (default: today)</source>
        <translation>마지막 날(기본값: 오늘)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>예상치 못한 인수 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--to: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--to: &apos;%1&apos;은(는) 날짜(YYYY-MM-DD)가 아닙니다</translation>
    </message>
    <message>
        <source>--from: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--from: &apos;%1&apos;은(는) 날짜(YYYY-MM-DD)가 아닙니다</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from이 --to보다 뒤입니다</translation>
    </message>
    <message>
        <source>the range is longer than %1 days</source>
        <translation>범위가 %1일보다 깁니다</translation>
    </message>
    <message>
        <source>no source is enabled; name one with --source</source>
        <translation>활성화된 소스가 없습니다. --source로 소스를 지정하십시오</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>논문 %n편</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>try %1</source>
        <translation>%1을(를) 시도해 보십시오</translation>
    </message>
    <message>
        <source>offline: the network is down</source>
        <translation>오프라인: 네트워크에 연결할 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n (day, source) pair(s) skipped: fetched before and final</source>
        <translation>
            <numerusform>(날짜, 소스) 쌍 %n개를 건너뛰었습니다: 이미 가져왔고 확정됨</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the cache; nothing was bookmarked</source>
        <translation>%1은(는) 캐시에 없습니다. 북마크하지 않았습니다</translation>
    </message>
    <message>
        <source>%n paper(s) bookmarked</source>
        <translation>논문 %n편을 북마크했습니다</translation>
    </message>
    <message>
        <source>%1 is not bookmarked; nothing was removed</source>
        <translation>%1은(는) 북마크되어 있지 않습니다. 제거하지 않았습니다</translation>
    </message>
    <message>
        <source>%n bookmark(s) removed</source>
        <translation>북마크 %n개를 제거했습니다</translation>
    </message>
    <message>
        <source>Add or remove bookmarks, or list them (newest first). A bookmark keeps its paper&apos;s title, authors, date and abstract, so the list needs no cache.</source>
        <translation>북마크를 추가, 제거하거나 나열합니다(최신순). 북마크에는 논문의 제목, 저자, 날짜, 초록이 저장되므로 목록에 캐시가 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>Print JSON (list)</source>
        <translation>JSON으로 출력(list)</translation>
    </message>
    <message>
        <source>add, remove or list</source>
        <translation>add, remove 또는 list</translation>
    </message>
    <message>
        <source>arXiv ids or URLs</source>
        <translation>arXiv ID 또는 URL</translation>
    </message>
    <message>
        <source>takes no ids</source>
        <translation>ID를 받지 않습니다</translation>
    </message>
    <message>
        <source>name an action: add, remove or list</source>
        <translation>동작을 지정하십시오: add, remove 또는 list</translation>
    </message>
    <message>
        <source>name at least one paper id</source>
        <translation>논문 ID를 하나 이상 지정하십시오</translation>
    </message>
    <message>
        <source>Mark papers as read (or unread).</source>
        <translation>논문을 읽음(또는 읽지 않음)으로 표시합니다.</translation>
    </message>
    <message>
        <source>Mark them unread instead</source>
        <translation>대신 읽지 않음으로 표시</translation>
    </message>
    <message>
        <source>Print a paper&apos;s note, or set it to TEXT (&quot;-&quot;: read standard input; empty: delete).</source>
        <translation>논문의 메모를 출력하거나 TEXT로 설정합니다(&quot;-&quot;: 표준 입력에서 읽기, 빈 값: 삭제).</translation>
    </message>
    <message>
        <source>The note (plain text or markdown)</source>
        <translation>메모(일반 텍스트 또는 Markdown)</translation>
    </message>
    <message>
        <source>Search every cached paper (words, filters, ids)</source>
        <translation>캐시된 모든 논문 검색(단어, 필터, ID)</translation>
    </message>
    <message>
        <source>The most voted papers of a week or month</source>
        <translation>한 주 또는 한 달 동안 가장 많이 투표받은 논문</translation>
    </message>
    <message>
        <source>The papers most like one paper</source>
        <translation>한 논문과 가장 비슷한 논문</translation>
    </message>
    <message>
        <source>Prefetch thumbnails of cached days, or show the cache</source>
        <translation>캐시된 날짜의 썸네일을 미리 가져오거나 캐시 상태 표시</translation>
    </message>
    <message>
        <source>Add, remove or list bookmarks</source>
        <translation>북마크 추가, 제거 또는 나열</translation>
    </message>
    <message>
        <source>Mark papers read or unread</source>
        <translation>논문을 읽음 또는 읽지 않음으로 표시</translation>
    </message>
    <message>
        <source>Print or set a paper&apos;s note</source>
        <translation>논문 메모 출력 또는 설정</translation>
    </message>
    <message>
        <source>Export papers as BibTeX, RIS, Markdown or CSV</source>
        <translation>논문을 BibTeX, RIS, Markdown 또는 CSV로 내보내기</translation>
    </message>
    <message>
        <source>Export, import or back up your own data</source>
        <translation>사용자 데이터 내보내기, 가져오기 또는 백업</translation>
    </message>
    <message>
        <source>--lang needs a language (en, ko)</source>
        <translation>--lang에는 언어(en, ko)가 필요합니다</translation>
    </message>
    <message>
        <source>Language of the messages: en or ko (default: the system&apos;s)</source>
        <translation>메시지 언어: en 또는 ko(기본값: 시스템 언어)</translation>
    </message>
    <message>
        <source>Import markdown digests (.md), Hugging Face API days (.json) and days of the Korean briefs (_paper_ko.json) into the cache. Folders are read recursively.</source>
        <translation>Markdown 다이제스트(.md), Hugging Face API 날짜 파일(.json), 한국어 요약 날짜 파일(_paper_ko.json)을 캐시로 가져옵니다. 폴더는 하위 폴더까지 읽습니다.</translation>
    </message>
    <message>
        <source>No papers match.</source>
        <translation>일치하는 논문이 없습니다.</translation>
    </message>
    <message>
        <source>At most N papers (default 20)</source>
        <translation>최대 N편(기본값 20)</translation>
    </message>
    <message>
        <source>relevance (default), date or votes</source>
        <translation>relevance(기본값), date 또는 votes</translation>
    </message>
    <message>
        <source>What to search for</source>
        <translation>검색할 내용</translation>
    </message>
    <message>
        <source>name what to search for</source>
        <translation>검색할 내용을 지정하십시오</translation>
    </message>
    <message>
        <source>--sort takes relevance, date or votes</source>
        <translation>--sort에는 relevance, date 또는 votes를 지정합니다</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 10000</source>
        <translation>--limit에는 1부터 10000까지의 숫자를 지정합니다</translation>
    </message>
    <message>
        <source>The most voted papers of an ISO week or a month, with the day each was listed.</source>
        <translation>ISO 주 또는 한 달 동안 가장 많이 투표받은 논문을 각 논문이 게시된 날짜와 함께 표시합니다.</translation>
    </message>
    <message>
        <source>ISO week, e.g. 2024-W03</source>
        <translation>ISO 주(예: 2024-W03)</translation>
    </message>
    <message>
        <source>Month, e.g. 2024-01</source>
        <translation>월(예: 2024-01)</translation>
    </message>
    <message>
        <source>give one of --week YYYY-Www or --month YYYY-MM</source>
        <translation>--week YYYY-Www 또는 --month YYYY-MM 중 하나를 지정하십시오</translation>
    </message>
    <message>
        <source>The 5 cached papers most like one paper, by its title, keywords and abstract.</source>
        <translation>제목, 키워드, 초록을 기준으로 한 논문과 가장 비슷한 캐시된 논문 5편을 표시합니다.</translation>
    </message>
    <message>
        <source>unknown source format &apos;%1&apos; (use markdown, hf-json or korean-autoflow)</source>
        <translation>알 수 없는 소스 형식 &apos;%1&apos;(markdown, hf-json 또는 korean-autoflow를 사용하십시오)</translation>
    </message>
    <message>
        <source>A source by name (hf, daily_papers_ko, korean_autoflow or your own), or FORMAT=URL_TEMPLATE with FORMAT markdown, hf-json or korean-autoflow and {date} or {yyyy}/{MM}/{dd} in the URL. Repeatable.</source>
        <translation>이름으로 지정한 소스(hf, daily_papers_ko, korean_autoflow 또는 직접 추가한 소스) 또는 FORMAT=URL_TEMPLATE(FORMAT은 markdown, hf-json 또는 korean-autoflow이고 URL에 {date} 또는 {yyyy}/{MM}/{dd} 포함). 반복 가능.</translation>
    </message>
    <message>
        <source>Download the missing thumbnails of cached days (default: the last 14).</source>
        <translation>캐시된 날짜의 누락된 썸네일을 다운로드합니다(기본값: 최근 14일).</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>첫째 날</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>마지막 날</translation>
    </message>
    <message>
        <source>Also allow images from HOST (repeatable)</source>
        <translation>호스트의 이미지도 허용(반복 가능)</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>%n day(s): </source>
        <translation>%n일: </translation>
    </message>
    <message>
        <source>fetched %n, </source>
        <translation>가져옴 %n, </translation>
    </message>
    <message>
        <source>already cached %n, </source>
        <translation>이미 캐시됨 %n, </translation>
    </message>
    <message>
        <source>refused host %n, </source>
        <translation>거부된 호스트 %n, </translation>
    </message>
    <message>
        <source>failed %n</source>
        <translation>실패 %n</translation>
    </message>
    <message>
        <source>Show how much the thumbnail cache holds.</source>
        <translation>썸네일 캐시의 사용량을 표시합니다.</translation>
    </message>
    <message>
        <source>%n thumbnail(s) cached, </source>
        <translation>썸네일 %n개 캐시됨, </translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1/%2 MB</translation>
    </message>
    <message>
        <source>Usage: paperboy thumbnails prefetch [--from DATE] [--to DATE] [--image-host HOST]...</source>
        <translation>사용법: paperboy thumbnails prefetch [--from 날짜] [--to 날짜] [--image-host 호스트]...</translation>
    </message>
    <message>
        <source>       paperboy thumbnails status [--json]</source>
        <translation>        paperboy thumbnails status [--json]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an arXiv id or URL</source>
        <translation>&apos;%1&apos;은(는) arXiv ID나 URL이 아닙니다</translation>
    </message>
    <message>
        <source>%1 is neither in the cache nor bookmarked; nothing was changed</source>
        <translation>%1은(는) 캐시에도 없고 북마크되어 있지도 않습니다. 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Merged: %n bookmark(s), </source>
        <translation>병합됨: 북마크 %n개, </translation>
    </message>
    <message>
        <source>%n read mark(s), </source>
        <translation>읽음 표시 %n개, </translation>
    </message>
    <message>
        <source>%n note(s) new or newer</source>
        <translation>새 메모 또는 더 최신 메모 %n개</translation>
    </message>
    <message>
        <source>The JSON file (export: - for standard output)</source>
        <translation>JSON 파일(export: -는 표준 출력)</translation>
    </message>
    <message>
        <source>bibtex, ris, markdown or csv</source>
        <translation>bibtex, ris, markdown 또는 csv</translation>
    </message>
    <message>
        <source>Every bookmark</source>
        <translation>모든 북마크</translation>
    </message>
    <message>
        <source>The papers of a cached day</source>
        <translation>캐시된 날짜의 논문</translation>
    </message>
    <message>
        <source>Write to FILE (default: standard output)</source>
        <translation>FILE에 쓰기(기본값: 표준 출력)</translation>
    </message>
    <message>
        <source>--format must be bibtex, ris, markdown or csv</source>
        <translation>--format은 bibtex, ris, markdown 또는 csv여야 합니다</translation>
    </message>
    <message>
        <source>%1 is not a cached day</source>
        <translation>%1은(는) 캐시된 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>Download bookmarked papers&apos; PDFs, or show them</source>
        <translation>북마크한 논문의 PDF를 내려받거나 보여 주기</translation>
    </message>
    <message>
        <source>Download the PDFs of bookmarked papers (default: every one not yet kept).</source>
        <translation>북마크한 논문의 PDF를 내려받습니다 (기본값: 아직 보관하지 않은 모든 논문).</translation>
    </message>
    <message>
        <source>Fetch from URL/pdf/ID (default: the setting, https://arxiv.org)</source>
        <translation>URL/pdf/ID에서 가져오기 (기본값: 설정, https://arxiv.org)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>pdf fetch: %1 is not bookmarked (bookmark it first: paperboy bookmarks add %1)</source>
        <translation>pdf fetch: %1은(는) 북마크되어 있지 않습니다 (먼저 북마크하세요: paperboy bookmarks add %1)</translation>
    </message>
    <message>
        <source>downloaded %n, </source>
        <translation>내려받음 %n, </translation>
    </message>
    <message>
        <source>already kept %n, </source>
        <translation>이미 보관됨 %n, </translation>
    </message>
    <message>
        <source>Show which bookmarked papers have their PDF kept.</source>
        <translation>어떤 북마크 논문의 PDF가 보관되어 있는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>%1 of %n bookmarked paper(s) kept as PDF, </source>
        <translation>북마크한 논문 %n편 중 %1편의 PDF 보관, </translation>
    </message>
    <message>
        <source>%1 MB in %2</source>
        <translation>%2에 %1 MB</translation>
    </message>
    <message>
        <source>Usage: paperboy pdf fetch [--base-url URL] [ID...]</source>
        <translation>사용법: paperboy pdf fetch [--base-url URL] [ID...]</translation>
    </message>
    <message>
        <source>       paperboy pdf status [--json]</source>
        <translation>       paperboy pdf status [--json]</translation>
    </message>
    <message>
        <source>--query needs something to search for</source>
        <translation>--query에는 검색할 내용이 필요합니다</translation>
    </message>
    <message>
        <source>no cached paper matches %1</source>
        <translation>%1에 맞는 캐시된 논문이 없습니다</translation>
    </message>
    <message>
        <source>Export bookmarks, a day&apos;s papers or search results as BibTeX, RIS, Markdown or CSV.</source>
        <translation>북마크, 하루치 논문 또는 검색 결과를 BibTeX, RIS, Markdown 또는 CSV로 내보냅니다.</translation>
    </message>
    <message>
        <source>The papers a search finds (the search command&apos;s syntax)</source>
        <translation>검색으로 찾은 논문 (search 명령과 같은 문법)</translation>
    </message>
    <message>
        <source>choose one of --bookmarks, --date DATE or --query Q</source>
        <translation>--bookmarks, --date DATE, --query Q 중 하나를 고르세요</translation>
    </message>
    <message>
        <source>Search every cached paper: words (all of them), &quot;phrases&quot;, prefix*, -excluded, author:NAME, after:DATE, before:DATE, votes:&gt;N, source:NAME, is:bookmarked, is:unread, is:read, has:note, or an arXiv id or URL; your notes are searched too. Put -- before a query that starts with &apos;-&apos;.</source>
        <translation>캐시된 모든 논문을 검색합니다: 단어(모두 포함), &quot;구문&quot;, 접두어*, -제외어, author:NAME, after:DATE, before:DATE, votes:&gt;N, source:NAME, is:bookmarked, is:unread, is:read, has:note 또는 arXiv ID나 URL. 메모도 함께 검색합니다. &apos;-&apos;로 시작하는 검색어 앞에는 --를 붙이십시오.</translation>
    </message>
    <message>
        <source>Write a cached day as a Korean daily_papers_ko digest</source>
        <translation>캐시된 하루를 한국어 daily_papers_ko 다이제스트로 씁니다</translation>
    </message>
    <message>
        <source>Digest of %1: %n paper(s)</source>
        <translation>%1 다이제스트: 논문 %n편</translation>
    </message>
    <message>
        <source>Digest of %1: %n paper(s) written to %2</source>
        <translation>%1 다이제스트: 논문 %n편을 %2에 썼습니다</translation>
    </message>
    <message>
        <source>Korean text from %1: %n paper(s)</source>
        <translation>%1의 한국어 요약: 논문 %n편</translation>
    </message>
    <message>
        <source>No Korean text (title, links, vote and authors only): %n paper(s)</source>
        <translation>한국어 요약 없음(제목, 링크, 투표 수, 저자만): 논문 %n편</translation>
    </message>
    <message>
        <source>Write a cached day as a daily_papers_ko markdown digest, each paper with the best Korean text the cache has (daily_papers_ko, then Paperboy&apos;s own summaries, then the Korean briefs).</source>
        <translation>캐시된 하루를 daily_papers_ko 마크다운 다이제스트로 씁니다. 논문마다 캐시에 있는 가장 좋은 한국어 요약을 씁니다(daily_papers_ko, 다음으로 Paperboy가 만든 요약, 다음으로 한국어 브리프).</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>The cached day to write</source>
        <translation>쓸 캐시된 날짜</translation>
    </message>
    <message>
        <source>use: digest export --date DATE [-o FILE]</source>
        <translation>사용법: digest export --date DATE [-o FILE]</translation>
    </message>
    <message>
        <source>Summarize cached papers in Korean with a language model</source>
        <translation>캐시된 논문을 언어 모델로 한국어 요약</translation>
    </message>
    <message>
        <source>give --date or --from/--to, not both</source>
        <translation>--date와 --from/--to 중 하나만 지정하십시오</translation>
    </message>
    <message>
        <source>--from and --to go together</source>
        <translation>--from과 --to는 함께 지정해야 합니다</translation>
    </message>
    <message>
        <source>--to must be on or after --from, at most a year later</source>
        <translation>--to는 --from과 같거나 그 이후여야 하며, 최대 1년 뒤까지입니다</translation>
    </message>
    <message>
        <source>Summarize cached papers in Korean (What&apos;s New, Technical Details, Performance Highlights) through an OpenAI-compatible chat-completions endpoint. The API key comes from $PAPERBOY_LLM_API_KEY or the system keyring. Papers the same model summarized before are not asked again.</source>
        <translation>캐시된 논문을 OpenAI 호환 chat-completions 엔드포인트를 통해 한국어로 요약합니다(What&apos;s New, Technical Details, Performance Highlights). API 키는 $PAPERBOY_LLM_API_KEY 또는 시스템 키링에서 읽습니다. 같은 모델이 이미 요약한 논문은 다시 요청하지 않습니다.</translation>
    </message>
    <message>
        <source>The papers of DATE</source>
        <translation>DATE의 논문</translation>
    </message>
    <message>
        <source>The papers from DATE ...</source>
        <translation>DATE부터의 논문 ...</translation>
    </message>
    <message>
        <source>... to DATE</source>
        <translation>... DATE까지</translation>
    </message>
    <message>
        <source>This paper (may be repeated)</source>
        <translation>이 논문(여러 번 지정 가능)</translation>
    </message>
    <message>
        <source>The endpoint (default: the setting, %1)</source>
        <translation>엔드포인트(기본값: 설정값, %1)</translation>
    </message>
    <message>
        <source>The model (default: the setting, %1)</source>
        <translation>모델(기본값: 설정값, %1)</translation>
    </message>
    <message>
        <source>Requests at a time, 1-4 (default: %1)</source>
        <translation>동시 요청 수, 1-4(기본값: %1)</translation>
    </message>
    <message>
        <source>Add each paper&apos;s PDF text: the kept PDF, else downloaded for the prompt</source>
        <translation>각 논문의 PDF 텍스트를 추가: 보관된 PDF, 없으면 프롬프트용으로 내려받은 PDF</translation>
    </message>
    <message>
        <source>give --date, --from/--to or --id</source>
        <translation>--date, --from/--to 또는 --id를 지정하십시오</translation>
    </message>
    <message>
        <source>the endpoint must be an http(s) URL</source>
        <translation>엔드포인트는 http(s) URL이어야 합니다</translation>
    </message>
    <message>
        <source>name a model (--model)</source>
        <translation>모델을 지정하십시오(--model)</translation>
    </message>
    <message>
        <source>--concurrency must be 1 to 4</source>
        <translation>--concurrency는 1에서 4 사이여야 합니다</translation>
    </message>
    <message>
        <source>the cache is empty: import or sync first</source>
        <translation>캐시가 비어 있습니다. 먼저 가져오거나 동기화하십시오</translation>
    </message>
    <message>
        <source>no cached paper on %1</source>
        <translation>%1에 캐시된 논문이 없습니다</translation>
    </message>
    <message>
        <source>summarized</source>
        <translation>요약함</translation>
    </message>
    <message numerus="yes">
        <source>summarized %n, </source>
        <translation>
            <numerusform>요약 %n편, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already done %n, </source>
        <translation>
            <numerusform>이미 요약됨 %n편, </numerusform>
        </translation>
    </message>
    <message>
        <source>Ranked among the %1 newest matches; --sort date or --sort votes goes through all of them.</source>
        <translation>가장 최근의 일치 %1건 안에서 순위를 매겼습니다. --sort date 또는 --sort votes는 모든 일치를 살펴봅니다.</translation>
    </message>
    <message>
        <source>More papers match: --limit N shows more.</source>
        <translation>일치하는 논문이 더 있습니다. --limit N으로 더 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>paperboy: upgrading the cache for this version (once; the search index is rebuilt, a large archive takes a minute or two)</source>
        <translation>paperboy: 이 버전에 맞게 캐시를 업그레이드하는 중입니다 (한 번만; 검색 색인을 다시 만들며, 자료가 많으면 1~2분 걸립니다)</translation>
    </message>
    <message>
        <source>Saved searches that count what is new, and their feeds</source>
        <translation>새 논문을 세는 저장된 검색(워치)과 그 피드</translation>
    </message>
    <message>
        <source>, %n watch(es) new or changed</source>
        <translation>, 새 워치 또는 바뀐 워치 %n개</translation>
    </message>
    <message>
        <source>no watch is named %1</source>
        <translation>%1(이)라는 워치가 없습니다</translation>
    </message>
    <message>
        <source>No watches: paperboy watch add NAME QUERY saves one.</source>
        <translation>워치가 없습니다: paperboy watch add 이름 검색어 로 저장하세요.</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>새 논문이 없습니다.</translation>
    </message>
    <message>
        <source>Watches: saved searches that count the papers new since you last looked.
  add NAME QUERY     save a search (put -- before a query starting with &apos;-&apos;)
  remove NAME        delete it
  rename OLD NEW     rename it
  list               every watch with its new and total counts
  show NAME          its papers, newest first; * marks the new ones
  seen NAME          mark what it has now as seen
  feed NAME          an Atom feed of its 50 newest papers</source>
        <translation>워치: 마지막으로 본 뒤 새로 들어온 논문을 세는 저장된 검색입니다.
  add NAME QUERY     검색을 저장합니다(&apos;-&apos;로 시작하는 검색어 앞에는 --)
  remove NAME        워치를 지웁니다
  rename OLD NEW     이름을 바꿉니다
  list               모든 워치와 새 논문 수, 전체 수
  show NAME          워치의 논문, 최신순; *는 새 논문
  seen NAME          지금 있는 논문을 본 것으로 표시합니다
  feed NAME          최신 논문 50편의 Atom 피드</translation>
    </message>
    <message>
        <source>Print JSON (list, show)</source>
        <translation>JSON으로 출력합니다(list, show)</translation>
    </message>
    <message>
        <source>Only the new papers (show)</source>
        <translation>새 논문만(show)</translation>
    </message>
    <message>
        <source>At most N papers (show; default 50)</source>
        <translation>최대 N편(show; 기본 50)</translation>
    </message>
    <message>
        <source>Write the feed to FILE (feed; default: standard output)</source>
        <translation>피드를 FILE에 씁니다(feed; 기본: 표준 출력)</translation>
    </message>
    <message>
        <source>add, remove, rename, list, show, seen or feed</source>
        <translation>add, remove, rename, list, show, seen 또는 feed</translation>
    </message>
    <message>
        <source>name an action: add, remove, rename, list, show, seen or feed</source>
        <translation>동작을 지정하세요: add, remove, rename, list, show, seen 또는 feed</translation>
    </message>
    <message>
        <source>wrong number of arguments (see --help)</source>
        <translation>인수 개수가 맞지 않습니다(--help 참고)</translation>
    </message>
    <message>
        <source>a watch named %1 exists already</source>
        <translation>%1(이)라는 워치가 이미 있습니다</translation>
    </message>
    <message>
        <source>%1 was already bookmarked</source>
        <translation>%1은(는) 이미 북마크되어 있습니다</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; for --lang (supported: %2)</source>
        <translation>--lang의 언어 &apos;%1&apos;을(를) 알 수 없습니다 (지원: %2)</translation>
    </message>
    <message>
        <source>No cached days.</source>
        <translation>캐시된 날이 없습니다.</translation>
    </message>
    <message>
        <source>no such week: %1 (YYYY-Www, weeks 01 to 52 or 53)</source>
        <translation>그런 주가 없습니다: %1 (YYYY-Www, 01주부터 52주 또는 53주까지)</translation>
    </message>
    <message>
        <source>no such month: %1 (YYYY-MM)</source>
        <translation>그런 달이 없습니다: %1 (YYYY-MM)</translation>
    </message>
    <message>
        <source>name one arXiv id or URL</source>
        <translation>arXiv ID나 URL을 하나 지정하십시오</translation>
    </message>
    <message>
        <source>no API key is set for the endpoint %1: set $PAPERBOY_LLM_API_KEY or store a key in Settings &gt; Summaries, or give --endpoint of a server on this machine that needs none</source>
        <translation>엔드포인트 %1의 API 키가 설정되어 있지 않습니다: $PAPERBOY_LLM_API_KEY를 설정하거나 설정 &gt; 요약에 키를 저장하거나, 키가 필요 없는 이 컴퓨터의 서버를 --endpoint로 지정하십시오</translation>
    </message>
    <message>
        <source>Mark papers not interested, or undo it</source>
        <translation>논문을 관심 없음으로 표시하거나 되돌립니다</translation>
    </message>
    <message>
        <source>Papers ranked by what you bookmark, with reasons</source>
        <translation>북마크에서 배운 순서로 논문을 보여 주고 이유를 답니다</translation>
    </message>
    <message>
        <source>%1 is not in the cache; nothing was marked</source>
        <translation>%1은(는) 캐시에 없습니다; 아무것도 표시하지 않았습니다</translation>
    </message>
    <message>
        <source>%n paper(s) marked not interested</source>
        <translation>논문 %n편을 관심 없음으로 표시했습니다</translation>
    </message>
    <message>
        <source>%1 is not marked not interested; nothing was changed</source>
        <translation>%1은(는) 관심 없음으로 표시되어 있지 않습니다; 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>%n not-interested mark(s) removed</source>
        <translation>관심 없음 표시 %n개를 지웠습니다</translation>
    </message>
    <message>
        <source>give --date DATE, or --from DATE and --to DATE</source>
        <translation>--date DATE 또는 --from DATE와 --to DATE를 주세요</translation>
    </message>
    <message>
        <source>Mark papers &quot;Not interested&quot; (or undo it): the For you ranking learns from these marks and your bookmarks. A mark keeps its paper&apos;s text, so it needs no cache.</source>
        <translation>논문을 &quot;관심 없음&quot;으로 표시합니다(또는 되돌립니다): 추천 순서는 이 표시와 북마크에서 배웁니다. 표시는 논문의 글을 함께 보관하므로 캐시가 없어도 됩니다.</translation>
    </message>
    <message>
        <source>Remove the marks instead</source>
        <translation>대신 표시를 지웁니다</translation>
    </message>
    <message>
        <source>The papers of the newest 7 cached days (or of --date, or --from to --to) in the order learnt from your bookmarks and not-interested marks, with the terms that raised each. Bookmarked papers are left out, dismissed ones come last.</source>
        <translation>캐시의 최근 7일(또는 --date, --from부터 --to까지)의 논문을 북마크와 관심 없음 표시에서 배운 순서로, 각 논문을 올린 용어와 함께 보여 줍니다. 북마크한 논문은 빼고, 관심 없음으로 표시한 논문은 맨 뒤에 둡니다.</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>하루</translation>
    </message>
    <message>
        <source>Ordered by votes: the For you order needs %n more bookmark(s).</source>
        <translation>추천수 순서입니다: 추천 순서에는 북마크가 %n개 더 필요합니다.</translation>
    </message>
    <message>
        <source>Merged: %n not-interested mark(s) new or newer</source>
        <translation>병합: 새롭거나 더 최신인 관심 없음 표시 %n개</translation>
    </message>
    <message>
        <source>Watching %1.</source>
        <translation>%1 워치를 저장했습니다.</translation>
    </message>
    <message>
        <source>Ask a question about a paper. The answer comes from the summaries&apos; OpenAI-compatible endpoint, from the parts of the kept PDF that fit the question (citing pages as [p. N]), else from the abstract and summaries. It is printed as it arrives and kept with the paper.</source>
        <translation>논문에 대해 질문합니다. 답은 요약에 쓰는 OpenAI 호환 엔드포인트가 보관된 PDF 중 질문에 맞는 부분을 바탕으로(쪽을 [p. N]으로 인용하며), PDF가 없으면 초록과 요약을 바탕으로 합니다. 답은 도착하는 대로 출력되고 논문과 함께 보관됩니다.</translation>
    </message>
    <message>
        <source>The paper (arXiv id or URL)</source>
        <translation>논문(arXiv ID 또는 URL)</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Print the question, answer, model and cited pages as JSON at the end</source>
        <translation>끝에 질문, 답, 모델, 인용된 쪽을 JSON으로 출력</translation>
    </message>
    <message>
        <source>give a paper id and a question</source>
        <translation>논문 ID와 질문을 지정하십시오</translation>
    </message>
    <message>
        <source>the question is empty</source>
        <translation>질문이 비어 있습니다</translation>
    </message>
    <message>
        <source>%1 is neither in the cache nor bookmarked</source>
        <translation>%1은(는) 캐시에도 북마크에도 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>the endpoint is busy; asking again in %n second(s)</source>
        <translation>
            <numerusform>엔드포인트가 바쁩니다. %n초 후에 다시 묻습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask a question about a paper; the answer cites pages</source>
        <translation>논문에 질문하기(답은 쪽을 인용)</translation>
    </message>
    <message>
        <source>Merged: %n question(s) new</source>
        <translation>병합: 새 질문 %n개</translation>
    </message>
    <message>
        <source>Papers per week or month of queries, rising terms, authors</source>
        <translation>검색어별 주·월 논문 수, 떠오르는 용어, 저자</translation>
    </message>
    <message>
        <source>period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>papers</source>
        <translation>논문</translation>
    </message>
    <message>
        <source>No rising terms.</source>
        <translation>떠오르는 용어가 없습니다.</translation>
    </message>
    <message>
        <source>How many papers each query (in the search language; quote one with spaces) finds per ISO week or month, beside all the papers of that period; or the terms rising in the recent weeks (--rising); or the most frequent authors of one query&apos;s papers (--authors). A paper counts on the date search gives it.</source>
        <translation>각 검색어(검색 언어로; 공백이 있으면 따옴표로 묶기)가 ISO 주 또는 월마다 찾는 논문 수를 그 기간의 전체 논문 수와 함께 보여 줍니다. 또는 최근 몇 주 동안 떠오르는 용어(--rising), 한 검색어 논문의 가장 잦은 저자(--authors)를 보여 줍니다. 논문은 검색이 보여 주는 날짜로 셉니다.</translation>
    </message>
    <message>
        <source>week (default) or month</source>
        <translation>week(기본값) 또는 month</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD)</source>
        <translation>첫째 날(YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD)</source>
        <translation>마지막 날(YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>The terms whose share grew most in the recent weeks</source>
        <translation>최근 몇 주 동안 비율이 가장 많이 늘어난 용어</translation>
    </message>
    <message>
        <source>Recent weeks for --rising (default 4)</source>
        <translation>--rising의 최근 주 수(기본값 4)</translation>
    </message>
    <message>
        <source>At most N terms or authors (default 20)</source>
        <translation>용어 또는 저자 최대 N개(기본값 20)</translation>
    </message>
    <message>
        <source>The most frequent authors of the query&apos;s papers</source>
        <translation>검색어 논문의 가장 잦은 저자</translation>
    </message>
    <message>
        <source>Queries to count</source>
        <translation>셀 검색어</translation>
    </message>
    <message>
        <source>give --rising or --authors, not both</source>
        <translation>--rising과 --authors 중 하나만 주십시오</translation>
    </message>
    <message>
        <source>--rising takes no query</source>
        <translation>--rising에는 검색어를 주지 않습니다</translation>
    </message>
    <message>
        <source>name what to count</source>
        <translation>셀 검색어를 지정하십시오</translation>
    </message>
    <message>
        <source>--by takes week or month</source>
        <translation>--by에는 week 또는 month를 지정합니다</translation>
    </message>
    <message>
        <source>--weeks takes a number from 1 to 52</source>
        <translation>--weeks에는 1부터 52까지의 숫자를 지정합니다</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 1000</source>
        <translation>--limit에는 1부터 1000까지의 숫자를 지정합니다</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to가 --from보다 앞입니다</translation>
    </message>
    <message>
        <source>Machines seen: %n</source>
        <translation>본 기기: %n대</translation>
    </message>
    <message>
        <source>(this machine)</source>
        <translation>(이 기기)</translation>
    </message>
    <message>
        <source>Library folder: %1</source>
        <translation>라이브러리 폴더: %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>This machine: %1 (%2)</source>
        <translation>이 기기: %1 (%2)</translation>
    </message>
    <message>
        <source>Changes waiting for the folder: %1</source>
        <translation>폴더를 기다리는 변경: %1개</translation>
    </message>
    <message>
        <source>no library folder is set (paperboy userdata folder DIR)</source>
        <translation>라이브러리 폴더가 설정되지 않았습니다 (paperboy userdata folder DIR)</translation>
    </message>
    <message>
        <source>The folder %1 is not there now; %n change(s) wait for it</source>
        <translation>폴더 %1이(가) 지금 없습니다. 변경 %n개가 기다립니다</translation>
    </message>
    <message>
        <source>Sent: %n change(s)</source>
        <translation>보냄: 변경 %n개</translation>
    </message>
    <message>
        <source>Came in: %n bookmark(s), </source>
        <translation>받음: 북마크 %n개, </translation>
    </message>
    <message>
        <source>%n note(s), </source>
        <translation>메모 %n개, </translation>
    </message>
    <message>
        <source>%n not-interested mark(s), </source>
        <translation>관심 없음 표시 %n개, </translation>
    </message>
    <message>
        <source>%n watch(es)</source>
        <translation>워치 %n개</translation>
    </message>
    <message>
        <source>, %n highlight(s)</source>
        <translation>, 하이라이트 %n개</translation>
    </message>
    <message>
        <source>, %n reading page(s)</source>
        <translation>, 읽던 쪽 %n개</translation>
    </message>
    <message>
        <source>, %n question(s)</source>
        <translation>, 질문 %n개</translation>
    </message>
    <message>
        <source>Notes that now keep the texts of edits made apart: %n</source>
        <translation>따로 고친 내용을 모두 간직한 메모: %n개</translation>
    </message>
    <message>
        <source>Skipped %n line(s) that are not whole records (read again later)</source>
        <translation>온전한 기록이 아닌 줄 %n개를 건너뛰었습니다 (나중에 다시 읽음)</translation>
    </message>
    <message>
        <source>the library folder was not updated (the change is kept and goes out later): %1</source>
        <translation>라이브러리 폴더를 갱신하지 못했습니다 (변경은 보관되며 나중에 나갑니다): %1</translation>
    </message>
    <message>
        <source>export, import, backup, folder or sync</source>
        <translation>export, import, backup, folder 또는 sync</translation>
    </message>
    <message>
        <source>folder: stop keeping the library in step</source>
        <translation>folder: 라이브러리 맞추기를 그만둡니다</translation>
    </message>
    <message>
        <source>folder: the name other machines show for this one</source>
        <translation>folder: 다른 기기에 보이는 이 기기의 이름</translation>
    </message>
    <message>
        <source>use: userdata export FILE | userdata import FILE | userdata backup | userdata folder [DIR | --off] | userdata sync</source>
        <translation>사용법: userdata export FILE | userdata import FILE | userdata backup | userdata folder [DIR | --off] | userdata sync</translation>
    </message>
    <message>
        <source>Move your bookmarks, read marks and notes as JSON (import merges: the newest change wins), or back the user file up now (the last 7 backups are kept). folder [DIR | --off] keeps the library in step with other machines through a folder; sync merges now.</source>
        <translation>북마크, 읽음 표시, 메모를 JSON으로 옮기거나(가져오기는 병합하며 가장 최근 변경이 이깁니다) 지금 사용자 파일을 백업합니다(최근 백업 7개를 보관). folder [DIR | --off]는 폴더를 통해 다른 기기와 라이브러리를 맞추고, sync는 지금 병합합니다.</translation>
    </message>
    <message>
        <source>List the highlights made in the Read view</source>
        <translation>읽기 화면에서 만든 하이라이트 목록</translation>
    </message>
    <message>
        <source>List the highlights made in the Read view, of one paper or of all, newest first.</source>
        <translation>읽기 화면에서 만든 하이라이트를 논문 하나 또는 전체에 대해 최신순으로 나열합니다.</translation>
    </message>
    <message>
        <source>name at most one paper id</source>
        <translation>논문 ID는 하나만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>p. </source>
        <translation>쪽 </translation>
    </message>
    <message>
        <source>Merged: %n highlight(s), </source>
        <translation>병합됨: 하이라이트 %n개, </translation>
    </message>
    <message>
        <source>%n reading position(s) new or newer</source>
        <translation>읽던 위치 %n개가 새로 추가되거나 더 최신임</translation>
    </message>
</context>
<context>
    <name>paperboy::exporting</name>
    <message>
        <source>Entry %1 of &quot;%2&quot; needs an arXiv &quot;id&quot; and a valid &quot;%3&quot;</source>
        <translation>&quot;%2&quot;의 항목 %1에는 arXiv &quot;id&quot;와 올바른 &quot;%3&quot;이(가) 필요합니다</translation>
    </message>
    <message>
        <source>Not a Paperboy user-data file (JSON with &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>Paperboy 사용자 데이터 파일(&quot;format&quot;: &quot;%1&quot;이 있는 JSON)이 아닙니다</translation>
    </message>
    <message>
        <source>A user-data file of version %1, this Paperboy reads version 1</source>
        <translation>버전 %1의 사용자 데이터 파일입니다. 이 Paperboy는 버전 1만 읽을 수 있습니다</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;watches&quot; needs a &quot;name&quot;, a &quot;query&quot;, a valid &quot;updated_at&quot; time and a &quot;seen_at&quot; time or &quot;&quot;</source>
        <translation>&quot;watches&quot;의 %1번째 항목에는 &quot;name&quot;, &quot;query&quot;, 올바른 &quot;updated_at&quot; 시각, 그리고 &quot;seen_at&quot; 시각 또는 &quot;&quot;이 있어야 합니다</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;questions&quot; needs an arXiv &quot;id&quot;, a &quot;question&quot; and a valid &quot;created_at&quot; time</source>
        <translation>&quot;questions&quot;의 %1번째 항목에는 arXiv &quot;id&quot;, &quot;question&quot;, 올바른 &quot;created_at&quot; 시각이 있어야 합니다</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; needs an &quot;id&quot;, a page of 1 or more and valid times</source>
        <translation>&quot;%2&quot;의 항목 %1에는 &quot;id&quot;, 1 이상의 쪽 번호, 유효한 시각이 필요합니다</translation>
    </message>
</context>
<context>
    <name>paperboy::ingest</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: 파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <source>%1: not readable</source>
        <translation>%1: 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: too large for a digest (%2 MB, the limit is %3 MB)</source>
        <translation>%1: 다이제스트로는 너무 큽니다(%2 MB, 한도는 %3 MB)</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: 읽기 오류: %2</translation>
    </message>
    <message>
        <source>%1: too large for a digest</source>
        <translation>%1: 다이제스트로는 너무 큽니다</translation>
    </message>
    <message>
        <source>%1: no date: name the file YYYY-MM-DD.json (or YYYY-MM-DD_paper_ko.json) or pass --date</source>
        <translation>%1: 날짜가 없습니다. 파일 이름을 YYYY-MM-DD.json(또는 YYYY-MM-DD_paper_ko.json)으로 하거나 --date를 지정하십시오</translation>
    </message>
</context>
<context>
    <name>paperboy::libsync</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1을(를) 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>the user file holds no valid device id</source>
        <translation>사용자 파일에 올바른 기기 ID가 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1은(는) 폴더가 아닙니다</translation>
    </message>
</context>
<context>
    <name>paperboy::parse</name>
    <message numerus="yes">
        <source>invalid UTF-8 on %n line(s), replaced by U+FFFD; this is the first</source>
        <translation>
            <numerusform>줄 %n개의 잘못된 UTF-8을 U+FFFD로 바꿨습니다. 이 줄이 첫 번째입니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NUL byte(s) replaced by U+FFFD; this is the first</source>
        <translation>
            <numerusform>NUL 바이트 %n개를 U+FFFD로 바꿨습니다. 이곳이 첫 번째입니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::pdf::PdfDownload</name>
    <message>
        <source>%1 is not an arXiv id</source>
        <translation>%1은(는) arXiv ID가 아닙니다</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the server sent something that is not a PDF</source>
        <translation>서버가 PDF가 아닌 것을 보냈습니다</translation>
    </message>
    <message>
        <source>the PDF is larger than %1</source>
        <translation>PDF가 %1보다 큽니다</translation>
    </message>
    <message>
        <source>the server stopped sending</source>
        <translation>서버가 전송을 멈췄습니다</translation>
    </message>
    <message>
        <source>refused a redirect to %1</source>
        <translation>%1(으)로의 리디렉션을 거부했습니다</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>서버 응답: %1</translation>
    </message>
    <message>
        <source>the server refused to resume</source>
        <translation>서버가 이어받기를 거부했습니다</translation>
    </message>
    <message>
        <source>cannot keep %1</source>
        <translation>%1을(를) 보관할 수 없습니다</translation>
    </message>
    <message>
        <source>the download was cut off</source>
        <translation>다운로드가 중간에 끊겼습니다</translation>
    </message>
</context>
<context>
    <name>paperboy::rank</name>
    <message>
        <source>Nothing to learn from: it needs bookmarked and other papers</source>
        <translation>배울 것이 없습니다: 북마크한 논문과 그 밖의 논문이 필요합니다</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>학습에 실패했습니다</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a model this Paperboy can read</source>
        <translation>%1은(는) 이 Paperboy가 읽을 수 있는 모델이 아닙니다</translation>
    </message>
</context>
<context>
    <name>paperboy::store</name>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available</source>
        <translation>Qt SQLite 드라이버(QSQLITE)를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No result from: %1</source>
        <translation>결과가 없습니다: %1</translation>
    </message>
    <message>
        <source>Paper %1 vanished while writing</source>
        <translation>쓰는 도중 논문 %1이(가) 사라졌습니다</translation>
    </message>
    <message>
        <source>The fetch record has no valid day</source>
        <translation>가져오기 기록에 유효한 날짜가 없습니다</translation>
    </message>
    <message>
        <source>The fetch record has no source</source>
        <translation>가져오기 기록에 소스가 없습니다</translation>
    </message>
    <message>
        <source>%1 is not an arXiv id</source>
        <translation>%1은(는) arXiv ID가 아닙니다</translation>
    </message>
    <message>
        <source>The cache could not be opened</source>
        <translation>캐시를 열 수 없습니다</translation>
    </message>
    <message>
        <source>The digest has no valid day</source>
        <translation>다이제스트에 유효한 날짜가 없습니다</translation>
    </message>
    <message>
        <source>The digest has no source name (or one with surrounding spaces)</source>
        <translation>다이제스트에 소스 이름이 없거나 이름 앞뒤에 공백이 있습니다</translation>
    </message>
    <message>
        <source>Paper %1 of the digest for %2 has no valid arXiv id</source>
        <translation>%2 다이제스트의 논문 %1에 유효한 arXiv ID가 없습니다</translation>
    </message>
    <message>
        <source>Cannot set up full-text search: %1</source>
        <translation>전문 검색을 설정할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This SQLite has no FTS5 full-text search</source>
        <translation>이 SQLite에는 FTS5 전문 검색이 없습니다</translation>
    </message>
    <message>
        <source>FTS5 has no unicode61 tokenizer</source>
        <translation>FTS5에 unicode61 토크나이저가 없습니다</translation>
    </message>
    <message>
        <source>The %1 migrations in %2 are not numbered 001, 002, ... without gaps</source>
        <translation>%2의 %1 마이그레이션 번호가 001, 002, ...처럼 빠짐없이 매겨져 있지 않습니다</translation>
    </message>
    <message>
        <source>No %1 migrations found in %2</source>
        <translation>%2에서 %1 마이그레이션을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2 before upgrading it; it was left as it is: %3</source>
        <translation>업그레이드 전에 %1을(를) %2(으)로 백업할 수 없어 그대로 두었습니다: %3</translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation>마이그레이션 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema %2 (%3): %4</source>
        <translation>%1을(를) 스키마 %2(%3)(으)로 업그레이드할 수 없습니다: %4</translation>
    </message>
    <message>
        <source>The database connection is not a SQLite connection</source>
        <translation>데이터베이스 연결이 SQLite 연결이 아닙니다</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses a different SQLite (%1) than Paperboy was built with (%2)</source>
        <translation>Qt의 SQLite 드라이버가 Paperboy 빌드에 사용된 SQLite(%2)와 다른 SQLite(%1)를 사용합니다</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database; it was left as it is</source>
        <translation>%1은(는) SQLite 데이터베이스가 아니므로 그대로 두었습니다</translation>
    </message>
    <message>
        <source>%1 cannot be read as a SQLite database: %2</source>
        <translation>%1을(를) SQLite 데이터베이스로 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Paperboy %2 file; it was left as it is</source>
        <translation>%1은(는) SQLite 데이터베이스이지만 Paperboy %2 파일이 아니므로 그대로 두었습니다</translation>
    </message>
    <message>
        <source>%1 was written by a newer Paperboy (schema %2, this version knows %3)</source>
        <translation>%1은(는) 더 새로운 Paperboy에서 작성되었습니다(스키마 %2, 이 버전은 %3까지 지원)</translation>
    </message>
    <message>
        <source>Cannot set %1 on %2: %3</source>
        <translation>%2에 %1을(를) 설정할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%1 on %2 is %3 instead of %4</source>
        <translation>%2의 %1이(가) %4이(가) 아니라 %3입니다</translation>
    </message>
    <message>
        <source>The bookmark of %1 has no valid time</source>
        <translation>%1의 북마크에 유효한 시각이 없습니다</translation>
    </message>
    <message>
        <source>The read mark of %1 has no valid time</source>
        <translation>%1의 읽음 표시에 유효한 시각이 없습니다</translation>
    </message>
    <message>
        <source>The note of %1 is empty or has no valid time</source>
        <translation>%1의 메모가 비어 있거나 유효한 시각이 없습니다</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>%1을(를) %2(으)로 복사할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>SQLite 데이터베이스가 아닙니다</translation>
    </message>
    <message>
        <source>it was cut off and is shorter than SQLite says it should be</source>
        <translation>파일이 잘려 SQLite 헤더가 말하는 크기보다 짧습니다</translation>
    </message>
    <message>
        <source>SQLite cannot open it: %1</source>
        <translation>SQLite가 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>SQLite cannot read it: %1</source>
        <translation>SQLite가 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>it is a SQLite database of another program, not a Paperboy cache</source>
        <translation>Paperboy 캐시가 아닌 다른 프로그램의 SQLite 데이터베이스입니다</translation>
    </message>
    <message>
        <source>it was written by a newer version of Paperboy (schema %1; this version knows schema %2)</source>
        <translation>더 새로운 버전의 Paperboy가 쓴 파일입니다(스키마 %1, 이 버전은 스키마 %2까지 압니다)</translation>
    </message>
    <message>
        <source>The cache %1 could not be used: %2. It was moved to %3 and an empty cache was started. Your bookmarks and notes are kept in their own file and were not touched. Sync to download the digests again.</source>
        <translation>캐시 %1을(를) 사용할 수 없습니다: %2. 파일을 %3(으)로 옮기고 빈 캐시를 새로 시작했습니다. 북마크와 메모는 별도의 파일에 있어 건드리지 않았습니다. 동기화하면 다이제스트를 다시 내려받습니다.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved: %1</source>
        <translation>디스크가 가득 차서 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The data folder cannot be written to, so this was not saved: %1</source>
        <translation>데이터 폴더에 쓸 수 없어 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to %2</source>
        <translation>%1을(를) %2(으)로 옮길 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older Paperboy; this version would have to upgrade the %2 file to read it</source>
        <translation>%1은(는) 읽기 전용이며 이전 버전의 Paperboy가 쓴 파일입니다. 이 버전에서 읽으려면 %2 파일을 업그레이드해야 합니다</translation>
    </message>
    <message>
        <source>%1 cannot be written to: it or its folder is read-only. What it holds can be read, but nothing can be added or changed.</source>
        <translation>%1에 쓸 수 없습니다: 파일이나 폴더가 읽기 전용입니다. 들어 있는 내용은 읽을 수 있지만 추가하거나 바꿀 수는 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not in the cache</source>
        <translation>%1은(는) 캐시에 없습니다</translation>
    </message>
    <message>
        <source>The summary has no valid arXiv id</source>
        <translation>요약에 올바른 arXiv ID가 없습니다</translation>
    </message>
    <message>
        <source>The summary of %1 names no model</source>
        <translation>%1의 요약에 모델 이름이 없습니다</translation>
    </message>
    <message>
        <source>The summary of %1 has no text</source>
        <translation>%1의 요약에 내용이 없습니다</translation>
    </message>
    <message>
        <source>The summary of %1 has no date</source>
        <translation>%1의 요약에 날짜가 없습니다</translation>
    </message>
    <message>
        <source>A watch named %1 exists already</source>
        <translation>%1(이)라는 워치가 이미 있습니다</translation>
    </message>
    <message>
        <source>No watch is named %1</source>
        <translation>%1(이)라는 워치가 없습니다</translation>
    </message>
    <message>
        <source>The watch %1 has no valid name, query or time</source>
        <translation>워치 %1의 이름, 검색어 또는 시각이 올바르지 않습니다</translation>
    </message>
    <message>
        <source>A watch needs a name</source>
        <translation>워치에는 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>A watch&apos;s name is at most %1 characters</source>
        <translation>워치 이름은 최대 %1자입니다</translation>
    </message>
    <message>
        <source>A watch&apos;s name cannot hold line breaks or control characters</source>
        <translation>워치 이름에는 줄바꿈이나 제어 문자를 넣을 수 없습니다</translation>
    </message>
    <message>
        <source>A watch needs a query</source>
        <translation>워치에는 검색어가 있어야 합니다</translation>
    </message>
    <message>
        <source>The dismissal of %1 has no valid time</source>
        <translation>%1의 관심 없음 표시에 올바른 시각이 없습니다</translation>
    </message>
    <message>
        <source>A watch&apos;s query is at most %1 characters</source>
        <translation>워치 검색어는 최대 %1자입니다</translation>
    </message>
    <message>
        <source>A question about %1 is empty or has no time</source>
        <translation>%1에 대한 질문이 비어 있거나 시각이 없습니다</translation>
    </message>
    <message>
        <source>The highlight %1 of %2 has no valid uid, page, colour or time</source>
        <translation>%2의 하이라이트 %1에 유효한 uid, 쪽, 색 또는 시각이 없습니다</translation>
    </message>
    <message>
        <source>The reading position of %1 has no valid page or time</source>
        <translation>%1의 읽던 위치에 유효한 쪽 또는 시각이 없습니다</translation>
    </message>
</context>
<context>
    <name>paperboy::store::DataPaths</name>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>데이터 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>paperboy::summarize</name>
    <message>
        <source>the keyring could not be read: %1</source>
        <translation>키링을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the keyring could not keep the key: %1</source>
        <translation>키링에 키를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the keyring could not remove the key: %1</source>
        <translation>키링에서 키를 지울 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>the endpoint gave no answer within %n second(s)</source>
        <translation>
            <numerusform>엔드포인트가 %n초 안에 응답하지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the endpoint could not be reached: %1</source>
        <translation>엔드포인트에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the endpoint refused the request without a key (HTTP %1); set the key in Settings → Summaries or $PAPERBOY_LLM_API_KEY</source>
        <translation>엔드포인트가 키 없는 요청을 거부했습니다(HTTP %1). 설정 → 요약 또는 $PAPERBOY_LLM_API_KEY에 키를 지정하십시오</translation>
    </message>
    <message>
        <source>the endpoint refused the key (HTTP %1)</source>
        <translation>엔드포인트가 키를 거부했습니다(HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <source>the endpoint is still busy after %n try(ies) (HTTP 429)</source>
        <translation>
            <numerusform>%n번 시도한 뒤에도 엔드포인트가 바쁩니다(HTTP 429)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the endpoint failed %n time(s) (HTTP %1)</source>
        <translation>
            <numerusform>엔드포인트가 %n번 실패했습니다(HTTP %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the endpoint answered HTTP %1</source>
        <translation>엔드포인트가 HTTP %1로 응답했습니다</translation>
    </message>
    <message>
        <source>the endpoint&apos;s answer holds no message (is it an OpenAI-compatible chat-completions endpoint?)</source>
        <translation>엔드포인트의 응답에 메시지가 없습니다(OpenAI 호환 chat-completions 엔드포인트가 맞습니까?)</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF</source>
        <translation>%1은(는) 읽을 수 있는 PDF가 아닙니다</translation>
    </message>
    <message>
        <source>not in the cache</source>
        <translation>캐시에 없음</translation>
    </message>
</context>
<context>
    <name>paperboy::sync</name>
    <message>
        <source>fetched</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>paperboy::sync::DigestDecoder</name>
    <message>
        <source>%1: the server sent an HTML page, not a digest</source>
        <translation>%1: 서버가 다이제스트가 아닌 HTML 페이지를 보냈습니다</translation>
    </message>
</context>
<context>
    <name>paperboy::sync::HttpFetcher</name>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>offline: the network is down</source>
        <translation>오프라인: 네트워크에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>%1; the server asks to wait %2 s, so it waits until the next sync</source>
        <translation>%1. 서버가 %2초 대기를 요청하여 다음 동기화까지 기다립니다</translation>
    </message>
    <message>
        <source>%1 (after %2 tries)</source>
        <translation>%1 (%2회 시도 후)</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 상태 %1</translation>
    </message>
</context>
<context>
    <name>paperboy::sync::HttpTransfer</name>
    <message>
        <source>gave up after %1 s: the server sends too slowly</source>
        <translation>%1초 후 중단: 서버의 전송 속도가 너무 느립니다</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>refused a redirect to &apos;%1&apos; (only https, or http to this computer)</source>
        <translation>&apos;%1&apos;(으)로의 리디렉션을 거부했습니다(https 또는 이 컴퓨터로의 http만 허용)</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>리디렉션이 %1회를 넘었습니다</translation>
    </message>
    <message>
        <source>the response is larger than %1 MB</source>
        <translation>응답이 %1 MB보다 큽니다</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1초 동안 데이터가 없습니다</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>예상치 못한 HTTP 상태 %1</translation>
    </message>
    <message>
        <source>the response was cut off after %1 of %2 bytes</source>
        <translation>응답이 %2바이트 중 %1바이트에서 끊겼습니다</translation>
    </message>
</context>
<context>
    <name>paperboy::sync::SourceDefinition</name>
    <message>
        <source>A source needs a name.</source>
        <translation>소스에는 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>A source name cannot start or end with spaces or span lines.</source>
        <translation>소스 이름은 공백으로 시작하거나 끝날 수 없으며 여러 줄에 걸칠 수 없습니다.</translation>
    </message>
    <message>
        <source>The source &apos;%1&apos; has no URL template.</source>
        <translation>소스 &apos;%1&apos;에 URL 템플릿이 없습니다.</translation>
    </message>
    <message>
        <source>The URL template of &apos;%1&apos; must name the day with {date}, or with {yyyy}, {MM} and {dd}.</source>
        <translation>&apos;%1&apos;의 URL 템플릿은 {date} 또는 {yyyy}, {MM}, {dd}로 날짜를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>The URL template of &apos;%1&apos; has an unknown placeholder; use {date}, {yyyy}, {MM} or {dd}.</source>
        <translation>&apos;%1&apos;의 URL 템플릿에 알 수 없는 자리 표시자가 있습니다. {date}, {yyyy}, {MM} 또는 {dd}를 사용하십시오.</translation>
    </message>
    <message>
        <source>The URL template of &apos;%1&apos; does not make a valid URL.</source>
        <translation>&apos;%1&apos;의 URL 템플릿으로는 유효한 URL을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The source &apos;%1&apos; must use https (plain http only for this computer: localhost, 127.0.0.1, ::1).</source>
        <translation>소스 &apos;%1&apos;은(는) https를 사용해야 합니다(일반 http는 이 컴퓨터에만 허용: localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The URL template of &apos;%1&apos; may name the day in its path or query only, not in the server&apos;s address.</source>
        <translation>&apos;%1&apos;의 URL 템플릿은 날짜를 경로나 쿼리에만 넣을 수 있고, 서버 주소에는 넣을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>paperboy::sync::SourceProbe</name>
    <message>
        <source>unexpected answer (HTTP %1)</source>
        <translation>예상하지 못한 응답(HTTP %1)</translation>
    </message>
</context>
<context>
    <name>paperboy::sync::SourceRegistry</name>
    <message>
        <source>Cannot read the source list %1: %2</source>
        <translation>소스 목록 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The source &apos;%1&apos; has an unknown format.</source>
        <translation>소스 &apos;%1&apos;의 형식을 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot save the source list %1: %2</source>
        <translation>소스 목록 %1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The source name &apos;%1&apos; may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>소스 이름 &apos;%1&apos;에는 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;만 사용할 수 있습니다(최대 64자).</translation>
    </message>
    <message>
        <source>A source named &apos;%1&apos; exists already.</source>
        <translation>이름이 &apos;%1&apos;인 소스가 이미 있습니다.</translation>
    </message>
    <message>
        <source>The built-in source &apos;%1&apos; can be switched off but not removed.</source>
        <translation>기본 제공 소스 &apos;%1&apos;은(는) 끌 수는 있지만 제거할 수는 없습니다.</translation>
    </message>
    <message>
        <source>There is no source named &apos;%1&apos;.</source>
        <translation>이름이 &apos;%1&apos;인 소스가 없습니다.</translation>
    </message>
</context>
<context>
    <name>paperboy::sync::SyncWorker</name>
    <message>
        <source>cannot read the cache&apos;s fetch records: %1</source>
        <translation>캐시의 가져오기 기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>unexpected 304 for a page after the first</source>
        <translation>첫 페이지 이후의 페이지에 예상치 못한 304 응답</translation>
    </message>
    <message>
        <source>cannot write the cache: %1</source>
        <translation>캐시에 쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>paperboy::thumbs</name>
    <message>
        <source>not an image</source>
        <translation>이미지가 아닙니다</translation>
    </message>
    <message>
        <source>truncated image</source>
        <translation>잘린 이미지입니다</translation>
    </message>
    <message>
        <source>image without a size</source>
        <translation>크기 정보가 없는 이미지입니다</translation>
    </message>
    <message>
        <source>image of %1 x %2 pixels is too large</source>
        <translation>%1 x %2 픽셀 이미지는 너무 큽니다</translation>
    </message>
</context>
<context>
    <name>paperboy::thumbs::ImageDownload</name>
    <message>
        <source>the server sends too slowly</source>
        <translation>서버의 전송 속도가 너무 느립니다</translation>
    </message>
    <message>
        <source>the image is larger than %1 MB</source>
        <translation>이미지가 %1 MB보다 큽니다</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>리디렉션이 너무 많습니다</translation>
    </message>
    <message>
        <source>redirect refused: %1</source>
        <translation>리디렉션 거부됨: %1</translation>
    </message>
    <message>
        <source>the server stalled</source>
        <translation>서버 응답이 멈췄습니다</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 상태 %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>the image was cut off</source>
        <translation>이미지가 중간에 끊겼습니다</translation>
    </message>
</context>
<context>
    <name>paperboy::thumbs::ImageUrlPolicy</name>
    <message>
        <source>not a valid URL</source>
        <translation>올바른 URL이 아닙니다</translation>
    </message>
    <message>
        <source>scheme %1 is not http(s)</source>
        <translation>스킴 %1은(는) http(s)가 아닙니다</translation>
    </message>
    <message>
        <source>URL carries user credentials</source>
        <translation>URL에 사용자 자격 증명이 들어 있습니다</translation>
    </message>
    <message>
        <source>host %1 is not an allowed image host</source>
        <translation>호스트 %1은(는) 허용된 이미지 호스트가 아닙니다</translation>
    </message>
</context>
<context>
    <name>paperboy::thumbs::ThumbnailLoader</name>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>the image host does not answer</source>
        <translation>이미지 호스트가 응답하지 않습니다</translation>
    </message>
</context>
<context>
    <name>paperboy::ui</name>
    <message>
        <source>Offline reader for daily AI-paper digests.</source>
        <translation>일일 AI 논문 다이제스트를 위한 오프라인 리더입니다.</translation>
    </message>
    <message>
        <source>Keep the cache and user data in &lt;dir&gt;.</source>
        <translation>캐시와 사용자 데이터를 &lt;dir&gt;에 보관합니다.</translation>
    </message>
    <message>
        <source>Open the built-in sample digests in a temporary data folder.</source>
        <translation>내장 샘플 다이제스트를 임시 데이터 폴더에서 엽니다.</translation>
    </message>
    <message>
        <source>Paperboy</source>
        <translation>Paperboy</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>임시 폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Show the window in &lt;language&gt;: en or ko (default: the system&apos;s).</source>
        <translation>창을 &lt;language&gt;로 표시합니다: en 또는 ko (기본값: 시스템 언어).</translation>
    </message>
    <message>
        <source>Also load thumbnails from &lt;host&gt; (may be repeated).</source>
        <translation>&lt;host&gt;에서도 썸네일을 불러옵니다(여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>Digest files or folders to import.</source>
        <translation>가져올 다이제스트 파일 또는 폴더입니다.</translation>
    </message>
    <message>
        <source>Upgrading the cache for this version of Paperboy. The search index is rebuilt once; a large archive takes a minute or two.</source>
        <translation>이 버전의 Paperboy에 맞게 캐시를 업그레이드하는 중입니다. 검색 색인은 한 번만 다시 만들며, 자료가 많으면 1~2분 걸립니다.</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy. M. d.</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy. M.</translation>
    </message>
    <message>
        <source>Share of papers (%)</source>
        <translation>논문 비율(%)</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>논문 수</translation>
    </message>
    <message>
        <source>All papers: %1</source>
        <translation>전체 논문: %1</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::AboutDialog</name>
    <message>
        <source>Hugging Face Daily Papers (huggingface.co/papers): Hugging Face&apos;s terms of service</source>
        <translation>Hugging Face Daily Papers(huggingface.co/papers): Hugging Face 서비스 약관</translation>
    </message>
    <message>
        <source>daily_papers_ko by l-yohai: Korean digests, CC BY-NC-ND 4.0</source>
        <translation>daily_papers_ko(l-yohai): 한국어 다이제스트, CC BY-NC-ND 4.0</translation>
    </message>
    <message>
        <source>hf-daily-paper-korean-autoflow by jeongiin: Korean briefs, Apache-2.0</source>
        <translation>hf-daily-paper-korean-autoflow(jeongiin): 한국어 브리프, Apache-2.0</translation>
    </message>
    <message>
        <source>arXiv: paper pages and PDFs, under each paper&apos;s own licence</source>
        <translation>arXiv: 논문 페이지와 PDF, 각 논문의 라이선스를 따름</translation>
    </message>
    <message>
        <source>About Paperboy</source>
        <translation>Paperboy 정보</translation>
    </message>
    <message>
        <source>An offline reader for daily AI-paper digests.</source>
        <translation>일일 AI 논문 다이제스트를 위한 오프라인 리더입니다.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>The digests stay their publishers&apos; work: Paperboy shows them as published, and keeps the source of every section.</source>
        <translation>다이제스트의 저작권은 각 발행자에게 있습니다. Paperboy는 다이제스트를 발행된 그대로 보여 주며, 모든 섹션의 출처를 보존합니다.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>데이터 폴더: %1</translation>
    </message>
    <message>
        <source>Paperboy is free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Paperboy는 GNU 일반 공중 사용 허가서 버전 3 또는 (선택에 따라) 그 이후 버전(GPL-3.0-or-later)에 따르는 자유 소프트웨어입니다. 어떠한 보증도 제공하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::Actions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Import Digests…</source>
        <translation>다이제스트 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Digest &amp;Folder…</source>
        <translation>다이제스트 폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <source>Load &amp;Sample Digests</source>
        <translation>샘플 다이제스트 불러오기(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>지금 동기화(&amp;N)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Downloads the digests of today and the last days</source>
        <translation>오늘과 최근 며칠의 다이제스트를 내려받습니다</translation>
    </message>
    <message>
        <source>Sync &amp;This Day</source>
        <translation>이 날짜 동기화(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Backfill…</source>
        <translation>지난 날짜 채우기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>동기화 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Sync &amp;Log…</source>
        <translation>동기화 로그(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>소스(&amp;S)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>설정(&amp;T)…</translation>
    </message>
    <message>
        <source>Last Import &amp;Report</source>
        <translation>마지막 가져오기 보고서(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>링크 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Filter Papers</source>
        <translation>논문 필터(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>필터 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Previous Day</source>
        <translation>이전 날짜(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Day</source>
        <translation>다음 날짜(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>오늘(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Latest Day</source>
        <translation>최근 날짜(&amp;L)</translation>
    </message>
    <message>
        <source>Nearest Day with a &amp;Digest</source>
        <translation>다이제스트가 있는 가장 가까운 날짜(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>날짜로 이동(&amp;G)…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Paper</source>
        <translation>다음 논문(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Paper</source>
        <translation>이전 논문(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Open Paper in Browser</source>
        <translation>브라우저에서 논문 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>브라우저에서 열기</translation>
    </message>
    <message>
        <source>Opens the arXiv page (also Enter or a double-click on a row)</source>
        <translation>arXiv 페이지를 엽니다(Enter 키나 행 더블클릭으로도 열 수 있습니다)</translation>
    </message>
    <message>
        <source>Sort by &amp;Digest Order</source>
        <translation>다이제스트 순서로 정렬(&amp;D)</translation>
    </message>
    <message>
        <source>Sort by &amp;Votes</source>
        <translation>추천 수로 정렬(&amp;V)</translation>
    </message>
    <message>
        <source>Sort by T&amp;itle</source>
        <translation>제목으로 정렬(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;About Paperboy</source>
        <translation>Paperboy 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>동기화(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Sync Se&amp;ttings…</source>
        <translation>동기화 설정(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Search All Papers</source>
        <translation>전체 논문 검색(&amp;S)</translation>
    </message>
    <message>
        <source>Copy &amp;BibTeX</source>
        <translation>BibTeX 복사(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>북마크(&amp;B)</translation>
    </message>
    <message>
        <source>Show &amp;Bookmarks</source>
        <translation>북마크 보기(&amp;B)</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>읽음 전환(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;Day as Read</source>
        <translation>이 날짜를 읽음으로 표시(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Unread Only</source>
        <translation>읽지 않은 논문만(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Korean Titles in the List</source>
        <translation>목록에 한국어 제목 표시(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>북마크(&amp;B)</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>메모 편집(&amp;N)</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>PDF 열기(&amp;D)</translation>
    </message>
    <message>
        <source>Opens the PDF kept for reading offline, or arXiv&apos;s PDF</source>
        <translation>오프라인용으로 보관한 PDF를, 없으면 arXiv의 PDF를 엽니다</translation>
    </message>
    <message>
        <source>Show in Its &amp;Day</source>
        <translation>해당 날짜에서 보기(&amp;D)</translation>
    </message>
    <message>
        <source>Shows the bookmark or search result in the list of the day it was listed</source>
        <translation>북마크나 검색 결과를 그 논문이 실린 날의 목록에서 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Saves bookmarks, the day or the search results as BibTeX, RIS, Markdown or CSV</source>
        <translation>북마크, 그날의 논문 또는 검색 결과를 BibTeX, RIS, Markdown, CSV로 저장합니다</translation>
    </message>
    <message>
        <source>Top of the &amp;Week</source>
        <translation>이번 주 인기 논문(&amp;W)</translation>
    </message>
    <message>
        <source>The most voted papers of the week of the day shown</source>
        <translation>보고 있는 날이 속한 주에 추천을 가장 많이 받은 논문</translation>
    </message>
    <message>
        <source>Top of the &amp;Month</source>
        <translation>이번 달 인기 논문(&amp;M)</translation>
    </message>
    <message>
        <source>The most voted papers of the month of the day shown</source>
        <translation>보고 있는 날이 속한 달에 추천을 가장 많이 받은 논문</translation>
    </message>
    <message>
        <source>Export &amp;Digest…</source>
        <translation>다이제스트 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Saves the day shown as a Korean digest in the daily_papers_ko format, with the best Korean text of each paper</source>
        <translation>보고 있는 날을 daily_papers_ko 형식의 한국어 다이제스트로 저장합니다. 논문마다 가장 좋은 한국어 요약을 씁니다</translation>
    </message>
    <message>
        <source>&amp;Undo Bookmark Removal</source>
        <translation>북마크 삭제 되돌리기(&amp;U)</translation>
    </message>
    <message>
        <source>Not &amp;Interested</source>
        <translation>관심 없음(&amp;I)</translation>
    </message>
    <message>
        <source>Sort &amp;For You</source>
        <translation>맞춤 추천 순으로 정렬(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;For You</source>
        <translation>맞춤 추천 보기(&amp;F)</translation>
    </message>
    <message>
        <source>Export &amp;Watch as Feed…</source>
        <translation>워치를 피드로 내보내기(&amp;W)…</translation>
    </message>
    <message>
        <source>Save Search as &amp;Watch…</source>
        <translation>검색을 워치로 저장(&amp;W)…</translation>
    </message>
    <message>
        <source>Show W&amp;atches</source>
        <translation>워치 보기(&amp;A)</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>동향(&amp;R)</translation>
    </message>
    <message>
        <source>Charts of topics over time, rising terms and frequent authors</source>
        <translation>주제의 시간별 차트, 떠오르는 용어, 자주 나오는 저자</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>리더(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>차트 내보내기(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::AskController</name>
    <message>
        <source>The answer about %1 was not kept: %2</source>
        <translation>%1에 대한 답을 보관하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>This paper is not in the cache: sync or import it first.</source>
        <translation>이 논문은 캐시에 없습니다. 먼저 동기화하거나 가져오세요.</translation>
    </message>
    <message>
        <source>Reading the paper…</source>
        <translation>논문을 읽는 중…</translation>
    </message>
    <message numerus="yes">
        <source>The endpoint is busy; asking again in %n second(s)…</source>
        <translation>
            <numerusform>엔드포인트가 바쁩니다. %n초 후에 다시 묻습니다…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1에 묻는 중…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::AskPanel</name>
    <message>
        <source>Ask this paper</source>
        <translation>이 논문에 질문하기</translation>
    </message>
    <message>
        <source>A question about this paper; the answer cites its pages</source>
        <translation>이 논문에 대한 질문(답은 논문의 쪽을 인용합니다)</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>미완성</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::BackfillDialog</name>
    <message>
        <source>Backfill</source>
        <translation>지난 다이제스트 받기</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작일(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>종료일(&amp;T):</translation>
    </message>
    <message>
        <source>Download the digests of every day in this range.</source>
        <translation>이 기간에 속한 모든 날짜의 다이제스트를 내려받습니다.</translation>
    </message>
    <message>
        <source>The first day must not come after the last.</source>
        <translation>시작일은 종료일보다 늦을 수 없습니다.</translation>
    </message>
    <message>
        <source>Digests of future days do not exist yet.</source>
        <translation>미래 날짜의 다이제스트는 아직 없습니다.</translation>
    </message>
    <message>
        <source>At most %1 days at a time.</source>
        <translation>한 번에 최대 %1일까지 가능합니다.</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::BookmarkListModel</name>
    <message>
        <source>date unknown</source>
        <translation>날짜 알 수 없음</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::BookmarksPane</name>
    <message>
        <source>Filter bookmarks</source>
        <translation>북마크 필터</translation>
    </message>
    <message>
        <source>Show in Its Day</source>
        <translation>해당 날짜에서 보기</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::CachedDaysCalendar</name>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>논문 %n편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>안 읽음 %n편</numerusform>
        </translation>
    </message>
    <message>
        <source>All read</source>
        <translation>모두 읽음</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::DateNavigator</name>
    <message>
        <source>&amp;Go to:</source>
        <translation>이동(&amp;G):</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Type a date as %1 or %2 and press Enter (Ctrl+G)</source>
        <translation>날짜를 %1 또는 %2 형식으로 입력하고 Enter를 누르십시오 (Ctrl+G)</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2 or %3.</source>
        <translation>“%1”은(는) 날짜가 아닙니다: %2 또는 %3 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>No digests are cached yet.</source>
        <translation>아직 캐시된 다이제스트가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is outside the cache: its days run from %2 to %3.</source>
        <translation>%1은(는) 캐시 범위 밖입니다: 캐시된 날은 %2부터 %3까지입니다.</translation>
    </message>
    <message>
        <source>No digest is cached for %1.</source>
        <translation>%1의 다이제스트는 캐시에 없습니다.</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::DaysController</name>
    <message>
        <source>No later day with a digest.</source>
        <translation>다이제스트가 있는 이후 날짜가 없습니다.</translation>
    </message>
    <message>
        <source>No earlier day with a digest.</source>
        <translation>다이제스트가 있는 이전 날짜가 없습니다.</translation>
    </message>
    <message>
        <source>No digests cached</source>
        <translation>캐시된 다이제스트 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n paper(s)</source>
        <translation>
            <numerusform>%1 · 논문 %n편</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · no digest</source>
        <translation>%1 · 다이제스트 없음</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::DetailDocument</name>
    <message>
        <source>arXiv</source>
        <translation>arXiv</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>프로젝트 페이지</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>미디어</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation>AI 요약</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>키워드</translation>
    </message>
    <message>
        <source>No summary in the cache for this paper.</source>
        <translation>캐시에 이 논문의 요약이 없습니다.</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[이미지]</translation>
    </message>
    <message>
        <source>Korean brief (hf-daily-paper-korean-autoflow)</source>
        <translation>한국어 브리프(hf-daily-paper-korean-autoflow)</translation>
    </message>
    <message>
        <source>Korean digest (daily_papers_ko)</source>
        <translation>한국어 다이제스트(daily_papers_ko)</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>추천 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GitHub star(s)</source>
        <translation>
            <numerusform>GitHub 스타 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>Play the video: %1</source>
        <translation>동영상 재생: %1</translation>
    </message>
    <message>
        <source>a language model</source>
        <translation>언어 모델</translation>
    </message>
    <message>
        <source>Korean summary by %1 (%2)</source>
        <translation>%1의 한국어 요약(%2)</translation>
    </message>
    <message>
        <source>Korean summary by %1</source>
        <translation>%1의 한국어 요약</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n author(s)</source>
        <translation>
            <numerusform>저자 %n명 모두 보기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n명</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ExportController</name>
    <message>
        <source>Export to</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>내보낼 논문이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n paper(s) to %1</source>
        <translation>
            <numerusform>논문 %n편을 %1(으)로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the cache: %1</source>
        <translation>캐시를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>No digest of %1 is cached: nothing to export.</source>
        <translation>%1의 다이제스트가 캐시에 없어 내보낼 것이 없습니다.</translation>
    </message>
    <message>
        <source>Export Digest</source>
        <translation>다이제스트 내보내기</translation>
    </message>
    <message>
        <source>Markdown digests (*.md);;All files (*)</source>
        <translation>마크다운 다이제스트 (*.md);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported the digest of %1 to %2 (%n paper(s)).</source>
        <translation>
            <numerusform>%1 다이제스트를 %2에 내보냈습니다(논문 %n편).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) had no Korean text.</source>
        <translation>
            <numerusform>논문 %n편에는 한국어 요약이 없었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>no paper of that day is in the cache any more</source>
        <translation>그날의 논문이 더 이상 캐시에 없습니다</translation>
    </message>
    <message>
        <source>the cache cannot be read (%1)</source>
        <translation>캐시를 읽을 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>Digest export failed</source>
        <translation>다이제스트 내보내기 실패</translation>
    </message>
    <message>
        <source>Cannot write the digest of %1 to %2: %3</source>
        <translation>%1 다이제스트를 %2에 쓸 수 없습니다: %3</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message numerus="yes">
        <source>Every bookmark (%n paper(s))</source>
        <translation>
            <numerusform>모든 북마크 (논문 %n편)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The papers of %1 (%n)</source>
        <translation>
            <numerusform>%1의 논문 (%n편)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search results shown (%n)</source>
        <translation>
            <numerusform>보이는 검색 결과 (%n편)</numerusform>
        </translation>
    </message>
    <message>
        <source>BibTeX (.bib)</source>
        <translation>BibTeX (.bib)</translation>
    </message>
    <message>
        <source>RIS, for Zotero and Mendeley (.ris)</source>
        <translation>RIS, Zotero·Mendeley용 (.ris)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets (.csv)</source>
        <translation>CSV, 스프레드시트용 (.csv)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>내보낼 것:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::FeatureContext</name>
    <message>
        <source>Cannot read the cache: %1</source>
        <translation>캐시를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ForYou</name>
    <message>
        <source>Why: %1</source>
        <translation>이유: %1</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ForYouController</name>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Select a paper first.</source>
        <translation>먼저 논문을 선택하십시오.</translation>
    </message>
    <message>
        <source>Marked %1 as not interested: it sinks in the For you order.</source>
        <translation>%1 논문을 관심 없음으로 표시했습니다. 맞춤 추천 순에서 맨 뒤로 갑니다.</translation>
    </message>
    <message>
        <source>%1 is no longer marked as not interested.</source>
        <translation>%1 논문의 관심 없음 표시를 해제했습니다.</translation>
    </message>
    <message>
        <source>Undone: %1 is as it was.</source>
        <translation>실행 취소: %1 논문이 원래대로 돌아왔습니다.</translation>
    </message>
    <message>
        <source>The Not interested mark was not saved: %1</source>
        <translation>관심 없음 표시를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>For you could not learn from your marks: %1</source>
        <translation>맞춤 추천 모델이 표시에서 학습하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>For you learns from your bookmarks: bookmark %n more paper(s) to start. Until then, papers are ordered by votes.</source>
        <translation>
            <numerusform>맞춤 추천은 북마크에서 배웁니다. 시작하려면 논문 %n편을 더 북마크하세요. 그때까지는 추천 수 순으로 보여 줍니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranking the papers for you…</source>
        <translation>맞춤 추천 순위를 매기는 중…</translation>
    </message>
    <message>
        <source>No papers in this period.</source>
        <translation>이 기간에는 논문이 없습니다.</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ForYouListModel</name>
    <message>
        <source>%1 · not interested</source>
        <translation>%1 · 관심 없음</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ForYouPane</name>
    <message>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ForYouSettingsPage</name>
    <message>
        <source>For you ranks papers by what you bookmark and mark Not interested (X). It learns on this computer, by itself a moment after your marks change.</source>
        <translation>맞춤 추천은 북마크한 논문과 관심 없음(X)으로 표시한 논문을 바탕으로 순위를 매깁니다. 표시가 바뀌면 잠시 뒤 이 컴퓨터에서 스스로 다시 학습합니다.</translation>
    </message>
    <message>
        <source>&amp;Reset the Model…</source>
        <translation>모델 초기화(&amp;R)…</translation>
    </message>
    <message>
        <source>Bookmarks and Not interested marks are your data: they are kept in your user file, exported with it, and never deleted by Reset or by clearing the cache.</source>
        <translation>북마크와 관심 없음 표시는 사용자 데이터입니다. 사용자 파일에 보관되고 함께 내보내지며, 초기화나 캐시 비우기로 지워지지 않습니다.</translation>
    </message>
    <message>
        <source>The model has not been loaded yet.</source>
        <translation>모델을 아직 불러오지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Not trained: it needs %n more bookmark(s).</source>
        <translation>
            <numerusform>학습 전: 북마크가 %n개 더 필요합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not trained.</source>
        <translation>학습 전.</translation>
    </message>
    <message>
        <source>Last trained: %1</source>
        <translation>마지막 학습: %1</translation>
    </message>
    <message>
        <source>Model size: %1, %2 terms</source>
        <translation>모델 크기: %1, 용어 %2개</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>마지막 오류: %1</translation>
    </message>
    <message>
        <source>Reset the Model</source>
        <translation>모델 초기화</translation>
    </message>
    <message>
        <source>Delete the For you model? Your bookmarks and marks stay; a new model is trained from them.</source>
        <translation>맞춤 추천 모델을 삭제할까요? 북마크와 표시는 그대로 남고, 그것으로 새 모델을 학습합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Learnt from %n bookmark(s) and %1 Not interested mark(s).</source>
        <translation>
            <numerusform>북마크 %n개와 관심 없음 표시 %1개로 학습했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::ui::HighlightColours</name>
    <message>
        <source>Green</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>분홍</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>노랑</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::HighlightList</name>
    <message>
        <source>Your highlights: choose one to read the paper at its page</source>
        <translation>내 하이라이트: 하나를 고르면 그 쪽에서 논문을 읽습니다</translation>
    </message>
    <message>
        <source>p. %1 · %2</source>
        <translation>%1쪽 · %2</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ImportController</name>
    <message>
        <source>No digest files (*.md, *.json) found.</source>
        <translation>다이제스트 파일(*.md, *.json)을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>%1: not written</source>
        <translation>%1: 기록하지 못했습니다</translation>
    </message>
    <message>
        <source>The cache cannot be written: %1</source>
        <translation>캐시에 기록할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ImportPresenter</name>
    <message>
        <source>Queued after the running import.</source>
        <translation>진행 중인 가져오기가 끝나면 실행하도록 대기열에 추가했습니다.</translation>
    </message>
    <message>
        <source>Import Digests</source>
        <translation>다이제스트 가져오기</translation>
    </message>
    <message>
        <source>Digests (*.md *.json);;Markdown digests (*.md);;Hugging Face days (*.json)</source>
        <translation>다이제스트 (*.md *.json);;Markdown 다이제스트 (*.md);;Hugging Face 일별 목록 (*.json)</translation>
    </message>
    <message>
        <source>Import a Folder of Digests</source>
        <translation>다이제스트 폴더 가져오기</translation>
    </message>
    <message>
        <source> — see File → Last Import Report</source>
        <translation> — 파일 → 마지막 가져오기 보고서를 참조하십시오</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ImportProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop the import; digests already written stay in the cache</source>
        <translation>가져오기를 중지합니다. 이미 저장된 다이제스트는 캐시에 남습니다</translation>
    </message>
    <message>
        <source>Cancelling import…</source>
        <translation>가져오기 취소 중…</translation>
    </message>
    <message>
        <source>Looking for digest files…</source>
        <translation>다이제스트 파일 찾는 중…</translation>
    </message>
    <message>
        <source>Importing %1/%2…</source>
        <translation>가져오는 중 %1/%2…</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ImportReport</name>
    <message>
        <source>, %1 failed</source>
        <translation>, %1개 실패</translation>
    </message>
    <message>
        <source>Files found: %1. Days written: %2.
</source>
        <translation>찾은 파일: %1개. 기록한 날짜: %2일.
</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>실패:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>경고:</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %n digest(s)</source>
        <translation>
            <numerusform>다이제스트 %n개를 가져온 후 가져오기 취소됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n digest(s)</source>
        <translation>
            <numerusform>다이제스트 %n개 가져옴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n paper(s))</source>
        <translation>
            <numerusform> (논문 %n편)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, 경고 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s)</source>
        <translation>
            <numerusform>… 외 경고 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>가져오기 보고서</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::LibraryController</name>
    <message>
        <source>Your bookmarks cannot be opened: %1</source>
        <translation>북마크를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Your data was restored</source>
        <translation>데이터가 복원되었습니다</translation>
    </message>
    <message>
        <source>The bookmark was not saved: %1</source>
        <translation>북마크를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Select a paper first.</source>
        <translation>먼저 논문을 선택하십시오.</translation>
    </message>
    <message>
        <source>Removed the bookmark on %1. %2 puts it back.</source>
        <translation>%1의 북마크를 삭제했습니다. %2 키로 되돌립니다.</translation>
    </message>
    <message>
        <source>The bookmark on %1 is back.</source>
        <translation>%1의 북마크를 되돌렸습니다.</translation>
    </message>
    <message>
        <source>Copied the BibTeX of %1</source>
        <translation>%1의 BibTeX를 복사했습니다</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::LibraryPage</name>
    <message>
        <source>&lt;b&gt;Keep the library in step through a folder&lt;/b&gt;</source>
        <translation>&lt;b&gt;폴더를 통해 라이브러리를 여러 기기에서 맞추기&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Bookmarks, read marks, notes, Not interested marks and watches follow you to your other machines through a folder that Syncthing, Nextcloud, Dropbox, a network share or a USB stick already keeps in step. Each machine writes only its own change log there; a note edited on two machines keeps both texts. Off by default.</source>
        <translation>북마크, 읽음 표시, 메모, 관심 없음 표시와 워치가 Syncthing, Nextcloud, Dropbox, 네트워크 공유나 USB 드라이브가 이미 맞춰 주는 폴더를 통해 다른 기기로 따라갑니다. 각 기기는 그 폴더에 자기 변경 기록만 씁니다. 두 기기에서 고친 메모는 두 내용을 모두 간직합니다. 기본값은 꺼짐입니다.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>폴더 선택…</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>This machine:</source>
        <translation>이 기기:</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>기기 ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Folder to keep the library in step through</source>
        <translation>라이브러리를 맞출 폴더</translation>
    </message>
    <message>
        <source>Off: the library is kept on this machine only.</source>
        <translation>꺼짐: 라이브러리는 이 기기에만 있습니다.</translation>
    </message>
    <message>
        <source>Not in step: %1</source>
        <translation>맞추지 못함: %1</translation>
    </message>
    <message numerus="yes">
        <source>The folder is not there now; %n change(s) wait for it.</source>
        <translation>
            <numerusform>폴더가 지금 없습니다. 변경 %n개가 기다립니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In step at %1 with %n machine(s) (this one included).</source>
        <translation>
            <numerusform>%1에 기기 %n대와 맞췄습니다 (이 기기 포함).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending this machine&apos;s library…</source>
        <translation>이 기기의 라이브러리를 보내는 중…</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::LibrarySyncController</name>
    <message>
        <source>Library not in step: %1</source>
        <translation>라이브러리 맞추지 못함: %1</translation>
    </message>
    <message numerus="yes">
        <source>Library folder not there · %n change(s) wait</source>
        <translation>
            <numerusform>라이브러리 폴더 없음 · 변경 %n개 대기</numerusform>
        </translation>
    </message>
    <message>
        <source>Library: sending changes…</source>
        <translation>라이브러리: 변경을 보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Library in step %1 · %n machine(s)</source>
        <translation>
            <numerusform>라이브러리 맞춤 %1 · 기기 %n대</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::ui::LinkOpener</name>
    <message>
        <source>Refused to open &quot;%1&quot;: only http and https links are opened.</source>
        <translation>&quot;%1&quot;을(를) 열지 않았습니다: http 및 https 링크만 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Could not open %1: no web browser answered.</source>
        <translation>%1을(를) 열 수 없습니다: 응답하는 웹 브라우저가 없습니다.</translation>
    </message>
    <message>
        <source>Could not open %1: no viewer answered.</source>
        <translation>%1을(를) 열 수 없습니다: 응답한 뷰어가 없습니다.</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::MainWindow</name>
    <message>
        <source>Paperboy</source>
        <translation>Paperboy</translation>
    </message>
    <message>
        <source>Cannot read the cache: %1</source>
        <translation>캐시를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Choose a bookmark or a search result first.</source>
        <translation>먼저 북마크나 검색 결과를 고르세요.</translation>
    </message>
    <message>
        <source>The cache was damaged and has been set aside.</source>
        <translation>캐시가 손상되어 따로 옮겨 두었습니다.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본 도구</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>맞춤 추천</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>워치</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::NoteEditor</name>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>Loading the note…</source>
        <translation>메모를 불러오는 중…</translation>
    </message>
    <message>
        <source>Your note on this paper, saved as you type</source>
        <translation>이 논문에 대한 메모 (입력하는 대로 저장됩니다)</translation>
    </message>
    <message>
        <source>Notes cannot be opened: %1</source>
        <translation>메모를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::NotesController</name>
    <message>
        <source>The note on %1 was not saved: %2</source>
        <translation>%1의 메모를 저장하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::PaperLinksController</name>
    <message>
        <source>Select a paper first.</source>
        <translation>먼저 논문을 선택하십시오.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1을(를) 복사했습니다</translation>
    </message>
    <message>
        <source>No web browser</source>
        <translation>웹 브라우저 없음</translation>
    </message>
    <message>
        <source>No web browser could be started to open %1.</source>
        <translation>%1을(를) 열 웹 브라우저를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Copy the link and open it where you can.</source>
        <translation>링크를 복사해 열 수 있는 곳에서 여십시오.</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>링크 복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::PaperListPane</name>
    <message>
        <source>Filter by title or author (Ctrl+F)</source>
        <translation>제목 또는 저자로 필터링 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Digest order</source>
        <translation>다이제스트 순서</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>추천 수</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>No digest for %1</source>
        <translation>%1의 다이제스트 없음</translation>
    </message>
    <message>
        <source>The nearest day with a digest is %1.</source>
        <translation>다이제스트가 있는 가장 가까운 날짜는 %1입니다.</translation>
    </message>
    <message>
        <source>No papers match ‘%1’</source>
        <translation>‘%1’과(와) 일치하는 논문 없음</translation>
    </message>
    <message>
        <source>No digests yet</source>
        <translation>아직 다이제스트 없음</translation>
    </message>
    <message>
        <source>Sync the latest digests (F5), import digest files (markdown or Hugging Face JSON), or try the sample digests. You can also drop files on this window.</source>
        <translation>최신 다이제스트를 동기화(F5)하거나, 다이제스트 파일(Markdown 또는 Hugging Face JSON)을 가져오거나, 샘플 다이제스트를 사용해 보십시오. 이 창에 파일을 끌어다 놓을 수도 있습니다.</translation>
    </message>
    <message>
        <source>The cache was damaged</source>
        <translation>캐시가 손상되었습니다</translation>
    </message>
    <message>
        <source>Order of the list (Ctrl+1, Ctrl+2, Ctrl+3, Ctrl+4)</source>
        <translation>목록 순서 (Ctrl+1, Ctrl+2, Ctrl+3, Ctrl+4)</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>맞춤 추천</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::PaperPresenter</name>
    <message>
        <source>Import digests to start reading.</source>
        <translation>읽기를 시작하려면 다이제스트를 가져오십시오.</translation>
    </message>
    <message>
        <source>No digest for %1.</source>
        <translation>%1의 다이제스트가 없습니다.</translation>
    </message>
    <message>
        <source>The digest of this day lists no papers.</source>
        <translation>이 날의 다이제스트에 논문이 없습니다.</translation>
    </message>
    <message>
        <source>No paper matches the filter.</source>
        <translation>필터와 일치하는 논문이 없습니다.</translation>
    </message>
    <message>
        <source>No paper selected.</source>
        <translation>선택된 논문이 없습니다.</translation>
    </message>
    <message>
        <source>Paper %1 is no longer in the cache.</source>
        <translation>논문 %1이(가) 더 이상 캐시에 없습니다.</translation>
    </message>
    <message>
        <source>The day of %1 is not known.</source>
        <translation>%1의 날짜를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not cached: sync or import that day to read it in its list.</source>
        <translation>%1은(는) 캐시에 없습니다. 목록에서 읽으려면 그날을 동기화하거나 가져오세요.</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::PdfController</name>
    <message>
        <source>Downloading the PDF of %1…</source>
        <translation>%1의 PDF를 내려받는 중…</translation>
    </message>
    <message>
        <source>The PDF of %1 is kept for reading offline.</source>
        <translation>%1의 PDF를 오프라인에서 읽을 수 있도록 보관했습니다.</translation>
    </message>
    <message>
        <source>The PDF of %1 was not downloaded: %2</source>
        <translation>%1의 PDF를 내려받지 못했습니다: %2</translation>
    </message>
    <message>
        <source>This window downloads nothing (it was started without automatic sync).</source>
        <translation>이 창은 아무것도 내려받지 않습니다 (자동 동기화 없이 시작되었습니다).</translation>
    </message>
    <message>
        <source>Every bookmarked paper has its PDF kept.</source>
        <translation>북마크한 모든 논문의 PDF가 이미 보관되어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n missing PDF(s), one at a time…</source>
        <translation>
            <numerusform>빠진 PDF %n개를 하나씩 내려받는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the PDF?</source>
        <translation>PDF를 삭제할까요?</translation>
    </message>
    <message>
        <source>The bookmark on %1 is gone. Delete the PDF kept for it too?</source>
        <translation>%1의 북마크를 삭제했습니다. 보관한 PDF도 삭제할까요?</translation>
    </message>
    <message>
        <source>Delete PDF</source>
        <translation>PDF 삭제</translation>
    </message>
    <message>
        <source>Keep PDF</source>
        <translation>PDF 보관</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::PdfSettingsPage</name>
    <message>
        <source>Download the PDF of a paper when I bookmark it, for reading offline</source>
        <translation>북마크할 때 논문 PDF를 내려받아 오프라인에서 읽기</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Download &amp;Missing PDFs Now</source>
        <translation>빠진 PDF 지금 내려받기(&amp;M)</translation>
    </message>
    <message>
        <source>Every bookmarked paper whose PDF is not kept yet, one at a time</source>
        <translation>PDF가 아직 없는 모든 북마크 논문을 하나씩 내려받습니다</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Part of your data: sync and cache clean-ups never delete them. Removing a bookmark asks whether to delete its PDF.</source>
        <translation>사용자 데이터의 일부입니다. 동기화나 캐시 정리로 지워지지 않습니다. 북마크를 없애면 PDF도 지울지 묻습니다.</translation>
    </message>
    <message>
        <source>&amp;Largest PDF kept:</source>
        <translation>보관할 최대 PDF 크기(&amp;L):</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>보관 위치:</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ReadController</name>
    <message>
        <source>&amp;Read</source>
        <translation>읽기(&amp;R)</translation>
    </message>
    <message>
        <source>Reads the paper&apos;s PDF here, with highlights (R)</source>
        <translation>논문 PDF를 이 창에서 하이라이트와 함께 읽습니다 (R)</translation>
    </message>
    <message>
        <source>The PDF is kept for reading offline.</source>
        <translation>PDF를 오프라인에서 읽을 수 있도록 보관했습니다.</translation>
    </message>
    <message>
        <source>The PDF could not be kept.</source>
        <translation>PDF를 보관하지 못했습니다.</translation>
    </message>
    <message>
        <source>Choose a paper to read first.</source>
        <translation>먼저 읽을 논문을 고르십시오.</translation>
    </message>
    <message>
        <source>This paper&apos;s PDF is not kept, and Paperboy is offline.</source>
        <translation>이 논문의 PDF가 보관되어 있지 않고 Paperboy가 오프라인입니다.</translation>
    </message>
    <message>
        <source>The PDF could not be fetched: %1</source>
        <translation>PDF를 가져오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The PDF could not be opened: %1</source>
        <translation>PDF를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The user file is not open.</source>
        <translation>사용자 데이터 파일이 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>The highlight could not be saved: %1</source>
        <translation>하이라이트를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>하이라이트</translation>
    </message>
    <message>
        <source>Comment on the highlighted text:</source>
        <translation>하이라이트한 텍스트에 대한 코멘트:</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ReadView</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← 돌아가기</translation>
    </message>
    <message>
        <source>Back to the paper (Esc)</source>
        <translation>논문으로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Show or hide the outline</source>
        <translation>목차 보이기/숨기기</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>축소 (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>확대 (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>너비 맞춤</translation>
    </message>
    <message>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>쪽을 너비에 맞춤 (Ctrl+0)</translation>
    </message>
    <message>
        <source>Find in the PDF (Ctrl+F)</source>
        <translation>PDF에서 찾기 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Keep PDF</source>
        <translation>PDF 보관</translation>
    </message>
    <message>
        <source>Keep this PDF for reading offline</source>
        <translation>이 PDF를 오프라인에서 읽도록 보관</translation>
    </message>
    <message>
        <source>Fetching the PDF…</source>
        <translation>PDF를 가져오는 중…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation>%1 하이라이트</translation>
    </message>
    <message>
        <source>Highlight with Comment…</source>
        <translation>코멘트와 함께 하이라이트…</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>하이라이트</translation>
    </message>
    <message>
        <source>Comment on the highlighted text:</source>
        <translation>하이라이트한 텍스트에 대한 코멘트:</translation>
    </message>
    <message>
        <source>Edit Comment…</source>
        <translation>코멘트 편집…</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>하이라이트 삭제</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::RelatedPapers</name>
    <message>
        <source>More like this</source>
        <translation>비슷한 논문</translation>
    </message>
    <message>
        <source>No similar paper is cached.</source>
        <translation>캐시에 비슷한 논문이 없습니다.</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SearchPane</name>
    <message>
        <source>No papers match.</source>
        <translation>일치하는 논문이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>논문 %n편</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all papers: words, &quot;phrases&quot;, prefix*, -word, author:, after:, votes:&gt;N, week:YYYY-Www, month:YYYY-MM</source>
        <translation>모든 논문 검색: 단어, &quot;구문&quot;, 접두어*, -단어, author:, after:, votes:&gt;N, week:YYYY-Www, month:YYYY-MM</translation>
    </message>
    <message>
        <source>No cached papers in that period (Alt+Left, Alt+Right: another).</source>
        <translation>그 기간에 캐시된 논문이 없습니다 (Alt+←, Alt+→: 다른 기간).</translation>
    </message>
    <message numerus="yes">
        <source>The %n most voted paper(s) of the week from %1</source>
        <translation>
            <numerusform>%1부터 한 주 동안 추천을 가장 많이 받은 논문 %n편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n most voted paper(s) of %1</source>
        <translation>
            <numerusform>%1에 추천을 가장 많이 받은 논문 %n편</numerusform>
        </translation>
    </message>
    <message>
        <source> · Alt+Left, Alt+Right: another</source>
        <translation> · Alt+←, Alt+→: 다른 기간</translation>
    </message>
    <message>
        <source>Most relevant</source>
        <translation>관련도순</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>최신순</translation>
    </message>
    <message>
        <source>Most voted</source>
        <translation>추천순</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>정렬(&amp;O):</translation>
    </message>
    <message numerus="yes">
        <source>The first %n paper(s); more match</source>
        <translation>
            <numerusform>처음 %n편만 표시 (더 있음)</numerusform>
        </translation>
    </message>
    <message>
        <source> · ranked among the %1 newest matches; order by date or votes to go through all of them</source>
        <translation> · 가장 최근의 일치 %1건 안에서 매긴 순위입니다. 최신순이나 추천순은 모든 일치를 살펴봅니다</translation>
    </message>
    <message>
        <source>Show &amp;More Results</source>
        <translation>결과 더 보기(&amp;M)</translation>
    </message>
    <message>
        <source>Save as &amp;Watch…</source>
        <translation>워치로 저장(&amp;W)…</translation>
    </message>
    <message>
        <source>Keep this search in the Watches tab, which counts the papers new in it after each sync (Ctrl+Shift+S)</source>
        <translation>이 검색을 워치 탭에 저장합니다. 동기화할 때마다 새 논문 수를 셉니다 (Ctrl+Shift+S)</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n paper(s); more match</source>
        <translation>
            <numerusform>최신 논문 %n편, 더 있음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n new</source>
        <translation>
            <numerusform> · 새 논문 %n편</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch %1: %2</source>
        <translation>워치 %1: %2</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SearchResultDelegate</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>추천 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>votes unknown</source>
        <translation>추천 수 알 수 없음</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 논문</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SettingsController</name>
    <message>
        <source>A sync or an import is writing to the cache: cancel it or wait until it has finished, then clear the cache.</source>
        <translation>동기화나 가져오기가 캐시에 쓰는 중입니다. 취소하거나 끝날 때까지 기다린 다음 캐시를 비우십시오.</translation>
    </message>
    <message>
        <source>The cache is empty.</source>
        <translation>캐시가 비었습니다.</translation>
    </message>
    <message>
        <source>The cache could not be cleared: %1</source>
        <translation>캐시를 비우지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The cache could not be kept under its limit: %1</source>
        <translation>캐시를 한도 아래로 유지하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n oldest day(s) left the cache to keep it under %1.</source>
        <translation>
            <numerusform>캐시를 %1 아래로 유지하려고 가장 오래된 날짜 %n일을 캐시에서 지웠습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>저장소</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Sync when Paperboy starts</source>
        <translation>Paperboy를 시작할 때 동기화</translation>
    </message>
    <message>
        <source> days before today</source>
        <translation>일 전까지</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>Sync &amp;Now covers today and:</source>
        <translation>지금 동기화 범위(오늘 포함)(&amp;N):</translation>
    </message>
    <message>
        <source>Sync again &amp;every:</source>
        <translation>다시 동기화할 간격(&amp;E):</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>The new language shows when Paperboy starts again.</source>
        <translation>새 언어는 Paperboy를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>데스크톱 설정 따름</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>색상(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Text size of the paper pane:</source>
        <translation>논문 창 글자 크기(&amp;T):</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>썸네일</translation>
    </message>
    <message>
        <source>PDFs</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray, and say there when a sync brings new papers</source>
        <translation>시스템 트레이에 아이콘을 표시하고, 동기화로 새 논문이 오면 알리기(&amp;T)</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>이 데스크톱에는 시스템 트레이가 없습니다.</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>맞춤 추천</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Next screen</source>
        <translation>다음 화면</translation>
    </message>
    <message>
        <source>J, Page Down, Space</source>
        <translation>J, Page Down, Space</translation>
    </message>
    <message>
        <source>Previous screen</source>
        <translation>이전 화면</translation>
    </message>
    <message>
        <source>K, Page Up</source>
        <translation>K, Page Up</translation>
    </message>
    <message>
        <source>Find in the PDF</source>
        <translation>PDF에서 찾기</translation>
    </message>
    <message>
        <source>Back to the paper</source>
        <translation>논문으로 돌아가기</translation>
    </message>
    <message>
        <source>Esc, R</source>
        <translation>Esc, R</translation>
    </message>
    <message>
        <source>Read view</source>
        <translation>읽기 화면</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SourceTestPanel</name>
    <message>
        <source>&amp;Test Source</source>
        <translation>소스 시험(&amp;T)</translation>
    </message>
    <message>
        <source>Fetch the chosen day from the selected source and show what it holds. Nothing is saved.</source>
        <translation>선택한 소스에서 고른 날짜를 가져와 내용을 보여 줍니다. 아무것도 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>시험 취소</translation>
    </message>
    <message>
        <source>Day to test:</source>
        <translation>시험할 날짜:</translation>
    </message>
    <message>
        <source>Asking %1 …</source>
        <translation>%1에 요청하는 중…</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>시험을 취소했습니다.</translation>
    </message>
    <message>
        <source>%1 has nothing for %2 (HTTP 404 from %3). Try another day: many sources publish nothing on weekends.</source>
        <translation>%1에는 %2 자료가 없습니다(%3에서 HTTP 404). 다른 날짜로 시험해 보십시오. 주말에는 아무것도 게시하지 않는 소스가 많습니다.</translation>
    </message>
    <message>
        <source>The test of %1 for %2 failed: %3
Address: %4</source>
        <translation>%1의 %2 시험이 실패했습니다: %3
주소: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 works: the digest of %2 lists %n paper(s) (%3).</source>
        <translation>
            <numerusform>%1 정상: %2 다이제스트에 논문 %n편이 있습니다(%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 외 %n편.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reader skipped %n part(s) it did not understand, first:</source>
        <translation>
            <numerusform>읽지 못한 부분 %n개를 건너뛰었습니다. 첫 번째:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SourcesPage</name>
    <message>
        <source>Markdown digest</source>
        <translation>Markdown 다이제스트</translation>
    </message>
    <message>
        <source>Hugging Face API JSON</source>
        <translation>Hugging Face API JSON</translation>
    </message>
    <message>
        <source>Korean briefs (hf-daily-paper-korean-autoflow)</source>
        <translation>한국어 브리프(hf-daily-paper-korean-autoflow)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>변경 사항 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;URL template:</source>
        <translation>URL 템플릿(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>The template names the day with {date} (YYYY-MM-DD) or {yyyy}, {MM} and {dd}. Only https is allowed, or http to this computer.</source>
        <translation>템플릿에서 날짜는 {date}(YYYY-MM-DD) 또는 {yyyy}, {MM}, {dd}로 나타냅니다. https만 허용되며, 이 컴퓨터로의 연결에만 http를 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>기본 제공</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::StoragePage</name>
    <message>
        <source>Open Folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>캐시:</translation>
    </message>
    <message>
        <source>Digests and thumbnails: everything here can be downloaded again.</source>
        <translation>다이제스트와 썸네일: 여기 있는 것은 모두 다시 내려받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>사용자 데이터:</translation>
    </message>
    <message>
        <source>Bookmarks, read state and notes. Sync and pruning never touch it.</source>
        <translation>북마크, 읽음 상태, 메모입니다. 동기화나 정리 작업은 이 데이터를 건드리지 않습니다.</translation>
    </message>
    <message>
        <source>Start Paperboy with --data-dir DIR (or set $PAPERBOY_DATA_DIR) to keep both in another folder.</source>
        <translation>둘 다 다른 폴더에 두려면 Paperboy를 --data-dir DIR 옵션으로 시작하거나 $PAPERBOY_DATA_DIR를 설정하십시오.</translation>
    </message>
    <message>
        <source>Cache size:</source>
        <translation>캐시 크기:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Over the limit, the oldest days leave the cache after each sync or import; the newest day and your bookmarks always stay.</source>
        <translation>한도를 넘으면 동기화나 가져오기가 끝날 때마다 가장 오래된 날짜부터 캐시에서 지웁니다. 가장 최근 날짜와 북마크는 항상 남습니다.</translation>
    </message>
    <message>
        <source>Cache size &amp;limit:</source>
        <translation>캐시 크기 한도(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Clear Cache…</source>
        <translation>캐시 비우기(&amp;C)…</translation>
    </message>
    <message>
        <source>Thumbnail Disk Space and &amp;Prefetch…</source>
        <translation>썸네일 디스크 공간과 미리 받기(&amp;P)…</translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>캐시 비우기</translation>
    </message>
    <message>
        <source>Remove every downloaded digest from the cache?</source>
        <translation>내려받은 다이제스트를 캐시에서 모두 지울까요?</translation>
    </message>
    <message>
        <source>Your bookmarks, notes and read marks are kept. The digests can be downloaded again with Sync; the Korean summaries Paperboy wrote are removed too and would have to be asked for again.</source>
        <translation>북마크, 메모, 읽음 표시는 그대로 남습니다. 다이제스트는 동기화로 다시 내려받을 수 있지만, Paperboy가 작성한 한국어 요약도 함께 지워지므로 다시 요청해야 합니다.</translation>
    </message>
    <message>
        <source>Clearing the cache…</source>
        <translation>캐시를 비우는 중…</translation>
    </message>
    <message>
        <source>The cache is empty. Sync downloads the recent days again.</source>
        <translation>캐시가 비었습니다. 동기화하면 최근 날짜를 다시 내려받습니다.</translation>
    </message>
    <message>
        <source>The cache could not be cleared: %1</source>
        <translation>캐시를 비우지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SummaryController</name>
    <message>
        <source>Summarize This &amp;Paper in Korean</source>
        <translation>이 논문 한국어로 요약(&amp;P)</translation>
    </message>
    <message>
        <source>Asks the language model of Settings → Summaries for a Korean summary of the paper</source>
        <translation>설정 → 요약의 언어 모델에 이 논문의 한국어 요약을 요청합니다</translation>
    </message>
    <message>
        <source>Summarize the &amp;Day in Korean</source>
        <translation>이 날 한국어로 요약(&amp;D)</translation>
    </message>
    <message>
        <source>Summarize the Day&apos;s Papers &amp;Without Korean</source>
        <translation>한국어가 없는 이 날의 논문 요약(&amp;W)</translation>
    </message>
    <message>
        <source>Only the papers no Korean digest, brief or summary covers yet</source>
        <translation>한국어 다이제스트, 브리프, 요약이 아직 없는 논문만</translation>
    </message>
    <message>
        <source>&amp;Cancel Summaries</source>
        <translation>요약 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Summary &amp;Settings…</source>
        <translation>요약 설정(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;ummaries</source>
        <translation>요약(&amp;U)</translation>
    </message>
    <message>
        <source>Select a paper first.</source>
        <translation>먼저 논문을 선택하십시오.</translation>
    </message>
    <message>
        <source>No day is shown.</source>
        <translation>표시된 날이 없습니다.</translation>
    </message>
    <message>
        <source>Summaries are being written; wait for them or cancel them first.</source>
        <translation>요약을 작성하는 중입니다. 끝날 때까지 기다리거나 먼저 취소하십시오.</translation>
    </message>
    <message>
        <source>Set the endpoint and model in Settings → Summaries first.</source>
        <translation>먼저 설정 → 요약에서 엔드포인트와 모델을 지정하십시오.</translation>
    </message>
    <message>
        <source>The summary of %1 was not stored: %2</source>
        <translation>%1의 요약을 저장하지 못했습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Already summarized by this model: %n paper(s).</source>
        <translation>
            <numerusform>이 모델로 이미 요약됨: 논문 %n편.</numerusform>
        </translation>
    </message>
    <message>
        <source>No paper to summarize.</source>
        <translation>요약할 논문이 없습니다.</translation>
    </message>
    <message>
        <source>No summaries: %1</source>
        <translation>요약 없음: %1</translation>
    </message>
    <message numerus="yes">
        <source>Summarized %n paper(s)</source>
        <translation>
            <numerusform>논문 %n편 요약함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already done</source>
        <translation>
            <numerusform>, 이미 요약됨 %n편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, 취소됨 %n편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed — %1</source>
        <translation>
            <numerusform>, 실패 %n편 — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SummarySettingsPage</name>
    <message>
        <source>Any OpenAI-compatible server: OpenAI, or a local llama.cpp, Ollama, vLLM or LM Studio. Paperboy posts to ENDPOINT/chat/completions.</source>
        <translation>OpenAI 호환 서버라면 무엇이든 됩니다: OpenAI, 또는 로컬 llama.cpp, Ollama, vLLM, LM Studio. Paperboy는 ENDPOINT/chat/completions로 요청을 보냅니다.</translation>
    </message>
    <message>
        <source>Not needed for a local server</source>
        <translation>로컬 서버에는 필요 없습니다</translation>
    </message>
    <message>
        <source>Sa&amp;ve Key</source>
        <translation>키 저장(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Forget Key</source>
        <translation>키 지우기(&amp;F)</translation>
    </message>
    <message>
        <source>Add the text of the paper&apos;s PDF when it is kept</source>
        <translation>논문의 PDF가 보관되어 있으면 그 텍스트를 추가</translation>
    </message>
    <message>
        <source>Download the PDF for its text when it is not kept</source>
        <translation>PDF가 보관되어 있지 않으면 텍스트를 위해 내려받기</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 토큰</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>After each sync, summarize the new papers that have no Korean text</source>
        <translation>동기화할 때마다 한국어 텍스트가 없는 새 논문을 요약</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>엔드포인트(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Requests at a time:</source>
        <translation>동시 요청 수(&amp;R):</translation>
    </message>
    <message>
        <source>PDF text &amp;budget:</source>
        <translation>PDF 텍스트 한도(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Time limit per request:</source>
        <translation>요청당 제한 시간(&amp;T):</translation>
    </message>
    <message>
        <source>Summaries are stored as their own source, under a heading that names the model; a paper the same model summarized is not asked again.</source>
        <translation>요약은 별도의 소스로 저장되어 모델 이름이 붙은 제목 아래에 표시됩니다. 같은 모델이 요약한 논문은 다시 요청하지 않습니다.</translation>
    </message>
    <message>
        <source>Saved in the system keyring.</source>
        <translation>시스템 키링에 저장했습니다.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>$PAPERBOY_LLM_API_KEY is set and is used instead of the keyring.</source>
        <translation>$PAPERBOY_LLM_API_KEY가 설정되어 있어 키링 대신 사용합니다.</translation>
    </message>
    <message>
        <source>No key is kept.</source>
        <translation>보관된 키가 없습니다.</translation>
    </message>
    <message>
        <source>A key is kept in the system keyring.</source>
        <translation>시스템 키링에 키가 보관되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SummaryStatusWidget</name>
    <message>
        <source>Summaries %v/%m</source>
        <translation>요약 %v/%m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop asking for summaries; those already written are kept</source>
        <translation>요약 요청을 멈춥니다. 이미 작성된 요약은 유지됩니다</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1 tokens</source>
        <translation>
            <numerusform>요청 %n번, 토큰 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SyncLogDialog</name>
    <message>
        <source>Sync Log</source>
        <translation>동기화 로그</translation>
    </message>
    <message>
        <source>&amp;Copy Selected Rows</source>
        <translation>선택한 행 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SyncLogModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>바이트</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SyncPresenter</name>
    <message>
        <source>Sync cancelled: %1 new, %2 unchanged.</source>
        <translation>동기화 취소됨: 신규 %1, 변경 없음 %2.</translation>
    </message>
    <message>
        <source>Sync done: %1 new, %2 unchanged, %3 not published, %4 failed.</source>
        <translation>동기화 완료: 신규 %1, 변경 없음 %2, 미게시 %3, 실패 %4.</translation>
    </message>
    <message>
        <source>Offline — showing cached papers</source>
        <translation>오프라인 — 캐시된 논문 표시 중</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::SyncStatusWidget</name>
    <message>
        <source>Offline — showing cached papers</source>
        <translation>오프라인 — 캐시된 논문 표시 중</translation>
    </message>
    <message>
        <source>Sync resumes by itself when the network is back.</source>
        <translation>네트워크가 다시 연결되면 동기화가 자동으로 재개됩니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop the sync; days already downloaded stay in the cache</source>
        <translation>동기화를 중지합니다. 이미 내려받은 날짜는 캐시에 남습니다</translation>
    </message>
    <message>
        <source>Cancelling sync…</source>
        <translation>동기화 취소 중…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <source>Syncing %1/%2…</source>
        <translation>동기화 중 %1/%2…</translation>
    </message>
    <message>
        <source>Digests (days × sources) checked so far</source>
        <translation>지금까지 확인한 다이제스트(날짜 × 소스)</translation>
    </message>
    <message>
        <source>Click to open the Sync Log.</source>
        <translation>클릭하면 동기화 로그를 엽니다.</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n digest(s) failed</source>
        <translation>
            <numerusform>동기화: 다이제스트 %n개 실패</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ThumbnailController</name>
    <message>
        <source>Images are unavailable offline: the papers show their initials until the network is back.</source>
        <translation>오프라인에서는 이미지를 볼 수 없습니다: 네트워크가 돌아올 때까지 논문의 머리글자를 표시합니다.</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::ThumbnailSettingsPage</name>
    <message>
        <source>Download the thumbnails of synced and imported days, for reading offline</source>
        <translation>동기화하거나 가져온 날의 썸네일을 내려받아 오프라인에서도 보기</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>images.example.org</source>
        <translation>images.example.org</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Images are loaded only from cdn-thumbnails.huggingface.co, cdn-uploads.huggingface.co and the hosts listed here, so that a digest cannot make Paperboy contact a server of its choosing.</source>
        <translation>이미지는 cdn-thumbnails.huggingface.co, cdn-uploads.huggingface.co와 여기 나열된 호스트에서만 불러옵니다. 다이제스트가 Paperboy를 임의의 서버에 접속시키지 못하게 하기 위해서입니다.</translation>
    </message>
    <message>
        <source>&amp;Disk space for thumbnails:</source>
        <translation>썸네일 디스크 공간(&amp;D):</translation>
    </message>
    <message>
        <source>Also load images &amp;from:</source>
        <translation>이미지를 불러올 추가 호스트(&amp;F):</translation>
    </message>
    <message>
        <source>“%1” is not a host name.</source>
        <translation>“%1”은(는) 호스트 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is already allowed.</source>
        <translation>%1은(는) 이미 허용되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::TrayIcon</name>
    <message>
        <source>Paperboy</source>
        <translation>Paperboy</translation>
    </message>
    <message numerus="yes">
        <source>%n new paper(s)</source>
        <translation>
            <numerusform>새 논문 %n편</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::ui::TrendsController</name>
    <message>
        <source>Export Chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;Series as CSV (*.csv)</source>
        <translation>PNG 이미지 (*.png);;SVG 이미지 (*.svg);;계열 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Paperboy trends</source>
        <translation>Paperboy 동향</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::TrendsView</name>
    <message>
        <source>&amp;Queries</source>
        <translation>검색어(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Add Query</source>
        <translation>검색어 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Share of papers</source>
        <translation>논문 비율</translation>
    </message>
    <message>
        <source>Number of papers</source>
        <translation>논문 수</translation>
    </message>
    <message>
        <source>&amp;Whole archive</source>
        <translation>전체 기간(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>종료일(&amp;T):</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>떠오르는 용어</translation>
    </message>
    <message>
        <source>The query whose authors are listed</source>
        <translation>저자를 보여 줄 검색어</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>저자</translation>
    </message>
    <message>
        <source>Hide Term</source>
        <translation>용어 숨기기</translation>
    </message>
    <message>
        <source>diffusion, &quot;world model&quot;, author:NAME…</source>
        <translation>diffusion, &quot;world model&quot;, author:이름…</translation>
    </message>
    <message>
        <source>Remove this query</source>
        <translation>이 검색어 지우기</translation>
    </message>
    <message>
        <source>Type a query to chart it, or pick a rising term.</source>
        <translation>차트로 볼 검색어를 입력하거나 떠오르는 용어를 고르십시오.</translation>
    </message>
    <message>
        <source>No papers in this range.</source>
        <translation>이 범위에는 논문이 없습니다.</translation>
    </message>
    <message>
        <source>Hover over a point for its counts; click it to list those papers.</source>
        <translation>점 위에 마우스를 올리면 수가 보이고, 누르면 그 논문 목록이 열립니다.</translation>
    </message>
    <message>
        <source>%1: in %2 papers of the recent weeks, %3 of the weeks before</source>
        <translation>%1: 최근 몇 주 논문 %2편, 그 전 몇 주 논문 %3편</translation>
    </message>
    <message>
        <source>No rising terms yet.</source>
        <translation>아직 떠오르는 용어가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) of %1</source>
        <translation>
            <numerusform>%1의 논문 %n편</numerusform>
        </translation>
    </message>
    <message>
        <source>Hi&amp;de Term</source>
        <translation>용어 숨기기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>단위(&amp;P):</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>표시(&amp;O):</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>시작일(&amp;M):</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::WatchListModel</name>
    <message numerus="yes">
        <source>%1, %n new</source>
        <translation>
            <numerusform>%1, 새 논문 %n편</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::ui::WatchesController</name>
    <message>
        <source>Watches</source>
        <translation>워치</translation>
    </message>
    <message>
        <source>&amp;Name of the watch:</source>
        <translation>워치 이름(&amp;N):</translation>
    </message>
    <message>
        <source>A watch named %1 exists already. Choose another name.</source>
        <translation>%1 이름의 워치가 이미 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Type a search first, then save it as a watch.</source>
        <translation>먼저 검색어를 입력한 뒤 워치로 저장하세요.</translation>
    </message>
    <message>
        <source>Save as Watch</source>
        <translation>워치로 저장</translation>
    </message>
    <message>
        <source>Rename Watch</source>
        <translation>워치 이름 바꾸기</translation>
    </message>
    <message>
        <source>Edit Query</source>
        <translation>검색어 편집</translation>
    </message>
    <message>
        <source>&amp;Query of the watch:</source>
        <translation>워치 검색어(&amp;Q):</translation>
    </message>
    <message>
        <source>Delete Watch</source>
        <translation>워치 삭제</translation>
    </message>
    <message>
        <source>Delete the watch %1? Its papers stay in the archive.</source>
        <translation>워치 %1을(를) 삭제할까요? 논문은 아카이브에 그대로 남습니다.</translation>
    </message>
    <message>
        <source>No watch to export: save a search as a watch first.</source>
        <translation>내보낼 워치가 없습니다. 먼저 검색을 워치로 저장하세요.</translation>
    </message>
    <message>
        <source>Export Watch as Feed</source>
        <translation>워치를 피드로 내보내기</translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation>워치(&amp;W):</translation>
    </message>
    <message>
        <source>Atom feeds (*.atom *.xml)</source>
        <translation>Atom 피드 (*.atom *.xml)</translation>
    </message>
    <message>
        <source>Cannot write the feed to %1: %2</source>
        <translation>%1에 피드를 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a feed of %n paper(s) to %1.</source>
        <translation>
            <numerusform>논문 %n편의 피드를 %1에 썼습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n</source>
        <comment>a watch and its new papers</comment>
        <translation>
            <numerusform>%1 %n편</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>새 논문: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Saved the watch %1.</source>
        <translation>워치 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Deleted the watch %1 (Undo Delete is in the menu of the Watches tab).</source>
        <translation>워치 %1을(를) 삭제했습니다 (워치 탭의 메뉴에서 삭제 취소).</translation>
    </message>
</context>
<context>
    <name>paperboy::ui::WatchesPane</name>
    <message>
        <source>No watches yet. Search the archive (Ctrl+K) and choose Save as Watch to keep the search here and see what is new in it after each sync.</source>
        <translation>아직 워치가 없습니다. 아카이브를 검색하고(Ctrl+K) 워치로 저장을 고르면 검색이 여기에 남고, 동기화할 때마다 새 논문을 알려 줍니다.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit Query…</source>
        <translation>검색어 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Export as &amp;Feed…</source>
        <translation>피드로 내보내기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>아래로 이동(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>삭제 취소(&amp;U)</translation>
    </message>
</context>
</TS>
