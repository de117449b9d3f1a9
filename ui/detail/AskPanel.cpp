#include "ui/detail/AskPanel.h"

#include "ask/Citations.h"
#include "ui/detail/SafeTextBrowser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace paperboy::ui {
namespace {

constexpr int answerLines = 8; // the view's height in lines at first; the rest scrolls

QString escapedLines(QStringView text)
{
    return text.toString().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString pageLink(int page, const QString& label)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>")
        .arg(AskPanel::pageLinkScheme())
        .arg(page)
        .arg(label.toHtmlEscaped());
}

} // namespace

AskPanel::AskPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("askPanel"));
    m_heading = new QLabel(tr("Ask this paper"), this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_question = new QLineEdit(this);
    m_question->setPlaceholderText(tr("A question about this paper; the answer cites its pages"));
    m_question->setClearButtonEnabled(true);
    m_ask = new QPushButton(tr("Ask"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();
    m_answers = new SafeTextBrowser(this);
    m_answers->setObjectName(QStringLiteral("askAnswers"));
    m_answers->setOpenLinks(false);
    setVisibleLines(answerLines);
    m_answers->hide();

    auto* row = new QHBoxLayout;
    row->addWidget(m_question, 1);
    row->addWidget(m_ask);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 4, 16, 8);
    layout->addWidget(m_heading);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_answers);

    connect(m_question, &QLineEdit::returnPressed, this, &AskPanel::submit);
    connect(m_ask, &QPushButton::clicked, this, &AskPanel::submit);
    connect(m_cancel, &QPushButton::clicked, this, &AskPanel::cancelRequested);
    connect(m_answers, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == pageLinkScheme())
            emit pageClicked(url.path().toInt());
    });
}

void AskPanel::setVisibleLines(int lines)
{
    m_answers->setFixedHeight(m_answers->fontMetrics().lineSpacing() * lines + 12);
}

void AskPanel::submit()
{
    const QString question = m_question->text().trimmed();
    if (!question.isEmpty() && !m_running && !m_paperId.isEmpty())
        emit askRequested(question);
}

void AskPanel::showPaper(const QString& paperId)
{
    m_paperId = paperId;
    m_kept.clear();
    m_running = false;
    m_runningQuestion.clear();
    m_runningAnswer.clear();
    m_question->clear();
    m_status->hide();
    m_ask->setEnabled(true);
    m_cancel->hide();
    render();
}

void AskPanel::setQuestions(const QList<store::QuestionAnswer>& questions)
{
    m_kept = questions;
    render();
}

void AskPanel::showRunning(const QString& question, const QString& answer, const QString& status)
{
    m_running = true;
    m_runningQuestion = question;
    m_runningAnswer = answer;
    m_ask->setEnabled(false);
    m_cancel->show();
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    render();
}

void AskPanel::showFinished(const QString& message)
{
    m_running = false;
    m_ask->setEnabled(true);
    m_cancel->hide();
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    if (message.isEmpty())
        m_question->clear();
    render();
}

QString AskPanel::answerHtml(const QString& answer)
{
    QString html;
    qsizetype done = 0;
    for (const ask::Citation& citation : ask::findCitations(answer)) {
        html += escapedLines(QStringView(answer).mid(done, citation.start - done));
        const QString written = answer.mid(citation.start, citation.length);
        if (citation.range || citation.pages.size() == 1) {
            html += pageLink(citation.pages.first(), written);
        } else {
            // [p. 3, 5]: each page its own link.
            QStringList links;
            for (const int page : citation.pages)
                links.append(pageLink(page, QString::number(page)));
            html += QStringLiteral("[p. ") + links.join(QStringLiteral(", ")) + u']';
        }
        done = citation.start + citation.length;
    }
    return html + escapedLines(QStringView(answer).mid(done));
}

void AskPanel::render()
{
    QString html;
    const auto entry = [&html](const QString& question, const QString& answer,
                               const QString& about) {
        html += QStringLiteral("<p><b>") + escapedLines(question) + QStringLiteral("</b>");
        if (!about.isEmpty())
            html += QStringLiteral(" <small>") + about.toHtmlEscaped() + QStringLiteral("</small>");
        html += QStringLiteral("<br>") + answerHtml(answer) + QStringLiteral("</p>");
    };
    if (m_running)
        entry(m_runningQuestion, m_runningAnswer, QString());
    const QLocale locale;
    for (auto it = m_kept.crbegin(); it != m_kept.crend(); ++it) {
        QString about = it->model + QStringLiteral(" · ") +
                        locale.toString(it->createdAt.toLocalTime(), QLocale::ShortFormat);
        if (!it->complete)
            about += QStringLiteral(" · ") + tr("incomplete");
        entry(it->question, it->answer, about);
    }
    const bool atEnd = m_answers->verticalScrollBar()->value() == 0;
    m_answers->setHtml(html);
    if (atEnd)
        m_answers->verticalScrollBar()->setValue(0);
    m_answers->setVisible(!html.isEmpty());
}

} // namespace paperboy::ui
