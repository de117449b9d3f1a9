#include "search/QueryParser.h"

#include <limits>

namespace paperboy::search {

bool Query::hasPositiveTerms() const
{
    for (const Term& term : terms) {
        if (!term.excluded)
            return true;
    }
    return !authors.isEmpty();
}

bool Query::hasUserFilters() const
{
    return bookmarked || read.has_value() || hasNote || hasHighlight;
}

bool Query::hasFilters() const
{
    return !authors.isEmpty() || !sources.isEmpty() || after || before || minVotes ||
           hasUserFilters();
}

namespace {

// A date of the given precision, as its first day (for after:) or last day (for before:).
std::optional<QDate> parseDateValue(QStringView value, bool lastDay)
{
    const QString text = value.toString();
    if (const QDate day = QDate::fromString(text, QStringLiteral("yyyy-MM-dd")); day.isValid())
        return day;
    if (const QDate month = QDate::fromString(text, QStringLiteral("yyyy-MM")); month.isValid())
        return lastDay ? month.addMonths(1).addDays(-1) : month;
    if (const QDate year = QDate::fromString(text, QStringLiteral("yyyy")); year.isValid())
        return lastDay ? QDate(year.year(), 12, 31) : year;
    return std::nullopt;
}

bool applyAuthor(Query& query, QStringView value)
{
    query.authors.append(value.toString());
    return true;
}

bool applySource(Query& query, QStringView value)
{
    query.sources.append(value.toString());
    return true;
}

bool applyAfter(Query& query, QStringView value)
{
    query.after = parseDateValue(value, false);
    return query.after.has_value();
}

bool applyBefore(Query& query, QStringView value)
{
    query.before = parseDateValue(value, true);
    return query.before.has_value();
}

bool applyVotes(Query& query, QStringView value)
{
    int offset = 0;
    if (value.startsWith(u">="))
        value = value.mid(2);
    else if (value.startsWith(u'>')) {
        value = value.mid(1);
        offset = 1;
    }
    bool ok = false;
    const int votes = value.toInt(&ok);
    if (!ok || votes < 0 || votes == std::numeric_limits<int>::max())
        return false;
    query.minVotes = votes + offset;
    return true;
}

// is:bookmarked, is:unread (is:read too), has:note, has:highlight: the reader's own data.
bool applyIs(Query& query, QStringView value)
{
    if (value.compare(u"bookmarked", Qt::CaseInsensitive) == 0)
        query.bookmarked = true;
    else if (value.compare(u"unread", Qt::CaseInsensitive) == 0)
        query.read = false;
    else if (value.compare(u"read", Qt::CaseInsensitive) == 0)
        query.read = true;
    else
        return false;
    return true;
}

bool applyHas(Query& query, QStringView value)
{
    if (value.compare(u"note", Qt::CaseInsensitive) == 0)
        query.hasNote = true;
    else if (value.compare(u"highlight", Qt::CaseInsensitive) == 0)
        query.hasHighlight = true;
    else
        return false;
    return true;
}

struct Filter
{
    QLatin1String key;
    bool (*apply)(Query&, QStringView);
};

const Filter filters[] = {
    {QLatin1String("author"), applyAuthor}, {QLatin1String("source"), applySource},
    {QLatin1String("after"), applyAfter},   {QLatin1String("before"), applyBefore},
    {QLatin1String("votes"), applyVotes},   {QLatin1String("is"), applyIs},
    {QLatin1String("has"), applyHas},
};

const Filter* findFilter(QStringView key)
{
    for (const Filter& filter : filters) {
        if (key.compare(filter.key, Qt::CaseInsensitive) == 0)
            return &filter;
    }
    return nullptr;
}

std::optional<core::ArxivId> paperIdOf(QStringView text)
{
    // An id, or Hugging Face's paper page (https://huggingface.co/papers/2311.10122).
    if (text.contains(u' '))
        return std::nullopt;
    return core::ArxivId::parseTyped(text);
}

// A quoted stretch starting at text[i] == '"': its content, and i moved past the closing quote.
std::optional<QString> readQuoted(QStringView text, qsizetype& i)
{
    const qsizetype close = text.indexOf(u'"', i + 1);
    if (close < 0)
        return std::nullopt;
    const QString inside = text.mid(i + 1, close - i - 1).toString();
    i = close + 1;
    return inside;
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

} // namespace

std::optional<Query> parseQueryStrict(QStringView text)
{
    Query query;
    const QString trimmed = text.trimmed().toString();
    if (auto id = paperIdOf(trimmed)) {
        query.paperId = *id;
        return query;
    }
    const QStringView all(trimmed);
    qsizetype i = 0;
    while (i < all.size()) {
        if (isSpace(all.at(i))) {
            ++i;
            continue;
        }
        Term term;
        if (all.at(i) == u'-' && i + 1 < all.size() && !isSpace(all.at(i + 1))) {
            term.excluded = true;
            ++i;
        }
        if (all.at(i) == u'"') {
            const auto phrase = readQuoted(all, i);
            if (!phrase)
                return std::nullopt;
            term.kind = Term::Kind::Phrase;
            term.text = phrase->simplified();
            if (!term.text.isEmpty())
                query.terms.append(term);
            continue;
        }
        qsizetype end = i;
        while (end < all.size() && !isSpace(all.at(end)) && all.at(end) != u'"')
            ++end;
        QStringView word = all.mid(i, end - i);
        const qsizetype colon = word.indexOf(u':');
        const Filter* filter = colon > 0 && !term.excluded ? findFilter(word.left(colon)) : nullptr;
        if (filter) {
            QString value = word.mid(colon + 1).toString();
            i = end;
            if (value.isEmpty() && i < all.size() && all.at(i) == u'"') {
                const auto quoted = readQuoted(all, i);
                if (!quoted)
                    return std::nullopt;
                value = quoted->simplified();
            }
            if (value.isEmpty() || !filter->apply(query, value))
                return std::nullopt;
            continue;
        }
        i = end;
        if (word.endsWith(u'*')) {
            while (word.endsWith(u'*'))
                word.chop(1);
            term.kind = Term::Kind::Prefix;
        }
        term.text = word.toString();
        if (!term.text.isEmpty())
            query.terms.append(term);
    }
    return query;
}

Query plainWordsQuery(QStringView text)
{
    Query query;
    QString cleaned = text.toString();
    cleaned.replace(QLatin1Char('"'), QLatin1Char(' '));
    for (const QStringView word : QStringView(cleaned).split(u' ', Qt::SkipEmptyParts)) {
        const QString trimmed = word.trimmed().toString();
        if (!trimmed.isEmpty())
            query.terms.append({Term::Kind::Word, trimmed, false});
    }
    return query;
}

Query parseQuery(QStringView text)
{
    if (auto query = parseQueryStrict(text))
        return *std::move(query);
    return plainWordsQuery(text);
}

} // namespace paperboy::search
