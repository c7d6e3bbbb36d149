# Staff entry, staff panel and mediator dashboard (tracker issue 7): offscreen widget tests over
# the real kiosk window and a store in a temporary folder. PDFs are read back with pdftotext.
foreach(name tst_staff_access tst_staff_panel tst_mediator_dashboard)
  passerelle_add_test(NAME ${name} SOURCES ${name}.cpp tst_staff_fixture.h tst_shell_fixture.h WIDGETS)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/reports)
endforeach()
