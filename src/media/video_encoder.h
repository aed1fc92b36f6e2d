#pragma once
// The film encoder: RGBA frames in, an MP4 out (H.264 through FFmpeg's
// libavcodec with libx264, yuv420p, BT.709, a fixed frame rate, +faststart so
// players start before the whole file is read). Frame i is shown at i / fps:
// the caller's clock is virtual, so the film is the same however fast the
// machine renders.
//
// The file is written to a temporary beside the target (core/atomic_file's
// PendingFile) and renamed into place by finish(); an encoder destroyed
// without finish() (an error, Ctrl-C, a cancelled export) removes the
// temporary and leaves the target as it was. Throws ps::Error naming the file.
#include <cstdint>
#include <memory>
#include <string>

namespace ps::media {

struct VideoOptions {
  int width = 1920, height = 1080;  // even (yuv420p halves the chroma), 16 .. 8192
  int fps = 30;                     // 1 .. 120
  int crf = 18;                     // x264 quality (lower = better), 0 .. 51
  std::string preset = "medium";    // x264 speed/size trade-off
};

class VideoEncoder {
 public:
  VideoEncoder(const std::string& path, const VideoOptions& opt);
  ~VideoEncoder();
  VideoEncoder(const VideoEncoder&) = delete;
  VideoEncoder& operator=(const VideoEncoder&) = delete;

  // The next frame: width x height RGBA8, top row first, `stride` bytes a row.
  void addFrame(const uint8_t* rgba, int stride);
  // Flushes the encoder, writes the trailer and moves the file into place.
  void finish();
  int64_t frames() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Checks a film's options; throws ps::Error("", problem, key) naming --size or --fps.
void checkVideoOptions(const VideoOptions& opt);

}  // namespace ps::media
