#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace paperboy::ask {

// One page citation in an answer: "[p. 3]", "[p. 3, 5]", "[pp. 3–4]" (any dash), "[p.3; p.7]".
struct Citation
{
    qsizetype start = 0;  // of the "[" in the answer
    qsizetype length = 0; // to the "]" included
    QList<int> pages;     // ascending, no repeats; a range gives every page in it
    bool range = false;   // written as a range ("3–4")
};

// The citations in `answer`, in order. A bracket that is not a page list ("[p. x]", "[1]") is
// none; a range of more than 50 pages counts its two ends only.
QList<Citation> findCitations(QStringView answer);
// Every page cited, ascending, no repeats.
QList<int> citedPages(QStringView answer);

} // namespace paperboy::ask
