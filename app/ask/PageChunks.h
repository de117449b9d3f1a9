#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace paperboy::ask {

// A piece of a paper's PDF text that stays on one page, so that an answer built from it can
// name the page.
struct PageChunk
{
    int page = 0; // 1-based
    QString text;
};
using PageChunks = QList<PageChunk>;

// The pages' text (index 0 is page 1) cut into chunks of at most about `chunkTokens` tokens
// (summarize::estimateTokens), at line breaks where it can, else at a word; never across a page.
// Small enough that a question's few relevant chunks fit a modest budget, large enough to keep
// a sentence with its neighbours.
PageChunks chunkPages(const QStringList& pages, int chunkTokens = 200);

} // namespace paperboy::ask
