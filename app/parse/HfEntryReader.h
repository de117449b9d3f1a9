#pragma once

#include "core/Paper.h"
#include "parse/JsonFields.h"
#include "parse/WarningSink.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <optional>

namespace paperboy::parse {

// Maps one element of a Hugging Face daily papers array to a paper. paper.id is always
// required; a title too unless the caller has another name for the paper (the Korean briefs
// carry their own title, so an entry without an English one is still worth keeping).
class HfEntryReader final
{
    Q_DECLARE_TR_FUNCTIONS(HfJsonReader)

public:
    enum class Title { Required, Optional };

    explicit HfEntryReader(WarningSink& warnings, Title title = Title::Required)
        : m_warnings(warnings), m_title(title)
    {}

    std::optional<core::Paper> read(const QJsonValue& value, qsizetype index) const;

private:
    void skip(qsizetype index, const QString& why) const
    {
        m_warnings.warn(0, tr("entry %1 skipped: %2").arg(index).arg(why));
    }
    static QStringList authorNames(const QJsonObject& paper, const JsonFields& fields);
    static void readOptionalFields(const QJsonObject& entry, const QJsonObject& paper,
                                   const JsonFields& fields, core::Paper& out);

    WarningSink& m_warnings;
    Title m_title;
};

} // namespace paperboy::parse
