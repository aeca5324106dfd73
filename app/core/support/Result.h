#pragma once

#include "app/core/domain/CoreError.h"

#include <optional>
#include <utility>
#include <variant>

// A value or the typed reason it could not be produced. The core never throws across layers:
// every caller (window, connectorctl, tests) receives a Result and decides how to show the error.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(CoreError error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // On a temporary Result the value is moved out, not referenced: `for (x : *service.list())`
    // would otherwise iterate a list destroyed with the temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }

    const CoreError &error() const { return std::get<CoreError>(m_state); }

private:
    std::variant<T, CoreError> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(CoreError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const CoreError &error() const { return *m_error; }

private:
    std::optional<CoreError> m_error;
};
