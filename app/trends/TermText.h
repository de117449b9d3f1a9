#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

#include <functional>

namespace paperboy::trends {

// The terms a text holds for Rising (RisingTerms.h): English words of three letters or more
// (lower-cased, kept whole across hyphens: "text-to-image"), two-word English phrases of such
// words with no stop word or punctuation between them ("world model"), and Korean words with
// their particles and verb endings taken off ("모델을" -> "모델", "학습하는" -> "학습"). Stop
// words and the archive's own boilerplate ("paper", "propose", "model", "논문", "제안") are
// left out (isStopTerm). Each term once, whatever it occurs.
// Calls `use(term, korean)` for each term, as often as it occurs.
void forEachTerm(QStringView text, const std::function<void(const QString&, bool)>& use);

// A function word or a word every paper writes, in either language; also for phrases,
// which are stop terms when either word is.
bool isStopTerm(const QString& term);

// A Korean word without its particle or verb ending, or empty when what is left is shorter
// than two syllables or a verb (words ending in 다).
QString koreanStem(QStringView word);

} // namespace paperboy::trends
