#include "app/core/jsonpath/JsonPathFilterParser.h"

#include "app/core/jsonpath/JsonPath.h"
#include "app/core/jsonpath/JsonPathLiteral.h"
#include "app/core/jsonpath/JsonPathNumber.h"

#include <QRegularExpression>

namespace jsonpath {

namespace {

bool isOperatorChar(QChar c)
{
    return c == u'<' || c == u'>' || c == u'=' || c == u'~' || c == u'!';
}

bool isNumberChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u'-' || c == u'.' || c == u'E' || c == u'e';
}

std::optional<RelationalOperator> relationalOperator(QStringView text)
{
    static const struct
    {
        const char16_t *name;
        RelationalOperator op;
    } operators[] = {
        {u"==", RelationalOperator::Equal},
        {u"!=", RelationalOperator::NotEqual},
        {u"===", RelationalOperator::TypeSafeEqual},
        {u"!==", RelationalOperator::TypeSafeNotEqual},
        {u"<", RelationalOperator::Less},
        {u"<=", RelationalOperator::LessOrEqual},
        {u">", RelationalOperator::Greater},
        {u">=", RelationalOperator::GreaterOrEqual},
        {u"=~", RelationalOperator::RegexMatch},
        {u"in", RelationalOperator::In},
        {u"nin", RelationalOperator::NotIn},
        {u"contains", RelationalOperator::Contains},
        {u"all", RelationalOperator::All},
        {u"size", RelationalOperator::Size},
        {u"exists", RelationalOperator::Exists},
        {u"type", RelationalOperator::Type},
        {u"matches", RelationalOperator::Matches},
        {u"empty", RelationalOperator::Empty},
        {u"subsetof", RelationalOperator::SubsetOf},
        {u"anyof", RelationalOperator::AnyOf},
        {u"noneof", RelationalOperator::NoneOf},
    };
    for (const auto &entry : operators) {
        // Jayway upper-cases the operator before comparing, so "IN" and "In" work too.
        if (text.compare(QStringView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.op;
    }
    return std::nullopt;
}

// Java regex flags after the closing '/' (Jayway's PatternFlag): d, i, x, m, s, u, U.
bool isPatternFlag(QChar c)
{
    return c == u'd' || c == u'i' || c == u'x' || c == u'm' || c == u's' || c == u'u' || c == u'U';
}

class FilterParser
{
public:
    FilterParser(ParseContext &context, qsizetype open, qsizetype close)
        : m_context(context)
        , m_cursor(context.expression(), open, close)
    {}

    Predicate parse()
    {
        Predicate predicate = readLogicalOr();
        m_cursor.skipBlanks();
        if (m_cursor.inBounds())
            fail(m_cursor.position(),
                 JsonPath::tr("Unexpected '%2' at position %1: expected '&&', '||' or the end of "
                              "the filter."),
                 {QString(m_cursor.current())});
        return predicate;
    }

private:
    [[noreturn]] void fail(qsizetype position, const QString &message,
                           const QStringList &arguments = {}) const
    {
        m_context.fail(position, message, arguments);
    }

    Predicate readLogicalOr()
    {
        Predicate first = readLogicalAnd();
        if (!peekSignificant(u"||"))
            return first;
        Predicate either;
        either.kind = Predicate::Kind::Or;
        either.operands.push_back(std::move(first));
        while (m_cursor.consumeSignificant(u"||"))
            either.operands.push_back(readLogicalAnd());
        return either;
    }

    Predicate readLogicalAnd()
    {
        Predicate first = readOperand();
        if (!peekSignificant(u"&&"))
            return first;
        Predicate both;
        both.kind = Predicate::Kind::And;
        both.operands.push_back(std::move(first));
        while (m_cursor.consumeSignificant(u"&&"))
            both.operands.push_back(readOperand());
        return both;
    }

    bool peekSignificant(QStringView text)
    {
        const qsizetype saved = m_cursor.position();
        const bool found = m_cursor.consumeSignificant(text);
        m_cursor.setPosition(saved);
        return found;
    }

    // "!operand", "(expression)" or a comparison.
    Predicate readOperand()
    {
        m_cursor.skipBlanks();
        const qsizetype start = m_cursor.position();
        if (m_cursor.currentIs(u'!')) {
            m_cursor.advance();
            m_cursor.skipBlanks();
            const QChar next = m_cursor.current();
            if (next != u'$' && next != u'@') {
                ParseContext::NestingGuard nesting(m_context, start);
                Predicate negation;
                negation.kind = Predicate::Kind::Not;
                negation.operands.push_back(readOperand());
                return negation;
            }
            // "!@.path": an existence check that must fail, read by readComparison().
            m_cursor.setPosition(start);
        }
        if (m_cursor.currentIs(u'(')) {
            ParseContext::NestingGuard nesting(m_context, start);
            m_cursor.advance();
            Predicate inner = readLogicalOr();
            m_cursor.skipBlanks();
            if (!m_cursor.currentIs(u')'))
                fail(m_cursor.position(), JsonPath::tr("Expected ')' at position %1."));
            m_cursor.advance();
            return inner;
        }
        return readComparison();
    }

    Predicate readComparison()
    {
        Predicate comparison;
        comparison.left = readValue();
        m_cursor.skipBlanks();
        if (!m_cursor.inBounds() || m_cursor.currentIs(u')') || peekSignificant(u"&&") ||
            peekSignificant(u"||")) {
            // A lone operand is an existence check; only a path can be one.
            if (comparison.left.kind != FilterOperand::Kind::Path)
                fail(m_cursor.position(),
                     JsonPath::tr("Expected a comparison operator at position %1: only a path such "
                                  "as @.name can stand alone."));
            comparison.kind = Predicate::Kind::ExistenceCheck;
            return comparison;
        }
        comparison.kind = Predicate::Kind::Compare;
        comparison.op = readOperator();
        comparison.right = readValue();
        return comparison;
    }

    // An operator made of < > = ~ ! characters, or a word up to the next space.
    RelationalOperator readOperator()
    {
        const qsizetype begin = m_cursor.position();
        if (isOperatorChar(m_cursor.current())) {
            while (m_cursor.inBounds() && isOperatorChar(m_cursor.current()))
                m_cursor.advance();
        } else {
            while (m_cursor.inBounds() && m_cursor.current() != u' ')
                m_cursor.advance();
        }
        const QStringView text = m_cursor.slice(begin, m_cursor.position());
        const std::optional<RelationalOperator> op = relationalOperator(text);
        if (!op)
            fail(begin, JsonPath::tr("Unsupported filter operator '%2' at position %1."),
                 {text.toString()});
        return *op;
    }

    FilterOperand readValue()
    {
        m_cursor.skipBlanks();
        if (!m_cursor.inBounds() || m_cursor.currentIs(u')'))
            fail(m_cursor.position(), JsonPath::tr("Expected a value at position %1."));
        const QChar c = m_cursor.current();
        if (c == u'!') {
            m_cursor.advance();
            m_cursor.skipBlanks();
            if (m_cursor.current() != u'$' && m_cursor.current() != u'@')
                fail(m_cursor.position() - 1,
                     JsonPath::tr("Unexpected '!' at position %1: it can only precede a path or a "
                                  "parenthesised filter."));
            return readPath();
        }
        if (c == u'$' || c == u'@')
            return readPath();
        return readLiteral();
    }

    // A path inside a filter ends at a space, an operator character or a ')' that closes the
    // group rather than a no-argument function call; bracketed parts are skipped whole.
    FilterOperand readPath()
    {
        const qsizetype previous = m_cursor.indexOfPreviousSignificantChar(m_cursor.position());
        const bool negated = previous >= 0 && m_cursor.charAt(previous) == u'!';
        const qsizetype begin = m_cursor.position();
        m_cursor.advance();
        while (m_cursor.inBounds()) {
            if (m_cursor.current() == u'[') {
                const qsizetype closing =
                    m_cursor.indexOfMatchingClose(m_cursor.position(), u'[', u']', true, false);
                if (closing < 0)
                    fail(m_cursor.position(),
                         JsonPath::tr("The bracket at position %1 is not closed: expected ']'."));
                m_cursor.setPosition(closing + 1);
                if (!m_cursor.inBounds())
                    break;
            }
            const QChar c = m_cursor.current();
            const bool closesGroup = c == u')' && !closesFunctionCall(begin);
            if (isOperatorChar(c) || c == u' ' || closesGroup)
                break;
            m_cursor.advance();
        }
        FilterOperand operand;
        operand.kind = FilterOperand::Kind::Path;
        operand.negated = negated;
        operand.path = compileEmbeddedPath(m_context, begin, m_cursor.position() - 1);
        return operand;
    }

    // True when the ')' under the cursor ends "name()" within the path that started at lowerBound.
    bool closesFunctionCall(qsizetype lowerBound) const
    {
        qsizetype index = m_cursor.indexOfPreviousSignificantChar(m_cursor.position());
        if (index < 0 || m_cursor.charAt(index) != u'(')
            return false;
        for (--index; m_cursor.inBounds(index) && index > lowerBound; --index) {
            if (m_cursor.charAt(index) == u'.')
                return true;
        }
        return false;
    }

    FilterOperand readLiteral()
    {
        const QChar c = m_cursor.current();
        if (c == u'"' || c == u'\'')
            return readString(c);
        if (c == u'/')
            return readPattern();
        if (c == u'[' || c == u'{')
            return readJson(c);
        if (c == u't' || c == u'f')
            return readBoolean();
        if (c == u'n')
            return readNull();
        return readNumber();
    }

    FilterOperand readString(QChar quote)
    {
        const qsizetype begin = m_cursor.position();
        const qsizetype closing = m_cursor.nextIndexOfUnescaped(begin, quote);
        if (closing < 0)
            fail(begin,
                 JsonPath::tr("The string starting at position %1 is not closed: expected %2."),
                 {QString(quote)});
        FilterOperand operand;
        operand.kind = FilterOperand::Kind::String;
        operand.text = unescape(m_cursor.slice(begin + 1, closing), begin + 1);
        m_cursor.setPosition(closing + 1);
        return operand;
    }

    FilterOperand readNumber()
    {
        const qsizetype begin = m_cursor.position();
        while (m_cursor.inBounds() && isNumberChar(m_cursor.current()))
            m_cursor.advance();
        const QStringView literal = m_cursor.slice(begin, m_cursor.position());
        if (literal.isEmpty())
            fail(begin,
                 JsonPath::tr("Unexpected '%2' at position %1: expected a path, a number, a "
                              "string, true, false, null, a /regex/ or a JSON literal."),
                 {QString(m_cursor.current())});
        const std::optional<double> value = number::parseDecimal(literal);
        if (!value)
            fail(begin, JsonPath::tr("Invalid number '%2' at position %1."), {literal.toString()});
        FilterOperand operand;
        operand.kind = FilterOperand::Kind::Number;
        operand.number = *value;
        operand.text = number::bigDecimalText(literal);
        return operand;
    }

    FilterOperand readBoolean()
    {
        const qsizetype begin = m_cursor.position();
        const bool expectTrue = m_cursor.current() == u't';
        const QStringView word = expectTrue ? QStringView(u"true") : QStringView(u"false");
        if (m_cursor.slice(begin, qMin(begin + word.size(), m_cursor.end() + 1)) != word)
            fail(begin, JsonPath::tr("Expected '%2' at position %1."), {word.toString()});
        m_cursor.advance(word.size());
        FilterOperand operand;
        operand.kind = FilterOperand::Kind::Boolean;
        operand.boolean = expectTrue;
        return operand;
    }

    FilterOperand readNull()
    {
        const qsizetype begin = m_cursor.position();
        if (m_cursor.slice(begin, qMin(begin + 4, m_cursor.end() + 1)) != u"null")
            fail(begin, JsonPath::tr("Expected 'null' at position %1."));
        m_cursor.advance(4);
        FilterOperand operand;
        operand.kind = FilterOperand::Kind::Null;
        return operand;
    }

    FilterOperand readJson(QChar open)
    {
        const qsizetype begin = m_cursor.position();
        const QChar close = open == u'[' ? u']' : u'}';
        const qsizetype closing = m_cursor.indexOfMatchingClose(begin, open, close, true, false);
        if (closing < 0)
            fail(begin,
                 JsonPath::tr(
                     "The JSON literal starting at position %1 is not closed: expected '%2'."),
                 {QString(close)});
        const LiteralParseResult literal = parseLenientJson(m_cursor.slice(begin, closing + 1),
                                                            m_context.limits().maxNestingDepth);
        if (!literal.ok)
            fail(begin + literal.errorOffset,
                 JsonPath::tr("Invalid JSON literal at position %1: %2."), {literal.errorMessage});
        FilterOperand operand;
        operand.kind = FilterOperand::Kind::Json;
        operand.json = literal.value;
        operand.text = m_cursor.slice(begin, closing + 1).toString();
        m_cursor.setPosition(closing + 1);
        return operand;
    }

    // /pattern/flags, matched against the whole value as Java's Matcher.matches() does.
    FilterOperand readPattern()
    {
        const qsizetype begin = m_cursor.position();
        const qsizetype closing = m_cursor.nextIndexOfUnescaped(begin, u'/');
        if (closing < 0)
            fail(
                begin,
                JsonPath::tr(
                    "The regular expression starting at position %1 is not closed: expected '/'."));
        qsizetype flagsEnd = closing + 1;
        while (m_cursor.inBounds(flagsEnd) && isPatternFlag(m_cursor.charAt(flagsEnd)))
            ++flagsEnd;
        const QStringView source = m_cursor.slice(begin + 1, closing);
        const QStringView flags = m_cursor.slice(closing + 1, flagsEnd);
        if (source.size() > m_context.limits().maxRegexLength)
            fail(
                begin,
                JsonPath::tr("The regular expression at position %1 is longer than %2 characters."),
                {QString::number(m_context.limits().maxRegexLength)});

        auto regex = std::make_shared<QRegularExpression>(
            QRegularExpression::anchoredPattern(source.toString()), patternOptions(flags));
        if (!regex->isValid())
            fail(begin + 1 + qBound<qsizetype>(0, regex->patternErrorOffset() - 5, source.size()),
                 JsonPath::tr("Invalid regular expression at position %1: %2."),
                 {regex->errorString()});
        regex->optimize();

        FilterOperand operand;
        operand.kind = FilterOperand::Kind::Pattern;
        operand.text = m_cursor.slice(begin, flagsEnd).toString();
        operand.regex = regex;
        m_cursor.setPosition(flagsEnd);
        return operand;
    }

    // Java's flags mapped onto PCRE2. 'd' (UNIX_LINES) has no PCRE2 counterpart and 'u'
    // (UNICODE_CASE) is implied: PCRE2 always folds case over all of Unicode.
    static QRegularExpression::PatternOptions patternOptions(QStringView flags)
    {
        QRegularExpression::PatternOptions options;
        for (QChar flag : flags) {
            switch (flag.unicode()) {
            case 'i':
                options |= QRegularExpression::CaseInsensitiveOption;
                break;
            case 'm':
                options |= QRegularExpression::MultilineOption;
                break;
            case 's':
                options |= QRegularExpression::DotMatchesEverythingOption;
                break;
            case 'x':
                options |= QRegularExpression::ExtendedPatternSyntaxOption;
                break;
            case 'U':
                options |= QRegularExpression::UseUnicodePropertiesOption;
                break;
            default:
                break;
            }
        }
        return options;
    }

    ParseContext &m_context;
    Cursor m_cursor;
};

} // namespace

std::shared_ptr<const Predicate> compileFilter(ParseContext &context, qsizetype open,
                                               qsizetype close)
{
    ParseContext::NestingGuard nesting(context, open);
    return std::make_shared<const Predicate>(FilterParser(context, open, close).parse());
}

} // namespace jsonpath
