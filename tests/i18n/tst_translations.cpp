#include "app/core/i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per plural form
    QString type;             // "", "unfinished", "obsolete", "vanished"
    bool plural = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            current =
                Message{context, {}, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s};
        } else if (name == u"source"_s) {
            current.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            current.type = xml.attributes().value(u"type"_s).toString();
            if (current.plural) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d|n)"_s);
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

QString describe(const Message &message)
{
    return u"[%1] %2"_s.arg(message.context, message.source.left(70));
}

} // namespace

// Fails when a .ts file lags behind the sources or leaves anything untranslated: lupdate is run on
// a copy against the current sources, and every resulting message must be finished.
class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString refreshedCopy(const QString &file, bool pluralOnly)
    {
        const QString original = QDir(qEnvironmentVariable("TS_DIR")).filePath(file);
        const QString copy = m_dir.filePath(file);
        QFile::remove(copy);
        if (!QFile::copy(original, copy))
            return {};
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList arguments{u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s};
        if (pluralOnly)
            arguments << u"-pluralonly"_s;
        arguments << u"@"_s + qEnvironmentVariable("TS_SOURCES") << u"-ts"_s << copy;
        QProcess lupdate;
        lupdate.start(qEnvironmentVariable("LUPDATE"), arguments);
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
            qWarning() << lupdate.readAllStandardError();
            return {};
        }
        return copy;
    }

    void verifyComplete(const QString &file, bool pluralOnly, int pluralForms)
    {
        const QString original = QDir(qEnvironmentVariable("TS_DIR")).filePath(file);
        const QList<Message> committed = readTs(original);
        QVERIFY2(!committed.isEmpty() || pluralOnly, qPrintable(original));
        for (const Message &message : committed) {
            QVERIFY2(message.type != u"obsolete"_s && message.type != u"vanished"_s,
                     qPrintable(u"obsolete entry in %1: %2"_s.arg(file, describe(message))));
        }

        const QString copy = refreshedCopy(file, pluralOnly);
        QVERIFY2(!copy.isEmpty(), "lupdate failed");
        const QList<Message> current = readTs(copy);
        QStringList problems;
        for (const Message &message : current) {
            if (message.type == u"unfinished"_s) {
                problems << u"unfinished or missing: "_s + describe(message);
                continue;
            }
            if (message.plural && message.translations.size() != pluralForms)
                problems << u"wrong number of plural forms: "_s + describe(message);
            for (const QString &translation : message.translations) {
                if (translation.trimmed().isEmpty())
                    problems << u"empty: "_s + describe(message);
                else if (placeholders(translation) != placeholders(message.source))
                    problems << u"placeholders differ: "_s + describe(message) + u" -> "_s +
                                    translation.left(70);
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 problem(s) in %2:\n  "_s.arg(problems.size()).arg(file) +
                            problems.mid(0, 25).join(u"\n  "_s)));
        // The refreshed copy has exactly the committed messages: none missing, none extra.
        QCOMPARE(current.size(), committed.size());
    }

private Q_SLOTS:
    void ukrainianIsComplete() { verifyComplete(u"connectors_uk.ts"_s, false, 3); }
    void englishPluralsAreComplete() { verifyComplete(u"connectors_en.ts"_s, true, 2); }

    void compiledTranslationsAreEmbedded()
    {
        TranslationLoader loader;
        QVERIFY(loader.load(u"uk"_s));
        QCOMPARE(QCoreApplication::translate("ConnectorAccess", "Read-only access"),
                 u"Доступ лише для читання"_s);
        QVERIFY(loader.load(u"en"_s));
        QCOMPARE(QCoreApplication::translate("CtlFormatter", "%n connector(s)", nullptr, 1),
                 u"1 connector"_s);
        QCOMPARE(QCoreApplication::translate("CtlFormatter", "%n connector(s)", nullptr, 3),
                 u"3 connectors"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
