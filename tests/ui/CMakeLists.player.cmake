# Lesson player, ghost pointer and the demonstration of every shipped lesson.
passerelle_add_test(NAME tst_player SOURCES tst_player.cpp WIDGETS)
passerelle_add_test(NAME tst_player_gestures SOURCES tst_player_gestures.cpp WIDGETS)

# The real binary plays every shipped lesson offscreen (a few seconds each in fast mode).
passerelle_add_test(NAME tst_demonstration SOURCES tst_demonstration.cpp TIMEOUT 900)
target_compile_definitions(tst_demonstration PRIVATE PASSERELLE_BINARY="$<TARGET_FILE:passerelle>")
add_dependencies(tst_demonstration passerelle)
