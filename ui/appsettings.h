// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/enums.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

class QSettings;

namespace dpodesk {

/// The user's own preferences (window layout, recent registers, last channel), typed, with their keys and
/// defaults in one table. The organisation's settings live in the register (OrganisationProfile), not here.
class AppSettings final : public QObject {
    Q_OBJECT
public:
    enum class Key {
        LastDatabase,
        RecentDatabases,
        LastChannel,
        WindowGeometry,
        WindowState,
        QueueHeaderState,
        SplitterState,
        Language,
        AutomaticBackups,
        BackupsKept,
    };
    Q_ENUM(Key)

    /// settingsFile: empty for the platform's standard location; tests pass a temporary file.
    explicit AppSettings(const QString &settingsFile = QString(), QObject *parent = nullptr);
    ~AppSettings() override;

    QString lastDatabase() const;
    void setLastDatabase(const QString &path);
    QStringList recentDatabases() const; ///< most recent first, at most kMaxRecent
    void addRecentDatabase(const QString &path);
    Channel lastChannel() const;
    void setLastChannel(Channel channel);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray queueHeaderState() const;
    void setQueueHeaderState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QString language() const; ///< empty: follow the system
    void setLanguage(const QString &language);

    /// A daily backup of the open register into its backups folder (on by default), keeping the newest N.
    bool automaticBackups() const;
    void setAutomaticBackups(bool on);
    int backupsKept() const;
    void setBackupsKept(int count);

    static constexpr int kMaxRecent = 8;

Q_SIGNALS:
    void changed(dpodesk::AppSettings::Key key);

private:
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace dpodesk
