#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace paperboy::parse {

// A run of text with one style, from texSpans().
struct TexSpan
{
    QString text;
    bool bold = false;
    bool italic = false;
    bool math = false; // $...$, $$...$$ or \(...\), kept as written

    friend bool operator==(const TexSpan& a, const TexSpan& b)
    {
        return a.text == b.text && a.bold == b.bold && a.italic == b.italic && a.math == b.math;
    }
};

// The TeX that arXiv abstracts carry (Hugging Face passes it on), as styled plain text for the
// detail pane, exports and search snippets: \% \& \_ \# \$ \{ \} become the character,
// \textbf{..} and {\bf ..} bold, \emph{..} \textit{..} {\it ..} {\em ..} italic; math stays as
// written, and so does any other macro, so nothing the author wrote is lost. The spans are
// plain text: whoever renders them must not read them as markup.
QList<TexSpan> texSpans(QStringView tex);

// texSpans() without the styles: the text a reader sees.
QString texPlainText(QStringView tex);

} // namespace paperboy::parse
