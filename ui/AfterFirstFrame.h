#pragma once

#include <functional>

class QWidget;

// Runs `work` once, right after `window` has painted its first frame, so that work the first
// frame does not need (probing the network, sampling the system) does not delay it. If the
// window is not painted within a second (minimized, on no screen), `work` runs then.
void afterFirstFrame(QWidget *window, std::function<void()> work);
