#include "app/core/jsonpath/JsonPathAst.h"

namespace jsonpath {

QString PathToken::fragment() const
{
    switch (kind) {
    case Kind::Property: {
        QStringList quoted;
        quoted.reserve(properties.size());
        for (const QString &property : properties)
            quoted.append(delimiter + property + delimiter);
        return u'[' + quoted.join(u',') + u']';
    }
    case Kind::ArrayIndex: {
        QStringList numbers;
        numbers.reserve(indexes.size());
        for (int index : indexes)
            numbers.append(QString::number(index));
        return u'[' + numbers.join(u',') + u']';
    }
    case Kind::ArraySlice:
        return u'[' + (sliceFrom ? QString::number(*sliceFrom) : QString()) + u':' +
               (sliceTo ? QString::number(*sliceTo) : QString()) + u']';
    case Kind::Wildcard:
        return QStringLiteral("[*]");
    case Kind::Scan:
        return QStringLiteral("..");
    case Kind::Filter:
        return QStringLiteral("[?]");
    case Kind::Function:
        return u'.' + function +
               (writtenWithArguments ? QStringLiteral("(...)") : QStringLiteral("()"));
    }
    return QString();
}

namespace {

bool isTokenDefinite(const PathToken &token)
{
    switch (token.kind) {
    case PathToken::Kind::Property:
        // Several names on the last token merge into one object; elsewhere each name is a branch.
        return token.properties.size() == 1 || token.leaf;
    case PathToken::Kind::ArrayIndex:
        return token.indexes.size() == 1;
    case PathToken::Kind::Function:
        return true;
    case PathToken::Kind::ArraySlice:
    case PathToken::Kind::Wildcard:
    case PathToken::Kind::Scan:
    case PathToken::Kind::Filter:
        return false;
    }
    return false;
}

} // namespace

void CompiledPath::finish()
{
    bool upstream = true; // the root token is definite
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        PathToken &token = tokens[i];
        token.leaf = i + 1 == tokens.size();
        token.upstreamDefinite = upstream;
        token.tokenDefinite = isTokenDefinite(token);
        upstream = upstream && token.tokenDefinite;
    }
    definite = upstream;
    functionPath = !tokens.empty() && tokens.back().kind == PathToken::Kind::Function;
    leafCheckFragment =
        tokens.size() >= 2 ? tokens[tokens.size() - 2].fragment() : QString(rootChar);
}

QString CompiledPath::normalizedPrefix(qsizetype count) const
{
    QString text(rootChar);
    for (qsizetype i = 0; i < count && i < qsizetype(tokens.size()); ++i)
        text += tokens[std::size_t(i)].fragment();
    return text;
}

QString CompiledPath::normalized() const
{
    return normalizedPrefix(qsizetype(tokens.size()));
}

std::shared_ptr<CompiledPath> invertScanFunction(std::shared_ptr<CompiledPath> path)
{
    if (!path->functionPath || path->tokens.empty() ||
        path->tokens.front().kind != PathToken::Kind::Scan)
        return path;
    std::size_t functionIndex = 0;
    while (path->tokens[functionIndex].kind != PathToken::Kind::Function)
        ++functionIndex;

    auto scanned = std::make_shared<CompiledPath>();
    scanned->rootChar = path->rootChar;
    scanned->rootPath = true; // Jayway marks the argument a root path whatever its root character
    scanned->tokens.assign(path->tokens.begin(), path->tokens.begin() + qsizetype(functionIndex));
    scanned->finish();

    PathToken function = path->tokens[functionIndex];
    // Jayway replaces any arguments written in the expression: "$..price.sum(10)" ignores the 10.
    function.arguments.clear();
    FunctionArgument argument;
    argument.kind = FunctionArgument::Kind::Path;
    argument.path = scanned;
    function.arguments.push_back(argument);

    auto inverted = std::make_shared<CompiledPath>();
    inverted->rootChar = u'$';
    inverted->rootPath = path->rootPath;
    inverted->tokens.push_back(function);
    inverted->tokens.insert(inverted->tokens.end(),
                            path->tokens.begin() + qsizetype(functionIndex) + 1,
                            path->tokens.end());
    inverted->finish();
    return inverted;
}

} // namespace jsonpath
