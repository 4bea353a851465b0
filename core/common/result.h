// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace dpodesk {

/// Why an operation failed, in words a user can read, plus a code for callers that react to the kind.
struct Error {
    enum class Code {
        Invalid,         ///< the input breaks a rule; the message says which
        NotFound,        ///< no such case, reference or file
        Conflict,        ///< someone else changed the record, or it already exists
        Locked,          ///< another program holds the database
        NotDatabase,     ///< the file is not an SQLite database
        ForeignDatabase, ///< an SQLite database of another application
        TooNew,          ///< written by a newer DPO Desk
        Corrupt,         ///< integrity checks failed
        Io,              ///< the operating system refused a read or write
        Internal,        ///< a bug or an unexpected database error
    };
    Code code = Code::Internal;
    QString message;
    QString field; ///< for validation errors: the field at fault (e.g. "subject.email"), empty otherwise
    /// The technical detail behind the message (SQLite's own text), for a "Details" expander or a log line; the
    /// message itself stays a sentence in the user's language.
    QString detail;

    /// The message followed by the detail in parentheses, on one line (a terminal, a log).
    QString withDetail() const
    {
        if (detail.isEmpty()) {
            return message;
        }
        return QString(message + QStringLiteral(" (") + detail + u')');
    }
};

/// A value or an Error. Errors are values in DPO Desk: no exceptions, no silent failure.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value, so that `for (auto &x : f().value())` does not dangle once the temporary Result is gone.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that returns nothing but may fail.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(Error::Code code, QString message, QString field = {})
{
    return Error{code, std::move(message), std::move(field), {}};
}

} // namespace dpodesk
