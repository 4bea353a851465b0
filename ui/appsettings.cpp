// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appsettings.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace dpodesk {

namespace {

struct Entry {
    AppSettings::Key key;
    const char *name;
    QVariant fallback;
};

const Entry &entryFor(AppSettings::Key key)
{
    // Every key and default in one place.
    static const Entry kEntries[] = {
        {AppSettings::Key::LastDatabase, "register/last", QString()},
        {AppSettings::Key::RecentDatabases, "register/recent", QStringList()},
        {AppSettings::Key::LastChannel, "intake/lastChannel", QStringLiteral("email")},
        {AppSettings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {AppSettings::Key::WindowState, "window/state", QByteArray()},
        {AppSettings::Key::QueueHeaderState, "queue/header", QByteArray()},
        {AppSettings::Key::SplitterState, "window/splitter", QByteArray()},
        {AppSettings::Key::Language, "ui/language", QString()},
        {AppSettings::Key::AutomaticBackups, "backups/automatic", true},
        {AppSettings::Key::BackupsKept, "backups/keep", 7},
    };
    for (const Entry &e : kEntries) {
        if (e.key == key) {
            return e;
        }
    }
    return kEntries[0];
}

} // namespace

AppSettings::AppSettings(const QString &settingsFile, QObject *parent)
    : QObject(parent),
      m_settings(settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                        : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QVariant AppSettings::value(Key key) const
{
    const Entry &e = entryFor(key);
    return m_settings->value(QLatin1String(e.name), e.fallback);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value) {
        return;
    }
    m_settings->setValue(QLatin1String(entryFor(key).name), value);
    Q_EMIT changed(key);
}

QString AppSettings::lastDatabase() const
{
    return value(Key::LastDatabase).toString();
}

void AppSettings::setLastDatabase(const QString &path)
{
    setValue(Key::LastDatabase, path);
}

QStringList AppSettings::recentDatabases() const
{
    return value(Key::RecentDatabases).toStringList();
}

void AppSettings::addRecentDatabase(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    setValue(Key::RecentDatabases, recent.mid(0, kMaxRecent));
}

Channel AppSettings::lastChannel() const
{
    return parseChannel(value(Key::LastChannel).toString()).value_or(Channel::Email);
}

void AppSettings::setLastChannel(Channel channel)
{
    setValue(Key::LastChannel, name(channel));
}

QByteArray AppSettings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, state);
}

QByteArray AppSettings::queueHeaderState() const
{
    return value(Key::QueueHeaderState).toByteArray();
}

void AppSettings::setQueueHeaderState(const QByteArray &state)
{
    setValue(Key::QueueHeaderState, state);
}

QByteArray AppSettings::splitterState() const
{
    return value(Key::SplitterState).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    setValue(Key::SplitterState, state);
}

QString AppSettings::language() const
{
    return value(Key::Language).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    setValue(Key::Language, language);
}

bool AppSettings::automaticBackups() const
{
    return value(Key::AutomaticBackups).toBool();
}

void AppSettings::setAutomaticBackups(bool on)
{
    setValue(Key::AutomaticBackups, on);
}

int AppSettings::backupsKept() const
{
    return std::clamp(value(Key::BackupsKept).toInt(), 1, 365);
}

void AppSettings::setBackupsKept(int count)
{
    setValue(Key::BackupsKept, std::clamp(count, 1, 365));
}

} // namespace dpodesk
