#pragma once
// Screenshots: the window's back buffer as an image, for render::writePng.
#include "render/image.h"

namespace ps::viewer {

// glReadPixels of the current read buffer (call before swapping), flipped to
// top row first, alpha forced opaque (the window's alpha is not the picture's).
render::Image readFramebuffer(int width, int height);

}  // namespace ps::viewer
