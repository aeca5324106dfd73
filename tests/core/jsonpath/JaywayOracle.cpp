#include "tests/core/jsonpath/JaywayOracle.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// Where Debian installs Java libraries, and the package behind each jar, so a skipped test says
// exactly what to install.
const auto debianJarDirectory = u"/usr/share/java"_s;

struct Jar
{
    QString file;
    QString package;
    bool required;
};

const QList<Jar> &oracleJars()
{
    static const QList<Jar> jars = {
        {u"json-path.jar"_s, u"libjsonpath-java"_s, true},
        {u"json-smart.jar"_s, u"libjson-smart-java"_s, true},
        {u"slf4j-api.jar"_s, u"libslf4j-java"_s, true},
        // Only silences slf4j's "no binding" warning on stderr.
        {u"slf4j-nop.jar"_s, u"libslf4j-java"_s, false},
    };
    return jars;
}

// A whole batch includes a JVM start and an in-memory compile of the oracle; a loaded two-core
// CI machine can take several seconds for that alone.
constexpr int oracleTimeoutMs = 120'000;

} // namespace

JaywayOracle::JaywayOracle(QString sourceFile)
    : m_sourceFile(std::move(sourceFile))
{}

QString JaywayOracle::kindName(Outcome::Kind kind)
{
    switch (kind) {
    case Outcome::Kind::Value:
        return u"value"_s;
    case Outcome::Kind::PathNotFound:
        return u"PathNotFound"_s;
    case Outcome::Kind::InvalidPath:
        return u"InvalidPath"_s;
    case Outcome::Kind::Error:
        return u"Error"_s;
    }
    return QString();
}

QString JaywayOracle::findJava() const
{
    // JAVA_HOME wins, as for every Java tool; otherwise the java on PATH (Debian's alternatives).
    const QString javaHome = qEnvironmentVariable("JAVA_HOME");
    if (!javaHome.isEmpty()) {
        const QString java = QDir(javaHome).filePath(u"bin/java"_s);
        if (QFileInfo(java).isExecutable())
            return java;
    }
    return QStandardPaths::findExecutable(u"java"_s);
}

bool JaywayOracle::buildClassPath(QString *classPath)
{
    QStringList entries;
    for (const Jar &jar : oracleJars()) {
        const QString path = QDir(debianJarDirectory).filePath(jar.file);
        if (QFileInfo::exists(path)) {
            entries.append(path);
        } else if (jar.required) {
            m_reason = u"%1 is missing (Debian package %2)"_s.arg(path, jar.package);
            return false;
        }
    }
    *classPath = entries.join(u':');
    return true;
}

JaywayOracle::Status JaywayOracle::run(const QList<Case> &cases)
{
    m_outcomes.clear();
    m_reason.clear();

    if (!QFileInfo::exists(m_sourceFile)) {
        m_reason = u"the oracle source %1 is missing"_s.arg(m_sourceFile);
        return Status::Failed;
    }
    const QString java = findJava();
    if (java.isEmpty()) {
        m_reason = u"java is not on PATH (Debian package default-jre-headless)"_s;
        return Status::Unavailable;
    }
    QString classPath;
    if (!buildClassPath(&classPath))
        return Status::Unavailable;

    QByteArray input;
    for (const Case &oneCase : cases) {
        const QJsonObject request{{u"document"_s, oneCase.document},
                                  {u"path"_s, oneCase.expression}};
        input += QJsonDocument(request).toJson(QJsonDocument::Compact);
        input += '\n';
    }

    QProcess process;
    // The source launcher compiles the oracle in memory: no build step, nothing written next to
    // the sources, and a JRE is enough on Debian (its module image includes jdk.compiler).
    process.start(java, {u"-cp"_s, classPath, m_sourceFile});
    if (!process.waitForStarted()) {
        m_reason = u"%1 did not start: %2"_s.arg(java, process.errorString());
        return Status::Failed;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(oracleTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_reason = u"the oracle did not finish within %1 s"_s.arg(oracleTimeoutMs / 1000);
        return Status::Failed;
    }
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // A JRE built without the compiler module cannot launch a source file.
        if (errors.contains(u"jdk.compiler"_s)) {
            m_reason =
                u"%1 lacks the jdk.compiler module needed to run %2"_s.arg(java, m_sourceFile);
            return Status::Unavailable;
        }
        m_reason = u"the oracle failed with exit code %1: %2"_s.arg(process.exitCode()).arg(errors);
        return Status::Failed;
    }
    if (!parseOutput(process.readAllStandardOutput(), cases.size()))
        return Status::Failed;
    return Status::Ran;
}

bool JaywayOracle::parseOutput(const QByteArray &output, qsizetype expectedCount)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    if (lines.size() != expectedCount) {
        m_reason =
            u"the oracle answered %1 lines for %2 cases"_s.arg(lines.size()).arg(expectedCount);
        return false;
    }
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonObject answer = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError) {
            m_reason = u"unreadable oracle line %1: %2"_s.arg(QString::fromUtf8(line),
                                                              error.errorString());
            return false;
        }
        Outcome outcome;
        const QString kind = answer.value(u"kind"_s).toString();
        if (kind == u"value") {
            outcome.kind = Outcome::Kind::Value;
            // Absent would mean Java null, which json-smart writes as null.
            outcome.value = answer.value(u"value"_s);
        } else if (kind == u"PathNotFound") {
            outcome.kind = Outcome::Kind::PathNotFound;
        } else if (kind == u"InvalidPath") {
            outcome.kind = Outcome::Kind::InvalidPath;
        } else {
            outcome.kind = Outcome::Kind::Error;
        }
        outcome.message = answer.value(u"message"_s).toString();
        m_outcomes.append(outcome);
    }
    return true;
}
