#pragma once

#include <optional>
#include <utility>

// What a command-line argument names, or, when it names nothing, the exit code to return once
// the reason has been printed. Lets every command resolve an argument in two lines.
template<typename T> class Resolved final
{
public:
    Resolved(T value)
        : m_value(std::move(value))
    {}
    static Resolved failed(int exitCode)
    {
        Resolved resolved;
        resolved.m_exitCode = exitCode;
        return resolved;
    }

    explicit operator bool() const { return m_value.has_value(); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    int exitCode() const { return m_exitCode; }

private:
    Resolved() = default;

    std::optional<T> m_value;
    int m_exitCode = 0;
};
