#include "JsonPathCommand.h"

#include "CommandParsing.h"
#include "CtlContext.h"
#include "ExitCode.h"
#include "jsonpath/JsonPath.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTextStream>

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

int JsonPathCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!CommandParsing::parse(parser, QStringLiteral("jsonpath"), arguments, 1, 2, &error))
        return CtlContext::usage(error);
    const QString expression = parser.positionalArguments().at(1);
    QTextStream err(stderr);

    const auto compiled = JsonPath::compile(expression);
    if (!compiled.ok()) {
        err << tr("connectorctl: invalid JSON Path: %1").arg(compiled.error().message) << '\n'
            << "  " << expression << '\n'
            << "  " << QString(compiled.error().position, u' ') << "^\n";
        return ExitUsage;
    }

    QByteArray input;
    const bool fromFile = parser.positionalArguments().size() > 2;
    QFile file;
    if (fromFile) {
        file.setFileName(parser.positionalArguments().at(2));
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("connectorctl: cannot read %1: %2").arg(file.fileName(), file.errorString())
                << '\n';
            return ExitUsage;
        }
    } else if (!file.open(stdin, QIODevice::ReadOnly)) {
        err << tr("connectorctl: cannot read standard input.") << '\n';
        return ExitUsage;
    }
    input = file.readAll();

    // Flow Designer's responses may be any JSON value; wrap it so scalars parse too.
    QJsonParseError parseError;
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + input + "\n]", &parseError);
    if (parseError.error != QJsonParseError::NoError || wrapped.array().size() != 1) {
        err << tr("connectorctl: the document is not valid JSON (%1 at byte %2).")
                   .arg(parseError.errorString())
                   .arg(qMax(0, parseError.offset - 1))
            << '\n';
        return ExitUsage;
    }

    const JsonPathEvaluation result = compiled.path().evaluate(wrapped.array().first());
    if (result.isNotFound()) {
        err << tr("connectorctl: no match: %1").arg(result.message()) << '\n';
        return ExitNoMatch;
    }
    if (result.isError()) {
        err << tr("connectorctl: %1").arg(result.message()) << '\n';
        return ExitRefused;
    }
    QTextStream(stdout) << jsonText(result.value());
    return ExitSuccess;
}
