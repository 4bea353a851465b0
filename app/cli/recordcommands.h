// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace dpodesk::cli {

/// dpodesk-cli activities import | list | export
int runActivities(const QString &verb, const QStringList &arguments);
/// dpodesk-cli systems import | list
int runSystems(const QString &verb, const QStringList &arguments);
/// dpodesk-cli tasks plan | list | send | answer
int runTasks(const QString &verb, const QStringList &arguments);
/// dpodesk-cli case activities REF [--add NAME]... [--remove NAME]...
int runCaseActivities(const QStringList &arguments);

} // namespace dpodesk::cli
