# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translatable string in core/ or app/ has no finished translation in
# translations/docket_vi.ts (or no English plural forms in docket_en.ts). Runs lupdate on
# copies, so the committed files are never touched by a test.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
foreach(lang vi en)
  file(COPY "${SOURCE_DIR}/translations/docket_${lang}.ts" DESTINATION "${WORK_DIR}")
  set(extra "")
  if(lang STREQUAL "en")
    set(extra -pluralonly)
  endif()
  execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -no-obsolete ${extra} -source-language en
            -target-language ${lang} "${SOURCE_DIR}/core" "${SOURCE_DIR}/app"
            -ts "${WORK_DIR}/docket_${lang}.ts"
    RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed for ${lang}")
  endif()
  file(READ "${WORK_DIR}/docket_${lang}.ts" content)
  string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" missing
         "${content}")
  list(LENGTH missing count)
  if(count GREATER 0)
    string(REPLACE "<translation type=\"unfinished\"" "" missing "${missing}")
    message(FATAL_ERROR "${count} string(s) lack a ${lang} translation; run "
                        "`cmake --build build --target update_translations`, then translate:\n"
                        "${missing}")
  endif()
  message(STATUS "docket_${lang}.ts: every string translated")
endforeach()
