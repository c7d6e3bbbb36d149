# The programs the narration build runs. Missing ones stop the configuration with a message that
# says which Debian package to install. A macro, so that the cache variables are set for the caller.
macro(passerelle_find_narration_tools)
  find_program(ESPEAK_NG espeak-ng)
  if(NOT ESPEAK_NG)
    message(FATAL_ERROR "espeak-ng is missing: install the Debian package espeak-ng "
                        "(packaging/install-build-deps.sh does it)")
  endif()
  find_program(OPUSENC opusenc)
  if(NOT OPUSENC)
    message(FATAL_ERROR "opusenc is missing: install the Debian package opus-tools "
                        "(packaging/install-build-deps.sh does it)")
  endif()
endmacro()
