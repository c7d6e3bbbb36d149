#pragma once

struct Options;

/// `passerelle --play LESSON_ID`: shows the lesson player in a window and performs every step
/// through the real widgets (ghost pointer, real input events). Prints
/// `lesson ID completed: N steps` and returns 0 when the engine reports completion; prints
/// `passerelle: lesson ID: step N (STEP-ID): reason` and returns 1 when a step cannot be done.
/// Human pace on a real display; fast offscreen or with PASSERELLE_DEMO_FAST=1. Writes nothing.
/// A QApplication must exist.
int runDemonstration(const Options &options);
