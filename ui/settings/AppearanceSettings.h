#pragma once

#include "ui/style/Theme.h"

namespace paperboy::ui {

// How the window looks (Settings > Appearance), kept beside ReaderState.
struct AppearanceSettings
{
    Theme theme = Theme::System;
    int detailFontPoints = 0; // 0: the desktop's font size

    static constexpr int minFontPoints = 8;
    static constexpr int maxFontPoints = 28;

    static AppearanceSettings load();
    void save() const;
};

} // namespace paperboy::ui
