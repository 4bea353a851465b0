// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/processsetup.h"

#include <csignal>
#include <sys/stat.h>

namespace dpodesk {

void setUpProcess()
{
    ::umask(077);
    std::signal(SIGXFSZ, SIG_IGN);
}

} // namespace dpodesk
