#pragma once

#include "store/user/Highlight.h"

#include <QListWidget>

namespace paperboy::ui {

// The paper's highlights under its note: page, colour, text and comment, one a row. Choosing
// one asks to read the paper at its page. Hidden while the paper has none.
class HighlightList final : public QListWidget
{
    Q_OBJECT
public:
    explicit HighlightList(QWidget* parent = nullptr);

    // The paper now in the detail pane: its rows go if they were another paper's.
    void showFor(const QString& paperId);
    // Rows for `paperId` if it is still the one shown.
    void setHighlights(const QString& paperId, const QList<store::Highlight>& highlights);
    const QString& paperId() const { return m_paperId; }

    QSize sizeHint() const override;

signals:
    void pageRequested(const QString& paperId, int page); // 1-based

private:
    QString m_paperId;
};

} // namespace paperboy::ui
