#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

// Runs Debian's Jayway JsonPath (libjsonpath-java, version 2.0.0) over a batch of cases in one
// JVM, through oracle/JaywayOracle.java and Java's single-file source launcher. Jayway 2.0.0 is
// years older than the 2.10 dialect the engine implements, so a test may use it only as a rough
// differential oracle for the basics both versions share, never as the reference.
class JaywayOracle final
{
public:
    struct Case
    {
        QString document; // JSON text, parsed by Jayway's own default provider (json-smart)
        QString expression;
    };

    struct Outcome
    {
        // PathNotFound, InvalidPath and Error name what Jayway threw.
        enum class Kind
        {
            Value,
            PathNotFound,
            InvalidPath,
            Error
        };
        Kind kind = Kind::Error;
        QJsonValue value = QJsonValue::Undefined;
        QString message;
    };

    enum class Status
    {
        Ran,
        Unavailable, // something to run Jayway is not installed; reason() names it
        Failed       // the oracle itself broke; reason() says how
    };

    // sourceFile: the path of oracle/JaywayOracle.java.
    explicit JaywayOracle(QString sourceFile);

    // Evaluates every case with one JVM start; outcomes() then holds one outcome per case, in
    // order.
    Status run(const QList<Case> &cases);
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    const QString &reason() const { return m_reason; }

    // "value", "PathNotFound", ... for messages.
    static QString kindName(Outcome::Kind kind);

private:
    QString findJava() const;
    bool buildClassPath(QString *classPath);
    bool parseOutput(const QByteArray &output, qsizetype expectedCount);

    QString m_sourceFile;
    QList<Outcome> m_outcomes;
    QString m_reason;
};
