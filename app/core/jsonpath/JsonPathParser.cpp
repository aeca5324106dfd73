#include "app/core/jsonpath/JsonPathParser.h"

#include "app/core/jsonpath/JsonPath.h"
#include "app/core/jsonpath/JsonPathFilterParser.h"
#include "app/core/jsonpath/JsonPathFunctions.h"
#include "app/core/jsonpath/JsonPathLiteral.h"

namespace jsonpath {

void ParseContext::fail(qsizetype position, const QString &message,
                        const QStringList &arguments) const
{
    QString text = message;
    switch (arguments.size()) {
    case 0:
        text = text.arg(userPosition(position));
        break;
    case 1:
        text = text.arg(QString::number(userPosition(position)), arguments[0]);
        break;
    default:
        text = text.arg(QString::number(userPosition(position)), arguments[0], arguments[1]);
        break;
    }
    throw SyntaxError{text, userPosition(position)};
}

ParseContext::NestingGuard::NestingGuard(ParseContext &context, qsizetype position)
    : m_context(context)
{
    if (++m_context.m_depth > m_context.m_limits.maxNestingDepth) {
        --m_context.m_depth;
        context.fail(position,
                     JsonPath::tr("The expression nests deeper than %2 levels at position %1."),
                     {QString::number(context.m_limits.maxNestingDepth)});
    }
}

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isPathWhitespace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Java's String.split: empty strings at the end are dropped, those in between are kept.
QStringList javaSplit(QStringView text, QChar separator)
{
    QStringList parts;
    for (QStringView part : text.split(separator))
        parts.append(part.toString());
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return parts;
}

// Integer.parseInt: an optional '-' and decimal digits that fit in 32 bits.
std::optional<int> parseJavaInt(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isAsciiDigit(text[i]) && !(i == 0 && text[i] == u'-' && text.size() > 1))
            return std::nullopt;
    }
    return value;
}

class PathParser
{
public:
    PathParser(ParseContext &context, qsizetype begin, qsizetype end)
        : m_context(context)
        , m_cursor(context.expression(), begin, end)
        , m_path(std::make_shared<CompiledPath>())
    {}

    std::shared_ptr<const CompiledPath> parse()
    {
        readRoot();
        m_path->finish();
        auto path = invertScanFunction(m_path);
        prepareLengthArguments(*path);
        return path;
    }

private:
    [[noreturn]] void fail(qsizetype position, const QString &message,
                           const QStringList &arguments = {}) const
    {
        m_context.fail(position, message, arguments);
    }

    void append(PathToken token, qsizetype position)
    {
        if (qsizetype(m_path->tokens.size()) >= m_context.limits().maxPathSegments)
            fail(position, JsonPath::tr("The path has more than %2 segments at position %1."),
                 {QString::number(m_context.limits().maxPathSegments)});
        m_path->tokens.push_back(std::move(token));
    }

    // "$" or "@", then '.' or '['.
    void readRoot()
    {
        while (m_cursor.inBounds() && isPathWhitespace(m_cursor.current()))
            m_cursor.advance();
        const QChar root = m_cursor.current();
        if (root != u'$' && root != u'@')
            fail(m_cursor.position(),
                 JsonPath::tr("A path must start with '$' or '@' at position %1."));
        m_path->rootChar = root;
        m_path->rootPath = root == u'$';
        if (m_cursor.atTail())
            return;
        m_cursor.advance();
        if (!m_cursor.currentIs(u'.') && !m_cursor.currentIs(u'['))
            fail(m_cursor.position(),
                 JsonPath::tr("Expected '.' or '[' after '%2' at position %1."), {QString(root)});
        readTokens();
    }

    void readTokens()
    {
        for (;;) {
            if (!m_cursor.inBounds())
                fail(m_cursor.position(),
                     JsonPath::tr(
                         "The path ends too early at position %1: a name, '*' or '[' is missing."));
            const QChar c = m_cursor.current();
            if (c == u'.') {
                readDot();
                continue; // a dot always introduces the next token
            }
            bool endsOnClosingParenthesis = false;
            if (c == u'[')
                readBracket();
            else if (c == u'*')
                readWildcard();
            else
                endsOnClosingParenthesis = readPropertyOrFunction();
            if (!continueAfterToken(endsOnClosingParenthesis))
                return;
        }
    }

    // Jayway stops reading once the position reaches the last character, so a single character
    // left after a token is silently ignored ("$['a']x", "$.a["). We refuse it instead.
    bool continueAfterToken(bool endsOnClosingParenthesis)
    {
        const qsizetype position = m_cursor.position();
        if (position > m_cursor.end())
            return false;
        if (endsOnClosingParenthesis) {
            // A no-argument call leaves the position on its ')'.
            if (position == m_cursor.end())
                return false;
            // Jayway would read the rest as a property named ")...", which never matches.
            fail(position + 1,
                 JsonPath::tr(
                     "The path cannot continue after the function call '%2' at position %1."),
                 {m_path->tokens.back().function + QStringLiteral("()")});
        }
        if (position == m_cursor.end())
            fail(position, JsonPath::tr("Unexpected '%2' at position %1."),
                 {QString(m_cursor.current())});
        return true;
    }

    // "." or ".."
    void readDot()
    {
        if (m_cursor.nextIs(u'.')) {
            PathToken scan;
            scan.kind = PathToken::Kind::Scan;
            append(scan, m_cursor.position());
            m_cursor.advance(2);
        } else {
            if (!m_cursor.inBounds(m_cursor.position() + 1))
                fail(m_cursor.position(),
                     JsonPath::tr("The path must not end with '.' at position %1."));
            m_cursor.advance();
        }
        if (m_cursor.currentIs(u'.'))
            fail(m_cursor.position(),
                 JsonPath::tr("Unexpected '.' at position %1: use '.name', '..name' or '[...]'."));
        if (!m_cursor.inBounds())
            fail(m_cursor.position() - 1,
                 JsonPath::tr("The path must not end with '..' at position %1."));
    }

    void readWildcard()
    {
        PathToken wildcard;
        wildcard.kind = PathToken::Kind::Wildcard;
        append(wildcard, m_cursor.position());
        m_cursor.advance();
    }

    // "name" or "name(arguments)". Returns true for a call without arguments, whose ')' is left
    // under the cursor as Jayway does.
    bool readPropertyOrFunction()
    {
        const qsizetype start = m_cursor.position();
        if (m_cursor.current() == u' ')
            fail(start,
                 JsonPath::tr("Unexpected space at position %1: a name, '*' or '[' is expected."));
        qsizetype read = start;
        qsizetype nameEnd = -1;
        bool isFunction = false;
        for (; m_cursor.inBounds(read); ++read) {
            const QChar c = m_cursor.charAt(read);
            if (c == u' ')
                fail(read, JsonPath::tr("A property name cannot contain a space (position %1); use "
                                        "bracket notation such as ['my prop']."));
            if (c == u'.' || c == u'[' || c == u'(') {
                nameEnd = read;
                isFunction = c == u'(';
                break;
            }
        }
        if (nameEnd < 0)
            nameEnd = m_cursor.end() + 1;
        const QString name = m_cursor.slice(start, nameEnd).toString();

        if (!isFunction) {
            PathToken property;
            property.kind = PathToken::Kind::Property;
            property.properties = {name};
            append(property, start);
            m_cursor.setPosition(nameEnd);
            return false;
        }
        return readFunction(name, start, nameEnd);
    }

    bool readFunction(const QString &name, qsizetype nameStart, qsizetype openParenthesis)
    {
        if (!Functions::isKnown(name))
            fail(nameStart, JsonPath::tr("Unknown function '%2' at position %1."), {name});
        // Jayway accepts "$..length()" but its deep scan then has no token to apply and fails on
        // every document.
        if (!m_path->tokens.empty() && m_path->tokens.back().kind == PathToken::Kind::Scan)
            fail(nameStart,
                 JsonPath::tr("A function call cannot follow '..' directly (position %1); name "
                              "what to scan for, e.g. '$..price.%2()'."),
                 {name});
        const qsizetype closing = findFunctionClose(name, openParenthesis);

        PathToken function;
        function.kind = PathToken::Kind::Function;
        function.function = name;
        const QStringView inside = m_cursor.slice(openParenthesis + 1, closing);
        const bool noArguments = inside.isEmpty();
        if (!inside.trimmed().isEmpty()) {
            ParseContext::NestingGuard nesting(m_context, openParenthesis);
            function.arguments = readFunctionArguments(openParenthesis + 1, closing);
            function.writtenWithArguments = !function.arguments.empty();
        }
        append(function, nameStart);
        m_cursor.setPosition(noArguments ? closing : closing + 1);
        return noArguments;
    }

    // The ')' that closes the call, tracking nested (), [], {} and double-quoted strings.
    qsizetype findFunctionClose(const QString &name, qsizetype openParenthesis) const
    {
        int parentheses = 1;
        bool inString = false;
        for (qsizetype read = openParenthesis + 1; m_cursor.inBounds(read); ++read) {
            const QChar c = m_cursor.charAt(read);
            if (inString) {
                if (c == u'\\')
                    ++read;
                else if (c == u'"')
                    inString = false;
                continue;
            }
            if (c == u'"')
                inString = true;
            else if (c == u'(')
                ++parentheses;
            else if (c == u')' && --parentheses == 0)
                return read;
        }
        fail(openParenthesis,
             JsonPath::tr("The arguments of function '%2' opened at position %1 are not closed: "
                          "expected ')'."),
             {name});
    }

    // Arguments are separated by commas outside brackets, braces and strings. Each one is a path
    // (starting with '$' or '@', evaluated against the root document) or a JSON value (starting
    // with '{', '"', '-' or a digit), as Jayway decides from the first character.
    std::vector<FunctionArgument> readFunctionArguments(qsizetype begin, qsizetype close)
    {
        std::vector<FunctionArgument> arguments;
        qsizetype argumentStart = begin;
        int depth = 0;
        bool inString = false;
        for (qsizetype read = begin; read <= close; ++read) {
            const QChar c = read < close ? m_cursor.charAt(read) : QChar(u',');
            if (inString) {
                if (c == u'\\')
                    ++read;
                else if (c == u'"')
                    inString = false;
                continue;
            }
            if (c == u'"') {
                inString = true;
            } else if (c == u'(' || c == u'[' || c == u'{') {
                ++depth;
            } else if (c == u')' || c == u']' || c == u'}') {
                if (--depth < 0)
                    fail(read, JsonPath::tr("Unexpected '%2' at position %1."), {QString(c)});
            } else if (c == u',' && depth == 0) {
                arguments.push_back(readFunctionArgument(argumentStart, read - 1));
                argumentStart = read + 1;
            }
        }
        if (depth != 0 || inString)
            fail(
                close,
                JsonPath::tr(
                    "Unbalanced brackets or quotes in the function arguments before position %1."));
        return arguments;
    }

    FunctionArgument readFunctionArgument(qsizetype begin, qsizetype end)
    {
        while (begin <= end && isPathWhitespace(m_cursor.charAt(begin)))
            ++begin;
        while (end >= begin && isPathWhitespace(m_cursor.charAt(end)))
            --end;
        if (begin > end)
            fail(begin, JsonPath::tr("A function argument is missing at position %1."));
        const QChar first = m_cursor.charAt(begin);
        FunctionArgument argument;
        if (first == u'$' || first == u'@') {
            argument.kind = FunctionArgument::Kind::Path;
            argument.path = compileEmbeddedPath(m_context, begin, end);
            return argument;
        }
        if (first == u'{' || first == u'"' || first == u'-' || isAsciiDigit(first)) {
            const LiteralParseResult literal = parseLenientJson(m_cursor.slice(begin, end + 1),
                                                                m_context.limits().maxNestingDepth);
            if (!literal.ok)
                fail(begin + literal.errorOffset,
                     JsonPath::tr("Invalid JSON argument at position %1: %2."),
                     {literal.errorMessage});
            argument.kind = FunctionArgument::Kind::Json;
            argument.json = literal.value;
            return argument;
        }
        // Jayway silently skips such an argument ('text', true, [1]); refuse it instead.
        fail(begin, JsonPath::tr("A function argument must be a path or a JSON number, string or "
                                 "object at position %1."));
    }

    void readBracket()
    {
        const qsizetype open = m_cursor.position();
        const QChar first = m_cursor.nextSignificantChar();
        if (first == u'\'' || first == u'"')
            readBracketProperties(first);
        else if (isAsciiDigit(first) || first == u'-' || first == u':')
            readArrayToken();
        else if (first == u'*')
            readBracketWildcard();
        else if (first == u'?')
            readFilter();
        else
            fail(open, JsonPath::tr("Could not read the bracket at position %1: expected a quoted "
                                    "name, an index, a slice, '*' or a filter '?(...)'."));
    }

    // ['name'] or ['a', 'b'] (or with double quotes).
    void readBracketProperties(QChar delimiter)
    {
        PathToken property;
        property.kind = PathToken::Kind::Property;
        property.delimiter = delimiter;
        const qsizetype open = m_cursor.position();
        qsizetype read = open + 1;
        for (;;) {
            while (m_cursor.charAt(read) == u' ')
                ++read;
            if (m_cursor.charAt(read) != delimiter)
                fail(read, JsonPath::tr("Expected a property name in %2 quotes at position %1."),
                     {QString(delimiter)});
            const qsizetype closing = m_cursor.nextIndexOfUnescaped(read, delimiter);
            if (closing < 0)
                fail(read,
                     JsonPath::tr(
                         "The property name starting at position %1 is not closed: expected %2."),
                     {QString(delimiter)});
            property.properties.append(unescape(m_cursor.slice(read + 1, closing), read + 1));
            read = closing + 1;
            while (m_cursor.charAt(read) == u' ')
                ++read;
            if (m_cursor.charAt(read) == u',') {
                ++read;
                continue;
            }
            if (m_cursor.charAt(read) == u']')
                break;
            fail(read, JsonPath::tr("Expected ',' or ']' after the property name at position %1."));
        }
        append(property, open);
        m_cursor.setPosition(read + 1);
    }

    // [1], [1,2], [-1], [1:], [1:2], [:2]; Jayway ignores a third slice part (the step).
    void readArrayToken()
    {
        const qsizetype open = m_cursor.position();
        const qsizetype close = m_cursor.nextIndexOf(open + 1, u']');
        if (close < 0)
            fail(open, JsonPath::tr("The bracket at position %1 is not closed: expected ']'."));
        const QStringView expression = m_cursor.slice(open + 1, close).trimmed();
        for (QChar c : expression) {
            if (!isAsciiDigit(c) && c != u',' && c != u'-' && c != u':' && c != u' ')
                fail(open + 1, JsonPath::tr("Invalid array index or slice '%2' at position %1."),
                     {expression.toString()});
        }
        PathToken token;
        if (expression.contains(u':'))
            token = readSlice(expression, open + 1);
        else
            token = readIndexes(expression, open + 1);
        append(token, open);
        m_cursor.setPosition(close + 1);
    }

    PathToken readSlice(QStringView expression, qsizetype position) const
    {
        PathToken slice;
        slice.kind = PathToken::Kind::ArraySlice;
        if (expression.contains(u' '))
            fail(position,
                 JsonPath::tr(
                     "Invalid array slice '%2' at position %1: a slice cannot contain spaces."),
                 {expression.toString()});
        const QStringList parts = javaSplit(expression, u':');
        auto readPart = [&](qsizetype index) -> std::optional<int> {
            if (index >= parts.size() || parts[index].isEmpty())
                return std::nullopt;
            const std::optional<int> value = parseJavaInt(parts[index]);
            if (!value)
                fail(position, JsonPath::tr("Invalid array slice '%2' at position %1."),
                     {expression.toString()});
            return value;
        };
        slice.sliceFrom = readPart(0);
        slice.sliceTo = readPart(1);
        if (!slice.sliceFrom && !slice.sliceTo)
            fail(position,
                 JsonPath::tr(
                     "Invalid array slice '%2' at position %1: a start or an end is required."),
                 {expression.toString()});
        return slice;
    }

    PathToken readIndexes(QStringView expression, qsizetype position) const
    {
        PathToken index;
        index.kind = PathToken::Kind::ArrayIndex;
        for (QStringView part : expression.split(u',')) {
            const std::optional<int> value = parseJavaInt(part.trimmed());
            if (!value)
                fail(position, JsonPath::tr("Invalid array index '%2' at position %1."),
                     {expression.toString()});
            index.indexes.append(*value);
        }
        return index;
    }

    void readBracketWildcard()
    {
        const qsizetype star = m_cursor.indexOfNextSignificantChar(m_cursor.position(), u'*');
        const qsizetype close = m_cursor.indexOfNextSignificantChar(star, u']');
        if (close < 0)
            fail(star + 1, JsonPath::tr("Expected ']' after '*' at position %1."));
        readWildcard();
        m_cursor.setPosition(close + 1);
    }

    // [?(expression)]
    void readFilter()
    {
        const qsizetype open = m_cursor.position();
        const qsizetype question = m_cursor.indexOfNextSignificantChar(open, u'?');
        const qsizetype parenthesis = m_cursor.indexOfNextSignificantChar(question, u'(');
        if (parenthesis < 0) {
            const QChar next = m_cursor.nextSignificantChar(question);
            if (next == u']' || next == u',')
                fail(open,
                     JsonPath::tr("Filter placeholders such as '[?]' at position %1 need Java "
                                  "predicates; write an inline filter such as [?(@.price < 10)]."));
            fail(question + 1, JsonPath::tr("Expected '(' after '[?' at position %1."));
        }
        const qsizetype closing =
            m_cursor.indexOfMatchingClose(parenthesis, u'(', u')', true, true);
        if (closing < 0)
            fail(parenthesis,
                 JsonPath::tr("The filter opened at position %1 is not closed: expected ')'."));
        const qsizetype close = m_cursor.indexOfNextSignificantChar(closing, u']');
        if (close < 0) {
            qsizetype unexpected = closing + 1;
            while (m_cursor.charAt(unexpected) == u' ')
                ++unexpected;
            fail(unexpected, JsonPath::tr("Expected ']' after the filter at position %1."));
        }

        PathToken filter;
        filter.kind = PathToken::Kind::Filter;
        filter.predicate = compileFilter(m_context, parenthesis, closing);
        append(filter, open);
        m_cursor.setPosition(close + 1);
    }

    // length()/size() re-read a path argument with a wildcard appended, to count its children
    // (Jayway's Length function). Jayway decided whether the argument is definite before the
    // wildcard was added and keeps that answer, so the copy keeps it too.
    static void prepareLengthArguments(CompiledPath &path)
    {
        for (PathToken &token : path.tokens) {
            if (token.kind != PathToken::Kind::Function || !Functions::isLength(token.function) ||
                token.arguments.empty())
                continue;
            FunctionArgument &argument = token.arguments.front();
            if (argument.kind != FunctionArgument::Kind::Path || argument.path->functionPath)
                continue;
            auto withWildcard = std::make_shared<CompiledPath>(*argument.path);
            PathToken wildcard;
            wildcard.kind = PathToken::Kind::Wildcard;
            withWildcard->tokens.push_back(wildcard);
            withWildcard->finish();
            withWildcard->definite = argument.path->definite;
            withWildcard->functionPath = false;
            withWildcard->leafCheckFragment = argument.path->leafCheckFragment;
            argument.pathWithWildcard = withWildcard;
        }
    }

    ParseContext &m_context;
    Cursor m_cursor;
    std::shared_ptr<CompiledPath> m_path;
};

} // namespace

std::shared_ptr<const CompiledPath> compileEmbeddedPath(ParseContext &context, qsizetype begin,
                                                        qsizetype end)
{
    ParseContext::NestingGuard nesting(context, begin);
    Cursor cursor(context.expression(), begin, end);
    cursor.skipBlanks();
    while (end > cursor.position() && context.expression()[end] == u' ')
        --end;
    if (context.expression()[end] == u'.')
        context.fail(end, JsonPath::tr("The path must not end with '.' at position %1."));
    return PathParser(context, cursor.position(), end).parse();
}

std::shared_ptr<const CompiledPath> compileExpression(ParseContext &context)
{
    const QStringView text = context.expression();
    qsizetype begin = 0;
    qsizetype end = text.size() - 1;
    // Jayway trims spaces only (not tabs or line breaks) at both ends.
    while (begin <= end && text[begin] == u' ')
        ++begin;
    while (end >= begin && text[end] == u' ')
        --end;
    if (begin > end)
        context.fail(0, JsonPath::tr("The expression is empty at position %1."));
    if (text[end] == u'.')
        context.fail(end, JsonPath::tr("The path must not end with '.' at position %1."));
    return PathParser(context, begin, end).parse();
}

} // namespace jsonpath
