# One INTERFACE target carries the language standard, the warnings and the Qt defines
# that every Passerelle target shares (see STYLE.md, habit 2).
add_library(passerelle_options INTERFACE)
target_compile_features(passerelle_options INTERFACE cxx_std_20)
target_compile_options(passerelle_options INTERFACE
  -Wall -Wextra -pedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
  -Wcast-align -Wshadow=local)
# No -Wnull-dereference: optimising, GCC 12 reports every QPointer used twice as a possible
# null dereference (false positives that would drown real warnings).
if(PASSERELLE_WERROR)
  target_compile_options(passerelle_options INTERFACE -Werror)
endif()
target_compile_definitions(passerelle_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_STRICT_ITERATORS
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  PASSERELLE_VERSION="${PROJECT_VERSION}"
  PASSERELLE_SOURCE_LESSONS_DIR="${PROJECT_SOURCE_DIR}/lessons")
if(PASSERELLE_SANITIZE)
  target_compile_options(passerelle_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  # Debian's GCC links with --as-needed except when sanitizing; put it back so that a sanitizer
  # build needs the same libraries as the product (tst_reliability_no_network checks them).
  target_link_options(passerelle_options INTERFACE -fsanitize=address,undefined -Wl,--as-needed)
  # The sanitizers' default options, built into each executable (not into the libraries).
  target_sources(passerelle_options INTERFACE
    "$<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>:${CMAKE_CURRENT_LIST_DIR}/sanitizerdefaults.cpp>")
endif()
