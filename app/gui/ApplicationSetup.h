// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace docket::application {

// The window's translations for `locale`: Qt's own strings (standard buttons, the file, print
// and message dialogs, the text fields' menus), then Docket's. Debian 12 ships no Vietnamese
// for Qt's strings: Docket's translations/qtbase_vi.ts stands in, before any system file.
// English is the source language, but Docket's English plural forms live in docket_en: it is
// also the fallback for a locale without a translation. Called again, it replaces them.
void installTranslations(const QLocale &locale);

// What the desktop knows the window by: its icon (the theme's, installed with the package,
// else the one built in) and its desktop entry (vn.docket.Docket.desktop), which Wayland
// compositors and docks match windows with.
void setIdentity();

inline constexpr char kAppId[] = "vn.docket.Docket";

} // namespace docket::application
