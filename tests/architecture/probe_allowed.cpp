// Compiled as part of the analysis module's include set-up: geometry is one
// of analysis's declared dependencies, so this include resolves.
#include "geometry/spatial_index.h"

int layeringProbeAllowed() { return 0; }
