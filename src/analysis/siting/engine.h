#pragma once
// The siting engine, in three pure, deterministic steps:
//   evaluate(index, demand)       raw value, hard pass/fail and normalised soft
//                                 score (0..1) of every criterion for every candidate
//   rank(evaluation, weights, k)  weighted sum over the passing candidates and a
//                                 partial sort: the only step a weight change reruns
//   runSiting(...)                both, plus display rows with explanations; the
//                                 CLI and the UI both call it, so they rank alike
// Formulas: docs/SITING.md. Scores are 0..100; contribution c_i = 100 w_i s_i / sum(w).
// Ties (equal scores) are ordered by candidate id and flagged.
#include <cstdint>
#include <string>
#include <vector>

#include "analysis/siting/demand.h"
#include "analysis/siting/siting_index.h"

namespace ps::siting {

struct Evaluation {
  const SitingIndex* index = nullptr;
  Demand demand;
  PerCriterion<std::vector<double>> raw;   // per enabled criterion, per candidate (NaN = no value)
  PerCriterion<std::vector<float>> norm;   // per enabled criterion, per candidate, 0..1
  std::vector<int32_t> nearestRing, nearestTarget, nearestSite;  // feature behind a distance, -1 = none
  std::vector<int8_t> firstFail;           // first failing hard criterion, -1 = passes
  PerCriterion<size_t> excludedFirst{};    // candidates whose first failing constraint is this one
  PerCriterion<size_t> failing{};          // candidates failing this constraint at all
  std::vector<uint32_t> passing;           // candidates passing every hard constraint, ascending

  size_t size() const { return firstFail.size(); }
};

// Throws ps::Error (naming the layer, field, source file and demand file) when the
// demand needs a layer or field the scene lacks, or names an unknown campus/cluster.
Evaluation evaluate(const SitingIndex& index, const Demand& demand);

struct Ranked {
  uint32_t candidate = 0;
  double score = 0;                    // 0..100
  PerCriterion<double> contribution{}; // points of the score from each criterion; sum = score
  bool tie = false;                    // same score as a neighbour in the ranking
};

// Top k (all when k == 0) of the passing candidates, best first. Weights < 0 count
// as 0; disabled criteria contribute nothing. All-zero weights: every score is 0
// and the order is by candidate id.
std::vector<Ranked> rank(const Evaluation& ev, const PerCriterion<double>& weights, size_t k);

// One line of the result table, with everything exports and the panel show.
struct ResultRow {
  int rank = 0;
  uint32_t candidate = 0;
  std::string id, nameZh, nameEn, park, zone, district;
  double score = 0;
  PerCriterion<double> contribution{}, raw{};
  bool tie = false;
  std::string explanationZh, explanationEn;
};

struct SitingResult {
  Demand demand;
  PerCriterion<double> weights{};
  size_t candidates = 0, passing = 0, ties = 0;
  PerCriterion<size_t> excludedFirst{}, failing{};
  std::vector<ResultRow> rows;
  // "" when some candidate passes; else says which constraint excluded how many.
  std::string noneMessageZh, noneMessageEn;
};

ResultRow resultRow(const Evaluation& ev, const Ranked& r, int rankNo);
SitingResult runSiting(const Evaluation& ev, const PerCriterion<double>& weights, size_t top);

// Why candidate i was excluded ("" when it passes), e.g. "space: 1,200 m² < 2,000 m² needed".
std::string exclusionReasonEn(const Evaluation& ev, uint32_t i);
std::string exclusionReasonZh(const Evaluation& ev, uint32_t i);
// "No candidate passes (1,000 buildings): space excluded 812, ring excluded 188."
std::string noneMessageEn(const Evaluation& ev);
std::string noneMessageZh(const Evaluation& ev);

// Thousands separators and km/m: "3,200", "1.2 km", "850 m".
std::string formatArea(double m2);
std::string formatDistance(double m);

}  // namespace ps::siting
