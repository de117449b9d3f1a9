#pragma once

#include "store/user/UserRecords.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace paperboy::ui {

class SafeTextBrowser;

// "Ask this paper", under the note: a question box, the answer as it streams in and the
// questions asked before, each with its model and date. Answers are plain text; their page
// citations ([p. 4], [pp. 3–4]) become links, reported by pageClicked() and never followed.
class AskPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AskPanel(QWidget* parent = nullptr);

    void showPaper(const QString& paperId); // clears everything
    QString paperId() const { return m_paperId; }
    void setQuestions(const QList<store::QuestionAnswer>& questions); // oldest first

    // A question under way: its answer so far, and a line about what is happening.
    void showRunning(const QString& question, const QString& answer, const QString& status);
    // The run ended; `message` says how when it did not end well (empty otherwise).
    void showFinished(const QString& message);

    // The answers' height in lines of text; the rest scrolls.
    void setVisibleLines(int lines);

    // The answers' view, as shown (tests read it).
    SafeTextBrowser* answers() const { return m_answers; }
    QLineEdit* questionEdit() const { return m_question; }
    bool isRunning() const { return m_running; }

    // An answer as HTML: the text escaped, line breaks kept, citations made page links.
    static QString answerHtml(const QString& answer);
    static QString pageLinkScheme() { return QStringLiteral("paperboy-page"); }

signals:
    void askRequested(const QString& question);
    void cancelRequested();
    void pageClicked(int page);

private:
    void render();
    void submit();

    QLabel* m_heading = nullptr;
    QLineEdit* m_question = nullptr;
    QPushButton* m_ask = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    SafeTextBrowser* m_answers = nullptr;
    QString m_paperId;
    QList<store::QuestionAnswer> m_kept;
    QString m_runningQuestion;
    QString m_runningAnswer;
    bool m_running = false;
};

} // namespace paperboy::ui
