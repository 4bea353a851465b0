// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The organisation's copies of the letter templates, kept in the register's meta table so that a team shares them;
// and the SQL stores put together.
#include "storage/sqlstores.h"
#include "storage/database.h"

namespace dpodesk {

namespace {

QString templateKey(const QString &kind, const QString &language)
{
    return QStringLiteral("letter_template.%1.%2").arg(kind, language);
}

} // namespace

Result<QString> SqlTemplateStore::custom(const QString &kind, const QString &language) const
{
    return m_database.meta(templateKey(kind, language));
}

Result<void> SqlTemplateStore::save(const QString &kind, const QString &language, const QString &text)
{
    return m_database.setMeta(templateKey(kind, language), text);
}

Result<void> SqlTemplateStore::remove(const QString &kind, const QString &language)
{
    return m_database.removeMeta(templateKey(kind, language));
}

RegisterStores makeSqlStores(Database &database, const Clock &clock)
{
    RegisterStores stores;
    stores.cases = std::make_unique<SqlCaseStore>(database, clock);
    stores.queries = std::make_unique<SqlCaseQueries>(database, clock);
    stores.organisation = std::make_unique<SqlOrganisationStore>(database);
    stores.templates = std::make_unique<SqlTemplateStore>(database);
    stores.attachments = std::make_unique<SqlAttachmentFiles>(database);
    stores.record = std::make_unique<SqlRecordStore>(database);
    stores.tasks = std::make_unique<SqlTaskStore>(database);
    return stores;
}

} // namespace dpodesk
