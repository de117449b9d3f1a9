#include "ask/PageChunks.h"

#include "summarize/SummaryPrompt.h"

#include <QRegularExpression>

namespace paperboy::ask {
namespace {

// The lines of a page, a line too long for one chunk cut into pieces that fit.
QStringList piecesOf(const QString& page, int chunkTokens)
{
    static const QRegularExpression lineBreaks(QStringLiteral("\\n+"));
    QStringList pieces;
    for (QString line : page.split(lineBreaks, Qt::SkipEmptyParts)) {
        line = line.trimmed();
        while (!line.isEmpty()) {
            QString piece = summarize::cutToTokens(line, chunkTokens);
            if (piece.isEmpty())
                piece = line.left(1); // never stuck, whatever the estimate says
            pieces.append(piece.trimmed());
            line = line.mid(piece.size()).trimmed();
        }
    }
    return pieces;
}

} // namespace

PageChunks chunkPages(const QStringList& pages, int chunkTokens)
{
    chunkTokens = qMax(chunkTokens, 16);
    PageChunks chunks;
    for (qsizetype index = 0; index < pages.size(); ++index) {
        const int page = int(index) + 1;
        QString current;
        int currentTokens = 0;
        for (const QString& piece : piecesOf(pages.at(index), chunkTokens)) {
            const int tokens = summarize::estimateTokens(piece) + 1;
            if (!current.isEmpty() && currentTokens + tokens > chunkTokens) {
                chunks.append({page, current});
                current.clear();
                currentTokens = 0;
            }
            if (!current.isEmpty())
                current += QLatin1Char('\n');
            current += piece;
            currentTokens += tokens;
        }
        if (!current.isEmpty())
            chunks.append({page, current});
    }
    return chunks;
}

} // namespace paperboy::ask
