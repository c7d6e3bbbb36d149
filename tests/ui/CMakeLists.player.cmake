# Lesson player, ghost pointer and the demonstration of every shipped lesson.
passerelle_add_test(NAME tst_player SOURCES tst_player.cpp WIDGETS)
passerelle_add_test(NAME tst_player_gestures SOURCES tst_player_gestures.cpp WIDGETS)
