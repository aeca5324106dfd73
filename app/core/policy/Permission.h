#pragma once

#include "app/core/domain/CoreError.h"

#include <optional>
#include <QString>

// The answer to "may this administrator do that?": allowed, or refused by a named rule. It reads
// the right way round at a call site (`if (policy.view().allowed())`), unlike a bare optional
// refusal, which is true when the answer is no; so it deliberately converts to no bool.
class Permission final
{
public:
    static Permission allow() { return Permission(std::nullopt); }
    static Permission refuse(CoreError reason) { return Permission(std::move(reason)); }
    // The role policy's form: no refusal means allowed.
    static Permission from(std::optional<CoreError> refusal)
    {
        return Permission(std::move(refusal));
    }

    bool allowed() const { return !m_refusal.has_value(); }
    // The rule that refuses, in the current UI language (the same text the core's refusal of the
    // change itself gives); empty when allowed, so it can go straight to a control's tooltip.
    QString reason() const { return m_refusal ? m_refusal->message() : QString(); }
    // The refusal as the core's typed error (code, rule key); null when allowed.
    const CoreError *refusal() const { return m_refusal ? &*m_refusal : nullptr; }

    bool operator==(const Permission &other) const = default;

private:
    explicit Permission(std::optional<CoreError> refusal)
        : m_refusal(std::move(refusal))
    {}

    std::optional<CoreError> m_refusal;
};
