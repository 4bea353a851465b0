// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <iterator>
#include <optional>

namespace dpodesk::enumtable {

// The tables behind the enums' stable names and translated labels (domain/enums.cpp, domain/processing.cpp): arrays
// of entries, each with a value, a stable name (the register, the command line, CSV and JSON) and a label translated
// in context "Enum"; some tables have more columns.

template <typename Table, typename E>
auto find(const Table &table, E value) -> decltype(&*std::begin(table))
{
    for (const auto &entry : table) {
        if (entry.value == value) {
            return &entry;
        }
    }
    return nullptr;
}

template <typename Table, typename E>
QString nameOf(const Table &table, E value)
{
    const auto *entry = find(table, value);
    return entry ? QString(QLatin1String(entry->name)) : QString();
}

template <typename Table, typename E>
QString labelOf(const Table &table, E value)
{
    const auto *entry = find(table, value);
    return entry ? QCoreApplication::translate("Enum", entry->label) : QString();
}

template <typename E, typename Table>
std::optional<E> parse(const Table &table, const QString &name)
{
    for (const auto &entry : table) {
        if (name == QLatin1String(entry.name)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

template <typename E, typename Table>
QList<E> values(const Table &table)
{
    QList<E> out;
    for (const auto &entry : table) {
        out << entry.value;
    }
    return out;
}

} // namespace dpodesk::enumtable

/// name(), label(), parseType() and allPlural() of an enum from its table.
#define DPODESK_DEFINE_ENUM_NAMES(Type, Plural, table)                                                                 \
    QString name(Type value)                                                                                           \
    {                                                                                                                  \
        return enumtable::nameOf(table, value);                                                                        \
    }                                                                                                                  \
    QString label(Type value)                                                                                          \
    {                                                                                                                  \
        return enumtable::labelOf(table, value);                                                                       \
    }                                                                                                                  \
    std::optional<Type> parse##Type(const QString &name)                                                               \
    {                                                                                                                  \
        return enumtable::parse<Type>(table, name);                                                                    \
    }                                                                                                                  \
    QList<Type> all##Plural()                                                                                          \
    {                                                                                                                  \
        return enumtable::values<Type>(table);                                                                         \
    }
