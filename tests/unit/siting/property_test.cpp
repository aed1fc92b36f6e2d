// Properties over random demands (fixed seed): raising one weight never lowers
// that criterion's contribution; tightening a hard constraint never adds candidates.
#include <algorithm>
#include <random>

#include <gtest/gtest.h>

#include "analysis/siting/demand.h"
#include "analysis/siting/engine.h"
#include "siting_fixture.h"

using namespace ps;
using namespace ps::siting;
using ps::siting::test::TestScene;

namespace {

TestScene randomScene(std::mt19937& rng) {
  std::uniform_real_distribution<double> X(-1000, 12000), Y(-1000, 6000), V(0, 8000), O(0, 1);
  std::uniform_int_distribution<int> F(1, 20), R(0, 1);
  const char* subs[] = {"humanoid_robots", "metaverse", "brain_inspired"};
  TestScene s;
  for (int i = 0; i < 200; ++i)
    s.building("R" + std::to_string(i), {X(rng), Y(rng)}, std::round(V(rng) / 100) * 100, R(rng), F(rng), subs[i % 3]);
  return s;
}

// A random demand over the criteria the test scene supports.
Demand randomDemand(std::mt19937& rng) {
  std::uniform_real_distribution<double> U(0, 1);
  std::bernoulli_distribution coin(0.5);
  Demand d;
  d.path = "random.toml";
  d.sector = "digital";
  d.subSector = "humanoid_robots";
  auto on = [&](Criterion c) -> CriterionSpec& {
    CriterionSpec& s = d[c];
    s.enabled = true;
    s.hard = coin(rng);
    s.weight = std::round(U(rng) * 5 * 4) / 4;
    return s;
  };
  if (coin(rng)) on(Criterion::Sector).subSector = coin(rng);
  if (coin(rng)) { auto& s = on(Criterion::Space); s.min = 500 + U(rng) * 3000; s.max = s.min + U(rng) * 4000; }
  if (coin(rng)) on(Criterion::Ring).maxDistance = 500 + U(rng) * 6000;
  if (coin(rng)) on(Criterion::Zone).values = {"gaoxin"};
  if (coin(rng)) { auto& s = on(Criterion::Agglomeration); s.radius = 500 + U(rng) * 3000; s.minCount = 1; s.saturation = 5; }
  if (coin(rng)) { auto& s = on(Criterion::Ecosystem); s.maxDistance = 1000 + U(rng) * 8000; }
  if (coin(rng)) { auto& s = on(Criterion::Floors); s.min = 2; s.max = 2 + std::round(U(rng) * 10); }
  if (coin(rng)) on(Criterion::Ready);
  if (!std::any_of(d.criteria.begin(), d.criteria.end(), [](const CriterionSpec& s) { return s.enabled; }))
    on(Criterion::Ready).hard = false;
  return d;
}

}  // namespace

TEST(SitingProperty, RaisingAWeightNeverLowersItsContribution) {
  std::mt19937 rng(42);
  TestScene s = randomScene(rng);
  SitingIndex x = buildSitingIndex(s.inputs(), CandidateKind::Buildings);
  int checked = 0;
  for (int trial = 0; trial < 40; ++trial) {
    Demand d = randomDemand(rng);
    Evaluation ev = evaluate(x, d);
    PerCriterion<double> w = demandWeights(d);
    for (size_t c = 0; c < kCriterionCount; ++c) {
      if (!d.criteria[c].enabled) continue;
      PerCriterion<double> w2 = w;
      w2[c] = w[c] + 0.5 + trial % 3;
      std::vector<Ranked> a = rank(ev, w, 0), b = rank(ev, w2, 0);
      ASSERT_EQ(a.size(), b.size());
      std::vector<double> before(x.size(), 0), after(x.size(), 0);
      for (const Ranked& r : a) before[r.candidate] = r.contribution[c];
      for (const Ranked& r : b) after[r.candidate] = r.contribution[c];
      for (size_t i = 0; i < x.size(); ++i) {
        EXPECT_GE(after[i], before[i] - 1e-12) << "trial " << trial << " criterion " << criterionId(criterionAt(c));
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 1000);
}

TEST(SitingProperty, TighteningAHardConstraintNeverAddsCandidates) {
  std::mt19937 rng(7);
  TestScene s = randomScene(rng);
  SitingIndex x = buildSitingIndex(s.inputs(), CandidateKind::Buildings);
  int checked = 0;
  for (int trial = 0; trial < 60; ++trial) {
    Demand d = randomDemand(rng);
    for (size_t c = 0; c < kCriterionCount; ++c) {
      if (!d.criteria[c].enabled) continue;
      Demand t = d;
      CriterionSpec& s2 = t.criteria[c];
      bool wasHard = s2.hard;
      s2.hard = true;  // turning a soft criterion hard is a tightening too
      if (wasHard) {
        switch (criterionAt(c)) {
          case Criterion::Space: s2.min *= 1.3; break;
          case Criterion::Ring:
          case Criterion::Ecosystem: s2.maxDistance *= 0.7; break;
          case Criterion::Agglomeration: s2.minCount += 2; break;
          case Criterion::Floors: s2.max = std::max(s2.min, s2.max - 2); break;
          case Criterion::Sector: s2.subSector = true; break;
          default: break;
        }
      }
      std::vector<uint32_t> loose = evaluate(x, d).passing, tight = evaluate(x, t).passing;
      EXPECT_TRUE(std::includes(loose.begin(), loose.end(), tight.begin(), tight.end()))
          << "trial " << trial << " criterion " << criterionId(criterionAt(c));
      ++checked;
    }
  }
  EXPECT_GT(checked, 50);
}
