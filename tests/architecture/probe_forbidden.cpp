// Compiled as part of the analysis module's include set-up: analysis sits
// below the viewer, so this include must not resolve.
#include "viewer/state.h"

int layeringProbeForbidden() { return 0; }
