#include "search/MatchExpression.h"

#include "store/fts/FtsText.h"

#include <QStringList>

namespace paperboy::search {
namespace {

using store::fts::appendQuoted;
using store::fts::hasWordCharacter;

bool hasUnsegmented(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (store::fts::isUnsegmentedScript(text.at(i).unicode()))
            return true;
    }
    return false;
}

// Whether the word is a single Korean (Chinese, Japanese) character: the index holds it only
// at the start of a two-character piece or as a one-character run, so it is searched as a
// prefix. A character seen only at the end of longer runs (a particle: 지식증류를) is not found.
bool isSingleUnsegmented(QStringView word)
{
    return word.size() == 1 && store::fts::isUnsegmentedScript(word.at(0).unicode());
}

// One whitespace-free word: the quoted text is split by the tokenizer at query time into the
// same pieces as the index holds, in a row, so that "지식증류" becomes the phrase 지식 식증 증류.
QString wordExpression(QStringView word, bool prefix)
{
    if (!hasWordCharacter(word))
        return {};
    QString expression;
    appendQuoted(expression, word);
    if (prefix || isSingleUnsegmented(word))
        expression += QLatin1Char('*');
    return expression;
}

// A phrase of Latin words is an FTS5 phrase. Korean words are not: a particle or ending attached
// to a word puts a piece between it and the next word (확산을 모델 -> 확산 산을 을모 모델, with
// the piece across the space), so a phrase with such words asks for the words near each other
// (at most two extra pieces between two of them). Without a particle the one between is the
// piece across the space (확산 모델 -> 확산 산모 모델), or the words are written joined.
QString phraseExpression(QStringView phrase)
{
    if (!hasWordCharacter(phrase))
        return {};
    if (!hasUnsegmented(phrase)) {
        QString expression;
        appendQuoted(expression, phrase);
        return expression;
    }
    QStringList words;
    for (const QStringView word : phrase.split(u' ', Qt::SkipEmptyParts)) {
        const QString expression = wordExpression(word, false);
        if (!expression.isEmpty())
            words.append(expression);
    }
    if (words.size() == 1)
        return words.first();
    return QStringLiteral("NEAR(") + words.join(QLatin1Char(' ')) + QStringLiteral(", ") +
           QString::number(2 * (words.size() - 1)) + QLatin1Char(')');
}

} // namespace

QString termExpression(const Term& term)
{
    switch (term.kind) {
    case Term::Kind::Phrase:
        return phraseExpression(term.text);
    case Term::Kind::Prefix:
        return wordExpression(term.text, true);
    case Term::Kind::Word:
        break;
    }
    return wordExpression(term.text, false);
}

MatchExpression matchExpression(const Query& query)
{
    QStringList positive;
    QStringList excluded;
    for (const Term& term : query.terms) {
        const QString expression = termExpression(term);
        if (!expression.isEmpty())
            (term.excluded ? excluded : positive).append(expression);
    }
    for (const QString& author : query.authors) {
        const QString expression = phraseExpression(author.simplified());
        if (!expression.isEmpty())
            positive.append(QStringLiteral("authors : (") + expression + QLatin1Char(')'));
    }
    MatchExpression match;
    // Explicit ANDs: FTS5 (3.40) rejects a column filter with parentheses after an implicit one.
    match.positive = positive.join(QStringLiteral(" AND "));
    match.excluded = excluded.join(QStringLiteral(" OR "));
    return match;
}

} // namespace paperboy::search
