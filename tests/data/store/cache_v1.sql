-- A cache as Paperboy schema version 1 wrote it (001_initial.sql as released, comments
-- dropped), with data: TestMigrations opens it and checks it is upgraded with nothing lost.
-- The paper_fts rows hold the rewritten text that version 1 indexed (see store/FtsText.h).
PRAGMA application_id = 1346525507;
CREATE TABLE papers (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (id <> '')
);
CREATE TABLE paper_sources (
    paper INTEGER NOT NULL REFERENCES papers (pk) ON DELETE CASCADE,
    source TEXT NOT NULL CHECK (source <> ''),
    title TEXT NOT NULL,
    author_count INTEGER NOT NULL,
    authors_head TEXT NOT NULL,
    votes INTEGER,
    thumbnail TEXT NOT NULL,
    update_seq INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    authors TEXT NOT NULL,
    media TEXT NOT NULL,
    abstract TEXT NOT NULL,
    ai_summary TEXT NOT NULL,
    keywords TEXT NOT NULL,
    github TEXT NOT NULL,
    stars INTEGER,
    project TEXT NOT NULL,
    organization TEXT NOT NULL,
    comments INTEGER,
    submitter TEXT NOT NULL,
    listed_at TEXT,
    published_at TEXT,
    PRIMARY KEY (paper, source)
);
CREATE INDEX paper_sources_by_update_seq ON paper_sources (update_seq);
CREATE TABLE sections (
    paper INTEGER NOT NULL,
    source TEXT NOT NULL,
    ord INTEGER NOT NULL,
    name TEXT NOT NULL,
    markdown TEXT NOT NULL,
    PRIMARY KEY (paper, source, ord),
    FOREIGN KEY (paper, source) REFERENCES paper_sources (paper, source) ON DELETE CASCADE
);
CREATE TABLE digests (
    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source TEXT NOT NULL CHECK (source <> ''),
    paper_count INTEGER NOT NULL,
    written_at TEXT NOT NULL,
    PRIMARY KEY (day, source)
) WITHOUT ROWID;
CREATE TABLE digest_entries (
    day TEXT NOT NULL,
    source TEXT NOT NULL,
    paper INTEGER NOT NULL,
    pos INTEGER NOT NULL,
    PRIMARY KEY (day, source, paper),
    UNIQUE (day, source, pos),
    FOREIGN KEY (day, source) REFERENCES digests (day, source) ON DELETE CASCADE,
    FOREIGN KEY (paper, source) REFERENCES paper_sources (paper, source)
) WITHOUT ROWID;
CREATE TABLE days (
    day TEXT PRIMARY KEY,
    paper_count INTEGER NOT NULL
) WITHOUT ROWID;
CREATE VIRTUAL TABLE paper_fts USING fts5 (
    title, authors, abstract, body,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO papers (pk, id) VALUES (1, '2410.09732'), (2, '2410.10139');
INSERT INTO paper_sources (paper, source, title, author_count, authors_head, votes, thumbnail, update_seq, updated_at, authors, media, abstract, ai_summary, keywords, github, stars, project, organization, comments, submitter, listed_at, published_at)
    VALUES (1, 'daily_papers_ko', 'LOKI: A Comprehensive Synthetic Data Detection Benchmark', 2, '["Tong Wu","Zhizheng Wu"]', 47, 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2410.09732.png', 1, '2024-10-15T09:00:00.000Z', '["Tong Wu","Zhizheng Wu"]', '[]', '', '', '[]', '', NULL, '', '', NULL, '', NULL, NULL);
INSERT INTO paper_sources (paper, source, title, author_count, authors_head, votes, thumbnail, update_seq, updated_at, authors, media, abstract, ai_summary, keywords, github, stars, project, organization, comments, submitter, listed_at, published_at)
    VALUES (2, 'daily_papers_ko', 'MMIE: Massive Multimodal Interleaved Comprehension Benchmark', 5, '["Yiyang Zhou","Shi Qiu","Zhaoyang Wang","Siwei Han"]', 43, '', 1, '2024-10-15T09:00:00.000Z', '["Yiyang Zhou","Shi Qiu","Zhaoyang Wang","Siwei Han","Chenhang Cui"]', '["https://cdn-uploads.huggingface.co/production/uploads/demo.mp4","https://cdn-uploads.huggingface.co/production/uploads/Fig1.PNG?download=true"]', '', '', '[]', '', NULL, '', '', NULL, '', NULL, NULL);
INSERT INTO paper_sources (paper, source, title, author_count, authors_head, votes, thumbnail, update_seq, updated_at, authors, media, abstract, ai_summary, keywords, github, stars, project, organization, comments, submitter, listed_at, published_at)
    VALUES (1, 'hf', 'LOKI: A Comprehensive Synthetic Data Detection Benchmark using Large Multimodal Models', 3, '["Tong Wu","Zhizheng Wu","Yiping Chen"]', 50, '', 2, '2024-10-15T10:00:00.000Z', '["Tong Wu","Zhizheng Wu","Yiping Chen"]', '[]', 'With the rapid development of AI-generated content, the future internet may be inundated with synthetic data.', 'LOKI is a benchmark for synthetic data detection across modalities.', '["synthetic data","benchmark"]', 'https://github.com/opendatalab/LOKI', 12, '', '', NULL, '', NULL, NULL);
INSERT INTO sections (paper, source, ord, name, markdown) VALUES (1, 'daily_papers_ko', 0, 'What''s New', '합성 데이터 탐지를 위한 새로운 벤치마크 LOKI를 제안합니다.');
INSERT INTO sections (paper, source, ord, name, markdown) VALUES (1, 'daily_papers_ko', 1, 'Technical Details', '- 비디오, 이미지, 3D, 텍스트, 오디오
- 18,000개의 질문');
INSERT INTO sections (paper, source, ord, name, markdown) VALUES (2, 'daily_papers_ko', 0, 'What''s New', '대규모 모달 인터리브 이해 평가 벤치마크를 소개합니다.');
INSERT INTO digests (day, source, paper_count, written_at) VALUES ('2024-10-15', 'daily_papers_ko', 2, '2024-10-15T09:00:00.000Z'),
    ('2024-10-15', 'hf', 1, '2024-10-15T10:00:00.000Z');
INSERT INTO digest_entries (day, source, pos, paper) VALUES ('2024-10-15', 'daily_papers_ko', 0, 1),
    ('2024-10-15', 'daily_papers_ko', 1, 2), ('2024-10-15', 'hf', 0, 1);
INSERT INTO days (day, paper_count) VALUES ('2024-10-15', 2);
INSERT INTO paper_fts (rowid, title, authors, abstract, body) VALUES (1, 'LOKI: A Comprehensive Synthetic Data Detection Benchmark using Large Multimodal Models',
    'Tong Wu, Zhizheng Wu, Yiping Chen', 'With the rapid development of AI-generated content, the future internet may be inundated with synthetic data.
LOKI is a benchmark for synthetic data detection across modalities.
synthetic data, benchmark', 'What''s New
 합성 성   데이 이터 터   탐지 지를 를   위한 한   새로 로운 운   벤치 치마 마크 크  LOKI 를   제안 안합 합니 니다 다 .
Technical Details
-  비디 디오 오 ,  이미 미지 지 , 3D,  텍스 스트 트 ,  오디 디오 오 
- 18,000 개의 의   질문 문 ');
INSERT INTO paper_fts (rowid, title, authors, abstract, body) VALUES (2, 'MMIE: Massive Multimodal Interleaved Comprehension Benchmark',
    'Yiyang Zhou, Shi Qiu, Zhaoyang Wang, Siwei Han, Chenhang Cui', '

', 'What''s New
 대규 규모 모   모달 달   인터 터리 리브 브   이해 해   평가 가   벤치 치마 마크 크를 를   소개 개합 합니 니다 다 .');
PRAGMA user_version = 1;
