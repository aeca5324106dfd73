#pragma once

#include <optional>
#include <QJsonValue>
#include <QString>
#include <QStringView>

// Numbers the way Jayway sees them. Jayway compares numbers as java.math.BigDecimal and, when a
// number meets a string in a filter, compares their texts; both depend on the Java type of the
// value (Integer "10" versus Double "10.0"). QJsonValue keeps a double only, so an integral value
// is treated as a Java Integer/Long and any other value as a Double (so a document's "2.0" reads
// as 2, where Jayway would see 2.0).
namespace jsonpath::number {

// True when the value reads as a Java Integer/Long rather than a Double.
bool isIntegral(double value);

// Java's Double.toString: "8.95", "10.0", "1.0E10", "1.0E-5".
QString javaDoubleText(double value);

// Integer.toString or Double.toString, whichever Java type the value has (see isIntegral).
QString javaText(double value);

// The text BigDecimal.toString gives for a decimal literal: "1.50" stays "1.50", "1e2" becomes
// "1E+2", ".5" becomes "0.5". The input must satisfy parseDecimal.
QString bigDecimalText(QStringView literal);

// The text a number has inside a Jayway filter: BigDecimal built from Java's toString.
QString filterText(double value);

// Parses the syntax java.math.BigDecimal(String) accepts: optional sign, digits with an optional
// fraction, optional exponent. No surrounding spaces, no hexadecimal, no NaN.
std::optional<double> parseDecimal(QStringView text);

} // namespace jsonpath::number
