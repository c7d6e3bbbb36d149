# cmake -P check_narration_tools.cmake: the same check the configuration does (used by a test
# that runs it with an empty PATH to prove the build stops with a clear message).
include(${CMAKE_CURRENT_LIST_DIR}/NarrationTools.cmake)
passerelle_find_narration_tools()
message(STATUS "narration tools: ${ESPEAK_NG} ${OPUSENC}")
