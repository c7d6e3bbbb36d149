# Scene renderer tests (app/ui/scenes), offscreen. Included by tests/ui/CMakeLists.txt.
foreach(kind browser practice desktop mail phone quiz lessons)
  if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/tst_scene_${kind}.cpp)
    passerelle_add_test(NAME tst_scene_${kind} SOURCES tst_scene_${kind}.cpp scenefixture.h WIDGETS LABELS scenes)
  endif()
endforeach()
