// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The benchmarks' one way of timing: best and median of a number of runs, in milliseconds.
#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <type_traits>

namespace benchtiming {

struct Figures {
    double best = 0;
    double median = 0;
};

/// Runs work `runs` times; when work returns a bool, a run that returns false stops the measure with {-1, -1}.
template <typename Work>
Figures measure(int runs, Work &&work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if constexpr (std::is_same_v<std::invoke_result_t<Work &>, bool>) {
            if (!work()) {
                return {-1, -1};
            }
        } else {
            work();
        }
        ms << timer.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms.first(), ms.at(ms.size() / 2)};
}

} // namespace benchtiming
