// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/oserror.h"

#include <QCoreApplication>

#include <cerrno>

namespace dpodesk {

QString osErrorText(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return QCoreApplication::translate("OsError", "the disk is full");
    case EFBIG:
        return QCoreApplication::translate("OsError",
                                           "the file would exceed the size limit set for this program (ulimit -f)");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("OsError", "permission denied");
    case EROFS:
        return QCoreApplication::translate("OsError", "the disk is read-only");
    case ENOENT:
        return QCoreApplication::translate("OsError", "no such file or folder");
    case EIO:
        return QCoreApplication::translate("OsError", "the disk reported an input/output error");
    default:
        return qt_error_string(error);
    }
}

} // namespace dpodesk
