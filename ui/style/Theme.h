#pragma once

#include <QString>

class QPalette;

namespace paperboy::ui {

// The colours the reader uses: the desktop's (System), or Paperboy's own light or dark ones.
// Everything in the window paints from the application palette, so changing it here recolours
// lists, tiles and the detail pane at once (they rebuild on QEvent::PaletteChange).
enum class Theme { System, Light, Dark };

QString themeKey(Theme theme); // "system", "light", "dark": how Settings stores it
Theme themeFromKey(const QString& key);

QPalette darkPalette();
// Installs `theme`'s palette in the running application.
void applyTheme(Theme theme);

} // namespace paperboy::ui
