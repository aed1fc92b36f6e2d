// Triangulation through SGI's libtess (GLU), the sweep-line tessellator behind
// OpenGL's gluTess*: robust with holes, touching rings and self-intersections.
// See the GLU 1.3 specification, chapter 5 ("Polygon Tessellation").
#include "geometry/triangulate.h"

#include <GL/glu.h>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "core/cancel.h"

namespace ps::geometry {

namespace detail {
struct TessState {
  std::vector<glm::dvec2>* vertices = nullptr;
  std::vector<uint32_t>* indices = nullptr;
  glm::dvec2 origin{0.0, 0.0};  // coordinates go to GLU relative to this
  uint32_t pending[3] = {0, 0, 0};
  int pendingCount = 0;
  bool failed = false;
  bool cancelled = false;  // the thread's cancel token was seen set by a callback
  std::vector<double> scratch;  // xyz per input vertex; GLU keeps pointers into it until gluTessEndPolygon
};
}  // namespace detail

namespace {

using Pass = detail::TessState;

// GLU hands vertex data around as void*; we store absolute indices + 1 so that
// index 0 is not mistaken for "no data" (libtess treats NULL as a failed combine).
void* encode(size_t index) { return reinterpret_cast<void*>(static_cast<uintptr_t>(index) + 1); }
uint32_t decode(void* data) { return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(data) - 1); }

double cross(const glm::dvec2& a, const glm::dvec2& b, const glm::dvec2& c) {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

void GLAPIENTRY onBegin(GLenum type, void* user) {
  // The edge-flag callback guarantees GL_TRIANGLES; anything else is a bug we refuse to emit.
  if (type != GL_TRIANGLES) static_cast<Pass*>(user)->failed = true;
}

void GLAPIENTRY onEdgeFlag(GLboolean, void*) {}  // present only to force GL_TRIANGLES

void GLAPIENTRY onVertex(void* data, void* user) {
  auto* p = static_cast<Pass*>(user);
  if (p->cancelled || cancelRequested()) {  // emit nothing more; triangulate() rolls back
    p->cancelled = true;
    return;
  }
  p->pending[p->pendingCount++] = decode(data);
  if (p->pendingCount < 3) return;
  p->pendingCount = 0;
  const auto& v = *p->vertices;
  uint32_t a = p->pending[0], b = p->pending[1], c = p->pending[2];
  double area2 = cross(v[a] - p->origin, v[b] - p->origin, v[c] - p->origin);
  if (area2 == 0.0) return;
  if (area2 < 0.0) std::swap(b, c);
  p->indices->insert(p->indices->end(), {a, b, c});
}

void GLAPIENTRY onCombine(GLdouble coords[3], void*[4], GLfloat[4], void** out, void* user) {
  auto* p = static_cast<Pass*>(user);
  // Called during the sweep at each self-intersection: note a cancel here (the
  // vertex must still be made, GLU cannot be stopped mid-sweep).
  if (cancelRequested()) p->cancelled = true;
  p->vertices->push_back(p->origin + glm::dvec2(coords[0], coords[1]));
  *out = encode(p->vertices->size() - 1);
}

void GLAPIENTRY onError(GLenum, void* user) { static_cast<Pass*>(user)->failed = true; }

template <typename F>
_GLUfuncptr fn(F* f) {
  return reinterpret_cast<_GLUfuncptr>(f);
}

}  // namespace

std::string triangulationProblem(const uint32_t* ringStart, size_t ringCount) {
  if (ringCount == 0) return {};
  const size_t holes = ringCount - 1, vertices = ringStart[ringCount] - ringStart[0];
  if (holes > TriangulationLimits::kMaxHoles)
    return std::to_string(holes) + " holes (limit " + std::to_string(TriangulationLimits::kMaxHoles) + ")";
  if (vertices > TriangulationLimits::kMaxVertices)
    return std::to_string(vertices) + " vertices (limit " + std::to_string(TriangulationLimits::kMaxVertices) + ")";
  return {};
}

Triangulator::Triangulator() : tess_(gluNewTess()), state_(std::make_unique<detail::TessState>()) {
  gluTessProperty(tess_, GLU_TESS_WINDING_RULE, GLU_TESS_WINDING_ODD);
  // A fixed normal stops GLU from estimating one, which fails on near-degenerate
  // input and would flip the output's orientation for clockwise shells.
  gluTessNormal(tess_, 0.0, 0.0, 1.0);
  gluTessCallback(tess_, GLU_TESS_BEGIN_DATA, fn(onBegin));
  gluTessCallback(tess_, GLU_TESS_EDGE_FLAG_DATA, fn(onEdgeFlag));
  gluTessCallback(tess_, GLU_TESS_VERTEX_DATA, fn(onVertex));
  gluTessCallback(tess_, GLU_TESS_COMBINE_DATA, fn(onCombine));
  gluTessCallback(tess_, GLU_TESS_ERROR_DATA, fn(onError));
}

Triangulator::~Triangulator() { gluDeleteTess(tess_); }

size_t Triangulator::triangulate(const glm::dvec2* coords, const uint32_t* ringStart, size_t ringCount,
                                 std::vector<glm::dvec2>& outVertices, std::vector<uint32_t>& outIndices) {
  tooComplex_ = false;
  cancelled_ = false;
  if (ringCount == 0 || tess_ == nullptr) return 0;
  if (cancelRequested()) {
    cancelled_ = true;
    return 0;
  }
  const size_t first = ringStart[0], last = ringStart[ringCount];
  if (last < first + 3) return 0;
  if (ringCount - 1 > TriangulationLimits::kMaxHoles || last - first > TriangulationLimits::kMaxVertices) {
    tooComplex_ = true;
    return 0;
  }
  for (size_t i = first; i < last; ++i)
    if (!std::isfinite(coords[i].x) || !std::isfinite(coords[i].y)) return 0;

  if (currentCancelToken() != nullptr &&
      (ringCount - 1 > TriangulationLimits::kDetachHoles || last - first > TriangulationLimits::kDetachVertices))
    return sweepOnHelper(coords, ringStart, ringCount, outVertices, outIndices);
  return sweep(coords, ringStart, ringCount, outVertices, outIndices);
}

namespace {
// A costly polygon swept on a helper thread (see triangulate.h): everything the
// helper touches is here, shared, so the caller may leave before it ends.
struct HelperJob {
  std::vector<glm::dvec2> coords;
  std::vector<uint32_t> ringStart;
  std::vector<glm::dvec2> vertices;
  std::vector<uint32_t> indices;
  size_t added = 0;
  bool done = false;
  std::mutex mu;
  std::condition_variable cv;
};
}  // namespace

size_t Triangulator::sweepOnHelper(const glm::dvec2* coords, const uint32_t* ringStart, size_t ringCount,
                                   std::vector<glm::dvec2>& outVertices, std::vector<uint32_t>& outIndices) {
  const size_t first = ringStart[0], last = ringStart[ringCount];
  auto job = std::make_shared<HelperJob>();
  job->coords.assign(coords + first, coords + last);
  job->ringStart.reserve(ringCount + 1);
  for (size_t r = 0; r <= ringCount; ++r) job->ringStart.push_back(ringStart[r] - static_cast<uint32_t>(first));
  std::thread([job] {
    size_t added = 0;
    {
      Triangulator t;  // no cancel scope on this thread: it runs to the end, inline
      added = t.triangulate(job->coords.data(), job->ringStart.data(), job->ringStart.size() - 1, job->vertices,
                            job->indices);
    }
    std::lock_guard<std::mutex> lock(job->mu);
    job->added = added;
    job->done = true;
    job->cv.notify_all();
  }).detach();
  std::unique_lock<std::mutex> lock(job->mu);
  while (!job->cv.wait_for(lock, std::chrono::milliseconds(5), [&] { return job->done; }))
    if (cancelRequested()) {
      cancelled_ = true;  // the helper ends on its own and frees `job`
      return 0;
    }
  if (job->added == 0) return 0;
  const auto base = static_cast<uint32_t>(outVertices.size());
  outVertices.insert(outVertices.end(), job->vertices.begin(), job->vertices.end());
  outIndices.reserve(outIndices.size() + job->indices.size());
  for (uint32_t i : job->indices) outIndices.push_back(base + i);
  return job->added;
}

size_t Triangulator::sweep(const glm::dvec2* coords, const uint32_t* ringStart, size_t ringCount,
                           std::vector<glm::dvec2>& outVertices, std::vector<uint32_t>& outIndices) {
  const size_t first = ringStart[0], last = ringStart[ringCount];
  const size_t baseVertex = outVertices.size(), baseIndex = outIndices.size();
  outVertices.insert(outVertices.end(), coords + first, coords + last);

  // Fast path: one strictly convex ring (most parcels and footprints) is a
  // fan; the GLU tessellator costs microseconds of set-up per call.
  if (ringCount == 1) {
    const size_t n = last - first;
    int sign = 0;
    bool convex = true;
    for (size_t i = 0; i < n && convex; ++i) {
      const glm::dvec2 a = coords[first + i], b = coords[first + (i + 1) % n], c = coords[first + (i + 2) % n];
      const double cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
      const int sg = (cross > 0) - (cross < 0);
      if (sg == 0 || (sign != 0 && sg != sign)) convex = false;
      sign = sg;
    }
    // Strictly turning one way is not enough (a star turns one way too): the
    // total turning must be one full turn, i.e. edge angles must not wrap twice.
    if (convex) {
      double turn = 0;
      for (size_t i = 0; i < n; ++i) {
        const glm::dvec2 a = coords[first + i], b = coords[first + (i + 1) % n], c = coords[first + (i + 2) % n];
        turn += std::atan2((b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x), (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y));
      }
      convex = std::abs(std::abs(turn) - 2 * M_PI) < 1e-6;
    }
    if (convex) {
      const auto v0 = static_cast<uint32_t>(baseVertex);
      for (size_t i = 1; i + 1 < n; ++i) {
        const auto a = static_cast<uint32_t>(baseVertex + i), b = static_cast<uint32_t>(baseVertex + i + 1);
        if (sign > 0) outIndices.insert(outIndices.end(), {v0, a, b});
        else outIndices.insert(outIndices.end(), {v0, b, a});
      }
      return n - 2;
    }
  }

  Pass& pass = *state_;
  pass.vertices = &outVertices;
  pass.indices = &outIndices;
  pass.origin = coords[first];
  pass.pendingCount = 0;
  pass.failed = false;
  pass.cancelled = false;
  std::vector<double>& xyz = pass.scratch;
  xyz.assign(3 * (last - first), 0.0);
  for (size_t i = first; i < last; ++i) {
    xyz[3 * (i - first)] = coords[i].x - pass.origin.x;
    xyz[3 * (i - first) + 1] = coords[i].y - pass.origin.y;
  }

  gluTessBeginPolygon(tess_, &pass);
  for (size_t r = 0; r < ringCount; ++r) {
    if (r % 64 == 0 && cancelRequested()) pass.cancelled = true;
    if (pass.cancelled) break;  // GLU still gets its EndPolygon: the rings so far are swept and dropped
    if (ringStart[r + 1] < ringStart[r] + 3) continue;  // a ring under 3 points encloses nothing
    gluTessBeginContour(tess_);
    for (size_t i = ringStart[r]; i < ringStart[r + 1]; ++i)
      gluTessVertex(tess_, &xyz[3 * (i - first)], encode(baseVertex + (i - first)));
    gluTessEndContour(tess_);
  }
  gluTessEndPolygon(tess_);

  const size_t added = (outIndices.size() - baseIndex) / 3;
  if (pass.cancelled || cancelRequested()) cancelled_ = true;
  if (pass.failed || cancelled_ || added == 0) {
    outVertices.resize(baseVertex);
    outIndices.resize(baseIndex);
    return 0;
  }
  return added;
}

}  // namespace ps::geometry
