# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language level, the warnings and the strict Qt defines;
# every Docket target links it instead of repeating flags.
# Defined before its first use: a first configure (a clean clone, which is what CI builds) must
# already have -Werror.
option(DOCKET_WERROR "Treat compiler warnings as errors" ON)
add_library(docket_common INTERFACE)
target_compile_features(docket_common INTERFACE cxx_std_20)
target_compile_options(docket_common INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Wunused -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  $<$<BOOL:${DOCKET_WERROR}>:-Werror>)
# Debian's hardening flags (what dpkg-buildflags gives a package build, and what lintian checks
# the package's programs for): every build has them, so the tested build is the packaged one.
target_compile_options(docket_common INTERFACE
  -fstack-protector-strong -fstack-clash-protection -fcf-protection)
target_link_options(docket_common INTERFACE -Wl,-z,relro -Wl,-z,now)
target_compile_definitions(docket_common INTERFACE
  $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER
  QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  DOCKET_VERSION="${PROJECT_VERSION}")
