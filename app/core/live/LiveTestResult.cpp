#include "app/core/live/LiveTestResult.h"

LiveTestResult LiveTestResult::refused(const CoreError &error)
{
    LiveTestResult result;
    result.outcome = Outcome::Refused;
    result.refusal = error;
    result.message = error.message();
    return result;
}

QString LiveTestResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return tr("Succeeded");
    case Outcome::HttpError:
        return tr("HTTP error");
    case Outcome::Timeout:
        return tr("Timed out");
    case Outcome::Cancelled:
        return tr("Cancelled");
    case Outcome::NetworkError:
        return tr("Network error");
    case Outcome::Refused:
        return tr("Not sent");
    }
    return {};
}
