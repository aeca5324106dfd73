#include "app/core/support/JsonRecordReader.h"
#include "app/core/support/JsonStreamWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject record(int i)
{
    return {{u"id"_s, u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0'))},
            {u"name"_s, u"Connector \"%1\" \u00e9\u2713 \\ /"_s.arg(i)},
            {u"access"_s, QJsonArray{u"read-only"_s, u"read-write"_s}},
            {u"empty"_s, QJsonArray()},
            {u"nested"_s, QJsonObject{{u"deep"_s, QJsonObject{{u"x"_s, 1.5}}}, {u"none"_s, {}}}},
            {u"control"_s, u"\x1b[2J\n\t"_s},
            {u"active"_s, i % 2 == 0},
            {u"revision"_s, i}};
}

struct Read
{
    QList<QPair<QString, QJsonValue>> members;
    QList<QPair<QString, QJsonValue>> elements;
    std::optional<JsonRecordReader::Problem> problem;
};

Read readAll(const QByteArray &json, qint64 recordLimit = 1 << 20)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    JsonRecordReader reader(buffer, {u"connectors"_s, u"flows"_s}, 1 << 30, recordLimit);
    Read read;
    JsonRecordReader::Handler handler;
    handler.member = [&](const QString &key, const QJsonValue &value) {
        read.members.append({key, value});
    };
    handler.element = [&](const QString &key, qsizetype, const QJsonValue &value) {
        read.elements.append({key, value});
        return true;
    };
    read.problem = reader.read(handler);
    return read;
}

} // namespace

// The streaming JSON writer and reader behind connectorctl's list, history, export and import
// (issue 16): what they write is what QJsonDocument wrote for the whole value, and what they
// read is what QJsonDocument read, one record at a time.
class TestJsonStream final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAnArrayAsQJsonDocumentDoes_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        // More than the writer's 64 KiB buffer.
        QTest::newRow("many") << 600;
    }

    void writesAnArrayAsQJsonDocumentDoes()
    {
        QFETCH(int, count);
        QJsonArray whole;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            JsonStreamWriter writer(buffer);
            writer.beginArray();
            for (int i = 0; i < count; ++i) {
                whole.append(record(i));
                writer.value(record(i));
            }
            writer.end();
            QVERIFY(writer.ok());
        }
        QCOMPARE(buffer.data(), QJsonDocument(whole).toJson(QJsonDocument::Indented));
    }

    void writesNestedMembersInKeyOrderAsQJsonDocumentDoes()
    {
        // The export's shape: an object of two streamed arrays and plain members, in key order.
        QJsonArray connectors{record(1), record(2)};
        const QJsonObject whole{{u"connectors"_s, connectors},
                                {u"exportedAt"_s, u"2026-01-02T03:04:05.000Z"_s},
                                {u"flows"_s, QJsonArray()},
                                {u"format"_s, u"webex-cc-connectors"_s},
                                {u"version"_s, 2}};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        JsonStreamWriter writer(buffer);
        writer.beginObject();
        writer.beginArray(u"connectors"_s);
        writer.value(record(1));
        writer.value(record(2));
        writer.end();
        writer.value(u"exportedAt"_s, u"2026-01-02T03:04:05.000Z"_s);
        writer.beginArray(u"flows"_s);
        writer.end();
        writer.value(u"format"_s, u"webex-cc-connectors"_s);
        writer.value(u"version"_s, 2);
        writer.beginObject(u"zz \"quoted\" key"_s);
        writer.beginArray(u"inner"_s);
        writer.value(QJsonArray{1, 2});
        writer.beginObject();
        writer.end();
        writer.end();
        writer.end();
        writer.end();
        QJsonObject expected = whole;
        expected.insert(u"zz \"quoted\" key"_s,
                        QJsonObject{{u"inner"_s, QJsonArray{QJsonArray{1, 2}, QJsonObject()}}});
        QCOMPARE(buffer.data(), QJsonDocument(expected).toJson(QJsonDocument::Indented));
    }

    void aRefusedWriteTurnsTheWriterNotOk()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        JsonStreamWriter writer(readOnly);
        writer.beginArray();
        writer.value(record(1));
        writer.end();
        QVERIFY(!writer.ok());
    }

    void readsRecordsOneAtATimeAsQJsonDocumentDoes()
    {
        QJsonArray connectors;
        for (int i = 0; i < 500; ++i) // over several 64 KiB chunks
            connectors.append(record(i));
        const QJsonObject whole{{u"connectors"_s, connectors},
                                {u"flows"_s, QJsonArray{record(7), 5, u"x"_s, QJsonValue()}},
                                {u"format"_s, u"webex-cc-connectors"_s},
                                {u"other"_s, QJsonObject{{u"connectors"_s, QJsonArray{1}}}},
                                {u"version"_s, 2}};
        for (const auto format : {QJsonDocument::Indented, QJsonDocument::Compact}) {
            const Read read = readAll(QJsonDocument(whole).toJson(format));
            QVERIFY(!read.problem);
            QCOMPARE(read.elements.size(), 504);
            for (int i = 0; i < 500; ++i)
                QCOMPARE(read.elements.at(i).second, QJsonValue(record(i)));
            QCOMPARE(read.elements.at(500).second, QJsonValue(record(7)));
            QCOMPARE(read.elements.at(503).second, QJsonValue());
            QCOMPARE(read.members.size(), 3);
            QCOMPARE(read.members.at(1).first, u"other"_s);
            QCOMPARE(read.members.at(1).second,
                     QJsonValue(QJsonObject{{u"connectors"_s, QJsonArray{1}}}));
            QCOMPARE(read.members.at(2).second, QJsonValue(2));
        }
    }

    void namesTheRecordOfAProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("position");
        QTest::addColumn<QString>("path");
        QTest::addColumn<qint64>("offset");
        const QByteArray start = R"({"connectors": [{"a": 1}, {"a": 2}, )";
        const int at = int(start.size());
        QTest::newRow("syntax in record 2")
            << start + R"({"a": 3,}]})" << int(JsonRecordReader::Failure::Syntax)
            << u"connectors[2]"_s << QString() << qint64(-1);
        QTest::newRow("duplicate key in record 2")
            << start + R"({"a": 3, "b": {"c": 1, "c": 2}}]})"
            << int(JsonRecordReader::Failure::DuplicateKey) << u"connectors[2]"_s
            << u"connectors[2].b"_s << qint64(at + 23);
        QTest::newRow("lone surrogate in record 2")
            << start + R"({"a": "x\ud800"}]})" << int(JsonRecordReader::Failure::LoneSurrogate)
            << u"connectors[2]"_s << u"connectors[2]"_s << qint64(at + 6);
        QTest::newRow("invalid UTF-8 in record 2")
            << start + "{\"a\": \"\xff\"}]}" << int(JsonRecordReader::Failure::InvalidUtf8)
            << u"connectors[2]"_s << QString() << qint64(at + 7);
        QTest::newRow("record 2 too large")
            << start + "{\"a\": \"" + QByteArray(5000, 'x') + "\"}]}"
            << int(JsonRecordReader::Failure::RecordTooLarge) << u"connectors[2]"_s << QString()
            << qint64(-1);
        QTest::newRow("unterminated list")
            << start + R"({"a": 3})" << int(JsonRecordReader::Failure::Syntax) << u"connectors[2]"_s
            << QString() << qint64(-1);
        QTest::newRow("duplicate top-level key")
            << QByteArray(R"({"format": "a", "format": "b"})")
            << int(JsonRecordReader::Failure::DuplicateKey) << QString() << QString() << qint64(16);
        QTest::newRow("garbage after the document")
            << QByteArray(R"({"format": "a"} x)") << int(JsonRecordReader::Failure::Syntax)
            << QString() << QString() << qint64(16);
        QTest::newRow("a list, not an object")
            << QByteArray("[1, 2]") << int(JsonRecordReader::Failure::NotAnObject) << QString()
            << QString() << qint64(0);
        QTest::newRow("not JSON") << QByteArray("hello") << int(JsonRecordReader::Failure::Syntax)
                                  << QString() << QString() << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << int(JsonRecordReader::Failure::Syntax)
                               << QString() << QString() << qint64(0);
    }

    void namesTheRecordOfAProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, failure);
        QFETCH(QString, position);
        QFETCH(QString, path);
        QFETCH(qint64, offset);
        const Read read = readAll(json, 4096);
        QVERIFY(read.problem);
        QCOMPARE(int(read.problem->failure), failure);
        QCOMPARE(read.problem->position, position);
        QCOMPARE(read.problem->path, path);
        if (offset >= 0)
            QCOMPARE(read.problem->offset, offset);
    }

    void stopsAtTheTotalLimitWithoutReadingTheRest()
    {
        // A stream that never ends (as a hostile standard input would) is refused at the limit.
        QByteArray json = R"({"connectors": [)";
        for (int i = 0; i < 20000; ++i)
            json += R"({"a": 1}, )";
        QBuffer buffer;
        buffer.setData(json);
        buffer.open(QIODevice::ReadOnly);
        JsonRecordReader reader(buffer, {u"connectors"_s}, 100 * 1024, 1024);
        qsizetype seen = 0;
        JsonRecordReader::Handler handler;
        handler.element = [&](const QString &, qsizetype, const QJsonValue &) {
            ++seen;
            return true;
        };
        const auto problem = reader.read(handler);
        QVERIFY(problem);
        QCOMPARE(problem->failure, JsonRecordReader::Failure::FileTooLarge);
        QVERIFY(seen > 0);
        QVERIFY(reader.offset() <= 100 * 1024 + 64 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestJsonStream)
#include "tst_jsonstream.moc"
