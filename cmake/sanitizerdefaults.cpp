// Compiled into every executable of a sanitizer build (-DPASSERELLE_SANITIZE=ON), so that ctest,
// CI and a developer's shell all run with the same options without setting any variable.
// Variables still win: ASAN_OPTIONS / UBSAN_OPTIONS are read after these defaults.
//
// - detect_leaks=0: Qt, fontconfig and GLib keep process-lifetime allocations that LeakSanitizer
//   reports at exit; memory growth is checked by the soak run instead (tests/soak).
// - verify_asan_link_order=0: tst_reliability_no_network preloads its socket guard (LD_PRELOAD)
//   in front of the sanitizer runtime; the guard only wraps socket(), socketpair() and connect().
// - abort_on_error / halt_on_error: any report fails the test that triggered it.

extern "C" const char *__asan_default_options();
extern "C" const char *__ubsan_default_options();

extern "C" const char *__asan_default_options()
{
    return "detect_leaks=0:abort_on_error=1:strict_string_checks=1:verify_asan_link_order=0";
}

extern "C" const char *__ubsan_default_options()
{
    return "print_stacktrace=1:halt_on_error=1";
}
