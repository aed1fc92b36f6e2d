#include "media/video_encoder.h"

#include <optional>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
#include <libavutil/imgutils.h>
#include <libavutil/log.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include "core/atomic_file.h"
#include "core/error.h"

namespace ps::media {

namespace {

std::string avError(int code) {
  char buf[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(code, buf, sizeof buf);
  return buf;
}

}  // namespace

void checkVideoOptions(const VideoOptions& opt) {
  if (opt.width < 16 || opt.height < 16 || opt.width > 8192 || opt.height > 8192 || opt.width % 2 || opt.height % 2)
    throw Error("", "a film's size must be even numbers of pixels, 16 .. 8192 a side, got " + std::to_string(opt.width) +
                        "x" + std::to_string(opt.height), "--size");
  if (opt.fps < 1 || opt.fps > 120)
    throw Error("", "--fps must be 1 .. 120, got " + std::to_string(opt.fps), "--fps");
  if (opt.crf < 0 || opt.crf > 51) throw Error("", "crf must be 0 .. 51", "crf");
}

struct VideoEncoder::Impl {
  std::optional<PendingFile> file;
  VideoOptions opt;
  AVFormatContext* fmt = nullptr;
  AVCodecContext* enc = nullptr;
  AVStream* stream = nullptr;
  AVFrame* frame = nullptr;
  AVPacket* pkt = nullptr;
  SwsContext* sws = nullptr;
  int64_t next = 0;
  bool finished = false;

  [[noreturn]] void fail(const std::string& what, int code) const {
    throw Error(file->path(), what + (code ? ": " + avError(code) : std::string()));
  }

  ~Impl() {
    sws_freeContext(sws);
    av_packet_free(&pkt);
    av_frame_free(&frame);
    avcodec_free_context(&enc);
    if (fmt && fmt->pb) avio_closep(&fmt->pb);
    avformat_free_context(fmt);
  }

  void openCodec() {
    const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
    if (!codec) codec = avcodec_find_encoder(AV_CODEC_ID_H264);
    if (!codec) fail("this FFmpeg has no H.264 encoder (install libavcodec with libx264)", 0);
    enc = avcodec_alloc_context3(codec);
    if (!enc) fail("out of memory", AVERROR(ENOMEM));
    enc->width = opt.width;
    enc->height = opt.height;
    enc->time_base = AVRational{1, opt.fps};
    enc->framerate = AVRational{opt.fps, 1};
    enc->pix_fmt = AV_PIX_FMT_YUV420P;
    enc->gop_size = opt.fps * 2;
    enc->color_range = AVCOL_RANGE_MPEG;
    enc->colorspace = AVCOL_SPC_BT709;
    enc->color_primaries = AVCOL_PRI_BT709;
    enc->color_trc = AVCOL_TRC_BT709;
    if (fmt->oformat->flags & AVFMT_GLOBALHEADER) enc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary* o = nullptr;
    av_dict_set(&o, "preset", opt.preset.c_str(), 0);
    av_dict_set(&o, "crf", std::to_string(opt.crf).c_str(), 0);
    const int rc = avcodec_open2(enc, codec, &o);
    av_dict_free(&o);
    if (rc < 0) fail("cannot open the H.264 encoder", rc);
  }

  void open(const std::string& path) {
    av_log_set_level(AV_LOG_ERROR);  // x264's banner and statistics are not the user's business
    file.emplace(path);
    const std::string& tmp = file->tempPath();
    int rc = avformat_alloc_output_context2(&fmt, nullptr, "mp4", tmp.c_str());
    if (rc < 0 || !fmt) fail("cannot set up an MP4 file", rc);
    openCodec();
    stream = avformat_new_stream(fmt, nullptr);
    if (!stream) fail("out of memory", AVERROR(ENOMEM));
    stream->time_base = enc->time_base;
    stream->avg_frame_rate = enc->framerate;
    if ((rc = avcodec_parameters_from_context(stream->codecpar, enc)) < 0) fail("cannot describe the video stream", rc);
    if ((rc = avio_open(&fmt->pb, tmp.c_str(), AVIO_FLAG_WRITE)) < 0) fail("cannot create the file", rc);
    AVDictionary* mo = nullptr;
    av_dict_set(&mo, "movflags", "+faststart", 0);
    rc = avformat_write_header(fmt, &mo);
    av_dict_free(&mo);
    if (rc < 0) fail("cannot write the MP4 header", rc);
    frame = av_frame_alloc();
    pkt = av_packet_alloc();
    if (!frame || !pkt) fail("out of memory", AVERROR(ENOMEM));
    frame->format = AV_PIX_FMT_YUV420P;
    frame->width = opt.width;
    frame->height = opt.height;
    frame->color_range = AVCOL_RANGE_MPEG;
    frame->colorspace = AVCOL_SPC_BT709;
    if ((rc = av_frame_get_buffer(frame, 0)) < 0) fail("out of memory", rc);
    sws = sws_getContext(opt.width, opt.height, AV_PIX_FMT_RGBA, opt.width, opt.height, AV_PIX_FMT_YUV420P,
                         SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT, nullptr, nullptr, nullptr);
    if (!sws) fail("cannot set up the colour conversion", 0);
    // RGB (full range) -> BT.709 limited-range YUV, as the stream says.
    const int* coeffs = sws_getCoefficients(SWS_CS_ITU709);
    sws_setColorspaceDetails(sws, coeffs, 1, coeffs, 0, 0, 1 << 16, 1 << 16);
  }

  // Sends a frame (nullptr: flush) and writes every packet it yields.
  void send(const AVFrame* f) {
    int rc = avcodec_send_frame(enc, f);
    if (rc < 0) fail("cannot encode a frame", rc);
    while (true) {
      rc = avcodec_receive_packet(enc, pkt);
      if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) return;
      if (rc < 0) fail("cannot encode a frame", rc);
      av_packet_rescale_ts(pkt, enc->time_base, stream->time_base);
      pkt->stream_index = stream->index;
      rc = av_interleaved_write_frame(fmt, pkt);
      if (rc < 0) fail("cannot write a frame (disk full?)", rc);
    }
  }
};

VideoEncoder::VideoEncoder(const std::string& path, const VideoOptions& opt) : impl_(std::make_unique<Impl>()) {
  checkVideoOptions(opt);
  impl_->opt = opt;
  impl_->open(path);
}

VideoEncoder::~VideoEncoder() = default;

void VideoEncoder::addFrame(const uint8_t* rgba, int stride) {
  Impl& I = *impl_;
  if (I.finished) throw Error(I.file->path(), "frame added after the film was finished");
  const int rc = av_frame_make_writable(I.frame);
  if (rc < 0) I.fail("out of memory", rc);
  const uint8_t* src[4] = {rgba, nullptr, nullptr, nullptr};
  const int srcStride[4] = {stride, 0, 0, 0};
  sws_scale(I.sws, src, srcStride, 0, I.opt.height, I.frame->data, I.frame->linesize);
  I.frame->pts = I.next++;
  I.send(I.frame);
}

void VideoEncoder::finish() {
  Impl& I = *impl_;
  if (I.finished) return;
  if (I.next == 0) throw Error(I.file->path(), "a film needs at least one frame");
  I.send(nullptr);
  int rc = av_write_trailer(I.fmt);
  if (rc < 0) I.fail("cannot finish the MP4 file", rc);
  if ((rc = avio_closep(&I.fmt->pb)) < 0) I.fail("cannot close the file", rc);
  I.file->commit();
  I.finished = true;
}

int64_t VideoEncoder::frames() const { return impl_->next; }

}  // namespace ps::media
