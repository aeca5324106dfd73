#include "app/core/support/Timestamps.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTimestamps final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsAgreeWithQtsParser()
    {
        QRandomGenerator random(42);
        for (int i = 0; i < 20000; ++i) {
            // From 1900 to 2200, any millisecond.
            const qint64 ms = qint64(random.bounded(9'467'280'000'000.0)) - 2'208'988'800'000;
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            const QString text = Timestamps::toStorage(at);
            QCOMPARE(Timestamps::fromStorage(text), at);
            QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
            QCOMPARE(Timestamps::fromStorage(text).toMSecsSinceEpoch(), qt.toMSecsSinceEpoch());
        }
    }

    void storedTextIsWhatQtWrites()
    {
        // Written by hand for speed; it must be Qt's text for every instant, in any zone.
        QRandomGenerator random(7);
        for (int i = 0; i < 20000; ++i) {
            // From year 1 to 9999, any millisecond.
            const qint64 ms = qint64(random.bounded(315'537'897'600'000.0)) - 62'135'596'800'000;
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            QCOMPARE(Timestamps::toStorage(at), at.toString(Qt::ISODateWithMs));
            const QDateTime offset = at.toOffsetFromUtc(5 * 3600 + 1800);
            QCOMPARE(Timestamps::toStorage(offset), at.toString(Qt::ISODateWithMs));
        }
        QCOMPARE(Timestamps::toStorage(QDateTime()), QString());
    }

    // An offset names another instant than the same digits in UTC.
    void offsetsAreConvertedToUtc()
    {
        QCOMPARE(Timestamps::fromStorage(u"2026-12-02T05:00:00-14:00"_s),
                 QDateTime(QDate(2026, 12, 2), QTime(19, 0), Qt::UTC));
        QCOMPARE(Timestamps::fromStorage(u"2026-12-02T15:00:00.250+14:00"_s),
                 QDateTime(QDate(2026, 12, 2), QTime(1, 0, 0, 250), Qt::UTC));
        QCOMPARE(Timestamps::toStorage(Timestamps::fromStorage(u"2026-12-02T05:00:00-14:00"_s)),
                 u"2026-12-02T19:00:00.000Z"_s);
    }

    // Four-digit years in every language: Qt's short Ukrainian format has "yy".
    void displayHasFourDigitYears()
    {
        const QDateTime at(QDate(2031, 3, 9), QTime(14, 5), Qt::LocalTime);
        const QLocale uk(QLocale::Ukrainian, QLocale::Ukraine);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Timestamps::toDisplay(at, uk), u"09.03.2031 14:05"_s);
        QCOMPARE(Timestamps::toDisplay(at, en), u"09/03/2031 14:05"_s);
        QVERIFY2(Timestamps::toDisplay(at, us).contains(u"3/9/2031"_s),
                 qPrintable(Timestamps::toDisplay(at, us)));
        // A format that already has the whole year is left alone, quoted text too.
        QCOMPARE(Timestamps::displayFormat(QLocale::c()),
                 QLocale::c().dateTimeFormat(QLocale::ShortFormat));
        QVERIFY(!Timestamps::displayFormat(uk).contains(u"yyyyyy"_s));
    }

    void otherShapesAndNonsense()
    {
        QCOMPARE(Timestamps::fromStorage(u"2026-02-28T23:59:59Z"_s),
                 QDateTime(QDate(2026, 2, 28), QTime(23, 59, 59), Qt::UTC));
        QVERIFY(!Timestamps::fromStorage(u"2026-02-30T00:00:00.000Z"_s).isValid());
        QVERIFY(!Timestamps::fromStorage(u"2026-13-01T00:00:00.000Z"_s).isValid());
        QVERIFY(!Timestamps::fromStorage(u"20x6-01-01T00:00:00.000Z"_s).isValid());
        QVERIFY(!Timestamps::fromStorage(u"never"_s).isValid());
        QVERIFY(!Timestamps::fromStorage(QString()).isValid());
        QCOMPARE(Timestamps::fromStorage(u"2024-02-29T12:00:00.500Z"_s),
                 QDateTime(QDate(2024, 2, 29), QTime(12, 0, 0, 500), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
