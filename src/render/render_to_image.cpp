// renderToImage (renderer.h): the offscreen (multisampled) framebuffer a
// headless render draws into, resolved and read back into an Image, top row
// first. Checks the size against the driver's limits before GL is asked.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <glad/gl.h>

#include "core/error.h"
#include "render/renderer.h"

namespace ps::render {

int maxRenderTargetSide() {
  GLint maxRb = 0, maxViewport[2] = {0, 0};
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxRb);
  glGetIntegerv(GL_MAX_VIEWPORT_DIMS, maxViewport);
  return std::max(0, std::min<int>(maxRb, std::min(maxViewport[0], maxViewport[1])));
}

Image renderToImage(Renderer& renderer, const OrbitCamera& camera, int width, int height, const Rgba& background,
                    int msaaSamples) {
  if (width <= 0 || height <= 0 || width > 16384 || height > 16384)
    throw Error("render", "image size " + std::to_string(width) + "x" + std::to_string(height) + " is out of range");
  // The driver's own limit (llvmpipe: 16384 renderbuffers but not 16384 x 16384 of them
  // with multisampling): say so before GL fails with a bare status code.
  GLint maxRb = 0, maxViewport[2] = {0, 0};
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxRb);
  glGetIntegerv(GL_MAX_VIEWPORT_DIMS, maxViewport);
  const int maxSide = std::min<int>(maxRb, std::min(maxViewport[0], maxViewport[1]));
  if (maxSide > 0 && (width > maxSide || height > maxSide))
    throw Error("render", "image size " + std::to_string(width) + "x" + std::to_string(height) +
                              " is larger than this GPU's framebuffer limit of " + std::to_string(maxSide) +
                              " pixels a side; render a smaller size", "--size");
  GLint maxSamples = 0;
  glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
  const int samples = std::clamp(msaaSamples, 0, std::max(0, int(maxSamples)));
  GLint prevDraw = 0, prevRead = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &prevDraw);
  glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &prevRead);

  GLuint fbo[2] = {0, 0}, rb[3] = {0, 0, 0};
  glGenFramebuffers(2, fbo);
  glGenRenderbuffers(3, rb);
  // fbo[0]: the (multisampled) target; fbo[1]: single-sample resolve target.
  glBindFramebuffer(GL_FRAMEBUFFER, fbo[0]);
  glBindRenderbuffer(GL_RENDERBUFFER, rb[0]);
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples > 1 ? samples : 0, GL_RGBA8, width, height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, rb[0]);
  glBindRenderbuffer(GL_RENDERBUFFER, rb[1]);
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples > 1 ? samples : 0, GL_DEPTH24_STENCIL8, width, height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, rb[1]);
  const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo[1]);
  glBindRenderbuffer(GL_RENDERBUFFER, rb[2]);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, rb[2]);
  const GLenum status2 = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  auto cleanup = [&] {
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(prevDraw));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(prevRead));
    glDeleteFramebuffers(2, fbo);
    glDeleteRenderbuffers(3, rb);
  };
  if (status != GL_FRAMEBUFFER_COMPLETE || status2 != GL_FRAMEBUFFER_COMPLETE) {
    cleanup();
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%04X", static_cast<unsigned>(status != GL_FRAMEBUFFER_COMPLETE ? status : status2));
    throw Error("render", "cannot create a " + std::to_string(width) + "x" + std::to_string(height) +
                              " framebuffer (GL status " + hex + "; the GPU may lack the memory: try a smaller --size or --msaa 1)",
                "--size");
  }

  glBindFramebuffer(GL_FRAMEBUFFER, fbo[0]);
  renderer.draw(camera, width, height, background);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo[0]);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, fbo[1]);
  glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo[1]);
  Image img;
  img.width = width;
  img.height = height;
  img.rgba.resize(size_t(width) * size_t(height) * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 4);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, img.rgba.data());
  const GLenum err = glGetError();
  cleanup();
  if (err != GL_NO_ERROR) throw Error("render", "OpenGL error 0x" + std::to_string(err) + " while rendering an image");
  // GL rows are bottom-up; images are top row first.
  const size_t row = size_t(width) * 4;
  std::vector<uint8_t> tmp(row);
  for (int y = 0; y < height / 2; ++y) {
    uint8_t* a = img.rgba.data() + size_t(y) * row;
    uint8_t* b = img.rgba.data() + size_t(height - 1 - y) * row;
    std::memcpy(tmp.data(), a, row);
    std::memcpy(a, b, row);
    std::memcpy(b, tmp.data(), row);
  }
  return img;
}

}  // namespace ps::render
