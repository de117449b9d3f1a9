#include "ui/detail/ReadableMath.h"

#include <QHash>

#include <optional>

namespace paperboy::ui {
namespace {

const QHash<QString, QString>& symbols()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("alpha"), QStringLiteral("α")},
        {QStringLiteral("beta"), QStringLiteral("β")},
        {QStringLiteral("gamma"), QStringLiteral("γ")},
        {QStringLiteral("delta"), QStringLiteral("δ")},
        {QStringLiteral("epsilon"), QStringLiteral("ε")},
        {QStringLiteral("varepsilon"), QStringLiteral("ε")},
        {QStringLiteral("zeta"), QStringLiteral("ζ")},
        {QStringLiteral("eta"), QStringLiteral("η")},
        {QStringLiteral("theta"), QStringLiteral("θ")},
        {QStringLiteral("kappa"), QStringLiteral("κ")},
        {QStringLiteral("lambda"), QStringLiteral("λ")},
        {QStringLiteral("mu"), QStringLiteral("μ")},
        {QStringLiteral("nu"), QStringLiteral("ν")},
        {QStringLiteral("xi"), QStringLiteral("ξ")},
        {QStringLiteral("pi"), QStringLiteral("π")},
        {QStringLiteral("rho"), QStringLiteral("ρ")},
        {QStringLiteral("sigma"), QStringLiteral("σ")},
        {QStringLiteral("tau"), QStringLiteral("τ")},
        {QStringLiteral("phi"), QStringLiteral("φ")},
        {QStringLiteral("varphi"), QStringLiteral("φ")},
        {QStringLiteral("chi"), QStringLiteral("χ")},
        {QStringLiteral("psi"), QStringLiteral("ψ")},
        {QStringLiteral("omega"), QStringLiteral("ω")},
        {QStringLiteral("Gamma"), QStringLiteral("Γ")},
        {QStringLiteral("Delta"), QStringLiteral("Δ")},
        {QStringLiteral("Theta"), QStringLiteral("Θ")},
        {QStringLiteral("Lambda"), QStringLiteral("Λ")},
        {QStringLiteral("Pi"), QStringLiteral("Π")},
        {QStringLiteral("Sigma"), QStringLiteral("Σ")},
        {QStringLiteral("Phi"), QStringLiteral("Φ")},
        {QStringLiteral("Psi"), QStringLiteral("Ψ")},
        {QStringLiteral("Omega"), QStringLiteral("Ω")},
        {QStringLiteral("times"), QStringLiteral("×")},
        {QStringLiteral("cdot"), QStringLiteral("·")},
        {QStringLiteral("pm"), QStringLiteral("±")},
        {QStringLiteral("leq"), QStringLiteral("≤")},
        {QStringLiteral("le"), QStringLiteral("≤")},
        {QStringLiteral("geq"), QStringLiteral("≥")},
        {QStringLiteral("ge"), QStringLiteral("≥")},
        {QStringLiteral("neq"), QStringLiteral("≠")},
        {QStringLiteral("ne"), QStringLiteral("≠")},
        {QStringLiteral("approx"), QStringLiteral("≈")},
        {QStringLiteral("sim"), QStringLiteral("∼")},
        {QStringLiteral("infty"), QStringLiteral("∞")},
        {QStringLiteral("to"), QStringLiteral("→")},
        {QStringLiteral("rightarrow"), QStringLiteral("→")},
        {QStringLiteral("leftarrow"), QStringLiteral("←")},
        {QStringLiteral("uparrow"), QStringLiteral("↑")},
        {QStringLiteral("downarrow"), QStringLiteral("↓")},
        {QStringLiteral("in"), QStringLiteral("∈")},
        {QStringLiteral("sum"), QStringLiteral("∑")},
        {QStringLiteral("prod"), QStringLiteral("∏")},
        {QStringLiteral("ldots"), QStringLiteral("…")},
        {QStringLiteral("dots"), QStringLiteral("…")},
        {QStringLiteral("cdots"), QStringLiteral("⋯")},
        {QStringLiteral("%"), QStringLiteral("%")},
        {QStringLiteral("&"), QStringLiteral("&")},
        {QStringLiteral("_"), QStringLiteral("_")},
        {QStringLiteral("#"), QStringLiteral("#")},
        {QStringLiteral("{"), QStringLiteral("{")},
        {QStringLiteral("}"), QStringLiteral("}")},
        {QStringLiteral(","), QStringLiteral("\u2009")},
        {QStringLiteral(";"), QStringLiteral(" ")},
        {QStringLiteral(" "), QStringLiteral(" ")},
        {QStringLiteral("!"), QString()},
    };
    return table;
}

// Macros whose one argument is shown as it is (the font is not).
bool isFontMacro(const QString& name)
{
    static const QStringList fonts = {
        QStringLiteral("mathbf"),     QStringLiteral("mathrm"), QStringLiteral("mathit"),
        QStringLiteral("mathcal"),    QStringLiteral("mathbb"), QStringLiteral("text"),
        QStringLiteral("textbf"),     QStringLiteral("textit"), QStringLiteral("operatorname"),
        QStringLiteral("boldsymbol"), QStringLiteral("mathsf"), QStringLiteral("mathtt")};
    return fonts.contains(name);
}

std::optional<QString> scripted(const QString& text, bool super)
{
    static const QString plain = QStringLiteral("0123456789+-=()nik");
    static const QString superscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵏ");
    static const QString subscripts = QStringLiteral("₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₙᵢₖ");
    QString out;
    for (const QChar c : text) {
        const qsizetype at = plain.indexOf(c);
        if (at < 0)
            return std::nullopt;
        out.append((super ? superscripts : subscripts).at(at));
    }
    return out;
}

// Reads the math between the delimiters; nullopt as soon as something has no exact form.
class MathReader final
{
public:
    explicit MathReader(QStringView math) : m_math(math) {}

    std::optional<QString> read(qsizetype end)
    {
        QString out;
        while (m_pos < end) {
            const QChar c = m_math.at(m_pos);
            if (c == QLatin1Char('\\')) {
                const std::optional<QString> macro = readMacro(end);
                if (!macro)
                    return std::nullopt;
                out += *macro;
            } else if (c == QLatin1Char('^') || c == QLatin1Char('_')) {
                ++m_pos;
                const std::optional<QString> argument = readArgument(end);
                const std::optional<QString> script =
                    argument ? scripted(*argument, c == QLatin1Char('^')) : std::nullopt;
                if (!script)
                    return std::nullopt;
                out += *script;
            } else if (c == QLatin1Char('{')) {
                const std::optional<QString> group = readArgument(end);
                if (!group)
                    return std::nullopt;
                out += *group;
            } else if (c == QLatin1Char('}')) {
                return std::nullopt; // unbalanced
            } else {
                out += c;
                ++m_pos;
            }
        }
        return out;
    }

private:
    // One character, a macro, or a {group}, read as math.
    std::optional<QString> readArgument(qsizetype end)
    {
        if (m_pos >= end)
            return std::nullopt;
        if (m_math.at(m_pos) == QLatin1Char('\\'))
            return readMacro(end);
        if (m_math.at(m_pos) != QLatin1Char('{'))
            return QString(m_math.at(m_pos++));
        int depth = 0;
        qsizetype close = m_pos;
        for (; close < end; ++close) {
            if (m_math.at(close) == QLatin1Char('{'))
                ++depth;
            else if (m_math.at(close) == QLatin1Char('}') && --depth == 0)
                break;
        }
        if (close >= end)
            return std::nullopt;
        ++m_pos;
        const std::optional<QString> inner = read(close);
        m_pos = close + 1;
        return inner;
    }

    std::optional<QString> readMacro(qsizetype end)
    {
        qsizetype name = ++m_pos;
        while (m_pos < end && m_math.at(m_pos).isLetter())
            ++m_pos;
        if (m_pos == name && m_pos < end)
            ++m_pos; // a one-symbol macro: \% \, \{
        const QString macro = m_math.mid(name, m_pos - name).toString();
        if (isFontMacro(macro)) {
            while (m_pos < end && m_math.at(m_pos).isSpace())
                ++m_pos;
            return readArgument(end);
        }
        const auto symbol = symbols().constFind(macro);
        if (symbol == symbols().constEnd())
            return std::nullopt;
        return *symbol;
    }

    QStringView m_math;
    qsizetype m_pos = 0;
};

} // namespace

QString readableMath(QStringView math)
{
    qsizetype open = 0;
    qsizetype close = 0;
    if (math.startsWith(u"$$") && math.endsWith(u"$$") && math.size() >= 4)
        open = close = 2;
    else if (math.startsWith(u"\\(") || math.startsWith(u"\\["))
        open = close = 2;
    else if (math.startsWith(u'$') && math.endsWith(u'$') && math.size() >= 2)
        open = close = 1;
    else
        return math.toString();
    const QStringView inner = math.mid(open, math.size() - open - close);
    MathReader innerReader(inner);
    const std::optional<QString> text = innerReader.read(inner.size());
    return text ? text->trimmed() : math.toString();
}

} // namespace paperboy::ui
