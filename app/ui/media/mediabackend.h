#pragma once

/// Chooses Qt Multimedia's FFmpeg backend. Debian's default backend, GStreamer, cannot even load
/// a WAV file without extra plugins; FFmpeg plays Opus and WAV with their right duration.
/// Must run before the Q(Gui)Application exists (main() calls it first thing). An explicit
/// QT_MEDIA_BACKEND in the environment is left alone.
void preferFfmpegMediaBackend();
