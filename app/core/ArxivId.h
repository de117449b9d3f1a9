#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace paperboy::core {

// An arXiv identifier in normalised form. Two shapes exist:
//   new style  YYMM.NNNN (2007-2014) or YYMM.NNNNN (2015 on), e.g. 2311.10122
//   old style  archive[.SC]/YYMMNNN, e.g. hep-th/9901001, math.CA/0611800
// The subject class of an old-style id (".CA") is not part of the identity, so it is dropped:
// arXiv itself resolves math.CA/0611800 and math/0611800 to the same paper.
// The version (vN) is kept apart; two ids that differ only in version are the same paper.
class ArxivId final
{
public:
    ArxivId() = default;

    // Accepts a bare id, an "arXiv:" prefix, or an arxiv.org abs/pdf URL (with optional .pdf).
    static std::optional<ArxivId> parse(QStringView text);
    // What parse() accepts, and a Hugging Face paper page (https://huggingface.co/papers/ID):
    // for ids a person types or pastes, where either link is as good as the id.
    static std::optional<ArxivId> parseTyped(QStringView text);

    bool isValid() const { return !m_id.isEmpty(); }
    bool isOldStyle() const { return m_id.contains(QLatin1Char('/')); }
    // Normalised id without version, e.g. "2311.10122" or "math/0611800".
    const QString& id() const { return m_id; }
    // 0 when the id carried no version.
    int version() const { return m_version; }
    QString withVersion() const;

    QUrl absUrl() const;
    QUrl pdfUrl() const;
    QUrl huggingFaceUrl() const;
    QString doi() const;

    friend bool operator==(const ArxivId& a, const ArxivId& b) { return a.m_id == b.m_id; }
    friend bool operator!=(const ArxivId& a, const ArxivId& b) { return !(a == b); }
    friend bool operator<(const ArxivId& a, const ArxivId& b) { return a.m_id < b.m_id; }

private:
    ArxivId(QString id, int version) : m_id(std::move(id)), m_version(version) {}

    QString m_id;
    int m_version = 0;
};

inline size_t qHash(const ArxivId& id, size_t seed = 0) noexcept
{
    return qHash(id.id(), seed);
}

} // namespace paperboy::core

Q_DECLARE_METATYPE(paperboy::core::ArxivId)
