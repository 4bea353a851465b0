// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "confinement.h"

#include <QFile>

#include <fcntl.h>
#include <linux/landlock.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace dpodesk {

namespace {

// Every right on files of Landlock ABI 1; the ones added later are handled where the kernel knows them.
constexpr quint64 kAbi1Rights = (LANDLOCK_ACCESS_FS_MAKE_SYM << 1) - 1;
constexpr quint64 kRefer = 1ULL << 13;    // ABI 2 (Linux 5.19)
constexpr quint64 kTruncate = 1ULL << 14; // ABI 3 (Linux 6.2); Debian 12's headers stop at ABI 2

long abiVersion()
{
    return syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
}

} // namespace

bool Confinement::available()
{
    return abiVersion() >= 1;
}

bool Confinement::readOnly(const QStringList &paths)
{
    const long abi = abiVersion();
    if (abi < 1) {
        return false;
    }
    landlock_ruleset_attr handled{};
    handled.handled_access_fs = kAbi1Rights | (abi >= 2 ? kRefer : 0) | (abi >= 3 ? kTruncate : 0);
    const int ruleset = int(syscall(SYS_landlock_create_ruleset, &handled, sizeof handled, 0));
    if (ruleset < 0) {
        return false;
    }
    for (const QString &path : paths) {
        const int target = open(QFile::encodeName(path).constData(), O_PATH | O_CLOEXEC);
        if (target < 0) {
            continue;
        }
        struct stat info {};
        landlock_path_beneath_attr rule{};
        rule.parent_fd = target;
        rule.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE;
        if (fstat(target, &info) == 0 && S_ISDIR(info.st_mode)) {
            rule.allowed_access |= LANDLOCK_ACCESS_FS_READ_DIR;
        }
        syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &rule, 0);
        close(target);
    }
    // Required of an unprivileged process, and what a renderer never needs anyway: no set-user-ID programs.
    const bool confined =
        prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 && syscall(SYS_landlock_restrict_self, ruleset, 0) == 0;
    close(ruleset);
    return confined;
}

} // namespace dpodesk
