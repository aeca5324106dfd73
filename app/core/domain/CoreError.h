#pragma once

#include "app/core/domain/ErrorCode.h"
#include "app/core/domain/ErrorField.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A typed refusal or failure. The code and the arguments are data; message() renders them in the
// current UI language, so the same error reads correctly after a run-time language switch.
class CoreError final
{
    Q_DECLARE_TR_FUNCTIONS(CoreError)

public:
    explicit CoreError(ErrorCode code, QStringList arguments = {});

    ErrorCode code() const { return m_code; }
    const QStringList &arguments() const { return m_arguments; }

    // The form field the error belongs to, or ErrorField::None when it concerns the whole action;
    // the window shows it next to that field.
    ErrorField field() const;
    // A stable, untranslated key for scripts and logs, e.g. "name.duplicate".
    QString ruleKey() const;
    // True for refusals by a rule or the role policy; false for storage failures.
    bool isRuleRefusal() const;
    QString message() const;

    bool operator==(const CoreError &other) const = default;

private:
    QString argument(int index) const;

    ErrorCode m_code;
    QStringList m_arguments;
};
