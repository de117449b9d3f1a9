#pragma once

#include "core/Paper.h"

#include <QHash>
#include <QString>

namespace paperboy::parse {

// Fills the fields `kept` lacks from `later`; fields `kept` already has win.
void fillMissingFields(core::Paper& kept, const core::Paper& later);

// Gathers one day's papers in listing order, one per arXiv id: a paper listed again is merged
// into the first listing (see fillMissingFields).
class PaperCollector final
{
public:
    // False when the id was already there (and the paper was merged into it).
    bool add(core::Paper paper);
    qsizetype size() const { return m_papers.size(); }
    core::Papers take();

private:
    core::Papers m_papers;
    QHash<QString, qsizetype> m_indexById;
};

} // namespace paperboy::parse
