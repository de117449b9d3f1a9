#pragma once

#include <QString>
#include <QStringView>

namespace paperboy::ui {

// The inline TeX math of Hugging Face texts ("$\pi^3$", "$O(n^2)$", "$\times 10$") as the
// Unicode a reader expects: π³, O(n²), × 10. Only what maps exactly is rewritten: Greek
// letters, common operators and arrows, font macros (their argument stays), and super- or
// subscripts whose every character has a Unicode form. Anything else (\frac, an unknown
// macro, a superscript "k+1" with no form) leaves the span as written, delimiters and all,
// so nothing the author wrote is lost. Plain text in, plain text out.
QString readableMath(QStringView math);

} // namespace paperboy::ui
