// Reading ahead on a helper thread must give the very table and report the
// plain loop gives, and must stop cleanly when abandoned.
#include <atomic>

#include <gtest/gtest.h>

#include "core/error.h"
#include "io/feature_read_ahead.h"
#include "io/gdal_env.h"
#include "io/gdal_source.h"
#include "io/gdal_writer.h"
#include "sample/table_checksum.h"
#include "test_util.h"

using namespace ps;

namespace {

// Parcels of the kinds a loader meets: plain, with a courtyard, a bowtie to
// repair, a sliver to drop; typed columns with nulls and Chinese text.
std::string writeParcels(const std::string& name, size_t n) {
  FeatureTable t;
  t.crs = "EPSG:4326";
  Column label{"name", FieldType::String, {}, {}, {}, {}};
  Column floors{"floors", FieldType::Integer, {}, {}, {}, {}};
  Column gfa{"gfa", FieldType::Real, {}, {}, {}, {}};
  for (size_t i = 0; i < n; ++i) {
    const double x = 104.0 + (i % 100) * 0.001, y = 30.5 + (i / 100) * 0.001, d = 0.0006;
    t.geom.beginFeature(GeomKind::Polygon);
    t.geom.beginPart();
    if (i % 7 == 3) {  // bowtie: GEOS repairs it into two triangles
      glm::dvec2 r[4] = {{x, y}, {x + d, y + d}, {x + d, y}, {x, y + d}};
      t.geom.addRing(r, 4);
    } else {
      glm::dvec2 r[5] = {{x, y}, {x + d, y}, {x + d, y + d}, {x + d / 2, y + d * 1.2}, {x, y + d}};
      t.geom.addRing(r, 5);
      if (i % 5 == 0) {
        glm::dvec2 h[4] = {{x + d * 0.3, y + d * 0.3}, {x + d * 0.3, y + d * 0.6}, {x + d * 0.6, y + d * 0.6}, {x + d * 0.6, y + d * 0.3}};
        t.geom.addRing(h, 4);
      }
    }
    t.geom.endFeature();
    t.fid.push_back(static_cast<int64_t>(i));
    const bool null = i % 11 == 0;
    label.strings.push_back(null ? "" : "地块" + std::to_string(i));
    floors.ints.push_back(null ? 0 : static_cast<int64_t>(i % 30));
    gfa.reals.push_back(null ? 0.0 : 1000.5 + static_cast<double>(i));
    for (Column* c : {&label, &floors, &gfa}) c->null.push_back(null ? 1 : 0);
  }
  t.columns = {label, floors, gfa};
  const std::string path = test::tmpPath(name);
  io::writeTable(t, path, "GPKG", "parcels");
  return path;
}

FeatureTable readWith(const std::string& path, int readAhead, size_t batch, LoadReport& rep) {
  SourceSpec spec;
  spec.path = path;
  io::ReadTuning tuning;
  tuning.readAhead = readAhead;
  tuning.readAheadBatch = batch;
  return io::readSource(spec, path, &rep, nullptr, tuning);
}

}  // namespace

TEST(ReadAhead, SameTableAndReportAsThePlainLoop) {
  const std::string path = writeParcels("read_ahead_parcels.gpkg", 3001);
  LoadReport plainRep;
  const FeatureTable plain = readWith(path, 0, 512, plainRep);
  ASSERT_EQ(plain.size(), 3001u);
  EXPECT_GT(plainRep.repaired, 400u);
  for (size_t batch : {1u, 7u, 512u, 10000u}) {
    SCOPED_TRACE(batch);
    LoadReport rep;
    const FeatureTable ahead = readWith(path, 1, batch, rep);
    EXPECT_EQ(sample::tableChecksum(ahead), sample::tableChecksum(plain));
    EXPECT_EQ(ahead.fid, plain.fid);
    EXPECT_EQ(rep.read, plainRep.read);
    EXPECT_EQ(rep.kept, plainRep.kept);
    EXPECT_EQ(rep.repaired, plainRep.repaired);
    EXPECT_EQ(rep.skippedBad, plainRep.skippedBad);
    EXPECT_EQ(rep.removedPoints, plainRep.removedPoints);
    EXPECT_EQ(rep.geometryTypes, plainRep.geometryTypes);
    EXPECT_EQ(rep.warnings, plainRep.warnings);
  }
}

TEST(ReadAhead, CancelledReadStopsTheReader) {
  const std::string path = writeParcels("read_ahead_cancel.gpkg", 2000);
  std::atomic<bool> cancel{true};
  SourceSpec spec;
  io::ReadTuning tuning;
  tuning.readAhead = 1;
  tuning.readAheadBatch = 3;
  EXPECT_THROW(io::readSource(spec, path, nullptr, &cancel, tuning), Error);
}

TEST(ReadAhead, AbandonedEarlyFreesWhatItHeld) {
  const std::string path = writeParcels("read_ahead_abandon.gpkg", 500);
  io::ensureGdal();
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  ASSERT_TRUE(ds);
  OGRLayer* layer = ds->GetLayer(0);
  {
    io::FeatureReadAhead ahead(layer, 5, 2);
    for (int i = 0; i < 3; ++i) EXPECT_TRUE(ahead.next());
  }  // the reader is blocked on a full queue here: destruction must wake and join it
  layer->ResetReading();
  io::FeatureReadAhead all(layer, 64, 2);
  size_t n = 0;
  GIntBig last = -1;
  while (OGRFeatureUniquePtr f = all.next()) {
    EXPECT_GT(f->GetFID(), last);  // layer order
    last = f->GetFID();
    ++n;
  }
  EXPECT_EQ(n, 500u);
  EXPECT_FALSE(all.next());
  EXPECT_TRUE(all.messages().empty());
}
