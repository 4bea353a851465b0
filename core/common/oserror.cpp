#include "common/oserror.h"

#include <QCoreApplication>

#include <cerrno>

namespace dpodesk {

QString osErrorText(int error)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("OsError", text); };
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return tr("the disk is full");
    case EFBIG:
        return tr("the file would exceed the size limit set for this program (ulimit -f)");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case EROFS:
        return tr("the disk is read-only");
    case ENOENT:
        return tr("no such file or folder");
    case EIO:
        return tr("the disk reported an input/output error");
    default:
        return qt_error_string(error);
    }
}

} // namespace dpodesk
