// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace dpodesk {

/// The SQL a register's database speaks. Each dialect has its backend (core/storage/<dialect>/) and its schema steps
/// (storage/schema.h); PostgreSQL comes beside SQLite (docs/architecture.md, "The storage backend").
enum class Dialect {
    Sqlite,
};

} // namespace dpodesk
