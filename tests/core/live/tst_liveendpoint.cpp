#include "app/core/live/ApiRegion.h"
#include "app/core/live/LiveRetryPolicy.h"
#include "app/core/validation/ApiEndpoint.h"

#include <QTest>

// Where a live test request may go and how long it waits to retry: the https rule for the API
// base URL, the region list, and the reading of Retry-After.
class LiveEndpointTest final : public QObject
{
    Q_OBJECT

private slots:
    void baseUrlRule_data();
    void baseUrlRule();
    void regionsHaveHttpsBaseUrls();
    void retryAfterIsReadAndLongWaitsRefused();
};

void LiveEndpointTest::baseUrlRule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1 accepted, otherwise the ErrorCode
    QTest::addColumn<QString>("normalized");

    const int ok = -1;
    const int invalid = int(ErrorCode::ApiBaseUrlInvalid);
    const int insecure = int(ErrorCode::ApiBaseUrlInsecure);
    QTest::newRow("US1") << QStringLiteral("https://api.wxcc-us1.cisco.com") << ok
                         << QStringLiteral("https://api.wxcc-us1.cisco.com");
    QTest::newRow("trailing slash") << QStringLiteral(" https://api.wxcc-eu2.cisco.com/ ") << ok
                                    << QStringLiteral("https://api.wxcc-eu2.cisco.com");
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080") << ok
                               << QStringLiteral("http://localhost:8080");
    QTest::newRow("127.0.0.0/8") << QStringLiteral("http://127.3.2.1:9") << ok
                                 << QStringLiteral("http://127.3.2.1:9");
    QTest::newRow("::1") << QStringLiteral("http://[::1]:8443/api") << ok
                         << QStringLiteral("http://[::1]:8443/api");
    QTest::newRow("http to the real API")
        << QStringLiteral("http://api.wxcc-us1.cisco.com") << insecure << QString();
    QTest::newRow("localhost as a prefix")
        << QStringLiteral("http://localhost.example.com") << insecure << QString();
    QTest::newRow("private network") << QStringLiteral("http://10.0.0.1") << insecure << QString();
    QTest::newRow("no scheme") << QStringLiteral("api.wxcc-us1.cisco.com") << invalid << QString();
    QTest::newRow("ftp") << QStringLiteral("ftp://api.wxcc-us1.cisco.com") << invalid << QString();
    QTest::newRow("user info") << QStringLiteral("https://me:secret@api.wxcc-us1.cisco.com")
                               << invalid << QString();
    QTest::newRow("query") << QStringLiteral("https://api.wxcc-us1.cisco.com?x=1") << invalid
                           << QString();
    QTest::newRow("empty") << QString() << invalid << QString();
}

void LiveEndpointTest::baseUrlRule()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QFETCH(QString, normalized);

    const Result<QUrl> url = ApiEndpoint::validateBaseUrl(text);
    if (expected < 0) {
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message()));
        QCOMPARE(url->toString(), normalized);
    } else {
        QVERIFY(!url.ok());
        QCOMPARE(int(url.error().code()), expected);
    }
}

void LiveEndpointTest::regionsHaveHttpsBaseUrls()
{
    const QStringList expected{
        QStringLiteral("https://api.wxcc-us1.cisco.com"),
        QStringLiteral("https://api.wxcc-eu1.cisco.com"),
        QStringLiteral("https://api.wxcc-eu2.cisco.com"),
        QStringLiteral("https://api.wxcc-anz1.cisco.com"),
        QStringLiteral("https://api.wxcc-ca1.cisco.com"),
        QStringLiteral("https://api.wxcc-jp1.cisco.com"),
        QStringLiteral("https://api.wxcc-sg1.cisco.com"),
    };
    QStringList actual;
    for (ApiRegion::Id region : ApiRegion::all()) {
        actual.append(ApiRegion::baseUrl(region).toString());
        QVERIFY(ApiEndpoint::validateBaseUrl(actual.last()).ok());
        QCOMPARE(ApiRegion::fromBaseUrl(QUrl(actual.last() + QLatin1Char('/'))), region);
        QCOMPARE(ApiRegion::fromKey(ApiRegion::key(region)), region);
        QVERIFY(!ApiRegion::displayName(region).isEmpty());
    }
    QCOMPARE(actual, expected);
    QCOMPARE(ApiRegion::defaultBaseUrl().toString(), expected.first());
    QCOMPARE(ApiRegion::fromBaseUrl(QUrl(QStringLiteral("https://proxy.example.com"))),
             std::nullopt);
}

void LiveEndpointTest::retryAfterIsReadAndLongWaitsRefused()
{
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 57), Qt::UTC);
    QCOMPARE(LiveRetryPolicy::delayMs("1", now), std::optional<int>(1000));
    QCOMPARE(LiveRetryPolicy::delayMs("Wed, 21 Oct 2015 07:28:00 GMT", now),
             std::optional<int>(3000));
    QCOMPARE(LiveRetryPolicy::delayMs("5", now), std::optional<int>(LiveRetryPolicy::maxDelayMs));
    // A server asking for longer than a test waits gets no retry: retrying sooner than it
    // allowed would break its rule.
    QVERIFY(!LiveRetryPolicy::delayMs("6", now));
    QVERIFY(!LiveRetryPolicy::delayMs("120", now));
    QVERIFY(!LiveRetryPolicy::delayMs("Wed, 21 Oct 2015 07:29:00 GMT", now));
    QVERIFY(!LiveRetryPolicy::delayMs("99999999999999999", now));
    QCOMPARE(LiveRetryPolicy::delayMs("soon", now),
             std::optional<int>(LiveRetryPolicy::defaultDelayMs));
    QCOMPARE(LiveRetryPolicy::delayMs(QByteArray(), now),
             std::optional<int>(LiveRetryPolicy::defaultDelayMs));
}

QTEST_GUILESS_MAIN(LiveEndpointTest)
#include "tst_liveendpoint.moc"
