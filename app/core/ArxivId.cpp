#include "core/ArxivId.h"

#include <QRegularExpression>

namespace paperboy::core {
namespace {

// Archives that used old-style identifiers before April 2007.
bool isKnownArchive(QStringView archive)
{
    static const QStringList archives = {
        QStringLiteral("astro-ph"), QStringLiteral("cond-mat"), QStringLiteral("gr-qc"),
        QStringLiteral("hep-ex"),   QStringLiteral("hep-lat"),  QStringLiteral("hep-ph"),
        QStringLiteral("hep-th"),   QStringLiteral("math-ph"),  QStringLiteral("nlin"),
        QStringLiteral("nucl-ex"),  QStringLiteral("nucl-th"),  QStringLiteral("physics"),
        QStringLiteral("quant-ph"), QStringLiteral("math"),     QStringLiteral("cs"),
        QStringLiteral("q-bio"),    QStringLiteral("q-fin"),    QStringLiteral("stat"),
        QStringLiteral("eess"),     QStringLiteral("econ"),     QStringLiteral("adap-org"),
        QStringLiteral("alg-geom"), QStringLiteral("chao-dyn"), QStringLiteral("cmp-lg"),
        QStringLiteral("comp-gas"), QStringLiteral("dg-ga"),    QStringLiteral("funct-an"),
        QStringLiteral("patt-sol"), QStringLiteral("q-alg"),    QStringLiteral("solv-int"),
        QStringLiteral("acc-phys"), QStringLiteral("ao-sci"),   QStringLiteral("atom-ph"),
        QStringLiteral("bayes-an"), QStringLiteral("chem-ph"),  QStringLiteral("mtrl-th"),
        QStringLiteral("plasm-ph"), QStringLiteral("supr-con"),
    };
    return archives.contains(archive.toString());
}

bool validMonth(int yymm)
{
    const int month = yymm % 100;
    return month >= 1 && month <= 12;
}

QStringView stripPrefixes(QStringView text)
{
    text = text.trimmed();
    static const QLatin1String prefixes[] = {
        QLatin1String("https://arxiv.org/abs/"),
        QLatin1String("http://arxiv.org/abs/"),
        QLatin1String("https://arxiv.org/pdf/"),
        QLatin1String("http://arxiv.org/pdf/"),
        QLatin1String("https://www.arxiv.org/abs/"),
        QLatin1String("https://www.arxiv.org/pdf/"),
        QLatin1String("arxiv:"),
    };
    for (const auto& prefix : prefixes) {
        if (text.startsWith(prefix, Qt::CaseInsensitive)) {
            text = text.mid(prefix.size());
            break;
        }
    }
    if (text.endsWith(QLatin1String(".pdf")))
        text.chop(4);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

} // namespace

std::optional<ArxivId> ArxivId::parse(QStringView text)
{
    const QStringView body = stripPrefixes(text);
    if (body.isEmpty() || body.size() > 64)
        return std::nullopt;

    static const QRegularExpression newStyle(
        QStringLiteral("^(\\d{4})\\.(\\d{4,5})(?:v(\\d{1,3}))?$"));
    static const QRegularExpression oldStyle(
        QStringLiteral("^([a-z]+(?:-[a-z]+)?)(?:\\.([A-Z]{2}))?/(\\d{7})(?:v(\\d{1,3}))?$"));

    if (const auto m = newStyle.match(body); m.hasMatch()) {
        const int yymm = m.capturedView(1).toInt();
        const int digits = int(m.capturedLength(2));
        const int year = yymm / 100;
        // Four-digit sequence numbers were used until 1412, five digits from 1501 on.
        if (!validMonth(yymm) || year < 7 || (year <= 14 && digits != 4) ||
            (year >= 15 && digits != 5))
            return std::nullopt;
        const int version = m.capturedView(3).isEmpty() ? 0 : m.capturedView(3).toInt();
        if (!m.capturedView(3).isEmpty() && version == 0)
            return std::nullopt;
        return ArxivId(m.captured(1) + QLatin1Char('.') + m.captured(2), version);
    }
    if (const auto m = oldStyle.match(body); m.hasMatch()) {
        if (!isKnownArchive(m.capturedView(1)))
            return std::nullopt;
        const int yymm = m.capturedView(3).left(4).toInt();
        if (!validMonth(yymm))
            return std::nullopt;
        const int version = m.capturedView(4).isEmpty() ? 0 : m.capturedView(4).toInt();
        if (!m.capturedView(4).isEmpty() && version == 0)
            return std::nullopt;
        return ArxivId(m.captured(1) + QLatin1Char('/') + m.captured(3), version);
    }
    return std::nullopt;
}

std::optional<ArxivId> ArxivId::parseTyped(QStringView text)
{
    text = text.trimmed();
    if (auto id = parse(text))
        return id;
    const QUrl url(text.toString(), QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return std::nullopt;
    const QString host = url.host().toLower();
    if (host != QLatin1String("huggingface.co") && host != QLatin1String("www.huggingface.co"))
        return std::nullopt;
    const QString path = url.path();
    if (!path.startsWith(QLatin1String("/papers/")))
        return std::nullopt;
    return parse(QStringView(path).mid(8));
}

QString ArxivId::withVersion() const
{
    return m_version > 0 ? m_id + QLatin1Char('v') + QString::number(m_version) : m_id;
}

QUrl ArxivId::absUrl() const
{
    return QUrl(QStringLiteral("https://arxiv.org/abs/") + withVersion());
}

QUrl ArxivId::pdfUrl() const
{
    return QUrl(QStringLiteral("https://arxiv.org/pdf/") + withVersion());
}

QUrl ArxivId::huggingFaceUrl() const
{
    // Hugging Face paper pages exist only for new-style ids and never carry a version.
    return QUrl(QStringLiteral("https://huggingface.co/papers/") + m_id);
}

QString ArxivId::doi() const
{
    return QStringLiteral("10.48550/arXiv.") + m_id;
}

} // namespace paperboy::core
