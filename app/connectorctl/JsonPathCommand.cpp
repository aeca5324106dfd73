#include "app/connectorctl/JsonPathCommand.h"

#include "app/connectorctl/CommandParsing.h"
#include "app/connectorctl/CtlContext.h"
#include "app/connectorctl/CtlStream.h"
#include "app/core/jsonpath/JsonPath.h"
#include "app/core/store/SafeFile.h"
#include "app/core/support/ExitCode.h"
#include "app/core/support/JsonDuplicateKeys.h"
#include "app/core/support/PrintableText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

QString jsonText(const QJsonValue &value)
{
    const auto format = (value.isArray() && value.toArray().isEmpty()) ||
                                (value.isObject() && value.toObject().isEmpty())
                            ? QJsonDocument::Compact
                            : QJsonDocument::Indented;
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(format)).trimmed() + u'\n';
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(format)).trimmed() + u'\n';
    // QJsonDocument holds only objects and arrays: print a scalar as the one element of an array.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)) + u'\n';
}

} // namespace

int JsonPathCommand::run(const QCommandLineParser &parser)
{
    const QString expression = parser.positionalArguments().at(0);
    const auto compiled = JsonPath::compile(expression);
    if (!compiled.ok()) {
        // The caret stands under the escaped text as it is shown.
        const qsizetype column =
            PrintableText::escaped(expression.left(compiled.error().position)).size();
        CtlStream::err(tr("connectorctl: invalid JSON Path: %1").arg(compiled.error().message) +
                       u'\n' + QStringLiteral("  ") + PrintableText::escaped(expression) + u'\n' +
                       QStringLiteral("  ") + QString(column, u' ') + QStringLiteral("^\n"));
        return ExitUsage;
    }

    // A regular file of bounded size, or standard input without FILE or with '-'.
    const QString source = parser.positionalArguments().value(1, SafeFile::standardInputName());
    const auto read = SafeFile::read(source, SafeFile::JsonDocumentLimit, true);
    if (!read) {
        CtlStream::err(
            tr("connectorctl: %1 [%2]").arg(read.error().message(), read.error().ruleKey()) +
            u'\n');
        return ExitUsage;
    }
    const QByteArray &input = *read;

    // Flow Designer's responses may be any JSON value; wrap it so scalars parse too.
    QJsonParseError parseError;
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + input + "\n]", &parseError);
    if (parseError.error != QJsonParseError::NoError || wrapped.array().size() != 1) {
        CtlStream::err(tr("connectorctl: the document is not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(qMax(0, parseError.offset - 1)) +
                       u'\n');
        return ExitUsage;
    }

    // QJsonDocument keeps the last of two equal keys: a document that says two things is refused,
    // as import refuses it, rather than answered from one of them.
    if (const auto duplicate = JsonDuplicateKeys::find(input)) {
        CtlStream::err(
            tr("connectorctl: the document is not valid for a query: the key \"%1\" "
               "appears twice in the object at %2 (again at byte %3).")
                .arg(PrintableText::escaped(duplicate->key),
                     PrintableText::escaped(duplicate->path.isEmpty()
                                                ? QStringLiteral("$")
                                                : QStringLiteral("$.") + duplicate->path))
                .arg(duplicate->offset) +
            u'\n');
        return ExitUsage;
    }

    const JsonPathEvaluation result = compiled.path().evaluate(wrapped.array().first());
    if (result.isNotFound()) {
        CtlStream::err(tr("connectorctl: no match: %1").arg(result.message()) + u'\n');
        return ExitNoMatch;
    }
    if (result.isError()) {
        CtlStream::err(tr("connectorctl: %1").arg(result.message()) + u'\n');
        return ExitRefused;
    }
    CtlStream::outBytes(jsonText(result.value()).toUtf8()); // JSON: controls already escaped
    return ExitSuccess;
}
