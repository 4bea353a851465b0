// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reminders.h"

#include "register/registerservice.h"
#include "registersession.h"

#include "storage/stores.h"

#include <QApplication>
#include <QIcon>
#include <QStringList>
#include <QSystemTrayIcon>

namespace dpodesk {

namespace {

QString references(const QList<Reminders::Item> &items)
{
    constexpr int kShown = 5;
    QStringList refs;
    for (const Reminders::Item &item : items.mid(0, kShown)) {
        refs << item.reference;
    }
    if (items.size() > kShown) {
        refs << ReminderNotifier::tr("and %1 more").arg(items.size() - kShown);
    }
    return refs.join(QStringLiteral(", "));
}

} // namespace

ReminderNotifier::ReminderNotifier(RegisterSession &session, QObject *parent) : QObject(parent), m_session(session) {}

ReminderNotifier::~ReminderNotifier() = default;

QString ReminderNotifier::describe(const Reminders &r)
{
    QStringList parts;
    if (!r.overdue.isEmpty()) {
        parts << tr("%1 overdue (%2)").arg(r.overdue.size()).arg(references(r.overdue));
    }
    if (!r.dueSoon.isEmpty()) {
        parts << tr("%1 due within two days (%2)").arg(r.dueSoon.size()).arg(references(r.dueSoon));
    }
    if (!r.noticesDue.isEmpty()) {
        parts << tr("%1 extension notice(s) to send (%2)").arg(r.noticesDue.size()).arg(references(r.noticesDue));
    }
    return parts.join(QStringLiteral(" · "));
}

QString ReminderNotifier::describeTasks(const QList<CaseTask> &overdue)
{
    if (overdue.isEmpty()) {
        return {};
    }
    constexpr int kShown = 5;
    QStringList tasks;
    for (const CaseTask &t : overdue.mid(0, kShown)) {
        tasks << QStringLiteral("%1 %2").arg(t.token(), t.systemName);
    }
    if (overdue.size() > kShown) {
        tasks << tr("and %1 more").arg(overdue.size() - kShown);
    }
    return overdue.size() == 1 ? tr("1 task overdue (%1)").arg(tasks.join(QStringLiteral(", ")))
                               : tr("%1 tasks overdue (%2)").arg(overdue.size()).arg(tasks.join(QStringLiteral(", ")));
}

QString ReminderNotifier::check()
{
    if (!m_session.isOpen()) {
        Q_EMIT banner(QString());
        return {};
    }
    auto reminders = m_session.service().reminders(m_session.today());
    QString text = reminders ? describe(*reminders) : reminders.errorMessage();
    // Tasks to system owners past their due date: chased before the case itself runs late.
    TaskFilter overdue;
    overdue.openOnly = true;
    overdue.overdueOn = m_session.today();
    auto tasks = m_session.service().tasks(overdue);
    const QString taskText = tasks ? describeTasks(*tasks) : tasks.errorMessage();
    if (!taskText.isEmpty()) {
        text = text.isEmpty() ? taskText : QString(text + QStringLiteral(" · ") + taskText);
    }
    if (text.isEmpty()) {
        Q_EMIT banner(QString());
        return {};
    }
    if (m_trayAllowed && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            const QIcon icon = QApplication::windowIcon().isNull() ? QIcon(QStringLiteral(":/icons/dpodesk.svg"))
                                                                   : QApplication::windowIcon();
            m_tray = new QSystemTrayIcon(icon, this);
            m_tray->setToolTip(QStringLiteral("DPO Desk"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderNotifier::activated);
            connect(m_tray, &QSystemTrayIcon::activated, this, &ReminderNotifier::activated);
        }
        m_tray->show();
        m_tray->showMessage(tr("DPO Desk — deadlines"), text, QSystemTrayIcon::Warning, 15000);
        Q_EMIT banner(QString());
    } else {
        Q_EMIT banner(tr("Reminder: %1").arg(text));
    }
    return text;
}

} // namespace dpodesk
