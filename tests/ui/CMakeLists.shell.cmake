# Kiosk shell and learner screens (tracker issue 4): offscreen widget tests of the journey,
# the lockdown, the idle wipe, a second instance of the real binary; and the screenshots tool.
passerelle_add_test(NAME tst_shell_guard SOURCES tst_shell_guard.cpp tst_shell_fixture.h WIDGETS)
passerelle_add_test(NAME tst_shell_idle SOURCES tst_shell_idle.cpp tst_shell_fixture.h WIDGETS)
passerelle_add_test(NAME tst_shell_instance SOURCES tst_shell_instance.cpp WIDGETS TIMEOUT 120)
target_compile_definitions(tst_shell_instance PRIVATE PASSERELLE_BINARY="$<TARGET_FILE:passerelle>")
add_dependencies(tst_shell_instance passerelle)
passerelle_add_test(NAME tst_journey SOURCES tst_journey.cpp tst_shell_fixture.h WIDGETS)
passerelle_add_test(NAME tst_learner_screens SOURCES tst_learner_screens.cpp tst_shell_fixture.h WIDGETS)

# Pictures of every screen in French and Arabic at 1280×800 (not part of the test suite).
add_executable(shots_screens shots_screens.cpp tst_shell_fixture.h)
target_link_libraries(shots_screens PRIVATE passerelle_ui passerelle_core passerelle_options Qt6::Test)
target_compile_definitions(shots_screens PRIVATE PASSERELLE_SCREENSHOTS_DIR="${CMAKE_BINARY_DIR}/screenshots")
add_custom_target(screenshots
  COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen $<TARGET_FILE:shots_screens> ${CMAKE_BINARY_DIR}/screenshots
  DEPENDS shots_screens
  COMMENT "Screenshots of each screen in ${CMAKE_BINARY_DIR}/screenshots"
  VERBATIM)
