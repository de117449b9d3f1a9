#include "trends/TermText.h"

#include <QStringList>

#include <array>
#include <vector>

namespace paperboy::trends {
namespace {

bool isHangul(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

bool isLatinLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isLatinPart(QChar c)
{
    return isLatinLetter(c) || (c >= u'0' && c <= u'9') || c == u'-';
}

// Particles and endings a Korean noun carries in running text, longest first so that "에서"
// goes before "에". Endings of one syllable that also end common nouns ("도" in 정확도, "만",
// "가" in 평가) are either left out here or kept by the two-syllable rule in koreanStem.
const std::array<QStringView, 46> koreanEndings{
    u"으로부터", u"에서는", u"으로는", u"으로서", u"으로써", u"이라는", u"에서도", u"에서의",
    u"시키는",   u"합니다", u"됩니다", u"입니다", u"하였다", u"에서",   u"으로",   u"에게",
    u"까지",     u"부터",   u"처럼",   u"보다",   u"라는",   u"이며",   u"이고",   u"과의",
    u"와의",     u"에는",   u"에도",   u"하는",   u"하고",   u"하며",   u"하여",   u"하기",
    u"하게",     u"되는",   u"되어",   u"되며",   u"한다",   u"들을",   u"들이",   u"들의",
    u"을",       u"를",     u"은",     u"는",     u"의",     u"에"};
// Endings of one syllable tried last: each also ends a few nouns, so only a stem of two
// syllables or more is kept ("평가" stays whole, "모델과" becomes "모델").
const std::array<QStringView, 8> koreanShortEndings{u"이", u"가", u"와", u"과",
                                                    u"로", u"들", u"한", u"된"};

QSet<QString> makeSet(std::initializer_list<const char16_t*> words)
{
    QSet<QString> set;
    for (const char16_t* word : words)
        set.insert(QString::fromUtf16(word));
    return set;
}

const QSet<QString>& stopTerms()
{
    // English function words, then what nearly every abstract says ("we propose a novel
    // framework that achieves state-of-the-art results"), then the Korean equivalents.
    static const QSet<QString> terms = makeSet({
        u"the",
        u"and",
        u"for",
        u"with",
        u"that",
        u"this",
        u"are",
        u"from",
        u"our",
        u"can",
        u"which",
        u"these",
        u"their",
        u"its",
        u"has",
        u"have",
        u"been",
        u"was",
        u"were",
        u"but",
        u"not",
        u"such",
        u"than",
        u"more",
        u"most",
        u"while",
        u"into",
        u"over",
        u"both",
        u"each",
        u"also",
        u"only",
        u"all",
        u"any",
        u"other",
        u"how",
        u"what",
        u"when",
        u"where",
        u"who",
        u"whose",
        u"they",
        u"them",
        u"there",
        u"then",
        u"thus",
        u"via",
        u"through",
        u"between",
        u"across",
        u"under",
        u"about",
        u"after",
        u"before",
        u"without",
        u"within",
        u"among",
        u"however",
        u"moreover",
        u"furthermore",
        u"additionally",
        u"specifically",
        u"particularly",
        u"will",
        u"would",
        u"could",
        u"should",
        u"may",
        u"might",
        u"must",
        u"does",
        u"did",
        u"being",
        u"here",
        u"well",
        u"very",
        u"much",
        u"many",
        u"some",
        u"one",
        u"two",
        u"three",
        u"first",
        u"second",
        u"further",
        u"often",
        u"even",
        u"yet",
        u"still",
        u"same",
        u"own",
        u"per",
        u"upon",
        u"whether",
        u"since",
        u"because",
        u"due",
        u"able",
        u"way",
        u"ways",
        u"make",
        u"makes",
        u"made",
        u"like",
        u"known",
        u"less",
        u"paper",
        u"papers",
        u"propose",
        u"proposes",
        u"proposed",
        u"model",
        u"models",
        u"approach",
        u"approaches",
        u"method",
        u"methods",
        u"result",
        u"results",
        u"show",
        u"shows",
        u"shown",
        u"demonstrate",
        u"demonstrates",
        u"performance",
        u"task",
        u"tasks",
        u"novel",
        u"new",
        u"framework",
        u"frameworks",
        u"based",
        u"using",
        u"use",
        u"used",
        u"uses",
        u"existing",
        u"work",
        u"works",
        u"state-of-the-art",
        u"sota",
        u"outperforms",
        u"outperform",
        u"experiments",
        u"experimental",
        u"achieve",
        u"achieves",
        u"achieving",
        u"significantly",
        u"significant",
        u"various",
        u"improve",
        u"improves",
        u"improved",
        u"improving",
        u"introduce",
        u"introduces",
        u"present",
        u"presents",
        u"recent",
        u"recently",
        u"study",
        u"studies",
        u"problem",
        u"problems",
        u"effective",
        u"efficient",
        u"extensive",
        u"available",
        u"code",
        u"https",
        u"http",
        u"github",
        u"com",
        u"arxiv",
        u"www",
        u"org",
        u"html",
        u"io",
        u"key",
        u"important",
        u"enable",
        u"enables",
        u"provide",
        u"provides",
        u"leverage",
        u"leverages",
        u"leveraging",
        u"including",
        u"different",
        u"specific",
        u"high",
        u"quality",
        u"strong",
        u"across",
        u"compared",
        u"existing",
        u"research",
        u"researchers",
        u"prior",
        u"previous",
        u"remains",
        u"remain",
        u"challenge",
        u"challenges",
        u"challenging",
        u"benchmark",
        u"benchmarks",
        u"evaluation",
        u"evaluate",
        u"evaluations",
        u"datasets",
        u"dataset",
        u"data",
        u"모델",
        u"모델은",
        u"논문",
        u"논문은",
        u"제안",
        u"방법",
        u"연구",
        u"결과",
        u"성능",
        u"기존",
        u"위해",
        u"통해",
        u"대한",
        u"대해",
        u"위한",
        u"이를",
        u"다양한",
        u"새로운",
        u"기반",
        u"접근",
        u"접근법",
        u"문제",
        u"기법",
        u"제시",
        u"향상",
        u"개선",
        u"효과",
        u"실험",
        u"평가",
        u"사용",
        u"활용",
        u"경우",
        u"가능",
        u"또한",
        u"이러한",
        u"그러나",
        u"하지만",
        u"따라서",
        u"이는",
        u"우리",
        u"저자",
        u"저자들",
        u"연구진",
        u"작업",
        u"과제",
        u"분석",
        u"수행",
        u"적용",
        u"보여",
        u"중요",
        u"핵심",
        u"주요",
        u"같은",
        u"여러",
        u"모든",
        u"매우",
        u"더욱",
        u"이와",
        u"있는",
        u"있습니다",
        u"없는",
        u"이번",
        u"본",
        u"최근",
        u"기술",
        u"데이터",
        u"데이터셋",
        u"벤치마크",
        u"프레임워크",
        u"방식",
        u"이상",
        u"이하",
        u"이후",
        u"이전",
        u"동안",
        u"그리고",
        u"특히",
        u"먼저",
        u"다음",
        u"설명",
        u"소개",
        u"요약",
        u"내용",
        u"의미",
        u"시사점",
        u"배경",
        u"한계",
        u"기여",
    });
    return terms;
}

// A stop term's first letters: a word starting with no other cannot be one, which spares
// most Korean words the hash lookup (a few dozen first syllables of 11,172).
bool mayBeStopWord(const QString& word)
{
    static const std::vector<bool> firstLetters = [] {
        std::vector<bool> letters(0x10000, false);
        for (const QString& term : stopTerms())
            letters[term.front().unicode()] = true;
        return letters;
    }();
    return firstLetters[word.front().unicode()];
}

bool isStopWord(const QString& word)
{
    return mayBeStopWord(word) && stopTerms().contains(word);
}

QString latinWord(QStringView text)
{
    while (!text.isEmpty() && text.back() == u'-')
        text.chop(1);
    while (!text.isEmpty() && text.front() == u'-')
        text = text.mid(1);
    if (text.size() < 3 || text.size() > 40 || !isLatinLetter(text.front()))
        return {};
    return text.toString().toLower();
}

} // namespace

bool isStopTerm(const QString& term)
{
    const qsizetype space = term.indexOf(u' ');
    if (space < 0)
        return stopTerms().contains(term);
    return stopTerms().contains(term.left(space)) || stopTerms().contains(term.mid(space + 1));
}

namespace {

// endsWith with the last letters compared first: a word is tried against every ending,
// and most differ in the last syllable, which spares the call for them.
bool endsWithEnding(QStringView word, QStringView ending)
{
    return word.back() == ending.back() && word.endsWith(ending);
}

} // namespace

QString koreanStem(QStringView word)
{
    QStringView stem = word;
    bool stripped = false;
    for (const QStringView ending : koreanEndings) {
        if (stem.size() > ending.size() && endsWithEnding(stem, ending)) {
            stem.chop(ending.size());
            stripped = true;
            break;
        }
    }
    if (!stripped) {
        for (const QStringView ending : koreanShortEndings) {
            if (stem.size() > 2 && endsWithEnding(stem, ending)) {
                stem.chop(ending.size());
                break;
            }
        }
    }
    if (stem.size() < 2 || stem.endsWith(u'다'))
        return {};
    return stem.toString();
}

void forEachTerm(QStringView text, const std::function<void(const QString&, bool)>& use)
{
    QString previous; // the last English word, while no break came after it
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        const QChar c = text.at(i);
        if (isLatinPart(c)) {
            qsizetype end = i;
            while (end < size && isLatinPart(text.at(end)))
                ++end;
            const QString word = latinWord(text.mid(i, end - i));
            // Adverbs ("roughly", "exactly") say how, never what: no topic is one.
            if (word.isEmpty() || isStopWord(word) || word.endsWith(u"ly")) {
                previous.clear();
            } else {
                use(word, false);
                if (!previous.isEmpty())
                    use(previous + QLatin1Char(' ') + word, false);
                previous = word;
            }
            i = end;
        } else if (isHangul(c)) {
            qsizetype end = i;
            while (end < size && isHangul(text.at(end)))
                ++end;
            const QString stem = koreanStem(text.mid(i, end - i));
            if (!stem.isEmpty() && !isStopWord(stem))
                use(stem, true);
            previous.clear();
            i = end;
        } else {
            // Spaces keep a phrase going; any other mark (punctuation, a digit run) ends it.
            if (!c.isSpace())
                previous.clear();
            ++i;
        }
    }
}

} // namespace paperboy::trends
